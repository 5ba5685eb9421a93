/**
 * The knowledge base as a product: every file valid against its JSON Schema, every fact with
 * a source and an "as of" date, every reference resolvable, every phrase compilable.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { Word } from '../src/types.js';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../src/engine/lexicon.js';
import { buildDocument } from '../src/engine/run.js';
import { diseaseClaimsAllowed, findProduct, productMentions, isApprovedUse, isClearedOnly, isOffLabelUse, knowledgeBase, knowledgeTerms, nameKey, productNameKeys } from '../src/kb/index.js';

const DIR = 'rules/data/knowledge';
const read = (file: string): unknown => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));

describe('knowledge base files', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
  ajv.addSchema(read('schema/common.schema.json') as object);
  for (const name of ['mechanisms', 'myths', 'regulatory', 'lexicon']) {
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

  it('rejects a myth without a source, an "as of" date or a pattern', () => {
    const validate = ajv.getSchema('https://medlint.dev/schema/knowledge/myths.schema.json');
    const base = read('myths.json') as { myths: Record<string, unknown>[] };
    expect(validate?.(base)).toBe(true);
    for (const key of ['source', 'asOf', 'patterns', 'statement']) {
      const broken = structuredClone(base);
      broken.myths[0] = Object.fromEntries(Object.entries(broken.myths[0]!).filter(([k]) => k !== key));
      expect(validate?.(broken), key).toBe(false);
    }
  });

  it('rejects a product, an approved use, an off-label entry or a generic cue without a source or an "as of" date', () => {
    const validate = ajv.getSchema('https://medlint.dev/schema/knowledge/regulatory.schema.json');
    type Reg = { products: Record<string, unknown>[]; genericCues: Record<string, unknown>[]; productKinds: Record<string, Record<string, unknown>> };
    const base = read('regulatory.json') as Reg;
    expect(validate?.(base)).toBe(true);
    const product = (id: string): Record<string, unknown> & { approved: Record<string, unknown>[]; offLabel: Record<string, unknown> } =>
      base.products.find((p) => p['id'] === id) as Record<string, unknown> & { approved: Record<string, unknown>[]; offLabel: Record<string, unknown> };
    const breaks: [string, (r: Reg) => void][] = [
      ['product source', (r) => delete r.products[0]!['source']],
      ['product as-of date', (r) => delete r.products[0]!['asOf']],
      ['product statement', (r) => delete r.products[0]!['statement']],
      ['use source', (r) => delete (r.products.find((p) => p['id'] === 'tms') as ReturnType<typeof product>).approved[0]!['source']],
      ['use as-of date', (r) => delete (r.products.find((p) => p['id'] === 'tms') as ReturnType<typeof product>).approved[0]!['asOf']],
      ['off-label source', (r) => delete (r.products.find((p) => p['id'] === 'hbot') as ReturnType<typeof product>).offLabel['source']],
      ['generic cue source', (r) => delete r.genericCues[0]!['source']],
      ['product kind source', (r) => delete r.productKinds['cosmetic']!['source']],
      ['product kind as-of date', (r) => delete r.productKinds['cosmetic']!['asOf']],
      ['disease-claims field', (r) => delete r.products[0]!['diseaseClaims']],
      ['unknown kind', (r) => (r.products[0]!['kind'] = 'miracle')],
    ];
    for (const [what, breakIt] of breaks) {
      const broken = structuredClone(base);
      breakIt(broken);
      expect(validate?.(broken), what).toBe(false);
    }
    expect(product('tms').approved.length).toBeGreaterThan(0);
  });

  it('names each kind of product by a category of the claim model', () => {
    const categories = Object.keys((JSON.parse(readFileSync('src/engine/data/claims.json', 'utf8')) as { categories: Record<string, unknown> }).categories);
    for (const id of Object.keys(knowledgeBase.regulatory.productKinds)) expect(categories, id).toContain(id);
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
      ...kb.myths.myths.map((m) => m.id),
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
    // Each file's facts against that file's own date.
    const files: [string, (string | undefined)[]][] = [
      [kb.mechanisms.asOf, kb.mechanisms.substances.flatMap((s) => s.facts.map((f) => f.asOf))],
      [
        kb.regulatory.asOf,
        [...kb.regulatory.products.flatMap((p) => [p.asOf, ...p.approved.flatMap((a) => [a.asOf, a.date]), p.offLabel?.asOf]), ...Object.values(kb.regulatory.productKinds).map((k) => k.asOf)],
      ],
      [kb.myths.asOf, kb.myths.myths.map((m) => m.asOf)],
    ];
    for (const [asOf, dates] of files) {
      for (const d of dates.filter((x): x is string => x !== undefined)) {
        expect(Number.isNaN(Date.parse(d)), d).toBe(false);
        expect(d <= asOf, d).toBe(true);
      }
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
      ...reg.registrationCues.phrases,
      ...reg.ingredientApprovalCues.phrases,
      ...kb.mechanisms.phraseErrors.flatMap((e) => e.phrases),
      ...kb.myths.myths.flatMap((m) => m.patterns),
      ...reg.indicationCues,
      ...reg.compoundingCues,
    ];
    expect(() => compileLexicon([{ ruleId: 'kb', entries: phrases.map((phrase) => ({ phrase })) }])).not.toThrow();
  });

  it('exports its terms for the spelling dictionary', () => {
    const terms = knowledgeTerms();
    expect(terms).toEqual(expect.arrayContaining(['ketamine', 'esketamine', 'ketanest', 'glutamate', 'semaglutide', 'tirzepatide']));
  });
});

describe('knowledge base API for rules', () => {
  it('finds products by id or by a name copy uses, ignoring case, hyphens and "+"', () => {
    expect(findProduct('NAD+')?.id).toBe('nad');
    expect(findProduct('nad infusion')?.id).toBe('nad');
    expect(findProduct('BPC-157')?.id).toBe('peptides');
    expect(findProduct('Compounded Semaglutide')?.id).toBe('compounded-glp1');
    expect(findProduct('semaglutide')?.id).toBe('semaglutide');
    expect(findProduct('Transcranial Magnetic Stimulation')?.id).toBe('tms');
    expect(findProduct('TRT')?.id).toBe('testosterone');
    expect(findProduct('cbd oil')?.id).toBe('cbd');
    expect(findProduct('Epidiolex')?.id).toBe('epidiolex');
    expect(findProduct('hyperbaric oxygen therapy')?.id).toBe('hbot');
    expect(findProduct('platelet-rich plasma')?.id).toBe('prp');
    expect(findProduct('unobtainium')).toBeUndefined();
    expect(nameKey('NAD+ IV')).toBe('nad iv');
  });

  it('lists every name of every product', () => {
    for (const name of ['nad', 'exosomes', 'glutathione', 'chelation', 'edta', 'ozone therapy', 'kratom', 'pellet therapy', 'bioidentical hormones', 'hcg', 'tms', 'hbot', 'prp', 'cannabidiol']) {
      expect(productNameKeys.has(name), name).toBe(true);
    }
  });

  it('answers whether a use is approved, off-label or a disease claim can be lawful', () => {
    expect(isApprovedUse('semaglutide', 'type 2 diabetes')).toBe(true);
    expect(isApprovedUse('ketamine', 'treatment-resistant depression')).toBe(false);
    expect(isApprovedUse('esketamine', 'treatment-resistant depression')).toBe(true);
    expect(isOffLabelUse('ketamine', 'PTSD')).toBe(true);
    expect(isOffLabelUse('hbot', 'autism')).toBe(true);
    expect(diseaseClaimsAllowed('epidiolex', 'Dravet syndrome')).toBe(true);
    expect(diseaseClaimsAllowed('cbd', 'seizures')).toBe(false);
    expect(diseaseClaimsAllowed('cbd oil', 'anxiety')).toBe(false);
    expect(diseaseClaimsAllowed('nad', 'addiction')).toBe(false);
    expect(diseaseClaimsAllowed('tms', 'OCD')).toBe(true);
    expect(diseaseClaimsAllowed('tms', 'anxiety')).toBe(false);
    expect(diseaseClaimsAllowed('unknown', 'anything')).toBe(false);
  });

  it('tells cleared devices from approved products', () => {
    expect(isClearedOnly('tms')).toBe(true);
    expect(isClearedOnly('hbot')).toBe(true);
    expect(isClearedOnly('prp')).toBe(true);
    expect(isClearedOnly('semaglutide')).toBe(false);
    expect(isClearedOnly('cbd')).toBe(false);
  });

  it('marks the products that may make no disease claim at all', () => {
    const none = knowledgeBase.regulatory.products.filter((p) => p.diseaseClaims === 'none').map((p) => p.id);
    expect(none).toEqual(
      expect.arrayContaining(['supplements', 'cbd', 'nad', 'iv-therapy', 'ozone', 'stem-cells', 'exosomes', 'peptides', 'kratom', 'homeopathic', 'essential-oils', 'compounded-glp1']),
    );
    for (const p of knowledgeBase.regulatory.products) if (p.diseaseClaims === 'approved-indications-only') expect(p.approved.length, p.id).toBeGreaterThan(0);
  });
});

describe('productMentions', () => {
  const words = (text: string): Word[] => {
    const doc = buildDocument(text, 'x.txt', knowledgeBase);
    return [...doc.sentences[0]!.words];
  };
  it('finds the products a sentence names, longest name first', () => {
    const found = productMentions(words('Our compounded semaglutide, BPC-157 and NAD+ IV drips are popular.')).map((m) => m.product.id);
    expect(found).toEqual(['compounded-glp1', 'peptides', 'nad']);
    expect(productMentions(words('Nothing here names a product.'))).toEqual([]);
  });
});
