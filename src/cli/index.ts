/**
 * The medlint command line: parse flags, expand paths, lint each file with one prepared
 * engine, format, and return the exit status (0 clean, 1 findings at error level, 2 usage
 * or input error). Every error is one line on stderr; no stack trace reaches the user.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../util/version.js';
import path from 'node:path';
import { ConfigError, DEFAULT_TIME_BUDGET_MS, lintWithEngine, type Engine } from '../engine/run.js';
import { ruleSet, rulesMeta } from '../builtin.js';
import { OptionsError } from '../engine/options.js';
import { PhraseError } from '../engine/lexicon.js';
import { decodeText, InputError, readText } from '../engine/read.js';
import { fixText, writeAtomic } from '../engine/fix.js';
import { cleanTemporaryFilesOnSignal } from '../engine/write.js';
import { ConfigFileError, findConfigFile, STARTER_CONFIG } from '../engine/config.js';
import { Project } from '../engine/project.js';
import type { FileOutcome } from '../engine/pool.js';
import { cacheFile, DEFAULT_CACHE_LOCATION, LintCache } from '../engine/cache.js';
import { readBaseline, writeBaseline } from '../engine/baseline.js';
import { canonicalPath, postProcess } from '../engine/pipeline.js';
import { changedLines, type ChangedLines } from '../engine/git.js';
import { createRequire } from 'node:module';
import type * as Diff from 'diff';
import { FORMAT_NAMES, loadFormatter, loadFormatterStream } from '../formatters/load.js';
import { countWarnings, deliverReport, exceedsMaxWarningCount, exceedsMaxWarnings, parseMaxWarnings } from './output.js';
import { createProgress, progressAllowed } from './progress.js';
import { colorEnabled, sourceReader, terminalColumns } from './terminal.js';
import type { LintResult } from '../types.js';
import { escapeLine } from '../util/escape.js';


/** Where the CLI writes; injectable for tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (a progress bar is drawn only then); default false. */
  readonly stderrIsTTY?: boolean;
  /** Milliseconds before the progress bar first draws (default 300; tests set 0). */
  readonly progressDelay?: number;
}

const EXAMPLES = `
Examples:
  $ medlint                           lint every article below the current directory
  $ medlint fixtures/seeds            lint a folder (.md, .markdown, .txt, .html, .htm)
  $ medlint "content/**/*.md"         lint the files a glob matches
  $ medlint --format json posts/ > findings.json
  $ medlint -f sarif -o medlint.sarif posts/    SARIF for GitHub code scanning, written to a file
  $ medlint -f github posts/          annotations in a GitHub Actions run
  $ medlint -f junit -o reports/medlint.xml posts/    a JUnit report for CI test views
  $ medlint --max-warnings 0 posts/   exit 1 on any warning too, not only on errors
  $ medlint --rule safety-claim --rule absolute-claim post.md
  $ cat post.md | medlint --stdin --stdin-filename post.md
  $ medlint facts ketamine            what medlint knows about ketamine, with sources
  $ medlint report posts/ --out review.html   an HTML audit report for reviewers
  $ medlint --fix-dry-run posts/         show the safe fixes as a unified diff
  $ medlint --fix posts/                 apply them (misspellings with one candidate, repeated words, double spaces)
  $ medlint --init                       write a starter .medlintrc.json
  $ medlint --print-config posts/a.md    the configuration that applies to a file
  $ medlint --baseline-write .medlint-baseline.json content/   record today's findings
  $ medlint --baseline .medlint-baseline.json content/         report only new ones
  $ medlint --changed-since origin/main content/               only lines changed on this branch
  $ medlint --cache --shard 1/4 content/                       a quarter of the files, cached

Exit status: 0 no finding at error level, 1 findings at error level (or more warnings than --max-warnings), 2 usage or input error.`;

interface Flags {
  format: string;
  stdin?: boolean;
  stdinFilename?: string;
  rule: string[];
  disable: string[];
  quiet?: boolean;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  config?: string;
  configLookup: boolean;
  ignore: boolean;
  init?: boolean;
  printConfig?: string;
  reportUnusedDisableDirectives?: boolean;
  requireReason?: boolean;
  baseline?: string;
  baselineWrite?: string;
  changedSince?: string;
  cache?: boolean;
  cacheLocation?: string;
  shard?: Shard;
  outputFile?: string;
  maxWarnings?: number;
  maxFileTime?: number;
  workers?: number;
}

/** `--shard i/n`: the i-th of n parts (1-based). */
interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `--max-file-time <seconds>`: a non-negative number; 0 turns the per-file budget off. */
function parseSeconds(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds (0: no limit).');
  return n;
}

function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) throw new InvalidArgumentError('expected i/n with 1 <= i <= n, e.g. 2/4');
  return { index, count };
}

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number (0: no worker threads)');
  return Number(value);
}

const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function program(io: CliIO): Command {
  return new Command('medlint')
    .description('Content accuracy linter for medical marketing copy')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, directories or globs (default: the current directory); - reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('--stdin', 'read the article from standard input')
    .option('--stdin-filename <name>', 'file name to report (and pick the format by) for standard input')
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect, [])
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect, [])
    .option('-q, --quiet', 'report findings at error level only (warnings still count for --max-warnings)')
    .option('--fix', 'apply safe fixes to the files, then report what remains; with --stdin, print the fixed text')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff; change no file')
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more than n findings at warning level', parseMaxWarnings)
    .option('--color', 'force colour in the stylish output')
    .option('--no-color', 'no colour in the stylish output')
    .option('-c, --config <file>', 'use this config file instead of looking for .medlintrc* files')
    .option('--no-config-lookup', 'ignore config files: built-in defaults and command-line flags only')
    .option('--no-ignore', 'lint files that .medlintignore or config ignores would skip')
    .option('--init', 'write a starter .medlintrc.json in the current directory')
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON')
    .option('--report-unused-disable-directives', 'report medlint-disable comments that suppress nothing (as errors)')
    .option('--require-reason', 'a medlint-disable comment without " -- reason" is an error')
    .option('--baseline <file>', 'report only findings not recorded in this baseline file')
    .option('--baseline-write <file>', 'record the current findings in a baseline file, then exit 0')
    .option('--changed-since <ref>', 'lint only files changed since a git revision, and report findings on changed lines only')
    .option('--cache', 'skip files unchanged since the last run (same content, config and medlint version)')
    .option('--cache-location <path>', `cache file or folder (default: ${DEFAULT_CACHE_LOCATION}/)`)
    .option('--max-file-time <seconds>', `stop linting a file after this many seconds, report it and go on (default ${DEFAULT_TIME_BUDGET_MS / 1000}; 0: no limit)`, parseSeconds)
    .option('--workers <n>', 'lint in n worker threads (0: in this one; default: one per core from 600 files on)', parseWorkers)
    .addOption(new Option('--shard <i/n>', 'lint the i-th of n deterministic parts of the files (for CI matrices)').argParser(parseShard))
    .addHelpText('after', `
Commands:
  facts [query] [--stale [months]]    list the knowledge base (mechanism facts, myths, regulatory status) with sources;
                                      --stale lists facts older than months (default 12) and exits 1 when there are any
  report [paths...] [--out file]      write an audit report: self-contained HTML, or --format markdown|csv (see medlint report --help)
  lsp [--stdio]                       a language server over standard input/output, for editors (see the README's Editors section)
${EXAMPLES}`)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: () => undefined });
}

const defaultIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
};

/** Runs the CLI with the given argv (as process.argv) and returns the exit status. */
export async function run(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const cmd = program(io);
  try {
    // Subcommands by name; lint a file called "facts" or "report" as ./facts or ./report.
    // Loaded only when asked for: a lint run needs neither (start-up, issue 16).
    if (argv[2] === 'facts') return (await import('./facts.js')).factsCommand(argv.slice(3), io.stdout);
    if (argv[2] === 'report') return await (await import('./report.js')).reportCommand(argv.slice(3), { ...io, columns: process.stderr.columns }, version);
    // Loaded only when asked for: the language server's protocol library costs every other run start-up time.
    if (argv[2] === 'lsp') return await (await import('../lsp/server.js')).startServer();
    cmd.parse([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      io.stderr(`medlint: ${escapeLine(error.message.replace(/^error: /, ''))}\n`);
      return 2;
    }
    throw error;
  }
  const flags = cmd.opts<Flags>();
  const args = cmd.args;
  const readsStdin = flags.stdin === true || args.includes('-');

  if (flags.fix && flags.fixDryRun) return usage(io, 'use --fix or --fix-dry-run, not both');
  if (flags.baseline && flags.baselineWrite) return usage(io, 'use --baseline or --baseline-write, not both');
  if (flags.outputFile !== undefined && (flags.fixDryRun || (flags.fix && readsStdin))) {
    return usage(io, '--output-file takes a report, and --fix-dry-run (or --fix on standard input) prints no report');
  }
  if (flags.init) return init(io);

  try {
    const project = new Project(ruleSet, {
      only: flags.rule,
      disable: flags.disable,
      config: { ...(flags.config ? { configFile: flags.config } : {}), lookup: flags.configLookup },
      directives: { reportUnused: flags.reportUnusedDisableDirectives === true, requireReason: flags.requireReason === true },
      ignore: flags.ignore,
      ...(flags.maxFileTime !== undefined ? { timeBudgetMs: flags.maxFileTime * 1000 } : {}),
      ...(flags.cache && !flags.fix && !flags.fixDryRun ? { cache: LintCache.load(cacheFile(flags.cacheLocation), version) } : {}),
    });
    if (flags.printConfig !== undefined) return await printConfig(project, flags.printConfig, io);
    return await lintRun(project, flags, args, readsStdin, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`medlint: ${escapeLine((error as Error).message)}\n`);
      return 2;
    }
    throw error;
  }
}

/** Errors that are the user's input or configuration: one line, exit 2. */
function isUsageError(error: unknown): boolean {
  return error instanceof ConfigError || error instanceof ConfigFileError || error instanceof OptionsError || error instanceof PhraseError || error instanceof InputError;
}

function usage(io: CliIO, message: string): number {
  io.stderr(`medlint: ${escapeLine(message)}\n`);
  return 2;
}

/** `--init`: a starter config in the working directory, unless one is there. */
function init(io: CliIO): number {
  const existing = findConfigFile(process.cwd());
  if (existing) return usage(io, `${path.basename(existing)} already configures medlint here; not overwriting it`);
  writeAtomic('.medlintrc.json', `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { create: true });
  io.stderr('medlint: wrote .medlintrc.json (configuration reference: https://github.com/medlint/medlint#configuration)\n');
  return 0;
}

/** `--print-config <file>`: the resolved configuration of one file, as JSON (every rule, with its full options). */
async function printConfig(project: Project, file: string, io: CliIO): Promise<number> {
  const { engine, config } = await project.engineFor(file);
  const active = new Map(engine.rules.map((a) => [a.rule.meta.id, a]));
  const rules: Record<string, unknown> = {};
  for (const id of Object.keys(config.rules).sort()) {
    const a = active.get(id);
    rules[id] = a ? [a.severity, a.options] : 'off';
  }
  const configFiles = config.sources.map((s) => (path.isAbsolute(s) ? path.relative(process.cwd(), s) || s : s));
  io.stdout(`${JSON.stringify({ file, configFiles, ignored: config.ignored, locale: config.locale ?? 'en-US', words: config.words, rules }, null, 2)}\n`);
  return 0;
}

/** Lints (or fixes) the files and standard input, applies baseline and changed-lines filters, and prints. */
async function lintRun(project: Project, flags: Flags, args: readonly string[], readsStdin: boolean, io: CliIO): Promise<number> {
  const mode: Mode = flags.fix ? 'fix' : flags.fixDryRun ? 'dry-run' : 'lint';
  let results: LintResult[] = [];
  let stream: ReportStream | undefined;
  const stdinTexts = new Map<string, string>();
  // Inputs that could not be linted: each said on stderr, and carried into the report, so no
  // report reads as clean for a run that could not look (see withInputErrors).
  const failures: InputError[] = [];
  const report = (error: unknown): void => {
    // Configuration errors are fatal: the whole run would be configured wrongly.
    if (!(error instanceof InputError)) throw error;
    io.stderr(`medlint: ${escapeLine(error.message)}\n`);
    failures.push(error);
  };

  if (readsStdin) {
    const name = flags.stdinFilename ?? '<stdin>';
    const { engine } = await project.engineFor(flags.stdinFilename ?? path.join(process.cwd(), 'stdin.md'));
    try {
      const text = decodeText(await io.readStdin(), name);
      stdinTexts.set(name, text);
      if (mode === 'lint') results.push(lintWithEngine(engine, text, name));
      else {
        // Standard input is never written back: --fix prints the fixed text, --fix-dry-run the diff.
        const outcome = fixText(engine, text, name);
        results.push(outcome.result);
        io.stdout(mode === 'fix' ? outcome.output : patch(name, text, outcome.output));
      }
    } catch (error) {
      report(error);
    }
  }
  // Read before linting, so a missing baseline or a bad revision fails at once.
  const baseline = flags.baseline ? readBaseline(flags.baseline) : undefined;
  const changed = flags.changedSince ? changedLines(flags.changedSince) : undefined;
  const pathArgs = args.filter((a) => a !== '-');
  if (!readsStdin || pathArgs.length > 0) {
    let files: string[] = [];
    try {
      // Every path that cannot be expanded is reported; the others are still linted.
      const found = await project.filesReporting(pathArgs);
      files = found.files;
      for (const error of found.errors) report(error);
    } catch (error) {
      report(error);
    }
    if (flags.shard) files = shardOf(files, flags.shard);
    if (changed) files = files.filter((f) => changed.has(canonicalPath(f)));
    // A progress bar on a terminal (never in CI) when there are more than a handful of files.
    const progressShown = progressAllowed(io.stderrIsTTY ?? false) && files.length > 5;
    const progress = createProgress(progressShown, { total: files.length, label: 'Linting', write: io.stderr, columns: process.stderr.columns ?? 80, ...(io.progressDelay !== undefined ? { delay: io.progressDelay } : {}) });
    if (mode === 'lint') {
      // The report printed a file at a time, as the files are linted, where the format can
      // (json, stylish) and nothing needs every result first (a baseline, an output file
      // written whole, a progress bar that the report would break): no result is kept, so
      // memory stays flat however many files there are.
      if (!flags.baseline && !flags.baselineWrite && flags.outputFile === undefined && !progressShown) {
        stream = await startStream(flags, io, stdinTexts, changed, (file) => project.lastText(file));
        if (stream) for (const result of results.splice(0)) stream.add(result);
      }
      // In worker threads when there are many files; outcomes in the files' order either way.
      const onOutcome = (outcome: FileOutcome): void => {
        if (!('result' in outcome)) {
          progress.clear();
          report(outcome.error);
        } else if (stream) stream.add(outcome.result);
        else results.push(outcome.result);
      };
      await project.lintAll(files, { ...(flags.workers !== undefined ? { workers: flags.workers } : {}), onSettled: () => progress.tick(), onOutcome });
    } else {
      for (const file of files) {
        try {
          results.push(fixFile((await project.engineFor(file)).engine, file, mode, io));
        } catch (error) {
          progress.clear();
          report(error);
        }
        progress.tick();
        // Let a signal (Ctrl-C) be handled between files: the fix itself is synchronous.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress.done();
  }
  project.cache?.save();
  if (mode === 'dry-run' || (mode === 'fix' && readsStdin)) return exitStatus(results, failures.length);
  if (stream) {
    // Inputs that could not be linted close the report, as withInputErrors places them.
    for (const entry of withInputErrors([], failures, flags.format, false)) stream.print(entry);
    stream.end();
    const tooManyWarnings = exceedsMaxWarningCount(stream.warnings, flags.maxWarnings, io.stderr);
    const status = failures.length > 0 ? 2 : stream.errors ? 1 : 0;
    return status === 0 && tooManyWarnings ? 1 : status;
  }

  if (flags.baselineWrite) {
    // The baseline records what the run finds after suppressions (and, with --changed-since, on the changed lines).
    const recorded = postProcess(results, { ...(changed ? { changed } : {}) }).results;
    const count = writeBaseline(flags.baselineWrite, recorded);
    io.stderr(`medlint: wrote ${count} finding${count === 1 ? '' : 's'} in ${recorded.filter((r) => r.messages.length > 0).length} file(s) to ${escapeLine(flags.baselineWrite)}\n`);
    return failures.length > 0 ? 2 : 0;
  }
  // The project pipeline's stages after suppressions, in order: baseline, changed lines, severity filter.
  const processed = postProcess(results, {
    ...(flags.baseline && baseline ? { baseline: { file: flags.baseline, data: baseline } } : {}),
    ...(changed ? { changed } : {}),
    ...(flags.quiet ? { minSeverity: 'error' as const } : {}),
  });
  results = processed.results;
  if (flags.baseline && processed.gone > 0) {
    io.stderr(`medlint: ${processed.gone} baselined finding${processed.gone === 1 ? ' no longer occurs' : 's no longer occur'}; run --baseline-write ${escapeLine(flags.baseline)} to update the baseline\n`);
  }
  const shown = processed.shown;
  // Commander restricts --format to FORMAT_NAMES.
  const formatter = await loadFormatter(flags.format);
  const color = colorEnabled(flags.color, io.isTTY, flags.outputFile !== undefined);
  const columns = terminalColumns(flags.outputFile === undefined && io.isTTY ? process.stdout.columns : undefined);
  const output = formatter(withInputErrors(shown, failures, flags.format, flags.outputFile !== undefined), {
    color,
    cwd: process.cwd(),
    columns,
    source: sourceReader(stdinTexts),
    inputErrors: failures.map((e) => e.message),
    rulesMeta,
  });
  if (!deliverReport(output, flags.outputFile, io)) return 2;
  const tooManyWarnings = exceedsMaxWarnings(results, flags.maxWarnings, io.stderr);
  const status = exitStatus(results, failures.length);
  return status === 0 && tooManyWarnings ? 1 : status;
}

/** A report printed a file at a time, with the counts the exit status needs. */
interface ReportStream {
  /** A linted file's result: its findings after the changed-lines and severity filters, printed. */
  add(result: LintResult): void;
  /** A result printed as it is (an input that could not be linted). */
  print(result: LintResult): void;
  /** Prints what closes the report. */
  end(): void;
  /** Whether a finding at error level was found (after the changed-lines filter, as the exit status counts). */
  readonly errors: boolean;
  /** Findings at warning level (before --quiet, as --max-warnings counts). */
  readonly warnings: number;
}

/**
 * The report as a stream when its format prints a file at a time (json, stylish), else
 * undefined. What it prints, joined, is what the format gives for all results at once.
 */
async function startStream(flags: Flags, io: CliIO, stdinTexts: ReadonlyMap<string, string>, changed: ChangedLines | undefined, linted: (file: string) => string | undefined): Promise<ReportStream | undefined> {
  const formatter = await loadFormatterStream(flags.format, {
    color: colorEnabled(flags.color, io.isTTY, false),
    cwd: process.cwd(),
    columns: terminalColumns(io.isTTY ? process.stdout.columns : undefined),
    // Each file's text as it was linted, when this thread linted it just before; else read when its findings are printed. Not kept.
    source: sourceReader(stdinTexts, false, linted),
    rulesMeta,
  });
  if (!formatter) return undefined;
  let errors = false;
  let warnings = 0;
  let printed = false;
  let last = '';
  const write = (text: string): void => {
    if (text === '') return;
    io.stdout(text);
    printed = true;
    last = text;
  };
  return {
    add(result) {
      const processed = postProcess([result], { ...(changed ? { changed } : {}), ...(flags.quiet ? { minSeverity: 'error' as const } : {}) });
      for (const r of processed.results) {
        warnings += countWarnings([r]);
        if (r.messages.some((m) => m.severity === 'error')) errors = true;
      }
      for (const r of processed.shown) write(formatter.file(r));
    },
    print(result) {
      write(formatter.file(result));
    },
    end() {
      write(formatter.end());
      // As deliverReport: a report that is not empty ends with a newline.
      if (printed && !last.endsWith('\n')) io.stdout('\n');
    },
    get errors() {
      return errors;
    },
    get warnings() {
      return warnings;
    },
  };
}

/** The rule id of the finding that stands for an input medlint could not lint. */
export const INPUT_ERROR_RULE = 'medlint/input';

/**
 * The results with one error-level finding (rule `medlint/input`, line 1) for each input that
 * could not be linted, so a report written for a machine or a reviewer never reads as clean
 * when medlint could not look. SARIF carries them as tool execution notifications instead
 * (`executionSuccessful: false`); stylish on a terminal has them on stderr already.
 */
function withInputErrors(results: readonly LintResult[], failures: readonly InputError[], format: string, toFile: boolean): readonly LintResult[] {
  if (failures.length === 0 || format === 'sarif' || (format === 'stylish' && !toFile)) return results;
  return [
    ...results,
    ...failures.map((error): LintResult => ({
      file: error.file ?? '<input>',
      messages: [{ ruleId: INPUT_ERROR_RULE, severity: 'error', message: `not linted: ${error.message}`, line: 1, column: 1, offset: 0, excerpt: '', url: INPUT_ERROR_URL }],
    })),
  ];
}

const INPUT_ERROR_URL = 'https://github.com/medlint/medlint#exit-status-and-errors';

/** What the run does with fixes: nothing, apply them, or show them. */
type Mode = 'lint' | 'fix' | 'dry-run';

/** A deterministic part of the (sorted) files: every n-th, starting at the i-th. */
export function shardOf(files: readonly string[], shard: Shard): string[] {
  return files.filter((_, i) => i % shard.count === shard.index - 1);
}

function exitStatus(results: readonly LintResult[], inputErrors: number): number {
  if (inputErrors > 0) return 2;
  return results.some((r) => r.messages.some((m) => m.severity === 'error')) ? 1 : 0;
}

/** A unified diff of one file's fixes ("" when there are none). */
function patch(name: string, before: string, after: string): string {
  if (before === after) return '';
  // diff is loaded only when there is a patch to print (start-up, issue 16).
  const { createTwoFilesPatch } = createRequire(import.meta.url)('diff') as typeof Diff;
  return createTwoFilesPatch(name, name, before, after, '', '', { context: 2 });
}

/**
 * Fixes one file: with --fix, writes it (atomically, and only when something changed, so an
 * untouched file keeps its mtime); with --fix-dry-run, prints the diff. Returns the findings
 * that remain after the fixes.
 */
function fixFile(engine: Engine, file: string, mode: Mode, io: CliIO): LintResult {
  const text = readText(file);
  const outcome = fixText(engine, text, file);
  if (outcome.output !== text) {
    if (mode === 'fix') writeAtomic(file, outcome.output);
    else io.stdout(patch(file, text, outcome.output));
  }
  return outcome.result;
}

/** The process entry point used by bin/medlint.js. */
export async function main(): Promise<void> {
  // Ctrl-C or a kill while --fix or -o writes: no temporary file is left behind.
  cleanTemporaryFilesOnSignal();
  // A library's warning (the yaml package's, on odd front matter) is one line of medlint's, not
  // Node's two ("(node:PID) …" and its --trace-warnings hint).
  process.removeAllListeners('warning');
  process.on('warning', (warning) => void process.stderr.write(`medlint: warning: ${escapeLine((warning.message.split(/\r?\n/)[0] ?? '').replace(/:$/, ''))}\n`));
  // A reader that stops early (`medlint … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = await run(process.argv);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`medlint: internal error: ${message}${process.env['MEDLINT_DEBUG'] ? `\n${(error as Error).stack ?? ''}` : ' (set MEDLINT_DEBUG=1 for details)'}\n`);
    process.exitCode = 2;
  }
}
