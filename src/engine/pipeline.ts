/**
 * The project pipeline's post-processing: what happens to a run's findings after the rules,
 * in one order for every entry point (the CLI, `medlint report`, `lintFiles` and the remark
 * plugin), as textlint's message-process manager orders its filters:
 *
 * 1. suppressions: inline `medlint-disable` comments and front matter, per file, by the engine
 *    (`lintFile`; they need the file's comments), so every result arrives with them applied;
 * 2. baseline: findings a baseline file records are removed (`--baseline`);
 * 3. changed lines: only findings on lines changed since a git revision are kept (`--changed-since`);
 * 4. severity filter: only findings at or above a severity are shown (`--quiet`: errors).
 *
 * Each stage is a pure function of the results; the stages a run does not ask for pass them on.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { LintResult, Severity } from '../types.js';
import { applyBaseline, type BaselineData } from './baseline.js';
import type { ChangedLines } from './git.js';

/** The post-processing stages, in the order they run. */
export const STAGES = ['suppressions', 'baseline', 'changed-lines', 'severity'] as const;

/** What a run asks of the stages after suppressions. */
export interface PostProcessOptions {
  /** Remove the findings this baseline records (`file` is the baseline's path: its entries are relative to it). */
  readonly baseline?: { readonly file: string; readonly data: BaselineData };
  /** Keep only findings on these changed lines (by canonical path; see `canonicalPath`). */
  readonly changed?: ChangedLines;
  /** Show only findings at or above this severity. */
  readonly minSeverity?: Severity;
}

/** What the stages leave. */
export interface PostProcessed {
  /** After baseline and changed lines: what the exit status and `--max-warnings` count. */
  readonly results: LintResult[];
  /** After the severity filter as well: what is shown. */
  readonly shown: LintResult[];
  /** Baselined findings that no longer occur in the files linted. */
  readonly gone: number;
}

/** Runs the stages after suppressions (which the engine applied to each result) in order. */
export function postProcess(results: readonly LintResult[], options: PostProcessOptions = {}): PostProcessed {
  let out = [...results];
  let gone = 0;
  if (options.baseline) {
    const outcome = applyBaseline(options.baseline.file, options.baseline.data, out);
    out = outcome.results;
    gone = outcome.gone;
  }
  if (options.changed) out = onChangedLines(out, options.changed);
  return { results: out, shown: options.minSeverity ? atLeast(out, options.minSeverity) : out, gone };
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The severity filter: only findings at or above `min` (suppressed findings are not shown). */
function atLeast(results: readonly LintResult[], min: Severity): LintResult[] {
  return results.map((r) => ({ file: r.file, messages: r.messages.filter((m) => RANK[m.severity] >= RANK[min]) }));
}

/** A file's path as git reports changed files: symbolic links resolved, absolute. */
export function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Keeps the findings that touch a changed line; a document-level finding stays when its file changed. */
function onChangedLines(results: readonly LintResult[], changed: ChangedLines): LintResult[] {
  return results.map((result) => {
    const lines = changed.get(canonicalPath(result.file)) ?? (existsSync(result.file) ? undefined : 'all');
    if (lines === 'all') return result;
    if (!lines) return { ...result, messages: [] };
    return {
      ...result,
      messages: result.messages.filter((m) => {
        if (m.endOffset === undefined) return true;
        for (let line = m.line; line <= (m.endLine ?? m.line); line++) if (lines.has(line)) return true;
        return false;
      }),
    };
  });
}
