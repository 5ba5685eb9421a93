/**
 * The project dictionary: `.medlint-dictionary` in the working directory, one word a line
 * (blank lines and lines starting with `#` are skipped). Its words join the shared settings'
 * `words` that every rule's context carries, so names like a clinic's are not reported. Read
 * by the project (CLI, `lintFiles`, report, remark plugin), never by a rule: rules do no I/O.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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
