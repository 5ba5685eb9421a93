/**
 * The formatters as the CLI loads them: by name, each module only when its format is asked
 * for, so a run does not load vfile-reporter, csv-stringify or the XML writers it does not
 * print with. The same functions as the `formatters` registry (test/formatters/load.test.ts).
 */
import type { FormatOptions, Formatter } from './index.js';
import type { LintResult } from '../types.js';
import { githubOptions, sarifOptions, stylishOptions } from './adapt.js';

/** The format names, in the order `--help` lists them. */
export const FORMAT_NAMES: readonly string[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'markdown', 'csv'];

const LOADERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => {
    const [{ formatStylish }, { escapeResults }] = await Promise.all([import('./stylish.js'), import('../util/escape.js')]);
    // As the registry: control characters escaped first (stylish escapes the source lines it shows itself).
    return (results, options) => formatStylish(escapeResults(results), stylishOptions(options));
  },
  json: async () => {
    const { formatJson } = await import('./json.js');
    return (results) => formatJson(results);
  },
  sarif: async () => {
    const { formatSarif } = await import('./sarif.js');
    return (results, options) => formatSarif(results, sarifOptions(options));
  },
  github: async () => {
    const { formatGithub } = await import('./github.js');
    return (results, options) => formatGithub(results, githubOptions(options));
  },
  junit: async () => {
    const { formatJunit } = await import('./junit.js');
    return (results) => formatJunit(results);
  },
  checkstyle: async () => {
    const { formatCheckstyle } = await import('./checkstyle.js');
    return (results) => formatCheckstyle(results);
  },
  markdown: async () => {
    const { formatMarkdown } = await import('./markdown.js');
    return (results) => formatMarkdown(results);
  },
  csv: async () => {
    const { formatCsv } = await import('./csv.js');
    return (results) => formatCsv(results);
  },
};

/** Loads the formatter of a format name (one of `FORMAT_NAMES`). */
export async function loadFormatter(name: string): Promise<Formatter> {
  const load = LOADERS[name];
  if (!load) throw new Error(`Unknown format "${name}"`);
  return load();
}

/** A format printed a file at a time: joined, what `file` gives for each result in order and then `end` is the format's whole report. */
export interface FormatterStream {
  file(result: LintResult): string;
  end(): string;
}

const STREAMS: Readonly<Record<string, (options: FormatOptions) => Promise<FormatterStream>>> = {
  stylish: async (options) => {
    const [{ stylishStream }, { escapeResults }] = await Promise.all([import('./stylish.js'), import('../util/escape.js')]);
    const stream = stylishStream(stylishOptions(options));
    // Safe: escapeResults gives one result for each it is given.
    return { file: (result) => stream.file(escapeResults([result])[0]!), end: () => stream.end() };
  },
  json: async () => (await import('./json.js')).jsonStream(),
};

/** The format's stream, for the formats that can print a file at a time (json, stylish); undefined for the others. */
export async function loadFormatterStream(name: string, options: FormatOptions): Promise<FormatterStream | undefined> {
  return STREAMS[name]?.(options);
}
