/** Hostile input: documented parse limits, bounded fingerprints, one-pass fixes, the per-file time budget, one-line library warnings. */
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { fingerprint, normalizeForFingerprint } from '../../src/engine/fingerprint.js';
import { emphasisRuns, markdownNestingDepth, MAX_EMPHASIS_RUNS, MAX_MARKDOWN_NESTING } from '../../src/engine/parse.js';
import { InputError } from '../../src/engine/read.js';
import { buildDocument, createEngine, lintWithEngine } from '../../src/engine/run.js';
import { ruleSet } from '../../src/builtin.js';
import { knowledgeBase } from '../../src/kb/index.js';
import { suggest, MAX_SUGGEST_LENGTH } from '../../rules/spelling/lexicon.js';

const engine = createEngine(ruleSet);

describe('Markdown limits', () => {
  it('measures container nesting in one pass', () => {
    expect(markdownNestingDepth('Just a paragraph.\n')).toBe(0);
    expect(markdownNestingDepth('- a\n- b\n  - c\n    - d\n- e\n')).toBe(3);
    expect(markdownNestingDepth('> quote\n> > deeper\n')).toBe(2);
    expect(markdownNestingDepth('1. one\n   2) two\n')).toBe(2);
    expect(markdownNestingDepth(`${'- '.repeat(50)}x\n`)).toBe(50);
    expect(markdownNestingDepth('***\n*emphasis*\n-not a list\n')).toBe(0);
    expect(markdownNestingDepth(`${'- '.repeat(10_000)}x`, 100)).toBe(101);
  });

  it('refuses Markdown nested past the limit with one line, and lints the same depth in a text file', () => {
    for (const marker of ['- ', '1. ', '* ', '> ']) {
      const deep = `${marker.repeat(MAX_MARKDOWN_NESTING + 1)}It cures pain.\n`;
      expect(() => lintWithEngine(engine, deep, 'deep.md'), marker).toThrow(InputError);
      expect(() => lintWithEngine(engine, deep, 'deep.md')).toThrow(/^deep\.md: nested more than 100 levels deep \(lists or block quotes\), the limit for Markdown; not linted$/);
    }
    const ok = `${'- '.repeat(MAX_MARKDOWN_NESTING)}It cures pain.\n`;
    expect(lintWithEngine(engine, ok, 'ok.md').messages.map((m) => m.excerpt)).toContain('cures');
    expect(lintWithEngine(engine, `${'- '.repeat(5000)}x`, 'deep.txt').file).toBe('deep.txt');
  });

  it('refuses a paragraph of more emphasis runs than the limit', () => {
    expect(emphasisRuns('*a* and **b** and _c_\n\n*d*')).toBe(6);
    expect(emphasisRuns(`${'a* '.repeat(100)}\n\n${'a* '.repeat(100)}`)).toBe(100);
    expect(() => lintWithEngine(engine, 'a* '.repeat(MAX_EMPHASIS_RUNS + 1), 'x.md')).toThrow(/runs of \* or _, the limit for Markdown; not linted$/);
  });
});

describe('fingerprints', () => {
  it('are unchanged for an ordinary sentence, and bounded for a long one', () => {
    const text = 'Ketamine cures depression in everyone who tries it.';
    const document = buildDocument(text, 'a.txt', knowledgeBase);
    const start = text.indexOf('cures');
    const finding = { ruleId: 'absolute-claim', messageId: 'm', start, end: start + 5 };
    // The whole sentence, as before the window.
    const whole = createHash('sha1').update(['absolute-claim', 'cures', normalizeForFingerprint(text)].join('\0')).digest('hex').slice(0, 16);
    expect(fingerprint(document, finding)).toBe(whole);
    // A long sentence: an edit far from the finding keeps its fingerprint, an edit near it does not.
    const long = `${'word '.repeat(500)}cures ${'word '.repeat(500)}.`;
    const at = long.indexOf('cures');
    const of = (text: string, offset: number): string => fingerprint(buildDocument(text, 'a.txt', knowledgeBase), { ...finding, start: offset, end: offset + 5 });
    const far = `bird ${long.slice(5)}`;
    const near = `${long.slice(0, at - 5)}bird ${long.slice(at)}`;
    expect(of(far, at)).toBe(of(long, at));
    expect(of(near, at)).not.toBe(of(long, at));
  });
});

describe('fixes', () => {
  it('are applied in one pass, the first of overlapping fixes winning', () => {
    expect(applyFixes('a  b  c', [{ start: 1, end: 3, text: ' ' }, { start: 4, end: 6, text: ' ' }])).toEqual({ text: 'a b c', applied: 2 });
    expect(applyFixes('abcdef', [{ start: 2, end: 4, text: 'X' }, { start: 1, end: 3, text: 'Y' }, { start: 4, end: 4, text: '!' }])).toEqual({ text: 'aYd!ef', applied: 2 });
    const many = 'word  '.repeat(20_000);
    const fixes = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 6 + 4, end: i * 6 + 6, text: ' ' }));
    const started = performance.now();
    expect(applyFixes(many, fixes).text).toBe('word '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('of one lint never overlap ("cure  cure": whitespace and repeated word)', () => {
    const result = lintWithEngine(engine, 'It is a cure  cure for pain.\n', 'a.txt');
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.start - b.start);
    expect(fixes.length).toBeGreaterThan(0);
    for (let i = 1; i < fixes.length; i++) expect(fixes[i]!.start).toBeGreaterThanOrEqual(fixes[i - 1]!.end);
  });
});

describe('the per-file time budget', () => {
  it('stops a file past its budget with one line; 0 means no limit', () => {
    const slow = createEngine(ruleSet, { timeBudgetMs: 1 });
    const text = 'It cures pain. '.repeat(2000);
    expect(() => lintWithEngine(slow, text, 'slow.md')).toThrow(/^slow\.md: stopped after 0.001 s, the per-file time budget \(--max-file-time\); not linted$/);
    expect(lintWithEngine(createEngine(ruleSet, { timeBudgetMs: 0 }), text, 'a.md').messages.length).toBeGreaterThan(0);
    expect(() => createEngine(ruleSet, { timeBudgetMs: -1 })).toThrow(/time budget/);
  });
});

describe('spelling suggestions', () => {
  it('are not computed for words longer than any dictionary word', () => {
    expect(MAX_SUGGEST_LENGTH).toBeGreaterThanOrEqual(30);
    const started = performance.now();
    const result = lintWithEngine(engine, `${'a'.repeat(4000)}\n`, 'a.txt');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.messages.every((m) => !m.suggestions)).toBe(true);
    expect(typeof suggest).toBe('function');
  });
});

describe('library warnings', () => {
  it('reach Node as one line', () => {
    const emitted: string[] = [];
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => void emitted.push(typeof warning === 'string' ? warning : warning.message));
    try {
      lintWithEngine(engine, '---\n&words: [Nao]\nmedlint:\n  words: [Nao]\n---\n\nHello world.\n', 'fm.md');
    } finally {
      spy.mockRestore();
    }
    expect(emitted.length).toBeGreaterThan(0);
    for (const w of emitted) expect(w).not.toMatch(/[\n\r]/);
  });
});
