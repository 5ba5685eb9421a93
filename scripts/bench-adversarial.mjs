// Adversarial benchmark: `npm run bench:adversarial` (or `node scripts/bench-adversarial.mjs
// [--only name,name] [--scale k] [--check [ratio]] [--json]`).
//
// For each hostile input of issue 17 (nested lists, long sentences of hedge cues and claims,
// one very long word, text that is not English, many fixes, hard-wrapped plain text), lints a
// generated text at two sizes, the second twice the first, and prints the CPU time of each and
// their ratio: linear work doubles (ratio about 2), quadratic work quadruples. Each size runs in
// a child process (this script with --child), so a stall is cut off by a time limit (60 s) and
// shows as "timeout" instead of hanging the benchmark; the child measures only the lint (engine
// created and the dictionaries loaded before the clock starts) with process.cpuUsage().
//
// --check [ratio] exits 1 when a ratio exceeds `ratio` (default 2.2) and the larger size took
// at least 200 ms (below that, timer noise decides the ratio). --scale multiplies every size.
// Needs a build (dist/).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mulberry32 } from './prng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function foreign(words) {
  // Deterministic (mulberry32), so the "foreign" text is the same every run.
  const next = mulberry32(17);
  const syllables = ['ka', 'zo', 'mi', 'tu', 'rel', 'vak', 'sho', 'nyo', 'pra', 'gwe', 'lun', 'dri', 'ox', 'qua', 'bez'];
  const out = [];
  for (let i = 0; i < words; i++) {
    let w = '';
    const n = 2 + Math.floor(next() * 3);
    for (let j = 0; j < n; j++) w += syllables[Math.floor(next() * syllables.length)];
    out.push(w);
    if (i % 12 === 11) out.push('.\n');
  }
  return out.join(' ');
}

/** The inputs: a name, the file name (its extension picks the format), the base size, and the text for a size. */
export const CASES = [
  { name: 'nested "- " lists (depth)', file: 'x.md', size: 1000, text: (n) => `${'- '.repeat(n)}x\n` },
  { name: 'nested "1. " lists (depth)', file: 'x.md', size: 1000, text: (n) => `${'1. '.repeat(n)}x\n` },
  { name: 'nested "* " lists (depth)', file: 'x.md', size: 1000, text: (n) => `${'* '.repeat(n)}x\n` },
  { name: 'indented nested lists (lines)', file: 'x.md', size: 200, text: (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') },
  { name: '"not " x n, one sentence', file: 'x.txt', size: 5000, text: (n) => `${'not '.repeat(n)}cures.\n` },
  { name: '"safest cure " x n', file: 'x.txt', size: 2500, text: (n) => `${'safest cure '.repeat(n)}\n` },
  { name: 'one sentence of claims', file: 'x.txt', size: 2000, text: (n) => `Ketamine ${'cures depression and is completely safe and works instantly, '.repeat(n)}for everyone.\n` },
  { name: '", which" clauses, one sentence', file: 'x.txt', size: 2000, text: (n) => `It helps${', which it can, and studies show it'.repeat(n)} works.\n` },
  { name: 'one long word (letters)', file: 'x.txt', size: 4000, text: (n) => `${'a'.repeat(n)}\n` },
  { name: 'non-English text (words)', file: 'x.txt', size: 4000, text: foreign },
  { name: 'double spaces to fix', file: 'x.txt', size: 10000, fix: true, text: (n) => `${'word  '.repeat(n)}\n` },
  { name: '"cure  cure" to fix', file: 'x.txt', size: 5000, fix: true, text: (n) => `${'It is a cure  cure. '.repeat(n)}\n` },
  { name: 'hard-wrapped plain text (lines)', file: 'x.txt', size: 20000, text: (n) => `${'and so on\n'.repeat(n)}` },
  // One unclosed "{/*" a paragraph: the MDX fallback is what is measured, not micromark's pairing of the "*" runs of one
  // paragraph, which grows with their square up to the documented limit (MAX_EMPHASIS_RUNS in src/engine/parse.ts).
  { name: '"{/*" unclosed, MDX (count)', file: 'x.mdx', size: 2000, text: (n) => '{/* \n\n'.repeat(n) },
  { name: 'unclosed "<!--" in Markdown (count)', file: 'x.md', size: 20000, text: (n) => `<div>\n${'<!-- '.repeat(n)}\n` },
  { name: 'hyphenated word "ab-" x n', file: 'x.txt', size: 5000, text: (n) => `${'ab-'.repeat(n)}cd\n` },
  { name: 'short sentences "Cures. " x n', file: 'x.txt', size: 10000, text: (n) => `${'Cures. '.repeat(n)}\n` },
  { name: 'HTML "<p>" unclosed x n', file: 'x.html', size: 10000, text: (n) => `${'<p>It cures. '.repeat(n)}\n` },
  { name: 'HTML nested "<div>" (depth)', file: 'x.html', size: 2000, text: (n) => `${'<div>'.repeat(n)}It cures.\n` },
  { name: 'URLs "http://a.b/c " x n', file: 'x.txt', size: 10000, text: (n) => `See ${'http://a.b/c '.repeat(n)}now.\n` },
  { name: 'nested "[" links (count)', file: 'x.md', size: 20000, text: (n) => `${'['.repeat(n)}x\n` },
  { name: 'emphasis "*a " (count)', file: 'x.md', size: 2000, text: (n) => `${'*a '.repeat(n)}\n` },
  { name: 'unmatched emphasis "a* " (count)', file: 'x.md', size: 3000, text: (n) => `${'a* '.repeat(n)}\n` },
];

const TIME_LIMIT_MS = 60_000;

async function child(index, size) {
  const c = CASES[index];
  const run = await import(pathToFileURL(path.join(ROOT, 'dist/src/engine/run.js')).href);
  const fix = await import(pathToFileURL(path.join(ROOT, 'dist/src/engine/fix.js')).href);
  const { formatters } = await import(pathToFileURL(path.join(ROOT, 'dist/src/formatters/index.js')).href);
  const { ruleSet } = await import(pathToFileURL(path.join(ROOT, 'dist/src/builtin.js')).href);
  const engine = run.createEngine(ruleSet, { timeBudgetMs: 0 });
  // Warm up: dictionaries, phrase lists and the JIT, outside the measured time.
  run.lintWithEngine(engine, 'Ketamine cures depresion.  It is safe.', c.file);
  const text = c.text(size);
  const start = process.cpuUsage();
  let findings = 0;
  let outcome = 'ok';
  try {
    const result = c.fix ? fix.fixText(engine, text, c.file).result : run.lintWithEngine(engine, text, c.file);
    formatters.json([result], {});
    findings = result.messages.length;
  } catch (error) {
    outcome = String(error.message).split('\n')[0].slice(0, 80);
  }
  const used = process.cpuUsage(start);
  process.stdout.write(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, bytes: Buffer.byteLength(text), findings, outcome }));
}

function measure(index, size) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(index), String(size)], { encoding: 'utf8', timeout: TIME_LIMIT_MS, maxBuffer: 1 << 20 });
  if (r.error || r.status !== 0) return { cpuMs: Number.NaN, bytes: 0, findings: 0, outcome: r.error?.code === 'ETIMEDOUT' || r.signal ? `timeout (${TIME_LIMIT_MS / 1000} s)` : `failed: ${(r.stderr || '').split('\n')[0]}` };
  return JSON.parse(r.stdout);
}

function main(argv) {
  const flag = (name) => argv.indexOf(name);
  const only = flag('--only') >= 0 ? argv[flag('--only') + 1].split(',') : undefined;
  const scale = flag('--scale') >= 0 ? Number(argv[flag('--scale') + 1]) : 1;
  const checkAt = flag('--check');
  const limit = checkAt >= 0 && argv[checkAt + 1] && !argv[checkAt + 1].startsWith('--') ? Number(argv[checkAt + 1]) : 2.2;
  const rows = [];
  CASES.forEach((c, index) => {
    if (only && !only.some((o) => c.name.includes(o))) return;
    const n = Math.max(1, Math.round(c.size * scale));
    const a = measure(index, n);
    const b = measure(index, 2 * n);
    rows.push({ name: c.name, n, a, b, ratio: b.cpuMs / a.cpuMs });
  });
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const ms = (x) => (Number.isNaN(x.cpuMs) ? '—' : `${x.cpuMs.toFixed(0)} ms`);
    const kb = (x) => `${(x.bytes / 1024).toFixed(1)} KB`;
    console.log('| input | size n | CPU at n | size 2n | CPU at 2n | ratio | outcome at 2n |');
    console.log('|---|---:|---:|---:|---:|---:|---|');
    for (const r of rows) {
      console.log(`| ${r.name} | ${r.n} (${kb(r.a)}) | ${ms(r.a)} | ${2 * r.n} (${kb(r.b)}) | ${ms(r.b)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '—'} | ${r.b.outcome}${r.b.outcome === 'ok' ? `, ${r.b.findings} findings` : ''} |`);
    }
  }
  if (checkAt >= 0) {
    const bad = rows.filter((r) => !(r.b.cpuMs < 200 || r.ratio <= limit));
    for (const r of bad) console.error(`bench:adversarial: ${r.name}: ratio ${r.ratio.toFixed(2)} > ${limit} (${r.a.cpuMs.toFixed(0)} -> ${r.b.cpuMs.toFixed(0)} ms)`);
    process.exitCode = bad.length > 0 ? 1 : 0;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') await child(Number(process.argv[3]), Number(process.argv[4]));
  else main(process.argv.slice(2));
}
