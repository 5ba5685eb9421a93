/**
 * The HTML audit report: one self-contained file. The page's stylesheet and script
 * (src/report/client/) are inlined; the data is embedded as JSON in non-executed script
 * elements, one for the index and one per article body, so the browser parses each body only
 * when the article is shown. A Content-Security-Policy meta tag forbids every load from
 * outside the file and allows exactly the one inline script and stylesheet, by hash.
 *
 * The builder writes no article text as HTML: the little static markup here escapes every
 * string it interpolates, and the page builds everything else with `textContent`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ReportData } from './model.js';

let assets: { readonly script: string; readonly style: string } | undefined;

/** The page's script and stylesheet, read once per process. */
function pageAssets(): { readonly script: string; readonly style: string } {
  if (!assets) {
    const script = readFileSync(new URL('./client/app.js', import.meta.url), 'utf8');
    const style = readFileSync(new URL('./client/report.css', import.meta.url), 'utf8');
    // Inlined as they are: a closing tag inside either would end the element early.
    if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error('report assets must not contain a closing script or style tag');
    assets = { script, style };
  }
  return assets;
}

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e` and `\u0026` (still valid JSON), so no `</script>` or `<!--` can appear
 * inside; U+2028 and U+2029 are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The CSP source expression of an inline element's exact content. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of a report with this script and stylesheet. */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A small shield as the page icon, inline so that the browser asks for no favicon. */
const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path fill="#1d4ed8" d="M8 0l7 3v5c0 4-3 7-7 8-4-1-7-4-7-8V3z"/><path fill="#fff" d="M7 11L4 8l1-1 2 2 4-4 1 1z"/></svg>')}`;

/** Builds the report's HTML. */
export function buildHtml(data: ReportData): string {
  const { script, style } = pageAssets();
  const { index } = data;
  const words = index.articles.reduce((n, a) => n + a.words, 0);
  const subtitle = `${index.articles.length.toLocaleString('en-US')} ${index.articles.length === 1 ? 'article' : 'articles'} · ${words.toLocaleString('en-US')} words · medlint ${index.medlintVersion}`;
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(script, style))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="medlint ${escapeHtml(index.medlintVersion)}">`,
    `<title>${escapeHtml(index.title)}</title>`,
    `<link rel="icon" href="${escapeHtml(ICON)}">`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header class="masthead"><div class="masthead-inner">',
    `<div class="brand"><span class="brand-mark" aria-hidden="true"></span>medlint <span class="brand-sub">audit report</span></div>`,
    `<h1 id="report-title">${escapeHtml(index.title)}</h1>`,
    `<p class="masthead-meta">${escapeHtml(subtitle)} · generated <time datetime="${escapeHtml(index.generatedAt)}">${escapeHtml(index.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}</time></p>`,
    '</div></header>',
    '<noscript><p class="noscript">This report shows its articles with JavaScript, which this viewer has turned off. The findings are also available with <code>medlint --format csv</code> or <code>--format markdown</code>.</p></noscript>',
    '<div id="toolbar" class="toolbar" hidden></div>',
    '<main id="main"><section id="summary" class="summary" aria-label="Summary"></section><section id="articles" class="articles" aria-label="Articles"></section></main>',
    `<script type="application/json" id="medlint-index">${jsonForScript(index)}</script>`,
  ];
  data.bodies.forEach((body, i) => parts.push(`<script type="application/json" id="medlint-body-${i}">${jsonForScript(body)}</script>`));
  parts.push(`<script>${script}</script>`, '</body>', '</html>', '');
  return parts.join('\n');
}
