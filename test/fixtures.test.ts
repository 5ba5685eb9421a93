/**
 * The seed articles against their expected findings (from ../shared/seeds/EXPECTED.md), and
 * the clean articles against silence. Every rule id the expectations name must be a registered
 * rule: a renamed or missing rule fails here instead of leaving its items silently unchecked.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles, rules } from '../src/index.js';
import type { Finding, LintResult } from '../src/types.js';

interface Item {
  readonly quote: string;
  readonly focus?: string;
  readonly rules: readonly string[];
}
interface Expected {
  readonly must: readonly Item[];
  readonly mustNot: readonly Item[];
}

const SEEDS = 'fixtures/seeds';
const CLEAN = 'fixtures/clean';
const built = new Set(rules.map((r) => r.meta.id));
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

function range(text: string, item: Item): [number, number] {
  const at = text.indexOf(item.quote);
  if (at < 0) throw new Error(`quote not found: ${item.quote}`);
  if (!item.focus) return [at, at + item.quote.length];
  const f = at + item.quote.indexOf(item.focus);
  return [f, f + item.focus.length];
}

function hits(messages: readonly Finding[], text: string, item: Item): Finding[] {
  const mine = messages.filter((m) => item.rules.includes(m.ruleId));
  if (!item.quote) return mine;
  const [s, e] = range(text, item);
  return mine.filter((m) => m.offset < e && (m.endOffset ?? m.offset + 1) > s);
}

const results = new Map<string, LintResult>();
const lintAll = async (): Promise<void> => {
  if (results.size > 0) return;
  for (const r of await lintFiles([SEEDS, CLEAN])) results.set(r.file.split('/').pop() ?? r.file, r);
};

describe('seed articles', () => {
  it('are the five seeds, unchanged (SHA256SUMS), each with an expected-findings file', () => {
    expect(seedFiles).toHaveLength(5);
    const sums = new Map(readFileSync(`${SEEDS}/SHA256SUMS`, 'utf8').trim().split('\n').map((l) => [l.slice(66), l.slice(0, 64)]));
    for (const f of seedFiles) {
      expect(createHash('sha256').update(readFileSync(`${SEEDS}/${f}`)).digest('hex'), f).toBe(sums.get(f));
      expect(() => readFileSync(`${SEEDS}/${f.replace('.txt', '.expected.json')}`, 'utf8')).not.toThrow();
    }
  });

  for (const file of seedFiles) {
    const text = readFileSync(`${SEEDS}/${file}`, 'utf8');
    const expected = JSON.parse(readFileSync(`${SEEDS}/${file.replace('.txt', '.expected.json')}`, 'utf8')) as Expected;
    describe(file, () => {
      for (const item of expected.must) {
        it(`flags ${item.quote ? JSON.stringify(item.focus ?? item.quote) : '(document)'} as ${item.rules.join(' | ')}`, async () => {
          await lintAll();
          const found = hits(results.get(file)?.messages ?? [], text, item);
          expect(found.length, `no ${item.rules.join('|')} finding over "${item.quote}"`).toBeGreaterThan(0);
          // The range covers the words at fault: it overlaps the quote and is no longer than its sentence.
          for (const f of found) expect((f.endOffset ?? f.offset) - f.offset).toBeLessThanOrEqual(Math.max(item.quote.length, 60));
        });
      }
      for (const item of expected.mustNot) {
        it(`does not flag ${item.quote ? JSON.stringify(item.quote) : '(document)'} as ${item.rules.join(' | ')}`, async () => {
          await lintAll();
          expect(hits(results.get(file)?.messages ?? [], text, item).map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
        });
      }
    });
  }

  it('name only registered rules', () => {
    const named = new Set<string>();
    for (const file of seedFiles) {
      const expected = JSON.parse(readFileSync(`${SEEDS}/${file.replace('.txt', '.expected.json')}`, 'utf8')) as Expected;
      for (const item of [...expected.must, ...expected.mustNot]) for (const r of item.rules) named.add(r);
    }
    expect([...named].filter((r) => !built.has(r))).toEqual([]);
  });
});

describe('clean articles', () => {
  const files = readdirSync(CLEAN).sort();
  it('cover Markdown, plain text and HTML', () => {
    expect(new Set(files.map((f) => f.split('.').pop()))).toEqual(new Set(['md', 'txt', 'html']));
  });
  for (const file of files) {
    it(`${file} produces no finding`, async () => {
      await lintAll();
      const r = results.get(file);
      expect(r, `${file} was not linted`).toBeDefined();
      expect(r?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.excerpt}`)).toEqual([]);
    });
  }
  it('are really linted: every paragraph yields sentences', async () => {
    const { buildDocument } = await import('../src/engine/run.js');
    const { knowledgeBase } = await import('../src/kb/index.js');
    for (const file of files) {
      const doc = buildDocument(readFileSync(`${CLEAN}/${file}`, 'utf8'), file, knowledgeBase);
      expect(doc.sentences.length, file).toBeGreaterThan(25);
    }
  });
});
