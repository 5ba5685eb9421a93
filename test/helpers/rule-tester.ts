/**
 * The shared rule tester (ESLint's RuleTester is the model): valid texts must produce no
 * finding of the rule; each invalid text must produce exactly the listed findings, with their
 * full ranges and, where the case gives them, their message ids, data and suggestions; an
 * invalid case must list at least one finding; a case whose findings carry fixes must give the
 * text after one pass of them (`output`), and a case that gives `output` must get it.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { createEngine, lintFile } from '../../src/engine/run.js';
import { ruleSet } from '../../src/builtin.js';
import { applyFixes } from '../../src/engine/fix.js';
import type { Finding, Report } from '../../src/types.js';

/** A case's text, with optional rule options and file name (which picks the format). */
export interface Case {
  readonly text: string;
  readonly options?: object;
  readonly path?: string;
}

/** An expected finding: its excerpt and exact range (1-based, end exclusive). */
export interface ExpectedFinding {
  readonly excerpt: string;
  readonly line: number;
  readonly column: number;
  /** Absent for a document-level finding. */
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
  /** A substring of the message. */
  readonly message?: string;
  readonly severity?: Finding['severity'];
  /** The message id the rule reported. */
  readonly messageId?: string;
  /** The data the rule filled the message with (all of it). */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The suggestions, all of them, in order (`[]`: none). */
  readonly suggestions?: readonly string[];
  /** The words at each related location, in order (`[]`: none). */
  readonly related?: readonly string[];
}

/** An invalid case: its text and findings, and the text after one pass of the findings' fixes. */
export interface InvalidCase extends Case {
  readonly findings: readonly ExpectedFinding[];
  /** The text with the findings' fixes applied (one pass); required when any finding carries a fix. */
  readonly output?: string;
}

/** A finding with what the rule reported for it (message id and data, which findings do not carry). */
interface Reported {
  readonly finding: Finding;
  readonly report: Report;
}

/**
 * Lints a text with one rule only, recording what the rule reported: reports are sorted as the
 * engine sorts findings (by range, stably), so with no suppression in a case they pair one to one.
 */
function lintRecording(ruleId: string, c: Case): readonly Reported[] {
  const engine = createEngine(ruleSet, { only: [ruleId], ...(c.options ? { options: { [ruleId]: c.options } } : {}) });
  const reports: Report[] = [];
  const rules = engine.rules.map((a) => ({
    ...a,
    rule: {
      ...a.rule,
      check: (context: Parameters<typeof a.rule.check>[0]) =>
        a.rule.check({
          ...context,
          report: (report) => {
            reports.push(report);
            context.report(report);
          },
        }),
    },
  }));
  const { messages } = lintFile({ ...engine, rules }, c.text, c.path ?? 'case.md').result;
  reports.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1));
  expect(messages.length, 'every report is a finding (no suppression in a tester case)').toBe(reports.length);
  // Safe: the lengths are equal.
  return messages.map((finding, i) => ({ finding, report: reports[i]! }));
}

/** Lints a text with one rule only. */
export function lintWith(ruleId: string, c: Case): readonly Finding[] {
  return lintText(c.text, { only: [ruleId], path: c.path ?? 'case.md', ...(c.options ? { options: { [ruleId]: c.options } } : {}) }).messages;
}

/** Runs valid, invalid and bad-options cases for a rule. */
export function ruleTester(
  ruleId: string,
  cases: {
    valid: readonly (string | Case)[];
    invalid: readonly InvalidCase[];
    badOptions?: readonly { options: object; error: RegExp }[];
  },
): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const v of cases.valid) {
        const c = typeof v === 'string' ? { text: v } : v;
        it(c.text.slice(0, 90), () => {
          expect(lintWith(ruleId, c).map((f) => f.excerpt)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.text.slice(0, 90), () => assertInvalid(ruleId, c));
      }
    });
    const badOptions = cases.badOptions;
    if (badOptions) {
      describe('bad options', () => {
        for (const b of badOptions) {
          it(JSON.stringify(b.options), () => {
            expect(() => lintWith(ruleId, { text: 'x', options: b.options })).toThrow(b.error);
          });
        }
      });
    }
  });
}

/** Checks one invalid case (throws an assertion error when the rule does not behave as the case says). */
export function assertInvalid(ruleId: string, c: InvalidCase): void {
  expect(c.findings.length, 'an invalid case lists at least one finding').toBeGreaterThan(0);
  const reported = lintRecording(ruleId, c);
  const found = reported.map((r) => r.finding);
  expect(found, 'the tester sees what lintText returns').toEqual(lintWith(ruleId, c));
  expect(found.map((f) => ({ excerpt: f.excerpt, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }))).toEqual(
    c.findings.map((f) => ({ excerpt: f.excerpt, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })),
  );
  for (const [i, f] of c.findings.entries()) {
    // Safe: the previous assertion proved the lengths equal.
    const got = found[i]!;
    expect(got.ruleId).toBe(ruleId);
    if (f.excerpt === '') expect(got.endOffset).toBeUndefined();
    else expect(c.text.slice(got.offset, got.endOffset)).toBe(f.excerpt);
    if (f.message) expect(got.message).toContain(f.message);
    if (f.severity) expect(got.severity).toBe(f.severity);
    // Safe: one report per finding (lintRecording).
    const report = reported[i]!.report;
    if (f.messageId !== undefined) expect(report.messageId).toBe(f.messageId);
    if (f.data !== undefined) expect(report.data ?? {}).toEqual(f.data);
    if (f.suggestions !== undefined) expect(got.suggestions ?? []).toEqual(f.suggestions);
    if (f.related !== undefined) expect((got.related ?? []).map((r) => c.text.slice(r.offset, r.endOffset))).toEqual(f.related);
  }
  const fixes = found.flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length > 0) expect(c.output, 'the findings carry fixes: the case must give `output`, the text after one pass of them').toBeDefined();
  if (c.output !== undefined) expect(applyFixes(c.text, fixes).text).toBe(c.output);
}

/** A one-line finding expectation: the excerpt at its first occurrence (or the nth) in a one-line text. */
export function at(text: string, excerpt: string, extra: Partial<ExpectedFinding> = {}, nth = 0): ExpectedFinding {
  let index = -1;
  for (let k = 0; k <= nth; k++) index = text.indexOf(excerpt, index + 1);
  if (index < 0) throw new Error(`excerpt "${excerpt}" not in "${text}"`);
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const endBefore = text.slice(0, index + excerpt.length);
  const endLine = endBefore.split('\n').length;
  const endColumn = index + excerpt.length - endBefore.lastIndexOf('\n');
  return { excerpt, line, column, endLine, endColumn, ...extra };
}

/** An invalid case with one finding, on `excerpt` of its text: `{ text, findings: [at(text, excerpt, extra)] }`. */
export function flags(text: string, excerpt: string, extra: Partial<ExpectedFinding> = {}): InvalidCase {
  return { text, findings: [at(text, excerpt, extra)] };
}

/** A document-level finding expectation: line 1, column 1, no range. */
export function documentLevel(extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  return { excerpt: '', line: 1, column: 1, endLine: undefined, endColumn: undefined, ...extra };
}
