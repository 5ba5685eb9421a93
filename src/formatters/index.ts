/** Formatter registry: name -> function from finished results to text. */
import type { LintResult } from '../types.js';
import { formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatStylish } from './stylish.js';

/** Options every formatter may receive. */
export interface FormatOptions {
  readonly color?: boolean;
}

/** A formatter turns finished results into text; it decides nothing about findings. */
export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;

/** The formatters by name. */
export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: (results, options) => formatStylish(results, { color: options.color ?? false }),
  json: (results) => formatJson(results),
  markdown: (results) => formatMarkdown(results),
  csv: (results) => formatCsv(results),
};
