/** Formatter registry: name -> function from finished results to text. */
import type { LintResult, RulesMeta } from '../types.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatCsv } from './csv.js';
import { formatMarkdown } from './markdown.js';
import { formatStylish } from './stylish.js';
import { escapeResults } from '../util/escape.js';
import { githubOptions, sarifOptions, stylishOptions } from './adapt.js';

/** Options every formatter may receive. */
export interface FormatOptions {
  readonly color?: boolean;
  /** The directory that formats naming files for a code host (sarif, github) make paths relative to; default the process's. */
  readonly cwd?: string;
  /** The width of the terminal, for formats that wrap (stylish; default 80). */
  readonly columns?: number;
  /** The text of a file as linted, for formats that show the line at fault (stylish). */
  readonly source?: (file: string) => string | undefined;
  /** Inputs the run could not lint (one line each): SARIF reports them as tool execution notifications. */
  readonly inputErrors?: readonly string[];
  /**
   * The metadata of the rules the run knows, by id (as ESLint passes `rulesMeta`): what formats
   * that describe rules (sarif) read. Formatters never import the rule registry.
   */
  readonly rulesMeta?: RulesMeta;
}

/** A formatter turns finished results into text; it decides nothing about findings. */
export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;

/** The formatters by name. */
export const formatters: Readonly<Record<string, Formatter>> = {
  // stylish prints file names, messages and excerpts to a terminal: control characters escaped first (it escapes the source lines it shows itself).
  stylish: (results, options) => formatStylish(escapeResults(results), stylishOptions(options)),
  json: (results) => formatJson(results),
  sarif: (results, options) => formatSarif(results, sarifOptions(options)),
  github: (results, options) => formatGithub(results, githubOptions(options)),
  junit: (results) => formatJunit(results),
  checkstyle: (results) => formatCheckstyle(results),
  markdown: (results) => formatMarkdown(results),
  csv: (results) => formatCsv(results),
};
