/**
 * Fix: applies the safe fixes findings carry (`Finding.fix`) to a file's text, and writes
 * the result atomically. Fixes are applied from the end backwards so earlier offsets stay
 * valid; of overlapping fixes the first (by start) wins and the rest wait for the next
 * pass. Passes repeat on the new text until nothing is left to fix (at most MAX_PASSES).
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Fix, LintResult, SourceFormat } from '../types.js';
import { lintWithEngine, type Engine } from './run.js';
import { InputError } from './read.js';

/** Passes of lint-then-fix before giving up on reaching a stable text. */
export const MAX_PASSES = 10;

/** Applies non-overlapping fixes to a text; returns the new text and how many were applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { readonly text: string; readonly applied: number } {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let reach = -1;
  for (const fix of sorted) {
    // Touching is fine ("the the the": one fix ends where the next starts); overlapping waits.
    if (fix.start < reach || (fix.start === reach && fix.start === fix.end)) continue;
    chosen.push(fix);
    reach = fix.end;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    // Safe: i indexes chosen.
    const fix = chosen[i]!;
    out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  }
  return { text: out, applied: chosen.length };
}

/** The outcome of fixing one text: the fixed text, the findings that remain, and how many fixes were applied. */
export interface FixOutcome {
  readonly output: string;
  readonly result: LintResult;
  readonly applied: number;
}

/** Lints, fixes and re-lints a text until it is stable; the result holds the findings of the fixed text. */
export function fixText(engine: Engine, text: string, file: string, format?: SourceFormat): FixOutcome {
  let current = text;
  let applied = 0;
  let result = lintWithEngine(engine, current, file, format);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next.text === current) break;
    current = next.text;
    applied += next.applied;
    result = lintWithEngine(engine, current, file, format);
  }
  return { output: current, result, applied };
}

/**
 * Writes a file atomically: a temporary file in the same folder (so the rename never
 * crosses file systems), with the original's mode, then a rename over the original. A
 * reader sees the old file or the new one, never half of it. Keeps a UTF-8 BOM the original had.
 * With `create` (a generated file: a report, a cache, a baseline, a config), a file that does
 * not exist yet is created, with its folders and the default mode, and `text` is written
 * exactly as given (no BOM is kept).
 */
export function writeAtomic(file: string, text: string, options: { readonly create?: boolean } = {}): void {
  let mode: number | undefined;
  let bom = false;
  try {
    mode = statSync(file).mode & 0o7777;
    const head = readFileSync(file).subarray(0, 3);
    bom = !options.create && head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(options.create && code === 'ENOENT')) throw new InputError(`${file}: cannot be ${options.create ? 'written' : 'fixed'} (${code ?? 'unreadable'})`);
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.medlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    if (options.create) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, (bom ? '\ufeff' : '') + text, mode === undefined ? {} : { mode });
    // writeFileSync's mode is filtered by the umask; set it exactly.
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'write failed'})`);
  }
}
