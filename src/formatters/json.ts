/**
 * The JSON formatter: the contract shape `[{file, messages: [...], suppressed?: [...]}]`, one
 * object per file; `suppressed` lists the findings inline suppressions removed, with why.
 */
import type { LintResult } from '../types.js';
import { escapeJsonControls } from '../util/escape.js';

/** Formats results as JSON (stable key order, one line per file result is not promised). */
export function formatJson(results: readonly LintResult[]): string {
  const stream = jsonStream();
  return results.map((r) => stream.file(r)).join('') + stream.end();
}

/** One file's entry of the JSON array. */
function entry(r: LintResult): string {
  // JSON.stringify escapes C0 controls; DEL and C1 (which some terminals obey) are escaped too.
  return escapeJsonControls(JSON.stringify({ file: r.file, messages: r.messages, ...(r.suppressed?.length ? { suppressed: r.suppressed } : {}) }));
}

/**
 * The JSON report one file at a time, in the files' order: joined, the texts `file` and `end`
 * give are what `formatJson` gives for all the files at once (the array, written a piece at a
 * time), so the CLI can print each file as it is linted and keep no result.
 */
export function jsonStream(): { file(result: LintResult): string; end(): string } {
  let started = false;
  return {
    file: (r) => {
      const text = `${started ? ',' : '['}${entry(r)}`;
      started = true;
      return text;
    },
    end: () => (started ? ']' : '[]'),
  };
}
