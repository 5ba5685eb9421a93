/** The rule contract's helper: typed message ids, a derived docs URL, and fixes only from rules that fix. */
import { describe, expect, it } from 'vitest';
import { createEngine, lintFile, type ActiveRule } from '../../src/engine/run.js';
import { ruleSet } from '../../src/builtin.js';
import type { RuleModule } from '../../src/types.js';
import { docsUrl } from '../../src/util/docs-url.js';
import { defineRule, NO_OPTIONS, rulesMetaOf } from '../../src/util/rule.js';
import { rules } from '../../rules/index.js';

const schema = { type: 'object', properties: {}, additionalProperties: false } as const;

/** A rule that reports every word "cure", with a fix when `fix` is set. */
function cureRule(fixable: false | 'suggestion' | 'fix') {
  return defineRule({
    meta: { id: 'no-cure', description: 'Flag cure', defaultSeverity: 'warning', fixable, messages: { cure: '“{word}” is a cure claim' }, schema, defaultOptions: NO_OPTIONS, references: [] },
    check(context) {
      for (const sentence of context.document.sentences) {
        for (const word of sentence.words) {
          if (word.key === 'cure') context.report({ messageId: 'cure', data: { word: word.text }, start: word.start, end: word.end, fix: { start: word.start, end: word.end, text: 'help' } });
        }
      }
    },
  });
}

/** Lints text with one rule of the test's own (an engine's rules are its prepared rules; the registry is not touched). */
function lintWith(rule: RuleModule<object>, text: string) {
  const engine = createEngine(ruleSet, { only: ['whitespace'] });
  const active: ActiveRule = { rule, severity: 'warning', options: {} };
  return lintFile({ ...engine, rules: [active], activeIds: new Set(['no-cure']) }, text, 'a.txt').result;
}

describe('defineRule', () => {
  it('derives the docs URL from the id', () => {
    expect(cureRule(false).meta.docsUrl).toBe(docsUrl('no-cure'));
    for (const rule of rules) expect(rule.meta.docsUrl).toBe(docsUrl(rule.meta.id));
  });

  it('types message ids: a misspelt id does not compile', () => {
    defineRule({
      meta: { id: 'typo', description: 'Flag a typo', defaultSeverity: 'info', fixable: false, messages: { known: 'known' }, schema, defaultOptions: NO_OPTIONS, references: [] },
      check(context) {
        context.report({ messageId: 'known' });
        // @ts-expect-error: "knwon" is not a message id of this rule.
        context.report({ messageId: 'knwon' });
      },
    });
  });

  it('lets a rule whose meta fixes report a fix, and refuses one from a rule whose meta does not', () => {
    expect(lintWith(cureRule('fix') as RuleModule<object>, 'It may cure you.').messages.map((m) => m.fix)).toEqual([{ start: 7, end: 11, text: 'help' }]);
    expect(() => lintWith(cureRule('suggestion') as RuleModule<object>, 'It may cure you.')).toThrow(/no-cure reported a fix, but its meta says it does not fix/);
    expect(() => lintWith(cureRule(false) as RuleModule<object>, 'It may cure you.')).toThrow(/does not fix/);
  });

  it('gives formatters and the report the rules\' metadata by id, not the registry', () => {
    const meta = rulesMetaOf(rules);
    expect(Object.keys(meta)).toEqual(rules.map((r) => r.meta.id));
    expect(meta['spelling']).toBe(rules.find((r) => r.meta.id === 'spelling')?.meta);
  });

  it('puts the context policy of every claim rule in its meta', () => {
    const claimRules = ['absolute-claim', 'comparative-claim', 'evidence-claim', 'safety-claim', 'speed-claim', 'superlative-claim', 'unsourced-statistic'];
    for (const id of claimRules) expect(rules.find((r) => r.meta.id === id)?.meta.contextPolicy, id).toBeDefined();
  });
});
