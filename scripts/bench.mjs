// medlint benchmark: `npm run bench` (or `node scripts/bench.mjs [--runs N] [--quick]`).
//
// 1. Generates (scripts/bench-corpus.mjs) a deterministic corpus under .bench/ (git-ignored): 2,000 Markdown
//    articles (10-15 MB) and one 5 MB Markdown file, recombined from the paragraphs of
//    fixtures/seeds/*.txt and fixtures/clean/*. A stamp file (generator version, seed and a
//    hash of the source fixtures) lets later runs skip regeneration.
// 2. Measures each stage as its own child process (`process.execPath`): wall time from
//    spawn to exit, median of N runs, and the child's peak RSS, which a preloaded hook
//    (`node --import .bench/rss-hook.mjs`) writes to a temp file at exit from
//    `process.resourceUsage().maxRSS` (KB). A file is more robust than stderr: the CLI's
//    own stderr stays untouched, and nothing depends on stream flushing at exit.
//    Stages: read only, read + parse, read + parse + segment + context (no rules), the
//    full CLI; the full CLI with --cache from an empty cache and again over the unchanged
//    corpus; the same stages on the 5 MB file; the CLI on one small file.
// 3. Prints a table and the targets of ../shared/performance.md, and writes the numbers to
//    .bench/results.json (.bench/results-quick.json for --quick).
//
// The stage children are this same script run as `bench.mjs --child <stage> <target>`, so
// the benchmark is one file. MB here means 2^20 bytes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BENCH, CorpusError, ensureBig, ensureCorpus, FULL_FILES, GENERATOR_VERSION, listMarkdown, loadSources, QUICK_FILES, SEED } from './bench-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const MB = 1024 * 1024;

const SMALL_FILE = 'fixtures/seeds/001_47608fdc6364d356.txt';

// ---------------------------------------------------------------------------------------
// Child mode: one stage over a directory of .md files or one file, then a one-line JSON
// summary on stdout (which also keeps the work observable, so none of it is optimized away).

if (process.argv[2] === '--child') {
  const [, , , stage, target] = process.argv;
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  const { readText } = await import(pathToFileURL(path.join(DIST, 'src/engine/read.js')).href);
  let bytes = 0;
  let units = 0;
  if (stage === 'read') {
    for (const f of files) {
      const text = readText(f);
      bytes += Buffer.byteLength(text);
      units += text.length;
    }
  } else if (stage === 'parse') {
    const { parseProse } = await import(pathToFileURL(path.join(DIST, 'src/engine/parse.js')).href);
    for (const f of files) {
      const text = readText(f);
      bytes += Buffer.byteLength(text);
      units += parseProse(text, "markdown").blocks.length;
    }
  } else if (stage === 'document') {
    const { buildDocument } = await import(pathToFileURL(path.join(DIST, 'src/engine/run.js')).href);
    for (const f of files) {
      const text = readText(f);
      bytes += Buffer.byteLength(text);
      units += buildDocument(text, f).sentences.length;
    }
  } else if (stage !== 'noop') {
    process.stderr.write(`bench: unknown stage ${stage}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify({ files: files.length, bytes, units })}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
// Options and preconditions

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { runs: 3, quick: false, timeout: 900 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--runs' || a.startsWith('--runs=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      opts.runs = Number(v);
      if (!Number.isInteger(opts.runs) || opts.runs < 1) fail(`--runs needs a positive integer, got "${v}"`);
      opts.runsGiven = true;
    } else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const v = a.includes('=') ? a.slice(10) : argv[++i];
      opts.timeout = Number(v);
      if (!(opts.timeout > 0)) fail(`--timeout needs a number of seconds, got "${v}"`);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/bench.mjs [--runs N (default 3)] [--quick (200 files, 1 run)] [--timeout SECONDS per child (default 900)]\n');
      process.exit(0);
    } else fail(`unknown argument "${a}" (try --help)`);
  }
  if (opts.quick && !opts.runsGiven) opts.runs = 1;
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
process.chdir(ROOT);

const REQUIRED = ['src/index.js', 'src/cli/index.js', 'src/engine/read.js', 'src/engine/parse.js', 'src/engine/run.js', 'src/engine/files.js'];
if (!existsSync(DIST) || REQUIRED.some((f) => !existsSync(path.join(DIST, f)))) fail('dist/ is missing or incomplete: run npm run build first');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}
if (Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'rules'))) > statSync(path.join(DIST, 'src/index.js')).mtimeMs) {
  process.stderr.write('bench: warning: src/ or rules/ is newer than dist/; the numbers are for the last build (run npm run build)\n');
}

// Corpus generation: scripts/bench-corpus.mjs

// ---------------------------------------------------------------------------------------
// Measurement

const HOOK = path.join(BENCH, 'rss-hook.mjs');
const HOOK_SOURCE = `// Written by scripts/bench.mjs: records the process's peak RSS (KB) and CPU time (µs) at exit.
import { writeFileSync } from 'node:fs';
const out = process.env.MEDLINT_BENCH_RSS_FILE;
if (out) process.on('exit', () => { try { const u = process.resourceUsage(); writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); } catch {} });
`;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `node --import hook ...args` once: wall seconds from spawn to exit, peak RSS, output. */
function runOnce(args, { captureStdout }) {
  const rssFile = path.join(BENCH, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let exitAt;
    const child = spawn(process.execPath, ['--import', pathToFileURL(HOOK).href, ...args], {
      cwd: ROOT,
      env: { ...process.env, MEDLINT_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
      timeout: opts.timeout * 1000,
    });
    let stdout = '';
    let stderr = '';
    if (captureStdout) child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', () => (exitAt = process.hrtime.bigint()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = Number((exitAt ?? process.hrtime.bigint()) - start) / 1e9;
      let rssKB;
      let cpuSeconds;
      try {
        const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
        rssKB = usage.maxRSS;
        cpuSeconds = usage.cpu / 1e6;
      } catch {
        // No usage file: the child died before its exit handler ran.
      }
      rmSync(rssFile, { force: true });
      resolve({ code, signal, seconds, rssKB, cpuSeconds, stdout, stderr });
    });
  });
}

/** Runs one measurement `opts.runs` times and summarizes it. */
async function measure(m) {
  const runs = [];
  const loadAvg1 = os.loadavg()[0];
  for (let i = 0; i < opts.runs; i++) {
    process.stderr.write(`bench: ${m.name} (run ${i + 1}/${opts.runs})...`);
    m.before?.();
    const r = await runOnce(m.args, { captureStdout: m.child });
    process.stderr.write(` ${r.seconds.toFixed(2)} s\n`);
    const ok = m.child ? r.code === 0 : r.code === 0 || r.code === 1; // the CLI exits 1 when it finds errors
    if (!ok) {
      const why = r.signal ? `killed by ${r.signal}${r.signal === 'SIGTERM' ? ` (over --timeout ${opts.timeout} s?)` : ''}` : `exit code ${r.code}`;
      fail(`${m.name} failed: ${why}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    }
    if (m.child) {
      const summary = JSON.parse(r.stdout.trim().split('\n').pop());
      if (summary.files !== m.files || summary.bytes !== m.bytes) fail(`${m.name}: processed ${summary.files} files / ${summary.bytes} bytes, expected ${m.files} / ${m.bytes}`);
    }
    runs.push(r);
  }
  const seconds = median(runs.map((r) => r.seconds));
  const rss = runs.map((r) => r.rssKB).filter((v) => Number.isFinite(v));
  const cpu = runs.map((r) => r.cpuSeconds).filter((v) => Number.isFinite(v));
  return {
    id: m.id,
    name: m.name,
    command: ['node', ...m.args.map((a) => (a.startsWith(ROOT) ? path.relative(ROOT, a) : a))].join(' '),
    files: m.files,
    bytes: m.bytes,
    seconds,
    filesPerSecond: m.files / seconds,
    mbPerSecond: m.bytes / MB / seconds,
    peakRssMB: rss.length ? median(rss) / 1024 : null,
    cpuSeconds: cpu.length ? median(cpu) : null,
    loadAvg1AtStart: loadAvg1,
    runs: runs.map((r) => ({ seconds: r.seconds, cpuSeconds: r.cpuSeconds ?? null, peakRssMB: Number.isFinite(r.rssKB) ? r.rssKB / 1024 : null })),
  };
}

/**
 * The path arguments that make the CLI lint exactly the corpus. A directory argument is
 * walked with .gitignore rules applied, including the repository's own ".bench/" entry,
 * which would leave nothing to lint; a glob is not filtered that way. Checked with the
 * CLI's own expansion so the full run is known to see every file.
 */
async function cliArgsFor(dir, count) {
  const { expandPaths } = await import(pathToFileURL(path.join(DIST, 'src/engine/files.js')).href);
  const rel = path.relative(ROOT, dir);
  const candidates = [[rel], [`${rel}/*.md`]];
  for (const args of candidates) {
    let found = [];
    try {
      found = await expandPaths(args);
    } catch {
      found = [];
    }
    if (found.length !== count) continue;
    const note = args === candidates[0] ? undefined : `the CLI would lint no file of the directory ${rel} (its walk honours the repository's .gitignore, which lists .bench/); the glob "${args[0]}" is used instead`;
    return { args, note };
  }
  fail(`the CLI does not see the ${count} corpus files in ${rel} (neither as a directory nor as a glob)`);
}

// ---------------------------------------------------------------------------------------
// Report

function table(results) {
  const head = ['measurement', 'files', 'MB', 's (median)', 'files/s', 'MB/s', 'peak RSS MB', 'CPU s', 'load'];
  const rows = results.map((r) => [
    r.name,
    String(r.files),
    (r.bytes / MB).toFixed(2),
    r.seconds.toFixed(3),
    r.filesPerSecond >= 100 ? r.filesPerSecond.toFixed(0) : r.filesPerSecond.toFixed(1),
    r.mbPerSecond.toFixed(2),
    r.peakRssMB === null ? '?' : r.peakRssMB.toFixed(0),
    r.cpuSeconds === null ? '?' : r.cpuSeconds.toFixed(2),
    r.loadAvg1AtStart.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------
// Main

mkdirSync(BENCH, { recursive: true });
writeFileSync(HOOK, HOOK_SOURCE);
// Usage files left behind by an interrupted bench (its pid no longer running).
for (const f of readdirSync(BENCH)) {
  const pid = /^rss-(\d+)\.txt$/.exec(f)?.[1];
  if (!pid) continue;
  try {
    process.kill(Number(pid), 0);
  } catch {
    rmSync(path.join(BENCH, f), { force: true });
  }
}

let sources;
try {
  sources = loadSources();
} catch (error) {
  if (error instanceof CorpusError) fail(error.message);
  throw error;
}
const corpusDir = path.join(BENCH, opts.quick ? 'corpus-quick' : 'corpus');
const corpus = ensureCorpus(corpusDir, opts.quick ? QUICK_FILES : FULL_FILES, sources);
ensureBig(path.join(BENCH, 'big'), sources);
const bigFile = path.join(BENCH, 'big', 'big.md');
const corpusFiles = listMarkdown(corpusDir);
const corpusBytes = corpusFiles.reduce((n, f) => n + statSync(f).size, 0);
const bigBytes = statSync(bigFile).size;
const smallBytes = statSync(SMALL_FILE).size;
const cli = path.join(ROOT, 'bin/medlint.js');
const self = fileURLToPath(import.meta.url);
const corpusCli = await cliArgsFor(corpusDir, corpusFiles.length);
const N = corpusFiles.length;
const CACHE_FILE = path.join(BENCH, 'lint-cache.json');

const plan = [
  { id: 'corpus.read', name: `corpus: read only`, args: [self, '--child', 'read', corpusDir], child: true, files: N, bytes: corpusBytes },
  { id: 'corpus.parse', name: `corpus: read + parse`, args: [self, '--child', 'parse', corpusDir], child: true, files: N, bytes: corpusBytes },
  { id: 'corpus.document', name: `corpus: + segment + context`, args: [self, '--child', 'document', corpusDir], child: true, files: N, bytes: corpusBytes },
  { id: 'corpus.full', name: `corpus: full CLI (all rules)`, args: [cli, '--format', 'json', ...corpusCli.args], child: false, files: N, bytes: corpusBytes },
  // The cache: a first run that fills it (deleted before each run), then runs over the unchanged corpus.
  { id: 'corpus.cacheCold', name: `corpus: full CLI --cache, empty cache`, args: [cli, '--format', 'json', '--cache', '--cache-location', path.relative(ROOT, CACHE_FILE), ...corpusCli.args], child: false, files: N, bytes: corpusBytes, before: () => rmSync(CACHE_FILE, { force: true }) },
  { id: 'corpus.cacheWarm', name: `corpus: full CLI --cache, unchanged corpus`, args: [cli, '--format', 'json', '--cache', '--cache-location', path.relative(ROOT, CACHE_FILE), ...corpusCli.args], child: false, files: N, bytes: corpusBytes },
  { id: 'big.read', name: `5 MB file: read only`, args: [self, '--child', 'read', bigFile], child: true, files: 1, bytes: bigBytes },
  { id: 'big.parse', name: `5 MB file: read + parse`, args: [self, '--child', 'parse', bigFile], child: true, files: 1, bytes: bigBytes },
  { id: 'big.document', name: `5 MB file: + segment + context`, args: [self, '--child', 'document', bigFile], child: true, files: 1, bytes: bigBytes },
  { id: 'big.full', name: `5 MB file: full CLI`, args: [cli, '--format', 'json', path.relative(ROOT, bigFile)], child: false, files: 1, bytes: bigBytes },
  { id: 'small.full', name: `small file: full CLI`, args: [cli, '--format', 'json', SMALL_FILE], child: false, files: 1, bytes: smallBytes },
  { id: 'node.startup', name: `node startup (no work)`, args: [self, '--child', 'noop', SMALL_FILE], child: true, files: 1, bytes: 0 },
];
// The no-op child still lists its target; it reads nothing, so it reports 0 bytes.

process.stderr.write(`bench: ${opts.quick ? 'quick: ' : ''}${N} files (${(corpusBytes / MB).toFixed(1)} MB${corpus.reused ? ', reused' : ''}) + ${(bigBytes / MB).toFixed(1)} MB file, ${opts.runs} run(s) each\n`);
if (corpusCli.note) process.stderr.write(`bench: note: ${corpusCli.note}\n`);

const results = [];
for (const m of plan) results.push(await measure(m));
const by = Object.fromEntries(results.map((r) => [r.id, r]));

const ratio = (a, b) => by[a].seconds / by[b].seconds;
const ratios = {
  corpusFullOverParse: ratio('corpus.full', 'corpus.parse'),
  bigFullOverParse: ratio('big.full', 'big.parse'),
  cacheWarmOverCold: ratio('corpus.cacheWarm', 'corpus.cacheCold'),
};
const targets = [
  { target: 'corpus: full <= 2x parse', value: ratios.corpusFullOverParse, limit: 2, unit: 'x' },
  { target: '5 MB file: full <= 2x its parse', value: ratios.bigFullOverParse, limit: 2, unit: 'x' },
  { target: 'small file: start to exit <= 0.3 s', value: by['small.full'].seconds, limit: 0.3, unit: ' s' },
  { target: 'corpus: cached second run <= 0.2x the first', value: ratios.cacheWarmOverCold, limit: 0.2, unit: 'x' },
];
if (!opts.quick) targets.push({ target: '2,000 files: full <= ~7 s (2x the peers\' remark-parse 3.5 s)', value: by['corpus.full'].seconds, limit: 7, unit: ' s' });
for (const t of targets) t.pass = t.value <= t.limit;

const stage = (a, b) => by[a].seconds - by[b].seconds;
const breakdown = (prefix) => ({
  startup: by['node.startup'].seconds,
  read: stage(`${prefix}.read`, 'node.startup'),
  parse: stage(`${prefix}.parse`, `${prefix}.read`),
  segmentContext: stage(`${prefix}.document`, `${prefix}.parse`),
  rulesAndReport: stage(`${prefix}.full`, `${prefix}.document`),
});
const breakdowns = { corpus: breakdown('corpus'), big: breakdown('big') };

const out = [];
out.push('');
out.push(`medlint bench${opts.quick ? ' (quick)' : ''}: node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? '?'}), median of ${opts.runs} run(s), wall time spawn to exit, MB = 2^20 bytes`);
out.push(`corpus: ${N} Markdown files, ${(corpusBytes / MB).toFixed(2)} MB; big file: ${(bigBytes / MB).toFixed(2)} MB; small file: ${SMALL_FILE} (${smallBytes} bytes)`);
out.push(`full CLI runs: node bin/medlint.js --format json <paths> > /dev/null (corpus given as ${corpusCli.args.map((a) => `"${a}"`).join(' ')})`);
out.push('');
out.push(table(results));
out.push('');
out.push(`ratios: corpus full / parse = ${ratios.corpusFullOverParse.toFixed(2)}x; 5 MB full / parse = ${ratios.bigFullOverParse.toFixed(2)}x; cached second run / first = ${ratios.cacheWarmOverCold.toFixed(2)}x`);
const fmt = (b) => `startup ${b.startup.toFixed(2)} s, read ${b.read.toFixed(2)} s, parse ${b.parse.toFixed(2)} s, segment+context ${b.segmentContext.toFixed(2)} s, rules+report ${b.rulesAndReport.toFixed(2)} s`;
out.push(`where the time goes (differences of medians): corpus: ${fmt(breakdowns.corpus)}`);
out.push(`                                             5 MB:   ${fmt(breakdowns.big)}`);
out.push(`columns: s = wall time, spawn to exit; CPU s = the child's user + system CPU time; load = 1-minute load average when the measurement started`);
const busiest = Math.max(...results.map((r) => r.loadAvg1AtStart));
if (busiest > 1) out.push(`warning: the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${os.cpus().length} CPUs): wall times include waiting for a CPU; compare CPU s`);
out.push(`targets (../shared/performance.md): ${targets.map((t) => `${t.target}: ${t.value.toFixed(2)}${t.unit} ${t.pass ? 'PASS' : 'FAIL'}`).join('; ')}`);
out.push('');
process.stdout.write(out.join('\n'));

const resultsFile = path.join(BENCH, opts.quick ? 'results-quick.json' : 'results.json');
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? null,
      quick: opts.quick,
      runs: opts.runs,
      mb: MB,
      corpus: { dir: path.relative(ROOT, corpusDir), files: N, bytes: corpusBytes, generator: GENERATOR_VERSION, seed: SEED, sources: sources.sourcesHash, cliArgs: corpusCli.args },
      big: { file: path.relative(ROOT, bigFile), bytes: bigBytes },
      small: { file: SMALL_FILE, bytes: smallBytes },
      measurements: results,
      ratios,
      breakdowns,
      targets,
    },
    null,
    2,
  )}\n`,
);
process.stderr.write(`bench: wrote ${path.relative(ROOT, resultsFile)}\n`);
