import { describe, expect, it } from 'vitest';
import { isClearedOnly, knowledgeBase } from '../../src/kb/index.js';
import { at, lintWith, ruleTester } from '../helpers/rule-tester.js';

const seed004 =
  'In March of 2019, the FDA approved the use of a nasal spray containing esketamine which is available from healthcare providers and ketamine clinics under the brand names Ketanest or Spravato.';
const forDepression = 'Ketamine is FDA-approved for depression.';
const itForm = 'This form of ketamine is sprayed into your nose. It has been approved by the U.S. Food and Drug Administration (FDA) as a treatment for depression.';
const compounded = 'Our compounded semaglutide is FDA-approved and safe.';
const breakthrough = 'Psilocybin therapy is an FDA-approved breakthrough therapy for depression.';
const generic = 'Order generic Ozempic online today.';
const faqSame = '## Is our compounded semaglutide the same as Wegovy?\n\nYes, it is the same medication at a lower price.';
const sameAs = 'It contains the same active ingredient as Wegovy.';
const exosomes = 'Our exosome therapy is approved by the FDA.';

ruleTester('regulatory-claim', {
  valid: [
    'FDA-approved ingredients do not make a product FDA-approved.',
    'Botox is FDA-approved for chronic migraine.',
    'Zepbound is approved for obstructive sleep apnea in adults with obesity.',
    'Spravato is approved for depressive symptoms in adults with suicidal thoughts.',
    '## Is compounded semaglutide the same as Wegovy?\n\nNo. Compounded semaglutide is not FDA-approved.',
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
    // An ingredient's approval lent to the product.
    { text: 'Our NAD+ therapy uses FDA-approved ingredients, so you can trust it.', findings: [{ ...at('Our NAD+ therapy uses FDA-approved ingredients, so you can trust it.', 'FDA-approved ingredients', { severity: 'warning' }), message: "presents its ingredients' approval as the product's" }] },
    // A condition after an approval that none of the product's approved uses names, listed off-label use or not.
    { text: 'Spravato is FDA-approved for anxiety.', findings: [{ ...at('Spravato is FDA-approved for anxiety.', 'FDA-approved for anxiety'), message: 'says Spravato (esketamine) is FDA-approved for anxiety' }] },
    // An FAQ's yes makes the question's claim; the question is the finding's related location.
    { text: faqSame, findings: [{ ...at(faqSame, 'Yes', { related: ['same as Wegovy'] }), message: '“Yes”, answering “same as Wegovy”' }] },
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
    // A device FDA cleared is "FDA-cleared" for its uses, and never "FDA-approved".
    const cleared = isClearedOnly(product.id);
    const verb = cleared ? 'FDA-cleared' : 'FDA-approved';
    for (const use of product.approved) {
      const term = use.terms[0]!;
      it(`${product.id}: ${verb} for ${term} is right`, () => {
        expect(lintWith('regulatory-claim', { text: `${Name} is ${verb} for ${term}.` })).toEqual([]);
      });
      if (cleared) {
        it(`${product.id}: FDA-approved for ${term} is wrong (cleared, not approved)`, () => {
          const found = lintWith('regulatory-claim', { text: `${Name} is FDA-approved for ${term}.` });
          expect(found.map((f) => [f.excerpt, f.message.includes('not approved')])).toEqual([[`${Name} is FDA-approved`, true]]);
        });
      }
    }
    for (const use of product.offLabel?.uses ?? []) {
      it(`${product.id}: ${verb} for ${use} is wrong`, () => {
        const text = `${Name} is ${verb} for ${use}.`;
        expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual([`${verb} for ${use}`]);
      });
    }
  }
});

describe('cleared devices, FDA registration, compounded drugs as the brand', () => {
  it('flags "approved" for a device that is only cleared, whatever the use', () => {
    const text = 'Our deep TMS system is FDA approved and works for anxiety too.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['deep TMS system is FDA approved']);
  });
  it('accepts "FDA-cleared" for a cleared use and an approval that is about another product', () => {
    expect(lintWith('regulatory-claim', { text: 'Transcranial magnetic stimulation was cleared by the FDA in 2008 for major depression.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Unlike TMS, which is cleared, Spravato is FDA-approved for treatment-resistant depression.' })).toEqual([]);
  });
  it('flags FDA registration or an "FDA-approved facility" as an endorsement, at warning level', () => {
    const text = 'Every vial is made in an FDA-approved facility, and our pharmacy is FDA registered.';
    const found = lintWith('regulatory-claim', { text });
    expect(found.map((f) => [f.excerpt, f.severity])).toEqual([
      ['FDA-approved facility', 'warning'],
      ['FDA registered', 'warning'],
    ]);
  });
  it('does not flag registration that is explained or negated', () => {
    expect(lintWith('regulatory-claim', { text: 'Being FDA registered does not mean a product is FDA-approved.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Is the pharmacy registered with the FDA?' })).toEqual([]);
  });
  it('flags compounded drugs presented as the brand or a generic', () => {
    const a = 'This is a generic version of Zepbound at a fraction of the price.';
    expect(lintWith('regulatory-claim', { text: a }).map((f) => f.excerpt)).toEqual(['generic version of Zepbound']);
    const b = 'Compounded tirzepatide works exactly the same as Mounjaro.';
    expect(lintWith('regulatory-claim', { text: b }).map((f) => f.excerpt)).toEqual(['exactly the same as Mounjaro']);
  });
  it('flags "the same effect" only in an article about a compounded drug', () => {
    const text = 'Compounded semaglutide is made by a pharmacy. It has the same therapeutic effect.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['same therapeutic effect']);
    expect(lintWith('regulatory-claim', { text: 'Two doses of a statin have the same therapeutic effect.' })).toEqual([]);
  });
  it('reads "indicated for" as a statement of the label', () => {
    const text = 'Ketamine is indicated for chronic pain and depression.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['is indicated for chronic pain']);
    expect(lintWith('regulatory-claim', { text: 'Wegovy is indicated for chronic weight management.' })).toEqual([]);
  });
  it('accepts an approval of the approved product of a substance (Epidiolex for CBD)', () => {
    expect(lintWith('regulatory-claim', { text: 'Cannabidiol is FDA-approved for seizures of Dravet syndrome.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Our CBD oil is FDA-approved for anxiety.' }).map((f) => f.excerpt)).toEqual(['CBD oil']);
  });
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

describe('approvals abroad and comparisons', () => {
  it('does not read another country’s approval as an FDA statement', () => {
    expect(lintWith('regulatory-claim', { text: 'Donor stem cells are approved for bone disease in Japan and Korea.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Our stem cells are FDA-approved, as they are in Japan.' }).map((f) => f.excerpt)).toEqual(['stem cells']);
  });
  it('does not bind an approval adjective to a product it is compared with', () => {
    const text = 'Pellet therapy is sold as a gentler alternative to FDA-approved hormone products.';
    expect(lintWith('regulatory-claim', { text })).toEqual([]);
  });
});

describe('brands of one molecule, label statements, compounding', () => {
  it('checks each brand against its own label', () => {
    const a = 'Ozempic (semaglutide) is FDA-approved for weight loss.';
    expect(lintWith('regulatory-claim', { text: a }).map((f) => f.excerpt)).toEqual(['FDA-approved for weight loss']);
    expect(lintWith('regulatory-claim', { text: 'Wegovy (semaglutide) is FDA-approved for chronic weight management.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Semaglutide is FDA-approved for weight management as Wegovy.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Mounjaro is approved by the FDA to treat obesity.' }).map((f) => f.excerpt)).toEqual(['approved by the FDA to treat obesity']);
  });
  it('follows "it" to the product of the previous sentence', () => {
    const text = 'Mounjaro was first approved for type 2 diabetes. Later, the FDA approved it for weight loss too.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['FDA approved it for weight loss']);
  });
  it('checks label statements attributed to the FDA, and "intended for" only against the label', () => {
    const text = 'According to the FDA, Rybelsus is intended for use in adults with a BMI of 30 or more.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['is intended for use in adults with a BMI']);
    expect(lintWith('regulatory-claim', { text: 'NAD+ therapy is intended for adults who want more energy.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'According to one clinic, Rybelsus is approved for weight loss.' })).toEqual([]);
  });
  it('flags a category-2 peptide said to be lawfully compounded', () => {
    const text = 'BPC-157 can be obtained through a compounding pharmacy. Your doctor can legally prescribe it, and it can be legally compounded.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['obtained through a compounding pharmacy', 'legally prescribe', 'legally compounded']);
    expect(lintWith('regulatory-claim', { text: 'Testosterone is available through compounding pharmacies.' })).toEqual([]);
  });
  it('flags a compounded GLP-1 said to be no different from the brand', () => {
    const text = 'Our compounded semaglutide is made for you. It is not a different drug, and its clinical effect is the same.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['not a different drug', 'clinical effect is the same']);
  });
});

describe('an approval claimed for the seller\u2019s whole range', () => {
  it('is reported at warning level when no product is named, and left to the product checks when one is', () => {
    const all = 'All of our products are FDA-approved.';
    expect(lintWith('regulatory-claim', { text: all }).map((f) => [f.excerpt, f.severity])).toEqual([['All of our products are FDA-approved', 'warning']]);
    expect(lintWith('regulatory-claim', { text: 'Our clinic offers Wegovy, which is FDA-approved for chronic weight management.' })).toEqual([]);
  });
});

describe('a designation named without saying the product is not approved', () => {
  it('is reported once a sentence, at warning level, unless the article says it is not approved', () => {
    const alone = 'Psilocybin therapy was fast-tracked by the FDA as a Breakthrough therapy.';
    expect(lintWith('regulatory-claim', { text: alone }).map((f) => [f.excerpt, f.severity])).toEqual([['fast-tracked by the FDA', 'warning']]);
    expect(lintWith('regulatory-claim', { text: `${alone} It is not FDA-approved for any use.` })).toEqual([]);
    // Hype, not the FDA's program: superlative-claim's.
    expect(lintWith('regulatory-claim', { text: 'Our exosome serum is a breakthrough therapy for dull skin.' })).toEqual([]);
  });
});

describe('off-label use in an article that denies it', () => {
  it('is not reported when the article says the product does not work for the use', () => {
    const text = 'hCG injections and weight loss. The evidence does not support hCG for weight loss. Clinics still sell hCG for weight loss.';
    expect(lintWith('regulatory-claim', { text })).toEqual([]);
  });
});

describe('two approved brands compared', () => {
  it('does not read a brand compared with another brand as a compounded drug called the brand', () => {
    expect(lintWith('regulatory-claim', { text: 'Wegovy contains the same active ingredient as Ozempic, at a higher dose.' })).toEqual([]);
    const text = 'Our compounded semaglutide contains the same active ingredient as Ozempic.';
    expect(lintWith('regulatory-claim', { text }).map((f) => f.excerpt)).toEqual(['same active ingredient as Ozempic']);
  });
});

describe('off-label use denied in a headline or a position statement', () => {
  it('is not reported', () => {
    const text = 'hCG, an ineffective approach to weight loss. We conclude that science is against hCG for weight loss. Some clinics sell hCG for weight loss.';
    expect(lintWith('regulatory-claim', { text })).toEqual([]);
  });
});

describe('a product named as the thing compared with', () => {
  it('is not the one said to be approved', () => {
    expect(lintWith('regulatory-claim', { text: 'Unlike supplements, prescription drugs must be approved by the FDA before they are sold.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Prescription drugs, unlike supplements, need FDA approval.' })).toEqual([]);
    expect(lintWith('regulatory-claim', { text: 'Unlike Ozempic, our compounded semaglutide is FDA-approved.' }).map((f) => f.excerpt)).toEqual(['compounded semaglutide']);
  });
});
