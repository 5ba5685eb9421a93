/**
 * Baselines, for adopting medlint on a repository that already has many articles:
 * `--baseline-write` records the current findings by file and fingerprint (rule, the
 * finding's text and its sentence, normalized; see fingerprint.ts), with a count for
 * findings that occur more than once; `--baseline` then reports only findings beyond those.
 * Lines are not part of the key, so edits elsewhere in a file keep its baselined findings.
 */
import path from 'node:path';
import type { Finding, LintResult } from '../types.js';
import { writeAtomic } from './fix.js';
import { InputError, readRegularFile } from './read.js';

const FORMAT = 1;

interface BaselineEntry {
  readonly ruleId: string;
  /** The first occurrence's text, so the file can be read by people. */
  readonly excerpt: string;
  readonly count: number;
}

/** The baseline file: relative path (from the baseline's folder, with /) -> fingerprint -> entry. */
export interface BaselineData {
  readonly format: number;
  readonly tool: 'medlint';
  readonly files: Record<string, Record<string, BaselineEntry>>;
}

/** The key of a file in a baseline: its path relative to the baseline's folder, with forward slashes. */
function fileKey(baselineFile: string, file: string): string {
  return path.relative(path.dirname(path.resolve(baselineFile)), path.resolve(file)).split(path.sep).join('/');
}

/** The fingerprint of a finding; a finding without one (from an old cache) falls back to its rule and text. */
function keyOf(finding: Finding): string {
  return finding.fingerprint ?? `${finding.ruleId}:${finding.excerpt}`;
}

/** Builds the baseline of some results. */
export function baselineOf(baselineFile: string, results: readonly LintResult[]): BaselineData {
  const files: Record<string, Record<string, BaselineEntry>> = {};
  for (const result of [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (result.messages.length === 0) continue;
    const entries: Record<string, BaselineEntry> = {};
    for (const m of result.messages) {
      const key = keyOf(m);
      const seen = entries[key];
      entries[key] = seen ? { ...seen, count: seen.count + 1 } : { ruleId: m.ruleId, excerpt: m.excerpt, count: 1 };
    }
    files[fileKey(baselineFile, result.file)] = entries;
  }
  return { format: FORMAT, tool: 'medlint', files };
}

/** Writes a baseline file (atomically). */
export function writeBaseline(baselineFile: string, results: readonly LintResult[]): number {
  const data = baselineOf(baselineFile, results);
  writeAtomic(baselineFile, `${JSON.stringify(data, null, 2)}\n`, { create: true });
  return results.reduce((n, r) => n + r.messages.length, 0);
}

/** Reads a baseline file; a missing or malformed one is an InputError. */
export function readBaseline(baselineFile: string): BaselineData {
  let data: unknown;
  try {
    data = JSON.parse(readRegularFile(baselineFile).toString('utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${baselineFile}: ${code === 'ENOENT' ? 'no such baseline file (write one with --baseline-write)' : code ? `cannot be read (${code})` : 'not a medlint baseline (invalid JSON)'}`);
  }
  const d = data as Partial<BaselineData> | null;
  if (!d || d.tool !== 'medlint' || d.format !== FORMAT || !d.files || typeof d.files !== 'object') throw new InputError(`${baselineFile}: not a medlint baseline (format ${FORMAT})`);
  return d as BaselineData;
}

/** What applying a baseline left. */
export interface BaselineOutcome {
  readonly results: LintResult[];
  /** Findings the baseline matched, now not reported. */
  readonly matched: number;
  /** Baselined findings that no longer occur in the linted files. */
  readonly gone: number;
}

/**
 * Removes baselined findings from results. Each baseline entry absorbs up to `count`
 * findings with its fingerprint in its file; what it does not absorb is gone. Only the
 * files linted in this run count towards `gone`.
 */
export function applyBaseline(baselineFile: string, baseline: BaselineData, results: readonly LintResult[]): BaselineOutcome {
  let matched = 0;
  let gone = 0;
  const out = results.map((result) => {
    const entries = baseline.files[fileKey(baselineFile, result.file)];
    if (!entries) return result;
    const left = new Map(Object.entries(entries).map(([k, e]) => [k, e.count]));
    const messages = result.messages.filter((m) => {
      const n = left.get(keyOf(m)) ?? 0;
      if (n <= 0) return true;
      left.set(keyOf(m), n - 1);
      matched++;
      return false;
    });
    for (const n of left.values()) gone += n;
    return { ...result, messages };
  });
  return { results: out, matched, gone };
}
