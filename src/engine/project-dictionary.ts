/**
 * The project dictionary: `.medlint-dictionary` in the working directory, one word a line
 * (blank lines and lines starting with `#` are skipped). Its words join the `words` option
 * of the spelling rule, so names like a clinic's are not reported. Read by the CLI and
 * `lintFiles`, never by the rule: rules do no I/O.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunConfig } from './run.js';
import { InputError } from './read.js';

/** The file name looked for in the working directory. */
export const PROJECT_DICTIONARY = '.medlint-dictionary';

/** The words of `.medlint-dictionary` in `dir`, or none when there is no such file. */
export function readProjectWords(dir: string = process.cwd()): string[] {
  const file = path.join(dir, PROJECT_DICTIONARY);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(`${PROJECT_DICTIONARY}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/** The run configuration with the project words added to the spelling rule's `words`. */
export function withProjectWords(config: RunConfig, words: readonly string[]): RunConfig {
  if (words.length === 0) return config;
  const given = (config.options?.['spelling'] ?? {}) as { words?: unknown };
  const own = Array.isArray(given.words) ? (given.words as unknown[]) : [];
  return { ...config, options: { ...config.options, spelling: { ...given, words: [...own, ...words] } } };
}
