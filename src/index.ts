/**
 * medlint's public API: lint text or files and format the results, with the same result
 * objects the CLI prints.
 */
import { createEngine, lintWithEngine, type RunConfig } from './engine/run.js';
import { expandPaths } from './engine/files.js';
import { readText } from './engine/read.js';
import { readProjectWords, withProjectWords } from './engine/project-dictionary.js';
import type { LintResult, SourceFormat } from './types.js';

export type * from './types.js';
export { formatters } from './formatters/index.js';
export { rules } from '../rules/index.js';
export type { RunConfig } from './engine/run.js';
export { applyFixes, fixText } from './engine/fix.js';

/** Lints one article's text. `path` names it in the result and picks its format by extension. */
export function lintText(text: string, options: RunConfig & { path?: string; format?: SourceFormat } = {}): LintResult {
  return lintWithEngine(createEngine(options), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options.path ?? '<text>', options.format);
}

/**
 * Lints files, directories or globs, as the CLI does; results in a stable order. Like the
 * CLI, it adds the words of `.medlint-dictionary` in the working directory to the spelling rule.
 */
export async function lintFiles(paths: readonly string[], options: RunConfig = {}): Promise<LintResult[]> {
  const engine = createEngine(withProjectWords(options, readProjectWords()));
  const files = await expandPaths(paths);
  return files.map((file) => lintWithEngine(engine, readText(file), file));
}
