/**
 * The medlint command line: parse flags, expand paths, lint each file with one prepared
 * engine, format, and return the exit status (0 clean, 1 findings at error level, 2 usage
 * or input error). Every error is one line on stderr; no stack trace reaches the user.
 */
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { ConfigError, createEngine, lintWithEngine, type Engine } from '../engine/run.js';
import { OptionsError } from '../engine/options.js';
import { PhraseError } from '../engine/lexicon.js';
import { decodeText, InputError, readText } from '../engine/read.js';
import { expandPaths } from '../engine/files.js';
import { fixText, writeAtomic } from '../engine/fix.js';
import { readProjectWords, withProjectWords } from '../engine/project-dictionary.js';
import { createTwoFilesPatch } from 'diff';
import { formatters } from '../formatters/index.js';
import { factsCommand } from './facts.js';
import { reportCommand } from './report.js';
import { createProgress, progressAllowed } from './progress.js';
import type { LintResult } from '../types.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

/** Where the CLI writes; injectable for tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (a progress bar is drawn only then); default false. */
  readonly stderrIsTTY?: boolean;
}

const EXAMPLES = `
Examples:
  $ medlint                           lint every article below the current directory
  $ medlint fixtures/seeds            lint a folder (.md, .markdown, .txt, .html, .htm)
  $ medlint "content/**/*.md"         lint the files a glob matches
  $ medlint --format json posts/ > findings.json
  $ medlint --rule safety-claim --rule absolute-claim post.md
  $ cat post.md | medlint --stdin --stdin-filename post.md
  $ medlint facts ketamine            what medlint knows about ketamine, with sources
  $ medlint report posts/ --out review.html   an HTML audit report for reviewers
  $ medlint --fix-dry-run posts/         show the safe fixes as a unified diff
  $ medlint --fix posts/                 apply them (misspellings with one candidate, repeated words, double spaces)

Exit status: 0 no finding at error level, 1 findings at error level, 2 usage or input error.`;

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
}

const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

function program(io: CliIO): Command {
  return new Command('medlint')
    .description('Content accuracy linter for medical marketing copy')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, directories or globs (default: the current directory); - reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('--stdin', 'read the article from standard input')
    .option('--stdin-filename <name>', 'file name to report (and pick the format by) for standard input')
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect, [])
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect, [])
    .option('-q, --quiet', 'report findings at error level only')
    .option('--fix', 'apply safe fixes to the files, then report what remains; with --stdin, print the fixed text')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff; change no file')
    .option('--color', 'force colour in the stylish output')
    .option('--no-color', 'no colour in the stylish output')
    .addHelpText('after', `
Commands:
  facts [query]                       list the knowledge base (mechanism facts, regulatory status) with sources
  report [paths...] [--out file]      write an audit report: self-contained HTML, or --format markdown|csv (see medlint report --help)
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
    if (argv[2] === 'facts') return factsCommand(argv.slice(3), io.stdout);
    if (argv[2] === 'report') return await reportCommand(argv.slice(3), { ...io, columns: process.stderr.columns }, version);
    cmd.parse([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      io.stderr(`medlint: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    throw error;
  }
  const flags = cmd.opts<Flags>();
  const args = cmd.args;
  const readsStdin = flags.stdin === true || args.includes('-');

  if (flags.fix && flags.fixDryRun) {
    io.stderr('medlint: use --fix or --fix-dry-run, not both\n');
    return 2;
  }
  let engine: Engine;
  try {
    engine = createEngine(withProjectWords({ only: flags.rule, disable: flags.disable }, readProjectWords()));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof OptionsError || error instanceof PhraseError || error instanceof InputError) {
      io.stderr(`medlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const mode: Mode = flags.fix ? 'fix' : flags.fixDryRun ? 'dry-run' : 'lint';
  const results: LintResult[] = [];
  let inputErrors = 0;
  const report = (error: unknown): void => {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`medlint: ${error.message}\n`);
    inputErrors++;
  };

  if (readsStdin) {
    const name = flags.stdinFilename ?? '<stdin>';
    try {
      const text = decodeText(await io.readStdin(), name);
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
  const pathArgs = args.filter((a) => a !== '-');
  if (!readsStdin || pathArgs.length > 0) {
    let files: string[] = [];
    try {
      files = await expandPaths(pathArgs);
    } catch (error) {
      report(error);
    }
    // A progress bar on a terminal (never in CI) when there are more than a handful of files.
    const progress = createProgress(progressAllowed(io.stderrIsTTY ?? false) && files.length > 5, { total: files.length, label: 'Linting', write: io.stderr, columns: process.stderr.columns ?? 80 });
    for (const file of files) {
      try {
        results.push(mode === 'lint' ? lintWithEngine(engine, readText(file), file) : fixFile(engine, file, mode, io));
      } catch (error) {
        progress.clear();
        report(error);
      }
      progress.tick();
    }
    progress.done();
  }
  if (mode === 'dry-run' || (mode === 'fix' && readsStdin)) return exitStatus(results, inputErrors);

  const shown = flags.quiet ? results.map((r) => ({ file: r.file, messages: r.messages.filter((m) => m.severity === 'error') })) : results;
  // Safe: commander restricts --format to the registry's keys.
  const formatter = formatters[flags.format]!;
  const color = flags.color ?? (io.isTTY && !process.env['NO_COLOR']);
  const output = formatter(shown, { color });
  if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);

  return exitStatus(results, inputErrors);
}

/** What the run does with fixes: nothing, apply them, or show them. */
type Mode = 'lint' | 'fix' | 'dry-run';

function exitStatus(results: readonly LintResult[], inputErrors: number): number {
  if (inputErrors > 0) return 2;
  return results.some((r) => r.messages.some((m) => m.severity === 'error')) ? 1 : 0;
}

/** A unified diff of one file's fixes ("" when there are none). */
function patch(name: string, before: string, after: string): string {
  return before === after ? '' : createTwoFilesPatch(name, name, before, after, '', '', { context: 2 });
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
