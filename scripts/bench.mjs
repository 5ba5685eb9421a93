// medlint benchmark: `npm run bench` (or `node scripts/bench.mjs [--runs N] [--quick] [--check]`).
//
// Every figure is a ratio of two whole processes run in turn (A B A B ...), the ratio taken
// pair by pair and its median quoted, so that a machine whose speed drifts (this one is shared)
// moves both sides of a pair alike; the lowest and highest pair ratio are printed beside the
// median, since a drift faster than a pair still moves it. Absolute times are printed for
// reading, never judged.
//
//   corpus / floor      the full CLI on one core (--workers 0) over the 2,000-article corpus,
//                       against plain remark-parse over the same files: the floor is remark-parse
//                       alone, not a stage of medlint's own, so a slower parser shows up instead
//                       of cancelling out (micromark 4.0.3 did exactly that).
//   big file / floor    the same at 1, 2.5 and 5 MB, and the growth: CPU per MB at 5 MB over
//                       CPU per MB at 1 MB, for medlint and for the floor (1.0 = linear).
//   start-up            the CLI on one seed article against `node -e 0`; the issue's target is
//                       either of two: the run within 0.3 s, or within 2.5x `node -e 0` (the row
//                       says which held).
//   workers             the corpus with one worker thread against two (--workers 1 / 2), and
//                       one thread (--workers 0) against two.
//   cache               the corpus with --cache over an unchanged corpus against an empty cache.
//   memory              peak RSS of the one-core CLI at 500, 1,000 and 2,000 files (the highest of the runs).
//
// CPU ratios (user + system, from process.resourceUsage() at exit) guard the one-core figures;
// wall-clock ratios guard what is about using more cores (workers) or less work (cache).
//
// --check: the CI-safe guard: a smaller corpus (200 files, 1 and 2.5 MB files), two pairs each
// and no warm-up, and limits that fail only on ratios, with room for a busy machine. It exits 1 when a ratio is
// over its limit. --quick: the check's sizes with the full report. --only ID[,ID]: only these
// rows (corpus, big, startup, workers, threads, cache, memory), for measuring one change.
//
// The corpus is generated (scripts/bench-corpus.mjs) under .bench/ (git-ignored). The stage
// children are this same script run as `bench.mjs --child <stage> <target>`. MB = 2^20 bytes.
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
// Child mode: one stage over a directory of .md files, a glob-free list, or one file; then a
// one-line JSON summary on stdout (which also keeps the work observable).

if (process.argv[2] === '--child') {
  const [, , , stage, target] = process.argv;
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  let bytes = 0;
  let units = 0;
  if (stage === 'floor') {
    // Plain remark-parse, as a peer would run it: no extension, no medlint module.
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const parser = unified().use(remarkParse).freeze();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      bytes += Buffer.byteLength(text);
      units += parser.parse(text).children.length;
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
  process.exit(2);
}

/** The groups of rows --only can pick. */
const ROW_GROUPS = ['corpus', 'big', 'startup', 'workers', 'threads', 'cache', 'memory'];

function parseArgs(argv) {
  const opts = { runs: 3, quick: false, check: false, timeout: 900, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--check') opts.check = true;
    else if (a === '--runs' || a.startsWith('--runs=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      opts.runs = Number(v);
      if (!Number.isInteger(opts.runs) || opts.runs < 1) fail(`--runs needs a positive integer, got "${v}"`);
      opts.runsGiven = true;
    } else if (a === '--only' || a.startsWith('--only=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      opts.only = new Set(String(v ?? '').split(','));
      const unknown = [...opts.only].filter((id) => !ROW_GROUPS.includes(id));
      if (unknown.length > 0 || opts.only.size === 0) fail(`--only takes rows among ${ROW_GROUPS.join(', ')}, got "${v}"`);
    } else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const v = a.includes('=') ? a.slice(10) : argv[++i];
      opts.timeout = Number(v);
      if (!(opts.timeout > 0)) fail(`--timeout needs a number of seconds, got "${v}"`);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`usage: node scripts/bench.mjs [--runs N (pairs, default 3)] [--quick (200 files, 1 and 2.5 MB)] [--check (the quick sizes, 2 pairs, exit 1 when a ratio is over its limit)] [--only ROW,... (${ROW_GROUPS.join(', ')})] [--timeout SECONDS per child (default 900)]\n`);
      process.exit(0);
    } else fail(`unknown argument "${a}" (try --help)`);
  }
  if (opts.check) opts.quick = true;
  if (opts.check && !opts.runsGiven) opts.runs = 2;
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
process.chdir(ROOT);

const REQUIRED = ['src/index.js', 'src/cli/index.js', 'src/engine/read.js', 'src/engine/parse.js', 'src/engine/run.js', 'src/engine/files.js', 'src/engine/pool-worker.js', 'src/worker.js'];
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

// ---------------------------------------------------------------------------------------
// Measurement

const HOOK = path.join(BENCH, 'rss-hook.mjs');
const HOOK_SOURCE = `// Written by scripts/bench.mjs: records the process's peak RSS (KB) and CPU time (µs) at exit.
import { writeFileSync } from 'node:fs';
const out = process.env.MEDLINT_BENCH_RSS_FILE;
if (out) process.on('exit', () => { try { const u = process.resourceUsage(); writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); } catch {} });
`;

const median = (values) => {
  const s = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `node --import hook ...args` once: wall seconds from spawn to exit, CPU seconds, peak RSS. */
function runOnce(cmd) {
  const rssFile = path.join(BENCH, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  cmd.before?.();
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let exitAt;
    const child = spawn(process.execPath, ['--import', pathToFileURL(HOOK).href, ...cmd.args], {
      cwd: ROOT,
      env: { ...process.env, MEDLINT_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', cmd.child ? 'pipe' : 'ignore', 'pipe'],
      timeout: opts.timeout * 1000,
    });
    let stdout = '';
    let stderr = '';
    if (cmd.child) child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', () => (exitAt = process.hrtime.bigint()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wall = Number((exitAt ?? process.hrtime.bigint()) - start) / 1e9;
      let usage;
      try {
        usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      } catch {
        // No usage file: the child died before its exit handler ran.
      }
      rmSync(rssFile, { force: true });
      const ok = cmd.child ? code === 0 : code === 0 || code === 1; // the CLI exits 1 when it finds errors
      if (!ok) {
        const why = signal ? `killed by ${signal}${signal === 'SIGTERM' ? ` (over --timeout ${opts.timeout} s?)` : ''}` : `exit code ${code}`;
        fail(`${cmd.name} failed: ${why}: ${stderr.trim().split('\n')[0] ?? ''}`);
      }
      if (cmd.child && cmd.files !== undefined) {
        const summary = JSON.parse(stdout.trim().split('\n').pop());
        if (summary.files !== cmd.files) fail(`${cmd.name}: processed ${summary.files} files, expected ${cmd.files}`);
      }
      resolve({ wall, cpu: usage ? usage.cpu / 1e6 : NaN, rssMB: usage ? usage.maxRSS / 1024 : NaN });
    });
  });
}

/** A and B in turn, `opts.runs` pairs after one warm-up pair (none with --check): medians and the median of the pair ratios. */
async function pair(a, b) {
  process.stderr.write(`bench: ${a.name} vs ${b.name}:${opts.check ? '' : ' warm-up'}`);
  if (!opts.check) {
    await runOnce(a);
    await runOnce(b);
  }
  const runsA = [];
  const runsB = [];
  for (let i = 0; i < opts.runs; i++) {
    process.stderr.write(` ${i + 1}`);
    runsA.push(await runOnce(a));
    runsB.push(await runOnce(b));
  }
  process.stderr.write('\n');
  const ratios = (key) => runsA.map((r, i) => r[key] / runsB[i][key]).filter((v) => Number.isFinite(v));
  // The lowest and highest pair ratio beside the median: on a machine whose speed drifts, a
  // median near its limit with a wide spread is no verdict either way.
  const spread = (key) => (ratios(key).length > 0 ? [Math.min(...ratios(key)), Math.max(...ratios(key))] : [NaN, NaN]);
  const summary = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rssMB: median(runs.map((r) => r.rssMB)) });
  return { a: { name: a.name, ...summary(runsA) }, b: { name: b.name, ...summary(runsB) }, wall: median(ratios('wall')), cpu: median(ratios('cpu')), spread: { wall: spread('wall'), cpu: spread('cpu') }, loadAvg1: os.loadavg()[0] };
}

/** One command, `opts.runs` times: medians. */
async function single(cmd) {
  process.stderr.write(`bench: ${cmd.name}:`);
  const runs = [];
  for (let i = 0; i < opts.runs; i++) {
    process.stderr.write(` ${i + 1}`);
    runs.push(await runOnce(cmd));
  }
  process.stderr.write('\n');
  // The peak RSS is the highest of the runs: the same build over the same 500 files peaked at 147 MB in some runs and
  // at 205 MB in others, as V8's first full collection came before or after the heap grew, so a median of three
  // judged the memory row by when the collector ran; the highest is what the process can need (issue 16).
  return { name: cmd.name, wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rssMB: Math.max(...runs.map((r) => r.rssMB)) };
}

/**
 * The path arguments that make the CLI lint exactly these files. A directory argument is
 * walked with .gitignore rules applied, including the repository's own ".bench/" entry, which
 * would leave nothing to lint; a glob is not filtered that way. Checked with the CLI's own
 * expansion so each run is known to see every file.
 */
async function cliArgsFor(pattern, count) {
  const { expandPaths } = await import(pathToFileURL(path.join(DIST, 'src/engine/files.js')).href);
  const found = await expandPaths([pattern]);
  if (found.length !== count) fail(`the CLI sees ${found.length} files for "${pattern}", expected ${count}`);
  return [pattern];
}

// ---------------------------------------------------------------------------------------
// Main

mkdirSync(BENCH, { recursive: true });
writeFileSync(HOOK, HOOK_SOURCE);
for (const f of readdirSync(BENCH)) {
  // Usage files left behind by an interrupted bench (its pid no longer running).
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
const N = opts.quick ? QUICK_FILES : FULL_FILES;
ensureCorpus(corpusDir, N, sources);
const corpusFiles = listMarkdown(corpusDir);
const corpusBytes = corpusFiles.reduce((n, f) => n + statSync(f).size, 0);
const SIZES = opts.quick ? [1, 2.5] : [1, 2.5, 5];
const bigFiles = SIZES.map((mb) => {
  const dir = path.join(BENCH, mb === 5 ? 'big' : `big-${mb}mb`);
  ensureBig(dir, sources, Math.round(mb * MB));
  return { mb, file: path.relative(ROOT, path.join(dir, 'big.md')) };
});
const cli = path.join(ROOT, 'bin/medlint.js');
const self = fileURLToPath(import.meta.url);
const corpusGlob = `${path.relative(ROOT, corpusDir)}/*.md`;
const corpusArgs = await cliArgsFor(corpusGlob, N);
const CACHE_FILE = path.join(BENCH, 'lint-cache.json');
// No per-file time limit: on a loaded machine a big file's wall time can pass the default 10 s, which would abort the run being measured.
const lint = (name, args, extra = {}) => ({ name, args: [cli, '--format', 'json', '--no-config-lookup', '--max-file-time', '0', ...args], child: false, ...extra });
const stage = (name, st, target, files) => ({ name, args: [self, '--child', st, target], child: true, files });

process.stderr.write(`bench: ${opts.check ? 'check: ' : opts.quick ? 'quick: ' : ''}${N} files (${(corpusBytes / MB).toFixed(1)} MB), big files ${SIZES.join(', ')} MB, ${opts.runs} pair(s) each after a warm-up pair\n`);

const rows = [];
/** A row: a measured pair, the ratio it is judged by (cpu or wall), and its limits (at most; `higher`: at least). */
const add = (id, label, result, metric, limit, checkLimit, higher = false) => rows.push({ id, label, result, metric, limit, checkLimit, higher });
/** Whether a group of rows is measured (all of them without --only). */
const want = (group) => opts.only === undefined || opts.only.has(group);

// One core: the corpus against the parse floor.
if (want('corpus')) add('corpus', `corpus (${N} files): full CLI, one thread / remark-parse`, await pair(lint('medlint --workers 0', ['--workers', '0', ...corpusArgs]), stage('remark-parse', 'floor', corpusDir, N)), 'cpu', 2.0, 3.5);

// Big files against the floor, and the growth from 1 MB to the largest.
const big = [];
for (const { mb, file } of want('big') ? bigFiles : []) {
  const r = await pair(lint(`medlint ${mb} MB`, ['--workers', '0', file]), stage(`remark-parse ${mb} MB`, 'floor', file, 1));
  big.push({ mb, r });
  add(`big${mb}`, `${mb} MB file: full CLI / remark-parse`, r, 'cpu', 2.0, 3.5);
}
const first = big[0];
const last = big[big.length - 1];
const growth = (side) => last.r[side].cpu / last.mb / (first.r[side].cpu / first.mb);
if (want('big')) rows.push({ id: 'growth', label: `growth: CPU per MB at ${last.mb} MB / at ${first.mb} MB, medlint (remark-parse: ${growth('b').toFixed(2)})`, value: growth('a'), limit: 1.3, checkLimit: 1.6, note: 'linear = 1.0' });

// Start-up. Issue 16 asks for one small file in at most 0.3 s, or within 2.5x `node -e 0` (a
// slower machine starts node itself more slowly): the row passes on either and says which.
if (want('startup')) {
  add('startup', 'one seed article: full CLI / node -e 0', await pair(lint('medlint one file', [SMALL_FILE]), { name: 'node -e 0', args: ['-e', '0'], child: false }), 'wall', 2.5, 6);
  rows[rows.length - 1].absolute = { side: 'a', metric: 'wall', limit: 0.3 };
}

// Cores.
// The speed-up is judged only where there are two cores to use.
const twoCores = (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) >= 2;
// Not judged by --check: its 200 files are too few to pay for starting the threads, and a CI
// machine shared with other jobs may give the second thread no second core.
if (want('workers')) add('workers', `corpus: one worker / two workers (speed-up)`, await pair(lint('--workers 1', ['--workers', '1', ...corpusArgs]), lint('--workers 2', ['--workers', '2', ...corpusArgs])), 'wall', twoCores ? 1.7 : undefined, undefined, true);
if (!opts.check && want('threads')) add('threads', `corpus: one thread, no worker / two workers (speed-up)`, await pair(lint('--workers 0', ['--workers', '0', ...corpusArgs]), lint('--workers 2', ['--workers', '2', ...corpusArgs])), 'wall', undefined, undefined, true);

// Cache: an unchanged corpus against an empty cache (one thread, so both sides do the same work apart from the cache).
// Each A (warm) runs right after a B (empty cache, which fills it again); the first after one filling run.
const cacheArgs = ['--workers', '0', '--cache', '--cache-location', path.relative(ROOT, CACHE_FILE), ...corpusArgs];
const coldCache = lint('empty cache', cacheArgs, { before: () => rmSync(CACHE_FILE, { force: true }) });
if (want('cache')) await runOnce(coldCache);
if (want('cache')) add('cache', 'corpus --cache: unchanged corpus / empty cache', await pair(lint('warm cache', cacheArgs, { before: () => existsSync(CACHE_FILE) || fail('the cold run left no cache') }), coldCache), 'wall', 0.1, 0.5);

// Memory: one thread at growing file counts (the first 25%, 50% and 100% of the corpus).
const counts = opts.quick ? [50, 100, 200] : [500, 1000, 2000];
const memory = [];
for (const count of want('memory') ? counts : []) {
  const args = count === N ? corpusArgs : corpusFiles.slice(0, count).map((f) => path.relative(ROOT, f));
  memory.push({ count, ...(await single(lint(`${count} files`, ['--workers', '0', ...args]))) });
}
if (want('memory')) rows.push({ id: 'memory', label: `peak RSS at ${counts.join(' / ')} files: ${memory.map((m) => m.rssMB.toFixed(0)).join(' / ')} MB; ${counts[2]} / ${counts[0]} files`, value: memory[2].rssMB / memory[0].rssMB, limit: 1.5, checkLimit: 2, note: 'flat = 1.0' });
// The CLI prints json a file at a time and keeps no result, so memory should not grow with the file count (it grew by about
// 20 MB per 1,000 files while every result was kept for the formatter).

// ---------------------------------------------------------------------------------------
// Report

for (const row of rows) {
  if (row.result) row.value = row.result[row.metric];
  const limit = opts.check ? row.checkLimit : row.limit;
  row.pass = limit === undefined ? null : row.higher ? row.value >= limit : row.value <= limit;
  // A row with an absolute target as well passes on either, and records which held.
  if (row.absolute && row.result) {
    const { side, metric, limit: within } = row.absolute;
    row.absolute.value = row.result[side][metric];
    row.absolute.pass = row.absolute.value <= within;
    row.passedBy = [row.pass ? 'ratio' : undefined, row.absolute.pass ? metric : undefined].filter(Boolean);
    row.pass = row.pass || row.absolute.pass;
  }
}

const out = [];
out.push('');
out.push(`medlint bench${opts.check ? ' --check' : opts.quick ? ' --quick' : ''}: node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? '?'}), ${opts.runs} A/B pair(s) after a warm-up pair, ratios are medians of the pairs`);
out.push(`corpus: ${N} Markdown files, ${(corpusBytes / MB).toFixed(2)} MB (${corpusGlob}); small file: ${SMALL_FILE}; MB = 2^20 bytes`);
out.push('');
const head = ['ratio', 'A', 'B', 'A/B', 'pairs', 'of', opts.check ? 'check limit' : 'target', ''];
const body = rows.map((row) => {
  const limit = opts.check ? row.checkLimit : row.limit;
  const shown = `${row.value.toFixed(2)}x`;
  const target = (limit === undefined ? '-' : `${row.higher ? '>=' : '<='} ${limit}`) + (row.absolute ? ` or A <= ${row.absolute.limit} s ${row.absolute.metric}` : '');
  const verdict = row.pass === null ? '' : row.pass ? 'PASS' : 'FAIL';
  const side = (s) => `${s.wall.toFixed(2)} s wall, ${s.cpu.toFixed(2)} s CPU${Number.isFinite(s.rssMB) ? `, ${s.rssMB.toFixed(0)} MB` : ''}`;
  const range = row.result?.spread?.[row.metric];
  const pairs = range && Number.isFinite(range[0]) ? `${range[0].toFixed(2)}-${range[1].toFixed(2)}` : '';
  return [row.label, row.result ? side(row.result.a) : '', row.result ? side(row.result.b) : '', shown, pairs, row.metric ?? row.note ?? '', target, row.passedBy ? `${verdict} (${row.pass ? `by ${row.passedBy.join(' and ')}` : 'neither'}: A ${row.absolute.value.toFixed(3)} s ${row.absolute.metric})` : verdict];
});
const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
out.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line));
out.push('');
const busiest = Math.max(0, ...rows.filter((r) => r.result).map((r) => r.result.loadAvg1));
out.push('pairs: the lowest and highest ratio of the pairs (the A/B column is their median)');
out.push(`A, B: medians of the counted runs; the machine's 1-minute load average reached ${busiest.toFixed(1)} on ${os.cpus().length} CPUs${busiest > os.cpus().length ? ' (busy: wall times include waiting for a CPU; the CPU ratios hold better)' : ''}`);
const failed = rows.filter((r) => r.pass === false);
out.push(opts.check ? (failed.length ? `bench check: FAIL: ${failed.map((r) => r.id).join(', ')}` : 'bench check: PASS (ratios only; limits leave room for a busy machine)') : `targets (issue 16, ../shared/performance.md): ${rows.filter((r) => r.pass !== null).length - failed.length} of ${rows.filter((r) => r.pass !== null).length} met`);
out.push('');
process.stdout.write(out.join('\n'));

// A run of some rows (--only) leaves the last full results alone.
const resultsFile = path.join(BENCH, `results${opts.check ? '-check' : opts.quick ? '-quick' : ''}${opts.only ? '-only' : ''}.json`);
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, quick: opts.quick, check: opts.check, runs: opts.runs, corpus: { files: N, bytes: corpusBytes, generator: GENERATOR_VERSION, seed: SEED }, rows, memory }, null, 2)}\n`,
);
process.stderr.write(`bench: wrote ${path.relative(ROOT, resultsFile)}\n`);
if (opts.check && failed.length) process.exit(1);
