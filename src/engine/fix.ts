/**
 * Fix: applies the safe fixes findings carry (`Finding.fix`) to a file's text, and writes
 * the result (see write.ts). Fixes are applied in one pass over the text, in order of their
 * start; of overlapping fixes the first (by start) wins and the rest wait for the next
 * pass. Passes repeat on the new text until nothing is left to fix (at most MAX_PASSES).
 */
import type { Fix, LintResult, SourceFormat } from '../types.js';
import { lintWithEngine, type Engine } from './run.js';
import { writeFixedFile, writeGeneratedFile } from './write.js';

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
  // One pass: the text between fixes and the replacements, joined once (linear in the text and
  // the fixes; splicing each fix into the whole text cost text length x fixes).
  const parts: string[] = [];
  let at = 0;
  for (const fix of chosen) {
    parts.push(text.slice(at, fix.start), fix.text);
    at = fix.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied: chosen.length };
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
 * Writes a file. With `create` (a generated file: a report, a cache, a baseline, a config) see
 * `writeGeneratedFile`: only a regular file or a new one, through symbolic links, folders
 * created. Without it (a fixed article) see `writeFixedFile`: the file keeps its identity
 * (symbolic link target, hard links, mode, owner, a BOM it had), and a read-only file is refused.
 */
export function writeAtomic(file: string, text: string, options: { readonly create?: boolean } = {}): void {
  if (options.create) writeGeneratedFile(file, text);
  else writeFixedFile(file, text);
}
