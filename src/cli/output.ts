/**
 * Where the report goes and what it does to the exit status: `--output-file` (the report
 * written to a file instead of standard output) and `--max-warnings` (exit 1 when there are
 * more findings at warning level than allowed). Kept apart from the command's flag wiring.
 */
import { InvalidArgumentError } from 'commander';
import { standardStream, writeGeneratedFile } from '../engine/write.js';
import { escapeLine } from '../util/escape.js';
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
  return max !== undefined && exceedsMaxWarningCount(countWarnings(results), max, stderr);
}

/** `exceedsMaxWarnings` for a count of warnings already made. */
export function exceedsMaxWarningCount(warnings: number, max: number | undefined, stderr: (text: string) => void): boolean {
  if (max === undefined) return false;
  if (warnings <= max) return false;
  stderr(`medlint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} found; --max-warnings allows ${max}\n`);
  return true;
}

/**
 * Delivers the report: to `outputFile` when given (see `writeGeneratedFile`: parent folders
 * created, a regular file replaced atomically keeping its mode, a symbolic link written through,
 * a device, FIFO, directory or kernel path refused), else to standard output with a final
 * newline. `/dev/stdout` and `/dev/stderr` are the streams themselves, written directly. Returns
 * false after a one-line error on stderr when the file cannot be written.
 */
export function deliverReport(report: string, outputFile: string | undefined, io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void }): boolean {
  const stream = outputFile === undefined ? 'stdout' : standardStream(outputFile);
  if (stream) {
    if (report) io[stream](report.endsWith('\n') ? report : `${report}\n`);
    return true;
  }
  try {
    // Safe: stream is undefined only when outputFile is given.
    writeGeneratedFile(outputFile!, report);
    return true;
  } catch (error) {
    io.stderr(`medlint: cannot write the output file ${escapeLine((error as Error).message)}\n`);
    return false;
  }
}
