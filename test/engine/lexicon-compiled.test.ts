/**
 * The phrase lists the build compiles (scripts/build-lexicon.mjs) stand in for compiling them
 * at start-up, so they must be what compiling gives: the built table is fresh for every rule's
 * default list, and a lexicon joined from compiled lists is the lexicon compiled whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon, compileList, listKey, type CompiledList } from '../../src/engine/lexicon.js';
import { knowledgeBase } from '../../src/kb/index.js';
import { rules } from '../../rules/index.js';
import type { RuleSettings } from '../../src/types.js';

const settings: RuleSettings = { words: [], fileWords: [], knowledgeBase };
const lists = rules.filter((r) => r.lexicon).map((r) => ({ ruleId: r.meta.id, entries: r.lexicon?.({ ...r.meta.defaultOptions }, settings) ?? [] }));

describe('compiled phrase lists', () => {
  it('the build holds every rule default list, as compiling it gives now', () => {
    // Written by `npm run build` (the tests run after it).
    const built = new Map(Object.entries(JSON.parse(readFileSync('dist/src/engine/data/lexicon-compiled.json', 'utf8')) as Record<string, CompiledList>));
    for (const { ruleId, entries } of lists) {
      if (entries.length === 0) continue;
      expect(built.get(listKey(entries)), ruleId).toEqual(JSON.parse(JSON.stringify(compileList(entries))));
    }
  });

  it('a lexicon joined from compiled lists is the lexicon compiled whole, and a list that differs is compiled', () => {
    const whole = compileLexicon(lists, new Map());
    const prebuilt = new Map(lists.map(({ entries }) => [listKey(entries), compileList(entries)]));
    expect(compileLexicon(lists, prebuilt)).toEqual(whole);
    // One list changed by a phrase: its key no longer matches, so it is compiled, not taken from the table.
    const changed = lists.map((l, i) => (i === 1 ? { ...l, entries: [...l.entries, { phrase: 'made up phrase' }] } : l));
    expect(compileLexicon(changed, prebuilt)).toEqual(compileLexicon(changed, new Map()));
  });
});
