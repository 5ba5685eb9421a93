/**
 * What the stylish report needs to know about where it is printed: whether to colour it
 * (a terminal, NO_COLOR, FORCE_COLOR), how wide to wrap it, and the text of each file to
 * show the line at fault. Kept apart from the command's flag wiring.
 */
import { readFileSync } from 'node:fs';

/**
 * Whether to colour the report. `--color` / `--no-color` win; then FORCE_COLOR (any value but
 * `0` or `false` forces colour, `0` and `false` turn it off, as in Node and chalk); then
 * NO_COLOR (set and not empty turns it off, no-color.org); else colour only on a terminal that
 * is not `TERM=dumb`, and never into an output file.
 */
export function colorEnabled(flag: boolean | undefined, isTTY: boolean, toFile: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && !toFile && env['TERM'] !== 'dumb';
}

/** The width to wrap to: the terminal's, else a numeric COLUMNS, else 80. */
export function terminalColumns(ttyColumns: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (ttyColumns !== undefined && ttyColumns > 0) return ttyColumns;
  const fromEnv = Number(env['COLUMNS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/**
 * The text of a linted file, for the report's source lines: standard input's as read, the text
 * just linted when `linted` has it (a report printed as the files are linted), else a file's
 * read again (after --fix, what it is now); undefined when it cannot be read. The formatter
 * shows no line for a finding the text no longer matches.
 */
export function sourceReader(known: ReadonlyMap<string, string>, keep = true, linted?: (file: string) => string | undefined): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (known.has(file)) return known.get(file);
    const text = linted?.(file);
    if (text !== undefined) return text;
    if (!keep) return readSource(file);
    if (!cache.has(file)) {
      cache.set(file, readSource(file));
    }
    return cache.get(file);
  };
}

function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  } catch {
    return undefined;
  }
}
