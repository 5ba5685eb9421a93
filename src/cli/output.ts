/**
 * Where the report goes and what it does to the exit status: `--output-file` (the report
 * written to a file instead of standard output) and `--max-warnings` (exit 1 when there are
 * more findings at warning level than allowed). Kept apart from the command's flag wiring.
 */
import { InvalidArgumentError } from 'commander';
import { writeAtomic } from '../engine/fix.js';
import type { LintResult } from '../types.js';

/** Parses `--max-warnings`: a non-negative integer, or a usage error. */
export function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a non-negative integer.');
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a non-negative integer.');
  return n;
}

/** How many findings are at warning level (info does not count, as it does not in ESLint). */
export function countWarnings(results: readonly LintResult[]): number {
  return results.reduce((sum, r) => sum + r.messages.filter((m) => m.severity === 'warning').length, 0);
}

/**
 * Whether the warnings exceed `--max-warnings`; when they do, says so on stderr. The count is
 * taken over all findings, before `--quiet` hides warnings from the report, as ESLint does.
 */
export function exceedsMaxWarnings(results: readonly LintResult[], max: number | undefined, stderr: (text: string) => void): boolean {
  if (max === undefined) return false;
  const warnings = countWarnings(results);
  if (warnings <= max) return false;
  stderr(`medlint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} found; --max-warnings allows ${max}\n`);
  return true;
}

/**
 * Delivers the report: to `outputFile` when given (parent folders created; written through a
 * temporary file and a rename, so a reader never sees half a report; an existing file keeps its
 * mode), else to standard output with a final newline. Returns false after a one-line error on
 * stderr when the file cannot be written.
 */
export function deliverReport(report: string, outputFile: string | undefined, io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void }): boolean {
  if (outputFile === undefined) {
    if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
    return true;
  }
  try {
    writeAtomic(outputFile, report, { create: true });
    return true;
  } catch (error) {
    io.stderr(`medlint: cannot write the output file ${outputFile} (${(error as Error).message.replace(/^.*\((.*)\)$/, '$1')})\n`);
    return false;
  }
}
