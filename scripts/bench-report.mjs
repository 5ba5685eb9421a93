// The HTML audit report on a large batch: `npm run bench:report` (or
// `node scripts/bench-report.mjs [--runs N] [--quick]`).
//
// 1. Takes the benchmark corpus of scripts/bench-corpus.mjs (2,000 Markdown articles under
//    .bench/corpus, generated when missing; --quick: the first 200) and writes its report
//    with the built CLI: `node bin/medlint.js report ".bench/corpus/*.md" --out ...` (a glob,
//    because a directory walk honours the repository's .gitignore, which lists .bench/).
// 2. Opens the report in Chromium (scripts/chromium.mjs) from its file:// URL, N times in a
//    fresh page, and measures from navigation start (performance.timeOrigin):
//    - ready: the page's script has rendered the summary, the filters and every article's
//      shell (the page sets html[data-ready] to performance.now() at that moment);
//    - interactive: a click on a severity filter has been handled and the 2,000 articles
//      re-filtered (a MutationObserver sees the page's filter counter change); this is the
//      time to interactive reported below;
//    - the navigation timing's domContentLoaded and load, and the first search (which parses
//      every article body once to search its text).
// 3. Prints the file size (MB = 2^20 bytes) and the medians, and writes
//    .bench/report-results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BENCH, corpus } from './bench-corpus.mjs';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

function fail(message) {
  process.stderr.write(`bench:report: ${message}\n`);
  process.exit(1);
}

const opts = { runs: 3, quick: false };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--quick') opts.quick = true;
  else if (a === '--runs') {
    opts.runs = Number(process.argv[++i]);
    if (!Number.isInteger(opts.runs) || opts.runs < 1) fail('--runs needs a positive integer');
  } else if (a === '-h' || a === '--help') {
    process.stdout.write('usage: node scripts/bench-report.mjs [--runs N (default 3)] [--quick (200 articles)]\n');
    process.exit(0);
  } else fail(`unknown argument "${a}" (try --help)`);
}
if (!existsSync(path.join(ROOT, 'dist/src/cli/index.js'))) fail('dist/ is missing: run npm run build first');
if (!chromiumAvailable()) fail(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

const { dir, files } = corpus({ quick: opts.quick });
const out = path.join(BENCH, 'report', opts.quick ? 'report-quick.html' : 'report.html');
mkdirSync(path.dirname(out), { recursive: true });

process.stderr.write(`bench:report: writing the report of ${files.length} articles...\n`);
const started = performance.now();
const made = spawnSync(process.execPath, [path.join(ROOT, 'bin/medlint.js'), 'report', `${path.relative(ROOT, dir)}/*.md`, '--out', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
const buildSeconds = (performance.now() - started) / 1000;
if (made.status !== 0) fail(`medlint report failed (${made.status}): ${made.stderr.trim()}`);
const bytes = statSync(out).size;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const browser = await launchChromium();
const runs = [];
try {
  for (let run = 0; run < opts.runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
    const measured = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const html = document.documentElement;
          const before = html.getAttribute('data-filter-generation');
          const clickAt = performance.now();
          const observer = new MutationObserver(() => {
            if (html.getAttribute('data-filter-generation') === before) return;
            observer.disconnect();
            const nav = performance.getEntriesByType('navigation')[0];
            resolve({
              ready: Number(html.getAttribute('data-ready')),
              clickAt,
              interactive: performance.now(),
              domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
              load: nav ? nav.loadEventEnd : null,
              articles: document.querySelectorAll('section.article').length,
              rendered: document.querySelectorAll('.doc').length,
            });
          });
          observer.observe(html, { attributes: true });
          document.getElementById('filter-info').click();
        }),
    );
    // The first search parses every body to search the articles' text.
    const search = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const html = document.documentElement;
          const before = html.getAttribute('data-filter-generation');
          const input = document.getElementById('search');
          const typedAt = performance.now();
          const observer = new MutationObserver(() => {
            if (html.getAttribute('data-filter-generation') === before) return;
            observer.disconnect();
            // The page waits 120 ms after the last keystroke before it searches.
            resolve({ ms: performance.now() - typedAt - 120, shown: document.querySelectorAll('section.article:not([hidden])').length });
          });
          observer.observe(html, { attributes: true });
          input.value = 'glutamate';
          input.dispatchEvent(new Event('input'));
        }),
    );
    if (errors.length > 0) fail(`the page reported errors: ${errors.join('; ')}`);
    if (measured.articles !== files.length) fail(`the page shows ${measured.articles} articles, expected ${files.length}`);
    runs.push({ ...measured, filterMs: measured.interactive - measured.clickAt, searchMs: search.ms, searchShown: search.shown });
    process.stderr.write(`bench:report: run ${run + 1}/${opts.runs}: ready ${(measured.ready / 1000).toFixed(2)} s, interactive ${(measured.interactive / 1000).toFixed(2)} s\n`);
    await context.close();
  }
} finally {
  await browser.close();
}

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model.trim() ?? null,
  chromium: CHROMIUM_PATH,
  articles: files.length,
  reportFile: path.relative(ROOT, out),
  bytes,
  megabytes: bytes / MB,
  buildSeconds,
  runs,
  median: {
    readyMs: median(runs.map((r) => r.ready)),
    interactiveMs: median(runs.map((r) => r.interactive)),
    domContentLoadedMs: median(runs.map((r) => r.domContentLoaded ?? 0)),
    loadMs: median(runs.map((r) => r.load ?? 0)),
    filterMs: median(runs.map((r) => r.filterMs)),
    firstSearchMs: median(runs.map((r) => r.searchMs)),
  },
};
const m = summary.median;
process.stdout.write(
  [
    '',
    `medlint report bench: ${files.length} articles, node ${process.version}, ${os.cpus().length} CPU, Chromium ${CHROMIUM_PATH}, median of ${opts.runs} run(s)`,
    `report: ${summary.reportFile}, ${(bytes / MB).toFixed(1)} MB, written in ${buildSeconds.toFixed(1)} s (lint + render, the CLI end to end)`,
    `in Chromium, from navigation start: DOMContentLoaded ${(m.domContentLoadedMs / 1000).toFixed(2)} s, ready ${(m.readyMs / 1000).toFixed(2)} s, load ${(m.loadMs / 1000).toFixed(2)} s`,
    `time to interactive (a filter click handled over all ${files.length} articles): ${(m.interactiveMs / 1000).toFixed(2)} s (the filter itself: ${m.filterMs.toFixed(0)} ms)`,
    `first full-text search (parses every article body once): ${m.firstSearchMs.toFixed(0)} ms`,
    '',
  ].join('\n'),
);
writeFileSync(path.join(BENCH, opts.quick ? 'report-results-quick.json' : 'report-results.json'), `${JSON.stringify(summary, null, 2)}\n`);
