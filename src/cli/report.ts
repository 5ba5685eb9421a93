/**
 * `medlint report`: an audit report for reviewers. By default one self-contained HTML file
 * (every article rendered with its findings highlighted, filters, search and a sign-off
 * block per article); `--format markdown` and `--format csv` write the same findings as the
 * main command's formatters. The file is written atomically. Exit status: 0 written, 2 a
 * usage or input error (one line on stderr each); findings never change the status here.
 */
import { Command, Option } from 'commander';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, lintFile } from '../engine/run.js';
import { ruleSet, rulesMeta } from '../builtin.js';
import { postProcess } from '../engine/pipeline.js';
import { OptionsError } from '../engine/options.js';
import { PhraseError } from '../engine/lexicon.js';
import { InputError, readText } from '../engine/read.js';
import { standardStream, writeGeneratedFile } from '../engine/write.js';
import { escapeLine } from '../util/escape.js';
import { ConfigFileError } from '../engine/config.js';
import { Project, type ProjectOptions } from '../engine/project.js';
import { buildReportData, renderReportArticle, type ArticleInput } from '../report/model.js';
import { buildHtml } from '../report/html.js';
import { formatMarkdown } from '../formatters/markdown.js';
import { formatCsv } from '../formatters/csv.js';
import type { Severity } from '../types.js';
import { createProgress, progressAllowed, type Progress } from './progress.js';

/** What `medlint report` needs from its caller: where to print and whether stderr is a terminal. */
export interface ReportIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stderrIsTTY?: boolean;
  /** Terminal width for the progress bar. */
  readonly columns?: number;
  /** Milliseconds before the progress bar first draws (default 300). */
  readonly progressDelay?: number;
}

interface ReportFlags {
  out?: string;
  format: 'html' | 'markdown' | 'csv';
  title: string;
  rule: string[];
  disable: string[];
  config?: string;
  configLookup: boolean;
  ignore: boolean;
}

/** The default output file per format. */
const DEFAULT_OUT = { html: 'medlint-report.html', markdown: 'medlint-report.md', csv: 'medlint-report.csv' } as const;

const collect = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

const HELP = `
The HTML report is one self-contained file (no network access; it works offline and prints
to PDF from the browser): a summary of the run, the articles ranked by a risk score, and each
article with every finding highlighted, its guidance and suggested rewrite, filters, search
and a sign-off block per article. --format markdown suits pull-request comments; --format csv
writes one row per finding for spreadsheets.

Examples:
  $ medlint report fixtures/seeds                      writes medlint-report.html
  $ medlint report posts/ --out review/batch-12.html --title "Batch 12"
  $ medlint report posts/ --format csv --out findings.csv
  $ medlint report posts/ --format markdown --out -    Markdown on standard output

Exit status: 0 the report was written, 2 usage or input error.`;

/** The articles of a run: what was linted, with which rules, and each article's text and findings. */
export interface CollectedRun {
  readonly articles: ArticleInput[];
  /** The rules that ran, with their severities. */
  readonly rules: { readonly id: string; readonly severity: Severity }[];
  /** The configuration file the run used, or a note that there was none. */
  readonly configFile: string;
}

/**
 * Lints the articles for a report: the one place the report gets its results from. Each file
 * is read once; its text is kept, because the report shows it.
 */
export async function collectRun(paths: readonly string[], options: ProjectOptions, progress: (total: number) => Progress, render = false): Promise<CollectedRun> {
  // The same project as the main command: config files, ignores, the project dictionary and inline suppressions apply.
  const project = new Project(ruleSet, options);
  const files = await project.files(paths);
  const bar = progress(files.length);
  const articles: ArticleInput[] = [];
  const rules = new Map<string, Set<Severity>>();
  const sources = new Set<string>();
  try {
    for (const file of files) {
      const text = readText(file);
      const { engine, config } = await project.engineFor(file);
      for (const a of engine.rules) (rules.get(a.rule.meta.id) ?? rules.set(a.rule.meta.id, new Set()).get(a.rule.meta.id)!).add(a.severity);
      for (const source of config.sources) sources.add(path.isAbsolute(source) ? path.relative(process.cwd(), source) || source : source);
      const linted = lintFile(engine, text, file);
      // The project pipeline's stages after suppressions (the report asks for none of baseline, changed lines or a severity filter).
      // Safe: postProcess returns one result per result given.
      const result = postProcess([linted.result]).shown[0]!;
      // Rendered now, from the engine's parse: the article is parsed once, and its tree is not kept.
      articles.push({ file, text, result, ...(render ? { rendered: renderReportArticle(file, text, result, linted.parsed) } : {}) });
      bar.tick();
      // Let a signal (Ctrl-C) be handled between files: the lint itself is synchronous.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    bar.done();
  }
  // A rule configured differently in different folders is listed at its highest severity.
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  return {
    articles,
    rules: [...rules].map(([id, levels]) => ({ id, severity: [...levels].sort((x, y) => rank[y] - rank[x])[0]! })),
    configFile: sources.size > 0 ? [...sources].join(', ') : 'built-in defaults',
  };
}

/** The `report` subcommand. Returns the exit status; throws CommanderError on bad flags and InputError/ConfigError on bad input. */
export async function reportCommand(argv: readonly string[], io: ReportIO, version: string, now: Date = reportDate()): Promise<number> {
  const cmd = new Command('medlint report')
    .description('Write an audit report for reviewers: self-contained HTML (default), Markdown or CSV')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .option('-o, --out <file>', `where to write the report; - for standard output (default: ${DEFAULT_OUT.html}, or .md/.csv for those formats)`)
    .addOption(new Option('-f, --format <name>', 'report format').choices(['html', 'markdown', 'csv']).default('html'))
    .option('--title <text>', 'the report title', 'medlint audit report')
    .option('--rule <id>', 'run only this rule (repeatable, or comma-separated)', collect, [])
    .option('--disable <id>', 'do not run this rule (repeatable, or comma-separated)', collect, [])
    .option('-c, --config <file>', 'use this config file instead of looking for .medlintrc* files')
    .option('--no-config-lookup', 'ignore config files: built-in defaults and command-line flags only')
    .option('--no-ignore', 'also report files that .medlintignore or config ignores skip')
    .addHelpText('after', HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: () => undefined });
  cmd.parse([...argv], { from: 'user' });
  try {
    return await report(cmd, io, version, now);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof ConfigFileError || error instanceof OptionsError || error instanceof PhraseError) {
      io.stderr(`medlint: ${escapeLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

async function report(cmd: Command, io: ReportIO, version: string, now: Date): Promise<number> {
  const flags = cmd.opts<ReportFlags>();
  const out = flags.out ?? DEFAULT_OUT[flags.format];
  if (out !== '-' && isDirectory(out)) {
    io.stderr(`medlint: ${escapeLine(out)}: is a directory; give --out a file name\n`);
    return 2;
  }
  const allowed = progressAllowed(io.stderrIsTTY ?? false);
  const bar = (label: string) => (total: number) => createProgress(allowed && total > 5, { total, label, write: io.stderr, ...(io.columns ? { columns: io.columns } : {}), ...(io.progressDelay !== undefined ? { delay: io.progressDelay } : {}) });

  const run = await collectRun(
    cmd.args,
    { only: flags.rule, disable: flags.disable, config: { ...(flags.config ? { configFile: flags.config } : {}), lookup: flags.configLookup }, ignore: flags.ignore },
    bar('Linting'),
    flags.format === 'html',
  );
  const results = run.articles.map((a) => a.result);
  let output: string;
  if (flags.format === 'html') {
    const data = buildReportData({ title: flags.title, generatedAt: now, medlintVersion: version, configFile: run.configFile, inputs: cmd.args, rules: run.rules, rulesMeta, articles: run.articles });
    output = buildHtml(data);
  } else {
    output = flags.format === 'markdown' ? formatMarkdown(results, { title: flags.title }) : formatCsv(results);
  }
  const stream = out === '-' ? 'stdout' : standardStream(out);
  // The standard streams are written directly; anything else only as a regular file (see write.ts).
  if (stream) io[stream](output);
  else writeGeneratedFile(out, output);
  return 0;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The report's time: now, or SOURCE_DATE_EPOCH (seconds) when set, for reproducible reports. */
function reportDate(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
