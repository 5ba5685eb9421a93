/**
 * The shared rule tester: valid texts must produce no finding of the rule; each invalid
 * text must produce exactly the listed findings, with their full ranges.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import type { Finding } from '../../src/types.js';

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
    invalid: readonly (Case & { findings: readonly ExpectedFinding[] })[];
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
        it(c.text.slice(0, 90), () => {
          const found = lintWith(ruleId, c);
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
          }
        });
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

/** A document-level finding expectation: line 1, column 1, no range. */
export function documentLevel(extra: Partial<ExpectedFinding> = {}): ExpectedFinding {
  return { excerpt: '', line: 1, column: 1, endLine: undefined, endColumn: undefined, ...extra };
}
