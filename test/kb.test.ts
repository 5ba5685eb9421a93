/**
 * The knowledge base as a product: every file valid against its JSON Schema, every fact with
 * a source and an "as of" date, every reference resolvable, every phrase compilable.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../src/engine/lexicon.js';
import { knowledgeBase, knowledgeTerms } from '../src/kb/index.js';

const DIR = 'rules/data/knowledge';
const read = (file: string): unknown => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));

describe('knowledge base files', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  ajv.addSchema(read('schema/common.schema.json') as object);
  for (const name of ['mechanisms', 'regulatory', 'lexicon']) {
    it(`${name}.json is valid against schema/${name}.schema.json`, () => {
      const validate = ajv.compile(read(`schema/${name}.schema.json`) as object);
      const valid = validate(read(`${name}.json`));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it('rejects a fact without a source (the schemas can fail)', () => {
    const validate = ajv.getSchema('https://medlint.dev/schema/knowledge/mechanisms.schema.json');
    const broken = structuredClone(read('mechanisms.json')) as { substances: { facts: Record<string, unknown>[] }[] };
    delete broken.substances[0]!.facts[0]!['source'];
    expect(validate?.(broken)).toBe(false);
  });
});

describe('knowledge base references', () => {
  const kb = knowledgeBase;
  const targets = new Set(kb.lexicon.targets.map((t) => t.id));

  it('has unique ids', () => {
    const ids = [
      ...kb.lexicon.targets.map((t) => t.id),
      ...kb.mechanisms.substances.flatMap((s) => [s.id, ...s.facts.map((f) => f.id)]),
      ...kb.mechanisms.categoryErrors.map((e) => e.id),
      ...kb.mechanisms.phraseErrors.map((e) => e.id),
    ];
    expect(ids.length).toBe(new Set(ids).size);
    const products = kb.regulatory.products.map((p) => p.id);
    expect(products.length).toBe(new Set(products).size);
  });

  it('facts name targets of the lexicon and doses of its qualifiers', () => {
    for (const s of kb.mechanisms.substances) {
      for (const f of s.facts) {
        expect(targets, f.id).toContain(f.target);
        if (f.unlessDose) expect(Object.keys(kb.lexicon.qualifiers.dose), f.id).toContain(f.unlessDose);
      }
    }
  });

  it('dates are real dates no later than the version of the file', () => {
    const dates = [
      ...kb.mechanisms.substances.flatMap((s) => s.facts.map((f) => f.asOf)),
      ...kb.regulatory.products.flatMap((p) => [p.asOf, ...p.approved.flatMap((a) => [a.asOf, a.date]), p.offLabel?.asOf]),
    ].filter((d): d is string => d !== undefined);
    for (const d of dates) {
      expect(Number.isNaN(Date.parse(d)), d).toBe(false);
      expect(d <= kb.regulatory.asOf && d <= kb.mechanisms.asOf, d).toBe(true);
    }
  });

  it('every phrase compiles in the phrase pattern syntax', () => {
    const reg = kb.regulatory;
    const phrases = [
      ...reg.approvalCues,
      ...reg.notAssertions,
      ...reg.offLabelCues,
      ...reg.designationCues,
      ...reg.genericCues.map((g) => g.phrase),
      ...kb.mechanisms.phraseErrors.flatMap((e) => e.phrases),
    ];
    expect(() => compileLexicon([{ ruleId: 'kb', entries: phrases.map((phrase) => ({ phrase })) }])).not.toThrow();
  });

  it('exports its terms for the spelling dictionary', () => {
    const terms = knowledgeTerms();
    expect(terms).toEqual(expect.arrayContaining(['ketamine', 'esketamine', 'ketanest', 'glutamate', 'semaglutide', 'tirzepatide']));
  });
});
