/** The HTML builder and the report data: escaping of every string, the CSP and its hashes, the risk score. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHtml, contentSecurityPolicy, escapeHtml, jsonForScript } from '../../src/report/html.js';
import { buildReportData, RISK, riskScore, type ReportInput } from '../../src/report/model.js';
import { createEngine, lintWithEngine } from '../../src/engine/run.js';
import { ruleSet, rulesMeta } from '../../src/builtin.js';

const NASTY = `</script><script>alert(1)</script><!-- <img src=x onerror=alert(1)> </style> " ' & \u2028`;

function input(files: Record<string, string>, over: Partial<ReportInput> = {}): ReportInput {
  const engine = createEngine(ruleSet);
  return {
    title: 'Report',
    generatedAt: new Date('2025-01-02T03:04:05Z'),
    medlintVersion: '0.1.0',
    configFile: 'built-in defaults',
    inputs: ['posts/'],
    rules: engine.rules.map((r) => ({ id: r.rule.meta.id, severity: r.severity })),
    rulesMeta,
    articles: Object.entries(files).map(([file, text]) => ({ file, text, result: lintWithEngine(engine, text, file) })),
    ...over,
  };
}

/** The inline (executable) scripts and styles of a page, by a plain scan of its tags. */
function inline(html: string, tag: 'script' | 'style'): { attrs: string; body: string }[] {
  return [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
}

describe('escaping', () => {
  it('escapes HTML text and attribute values', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('embeds JSON that cannot close its script element and parses back the same', () => {
    const value = { text: NASTY, nested: [NASTY] };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('buildHtml', () => {
  const data = buildReportData(input({ [`${NASTY}.md`]: `# Title ${NASTY}\n\nKetamine cures depression ${NASTY} and is 100% safe.\n` }, { title: NASTY, inputs: [NASTY] }));
  const html = buildHtml(data);

  it('allows exactly its own script and stylesheet, by hash, and nothing from outside', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toBeDefined();
    const scripts = inline(html, 'script').filter((s) => !s.attrs.includes('application/json'));
    const styles = inline(html, 'style');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toBe(`default-src 'none'; script-src ${hash(scripts[0]!.body)}; style-src ${hash(styles[0]!.body)}; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(csp).toBe(contentSecurityPolicy(scripts[0]!.body, styles[0]!.body));
    expect(csp).not.toContain('unsafe');
    // The CSP comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // Nothing is loaded from anywhere: no src, no stylesheet link, no URL in CSS but data:.
    expect(html).not.toMatch(/<(script|img|iframe|link rel="stylesheet")[^>]* src=/i);
    expect(styles[0]!.body.match(/url\(([^)]*)\)/g)?.every((u) => u.startsWith('url("data:')) ?? true).toBe(true);
  });

  it('never writes an injected string as markup', () => {
    // The only places the page's markup holds data: the title and masthead (escaped) and the JSON (\\u003c).
    const outsideJson = html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/g, '');
    expect(outsideJson).not.toContain('<img');
    expect(outsideJson).not.toContain('alert(1)</script>');
    expect(outsideJson.match(/<script/g)).toHaveLength(1);
    expect(outsideJson.match(/<style/g)).toHaveLength(1);
    expect(html).toContain(`<title>${escapeHtml(NASTY)}</title>`);
    for (const s of inline(html, 'script').filter((x) => x.attrs.includes('application/json'))) {
      expect(s.body).not.toMatch(/[<>]/);
      expect(() => JSON.parse(s.body) as unknown).not.toThrow();
    }
    const index = JSON.parse(inline(html, 'script').find((s) => s.attrs.includes('medlint-index'))!.body) as typeof data.index;
    expect(index.articles[0]?.file).toBe(`${NASTY}.md`);
    expect(index.title).toBe(NASTY);
  });

  it('embeds one body per article, after the index, and the page script last', () => {
    const ids = [...html.matchAll(/<script type="application\/json" id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['medlint-index', 'medlint-body-0']);
    expect(html.lastIndexOf('<script>')).toBeGreaterThan(html.indexOf('medlint-body-0'));
    expect(readFileSync(new URL('../../src/report/client/app.js', import.meta.url), 'utf8')).toBe(inline(html, 'script').at(-1)?.body);
  });
});

describe('report data', () => {
  it('ranks articles by the stated risk score and counts words and findings', () => {
    const data = buildReportData(
      input({
        'a.md': 'A calm article about sleep hygiene and routines. Talk to your doctor.\n',
        'b.md': 'Ketamine cures depression. It is 100% safe and non-addictive. Results are guaranteed within minutes.\n',
      }),
    );
    const [a, b] = data.index.articles;
    expect(a?.words).toBe(12);
    expect(b?.counts[0]).toBeGreaterThan(0);
    expect(b?.risk).toBe(riskScore(b!.counts, b!.words));
    expect(b?.rank).toBe(1);
    expect(a?.rank).toBe(2);
    expect(data.bodies).toHaveLength(2);
    expect(data.index.risk).toEqual(RISK);
    expect(a?.sha256).toBe(createHash('sha256').update('A calm article about sleep hygiene and routines. Talk to your doctor.\n').digest('hex'));
    // Every finding refers to a rule and strings of the tables.
    for (const f of b!.findings) {
      expect(data.index.rules[f.rule]?.id).toBeTruthy();
      expect(typeof data.index.strings[f.message]).toBe('string');
    }
    // Strings are stored once.
    expect(new Set(data.index.strings).size).toBe(data.index.strings.length);
  });

  it('computes the risk score as stated', () => {
    expect(riskScore([1, 0, 0], 1000)).toBe(5);
    expect(riskScore([1, 2, 2], 2000)).toBe(5); // (5 + 4 + 1) per 2,000 words
    expect(riskScore([1, 0, 0], 100)).toBe(16.7); // counted as 300 words
    expect(riskScore([0, 0, 0], 50)).toBe(0);
  });
});
