// The claim model (src/engine/claims.ts): kinds, conditions, subjects, modalities and exact ranges,
// on sentences written for these tests in the shapes real marketing copy uses.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/engine/run.js';
import { knowledgeBase } from '../../src/kb/index.js';
import type { Claim, ClaimKind } from '../../src/types.js';

/** The claims of a text, as [kind, modality, claimed words, subject key, condition]. */
function claims(text: string, path = 'a.md'): [ClaimKind, string, string, string, string][] {
  const doc = buildDocument(text, path, knowledgeBase);
  return doc.claims.map((c: Claim) => [c.kind, c.modality, text.slice(c.start, c.end), c.subject?.key ?? '', c.condition?.text ?? '']);
}
const kinds = (text: string): string[] => claims(text).map(([k, m]) => `${k}:${m}`);

describe('disease claims', () => {
  it('finds a treatment verb with a condition of the ontology, whatever the words between', () => {
    expect(claims('Our CBD tincture helps fight the spread of cancer.')).toContainEqual(['disease', 'asserted', 'fight the spread of cancer', 'cbd', 'cancer']);
  });
  it('tells cures, prevention and treatment apart', () => {
    expect(kinds('Ozone therapy reverses diabetes.')).toContain('cure:asserted');
    expect(kinds('The supplement protects against heart disease.')).toContain('prevention:asserted');
    expect(kinds('These drips reduce the risk of dementia.')).toContain('prevention:asserted');
  });
  it('takes a word with a disease suffix, or a noun before a disease head, as a condition', () => {
    expect(claims('This tea soothes gastritis.')[0]?.[4]).toBe('gastritis');
    expect(claims('The capsules treat autoimmune disorders.')[0]?.[4]).toBe('autoimmune disorders');
  });
  it('reads disease actions named by adjectives, and recovery and infection vocabulary', () => {
    expect(claims('This tincture has powerful antiviral effects.')).toContainEqual(['disease', 'asserted', 'antiviral effects', 'category:supplement', 'antiviral']);
    expect(claims('Ask whether you should keep taking an antidepressant.')).toEqual([]);
    expect(kinds('Elderberry gummies help you fight off the coronavirus.')).toContain('disease:asserted');
    expect(claims('Our drips help patients recover from opioid addiction.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'recover from opioid addiction']);
  });
  it('keeps a hedged disease claim as hedged (rules decide; a hedge does not rescue one for a supplement)', () => {
    expect(claims('CBD oil may help ease anxiety.')).toContainEqual(['disease', 'hedged', 'ease anxiety', 'cbd', 'anxiety']);
  });
  it('does not take a list of conditions or a verb used as a noun as a claim', () => {
    expect(claims('Tissue repair, inflammation and sleep were measured.')).toEqual([]);
    expect(claims('The improvement in long-term health was small.')).toEqual([]);
  });
  it('reads "an effective treatment for" only when something is said to be one', () => {
    expect(kinds('Shockwave therapy is an effective treatment for erectile dysfunction.')).toContain('disease:asserted');
    expect(claims('Ask about all the available treatments for depression.')).toEqual([]);
  });
});

describe('subjects', () => {
  it('resolves "it" and "our infusions" to the product named before', () => {
    const found = buildDocument('NAD+ therapy is popular. It reverses chronic fatigue.', 'a.md', knowledgeBase).claims;
    expect(found[0]?.subject).toMatchObject({ key: 'nad', resolved: 'anaphora' });
  });
  it('keeps the product a pronoun subject refers to, not one named later in its sentence', () => {
    const found = buildDocument('Finasteride lowers DHT. It inhibits the enzyme which converts testosterone into DHT. This reverses hair loss.', 'a.md', knowledgeBase).claims;
    expect(found.at(-1)?.subject).toMatchObject({ key: 'finasteride', resolved: 'anaphora' });
    const named = buildDocument('We offer ketamine. Then we add CBD oil. It cures anxiety.', 'a.md', knowledgeBase).claims;
    expect(named.at(-1)?.subject).toMatchObject({ key: 'cbd', resolved: 'anaphora' });
  });
  it('does not take a product named in passing for what "it" refers to', () => {
    const text = 'TMS uses magnets. It sounds like something sold between copper bracelets and alkaline water. Yet this therapy cures depression.';
    expect(buildDocument(text, 'a.md', knowledgeBase).claims.at(-1)?.subject).toMatchObject({ key: 'tms' });
    const unlike = 'We offer surgery. Unlike surgery, ketamine is quick. It cures depression.';
    expect(buildDocument(unlike, 'a.md', knowledgeBase).claims.at(-1)?.subject).toMatchObject({ key: 'ketamine' });
  });
  it('names the knowledge base\'s product, or a generic kind of product the knowledge base does not name', () => {
    expect(claims('This herbal supplement cures insomnia.')[0]?.[3]).toBe('supplements');
    expect(claims('Our eucalyptus oil cures acne.')[0]?.[3]).toBe('category:essential-oil');
  });
  it('lists the document subjects, most mentioned first', () => {
    const doc = buildDocument('CBD oil is popular. Many buy CBD. Some try ketamine.', 'a.md', knowledgeBase);
    expect(doc.subjects.map((s) => [s.key, s.count])).toEqual([
      ['cbd', 2],
      ['ketamine', 1],
    ]);
  });
});

describe('efficacy, promises, safety, superiority and evidence', () => {
  it('finds intensified efficacy and promises of a result', () => {
    expect(claims('The pellets work amazingly well.')).toContainEqual(['efficacy', 'asserted', 'work amazingly well', 'category:hormone-therapy', '']);
    expect(claims('The formula is incredibly effective.')).toContainEqual(['efficacy', 'asserted', 'incredibly effective', 'category:supplement', '']);
    expect(kinds('You will see results after one session.')).toContain('promise:asserted');
    expect(kinds('If you search online, you will see many opinions.')).toEqual([]);
  });
  it('finds a treatment\'s harm warded off, and effect verbs that end like nouns', () => {
    expect(claims('Our vitamin drips protect patients from the side effects of chemotherapy.')).toContainEqual(['prevention', 'asserted', 'protect patients from the side effects', 'iv-therapy', 'side effects']);
    expect(kinds('The shock waves trigger better blood flow.')).toContain('efficacy:asserted');
    expect(kinds('A trigger for migraines is stress.')).toEqual([]);
    expect(kinds('The injections soften deep folds and diminish the lines between the eyebrows.')).toEqual(['efficacy:asserted', 'efficacy:asserted']);
  });
  it('names the disease whose symptoms are relieved, and results promised to people with a disease', () => {
    expect(claims('The device relieves symptoms of fibromyalgia.')[0]?.[4]).toBe('symptoms of fibromyalgia');
    expect(claims('Patients with Parkinson\'s see dramatic improvement after our infusions.')).toContainEqual(['disease', 'asserted', 'Patients with Parkinson\'s see dramatic improvement', '', 'Parkinson\'s']);
    expect(kinds('People with diabetes see their doctor often.')).toEqual([]);
    expect(kinds('Ozone saunas flush out Lyme disease.')).toContain('disease:asserted');
  });
  it('reads "tested as a treatment for" as research, not as a claim that it is one', () => {
    expect(kinds('BPC-157 was tested as a treatment for ulcers in rats.')).toEqual(['disease:attributed']);
    expect(kinds('BPC-157 is a treatment for ulcers.')).toContain('disease:asserted');
  });
  it('reads "promote … for" and a passive with its agent as advertising, not as an effect', () => {
    expect(kinds('Green tea extract promotes weight loss.')).toContain('efficacy:asserted');
    expect(kinds('Some practitioners promote it for weight loss.')).toEqual([]);
    expect(kinds('The injections have been promoted by many diet centres as a fat burner.')).toEqual([]);
  });
  it('finds risks denied or minimised in any form', () => {
    expect(claims('There has never been a single case of rejection.')).toContainEqual(['safety', 'asserted', 'never been a single case of rejection', '', '']);
    expect(kinds('The peptide will not be toxic to the body.')).toContain('safety:asserted');
    expect(kinds('Serious complications are extremely rare.')).toContain('safety:asserted');
    expect(kinds('Complications are rare but can be serious.')).toEqual([]);
    expect(kinds('Injections are quick, but this does not mean they are without risk.')).toEqual([]);
  });
  it('finds comparisons and superlatives about the treatment, not factual superlatives', () => {
    expect(claims('Its results are much better than drug treatment.')).toContainEqual(['superiority', 'asserted', 'much better than drug treatment', '', '']);
    expect(kinds('It is by far the most effective method.')).toContain('superiority:asserted');
    expect(kinds('Heart disease is the most common cause of death.')).toEqual([]);
  });
  it('finds evidence appeals in their forms, and not a wh-clause or a participle', () => {
    expect(kinds('A growing body of research shows that it works.')).toContain('evidence:asserted');
    expect(kinds('The treatment is backed by decades of research.')).toContain('evidence:asserted');
    expect(kinds('Here is what the research shows about it.')).toEqual([]);
    expect(kinds('However, data supporting its use are scarce.')).toEqual([]);
  });
});

describe('modality', () => {
  it('marks questions, and answers that make the claim', () => {
    const found = buildDocument('## Is it addictive?\n\nNot at all. Patients love it.\n', 'a.md', knowledgeBase).claims;
    expect(found.map((c) => [c.kind, c.modality])).toEqual([['safety', 'answer']]);
    expect(found[0]?.question).toBeDefined();
    expect(kinds('Is it safe to drive after a session? Ask your provider.')).toEqual([]);
  });
  it('marks attributed and refuted claims', () => {
    expect(kinds('Some sellers claim that CBD cures cancer; there is no evidence for that.')).toEqual(['cure:refuted']);
    expect(kinds('Elderberry syrup may shorten the flu slightly, but the evidence is weak.')).toEqual(['disease:refuted']);
    expect(kinds('Our syrup cures the flu, but it is not a substitute for your flu shot.')).toContain('cure:asserted');
    expect(kinds('Marketers promote colloidal silver as a cure for flu.')).toEqual(['cure:attributed']);
    // The purpose of what people use a product for is theirs; the seller's own patients' is the seller's.
    expect(kinds('Some people use kratom to manage opioid withdrawal.')).toEqual(['disease:attributed']);
    expect(kinds('Our patients use our kratom tea to manage opioid withdrawal.')).toEqual(['disease:asserted']);
    // What practitioners use a treatment for, with the agent between "used" and "to".
    expect(kinds('Pulsed ultrasound is a device used by orthopedists to help heal broken bones.')).toEqual(['cure:attributed']);
    expect(kinds('Our pulsed ultrasound device heals broken bones.')).toEqual(['cure:asserted']);
  });
  it('marks negated, cited, purpose and animal findings', () => {
    expect(kinds('Ketamine does not cure depression.')).toEqual(['cure:negated']);
    expect(kinds('Semaglutide lowers the risk of stroke [1].')).toEqual(['prevention:cited']);
    expect(kinds('Minoxidil is used to treat alopecia.')).toEqual(['disease:hedged']);
    expect(kinds('Minoxidil is a lotion used to help treat alopecia.')).toEqual(['disease:hedged']);
    expect(kinds('NAD+ reverses diabetes in mice.')).toEqual(['cure:hedged']);
  });
  it('takes research into a product as the research question, not the writer\'s claim', () => {
    expect(kinds('Psilocybin is being studied as a treatment for depression.')).toEqual(['disease:attributed']);
    expect(kinds('Psilocybin is being studied for its potential to treat depression.')).toEqual(['disease:attributed']);
  });
});

describe('functions restored, survival, certain effects and sold-as words', () => {
  it('reads a lost function promised back, by a product or to the reader', () => {
    // "ear drops": a product of a kind the knowledge base does not name.
    expect(claims('Restore your hearing naturally with our ear drops.')).toEqual([['promise', 'asserted', 'Restore your hearing', 'category:product', '']]);
    expect(kinds('Regain perfect 20/20 vision with our eye drops.')).toEqual(['promise:asserted']);
    // A hedged help from a device the knowledge base does not know: no promise.
    expect(kinds('Hearing aids can help restore hearing.')).not.toContain('promise:asserted');
  });
  it('reads survival promised to the users named by their disease as a disease claim', () => {
    expect(claims('Cancer patients who take our mushroom extract live longer.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'Cancer patients who take our mushroom extract live longer']);
    expect(kinds('Patients who take our tea live longer.')).toEqual(['promise:asserted']);
  });
  it('reads an effect stated as certain in the future as a promise', () => {
    expect(claims('Testosterone therapy will restore your energy at any age.')[0]?.slice(0, 3)).toEqual(['promise', 'asserted', 'restore your energy']);
    expect(kinds('Testosterone therapy restores energy.')).toEqual(['efficacy:asserted']);
  });
  it('reads a fragment that likens the page\'s product to a drug', () => {
    expect(kinds('Works like Viagra, without a prescription.')).toEqual(['disease:asserted', 'superiority:asserted']);
  });
  it('does not read a product that does not intoxicate as a risk denied', () => {
    expect(kinds('Unlike THC, CBD does not cause a high.')).toEqual([]);
    expect(kinds('Unlike THC, CBD does not cause drowsiness.')).toEqual(['safety:asserted']);
  });
  it('does not read an adjective made from a treatment verb as the verb', () => {
    expect(claims('Smoking is the leading cause of preventable disease.')).toEqual([]);
    expect(claims('Hepatitis C is curable with antiviral drugs.').map((c) => c[0])).not.toContain('cure');
  });
  it('reads a product a seller offers for a disease as a disease claim', () => {
    expect(claims('Try our CBD gummies for anxiety.')).toEqual([['disease', 'asserted', 'gummies for anxiety', 'cbd', 'anxiety']]);
    expect(kinds('Shop elderberry syrup for the relief of colds.')).toEqual(['disease:asserted']);
    // Not offered: research on a use, a clinic's own practice.
    expect(claims('Research on CBD for anxiety is ongoing.')).toEqual([]);
    expect(claims('Doctors prescribe ketamine for depression off-label.')).toEqual([]);
  });
  it('reads a trauma undone as a cure', () => {
    expect(claims('A single psilocybin retreat can undo decades of trauma.')[0]?.slice(0, 3)).toEqual(['cure', 'hedged', 'undo decades of trauma']);
  });
  it('reads a drug thrown away as freedom from it', () => {
    expect(kinds('I threw away my inhaler after a month of our breathing program.')).toContain('disease:asserted');
  });
});

describe('substitutes, split verbs and restored functions', () => {
  it('reads a product likened to a drug as a substitute for it, and a comparison with it', () => {
    expect(claims('Our berberine capsules are nature\u2019s metformin.')).toContainEqual(['disease', 'asserted', 'nature\u2019s metformin', 'supplements', 'metformin']);
    const like = buildDocument('Turmeric works as well as ibuprofen for joint pain.', 'a.md', knowledgeBase).claims;
    expect(like.map((c) => [c.kind, c.substitute ?? false])).toEqual([['disease', true], ['superiority', false]]);
    // No drug named: not a substitute.
    expect(kinds('Our tea works as well as a long walk.')).toEqual([]);
  });
  it('marks a freedom from a drug as a substitute claim', () => {
    const doc = buildDocument('With our breathing program, patients no longer needed their inhalers.', 'a.md', knowledgeBase);
    expect(doc.claims.map((c) => [c.kind, c.substitute])).toEqual([['disease', true]]);
    expect(claims('Our kratom tea is a gentle bridge off opioids.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'bridge off opioids']);
  });
  it('reads a verb split around its object: a condition kept at bay, a measure brought down', () => {
    expect(claims('Drinking our alkaline water keeps acid reflux at bay.')).toContainEqual(['prevention', 'asserted', 'keeps acid reflux at bay', 'category:food', 'acid reflux']);
    expect(claims('The adrenal glands are vital to keeping inflammation at bay.')).toEqual([]);
    expect(claims('Our cinnamon blend brings your A1C down.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'brings your A1C down']);
    expect(claims('Elderberry syrup shortens the flu.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'shortens the flu']);
  });
  it('reads what a disease took, given back, and a drug or aid never needed again', () => {
    expect(claims('Our stem cell infusions give COPD patients their breath back.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'give COPD patients their breath back']);
    expect(kinds('Our retreat gave me my life back.')).toEqual(['promise:asserted']);
    expect(kinds('The nurse gave the patient her chart back.')).toEqual([]);
    expect(claims('You will never need reading glasses again after our eye program.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'never need reading glasses']);
    expect(claims('Hundreds have said goodbye to their diabetes medication with our program.').map((c) => c.slice(0, 3))).toContainEqual(['disease', 'asserted', 'said goodbye to their diabetes medication']);
  });
  it('reads help given to someone\u2019s own condition, a condition that stopped, and immunity against a disease', () => {
    expect(claims('Customers tell us our tincture has helped their PTSD.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'helped their PTSD']);
    expect(claims('After three NAD+ infusions my Parkinson\u2019s tremors stopped.')[0]?.slice(0, 3)).toEqual(['cure', 'asserted', 'Parkinson\u2019s tremors stopped']);
    expect(kinds('Our IV drip builds immunity against viral infections.')).toContain('prevention:asserted');
    // The seller's own patients are not practitioners reporting a practice.
    expect(kinds('Hyperbaric oxygen is used by our patients to recover from strokes.')).toEqual(['disease:asserted']);
  });
  it('reads help given to the people who have a disease, a product doing without a drug, and more verbs of ending', () => {
    expect(claims('Our stem cell protocol has helped hundreds of patients with autism improve speech.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'helped hundreds of patients with autism']);
    const without = buildDocument('Our berberine capsules lower blood pressure without statins.', 'a.md', knowledgeBase).claims;
    expect(without.map((c) => [c.kind, c.substitute ?? false])).toEqual([['disease', false], ['disease', true]]);
    // A clinic's "without surgery" is not a product standing in for the operation.
    expect(buildDocument('Our physical therapists treat back pain without surgery.', 'a.md', knowledgeBase).claims.some((c) => c.substitute)).toBe(false);
    expect(kinds('Our probiotic ends bloating.')).toEqual(['disease:asserted']);
    expect(kinds('Quercetin blocks the virus.')).toEqual(['disease:asserted']);
    expect(kinds('With our laser cap, bald spots fill in.')).toEqual(['cure:asserted']);
  });
  it('takes an endorser quoted on a seller\u2019s page as the seller, and a quotation on a page that reports as its speaker\u2019s', () => {
    expect(kinds('Book your consultation today.\n\n“Our drips cure migraines,” says our medical director.')).toEqual(['cure:asserted']);
    expect(kinds('“Our drips cure migraines,” says the owner of one clinic, though no trial supports that.')).not.toContain('cure:asserted');
  });
  it('takes a function regained by patients with a disease as a result promised to them', () => {
    expect(claims('Clients with neuropathy regain feeling in their feet after our sessions.')[0]?.slice(0, 3)).toEqual(['disease', 'asserted', 'Clients with neuropathy regain feeling']);
  });
});

describe('document genre and voice', () => {
  it('marks research text, and pages that promote by a seller voice or a claim in the writer’s own voice', () => {
    const doc = (text: string): { genre: string; promotional: boolean } => {
      const d = buildDocument(text, 'a.md', knowledgeBase);
      return { genre: d.genre, promotional: d.promotional };
    };
    expect(doc('We searched three databases. In this review, we included 12 randomized trials of ketamine.')).toEqual({ genre: 'research', promotional: false });
    expect(doc('Ketamine can relieve depression. Book your first infusion today.')).toEqual({ genre: 'general', promotional: true });
    expect(doc('Ketamine is a non-narcotic anesthetic.')).toEqual({ genre: 'general', promotional: true });
    expect(doc('Psilocybin may improve mood in some people, researchers say.')).toEqual({ genre: 'general', promotional: false });
  });
  it('does not take a condition said to be painless for a claim', () => {
    expect(kinds('Osteoporosis is painless unless a fracture occurs.')).toEqual([]);
    expect(kinds('Our laser peel is painless.')).toContain('safety:asserted');
  });
});
