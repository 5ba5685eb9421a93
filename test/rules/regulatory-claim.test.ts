import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/kb/index.js';
import { at, lintWith, ruleTester } from '../helpers/rule-tester.js';

const seed004 =
  'In March of 2019, the FDA approved the use of a nasal spray containing esketamine which is available from healthcare providers and ketamine clinics under the brand names Ketanest or Spravato.';
const forDepression = 'Ketamine is FDA-approved for depression.';
const itForm = 'This form of ketamine is sprayed into your nose. It has been approved by the U.S. Food and Drug Administration (FDA) as a treatment for depression.';
const compounded = 'Our compounded semaglutide is FDA-approved and safe.';
const breakthrough = 'Psilocybin therapy is an FDA-approved breakthrough therapy for depression.';
const generic = 'Order generic Ozempic online today.';
const sameAs = 'It contains the same active ingredient as Wegovy.';
const exosomes = 'Our exosome therapy is approved by the FDA.';

ruleTester('regulatory-claim', {
  valid: [
    'Ketamine is a medication that originally gained Food and Drug Administration FDA approval as an anesthesia drug during surgical procedures.',
    'Spravato (esketamine) nasal spray was approved by the FDA in March 2019 for treatment-resistant depression.',
    'Esketamine, a nasal spray approved by the FDA for treating depression, is the only one covered by insurance.',
    'Ketamine is not FDA-approved for depression; its use for depression is off-label.',
    'Compounded semaglutide is not FDA-approved and is not a generic.',
    'Most insurance plans will not cover IV ketamine treatment for depression until the FDA approves it.',
    'The company has applied for FDA approval of psilocybin therapy.',
    'Psilocybin may one day be approved by the FDA.',
    'Psilocybin received Breakthrough Therapy designation in 2018, which is not an approval.',
    'A study of 79 websites selling compounded GLP-1 drugs found that 29 stated or implied FDA approval.',
    'Some sites offer the FDA-approved brand-name products, and others offer compounded semaglutide.',
    'Is ketamine FDA-approved for depression?',
    'Wegovy is FDA-approved for chronic weight management.',
    'Epidiolex is an FDA-approved CBD medicine for seizures.',
    'Cord blood stem cells are the only FDA-approved stem cell products, used for blood disorders.',
    'Unlike Ketanest, which is not FDA-approved, Spravato is approved for treatment-resistant depression.',
    'Compounded semaglutide is also not a generic. A generic drug has to be approved by the FDA as equivalent to a brand-name product.',
  ],
  invalid: [
    { text: seed004, findings: [{ ...at(seed004, 'Ketanest'), message: 'not FDA-approved products' }] },
    { text: forDepression, findings: [{ ...at(forDepression, 'FDA-approved for depression'), message: 'says ketamine is FDA-approved for depression' }] },
    { text: itForm, findings: [at(itForm, 'approved by the U.S. Food and Drug Administration (FDA) as a treatment for depression')] },
    { text: compounded, findings: [at(compounded, 'compounded semaglutide')] },
    { text: breakthrough, findings: [at(breakthrough, 'Psilocybin therapy'), { ...at(breakthrough, 'breakthrough therapy'), message: 'not an FDA approval' }] },
    { text: generic, findings: [{ ...at(generic, 'generic Ozempic'), message: 'not a generic' }] },
    { text: sameAs, findings: [at(sameAs, 'same active ingredient as Wegovy')] },
    { text: exosomes, findings: [at(exosomes, 'exosome therapy')] },
  ],
  badOptions: [{ options: { products: [] }, error: /it takes no options/ }],
});

describe('regulatory-claim against every product of the knowledge base', () => {
  for (const product of knowledgeBase.regulatory.products) {
    const name = product.names[0]!;
    const Name = name.charAt(0).toUpperCase() + name.slice(1);
    if (product.approved.length === 0) {
      it(`${product.id}: "${Name} is FDA-approved" is wrong; "not FDA-approved" is fine`, () => {
        expect(lintWith('regulatory-claim', { text: `${Name} is FDA-approved.` }).map((f) => f.excerpt)).toEqual([Name]);
        expect(lintWith('regulatory-claim', { text: `${Name} is not FDA-approved.` })).toEqual([]);
      });
      continue;
    }
    for (const use of product.approved) {
      const term = use.terms[0]!;
      it(`${product.id}: approved for ${term} is right`, () => {
        expect(lintWith('regulatory-claim', { text: `${Name} is FDA-approved for ${term}.` })).toEqual([]);
      });
    }
    for (const use of product.offLabel?.uses ?? []) {
      it(`${product.id}: approved for ${use} is wrong`, () => {
        const text = `${Name} is FDA-approved for ${use}.`;
        expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual([`FDA-approved for ${use}`]);
      });
    }
  }
});

describe('off-label use never called off-label (document level, info)', () => {
  const promo = 'Ketamine infusions offer new hope for depression. Our ketamine therapy also helps with PTSD and anxiety.';
  it('is reported once, at info level, naming the uses', () => {
    const found = lintWith('regulatory-claim', { text: promo });
    expect(found.map((f) => [f.excerpt, f.line, f.column, f.endLine, f.endOffset, f.severity])).toEqual([['', 1, 1, undefined, undefined, 'info']]);
    expect(found[0]?.message).toContain('promotes ketamine for depression, ptsd, anxiety');
  });
  it('is not reported when the article says the use is off-label or not approved', () => {
    expect(lintWith('regulatory-claim', { text: `${promo} Using ketamine for depression is off-label.` })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: `${promo} Ketamine is not FDA-approved for depression.` })).toEqual([]);
  });
  it('is not reported for an article about the approved product', () => {
    expect(lintWith('regulatory-claim', { text: 'Spravato is esketamine, a form of ketamine. Spravato treats depression. Ask whether Spravato suits your depression.' })).toEqual([]);
  });
});
