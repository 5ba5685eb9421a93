/**
 * The JSON formatter: the contract shape `[{file, messages: [...], suppressed?: [...]}]`, one
 * object per file; `suppressed` lists the findings inline suppressions removed, with why.
 */
import type { LintResult } from '../types.js';
import { escapeJsonControls } from '../util/escape.js';

/** Formats results as JSON (stable key order, one line per file result is not promised). */
export function formatJson(results: readonly LintResult[]): string {
  // JSON.stringify escapes C0 controls; DEL and C1 (which some terminals obey) are escaped too.
  return escapeJsonControls(JSON.stringify(results.map((r) => ({ file: r.file, messages: r.messages, ...(r.suppressed?.length ? { suppressed: r.suppressed } : {}) }))));
}
