import { describe, expect, it } from 'vitest';
import { at, lintWith, ruleTester } from '../helpers/rule-tester.js';

const pair = 'Ketamine leads to a decrease in glutamate release.\n\nLater research found that ketamine results in an increase in glutamate release.';
const gerunds = 'By decreasing glutamate release, ketamine restores balance.\n\nBy increasing glutamate release, ketamine may help to restore the balance.';
const receptors = 'Ketamine blocks NMDA receptors.\n\nIn the brain, ketamine activates NMDA receptors.';
const subject = 'Ketamine is an anesthetic.\n\nIt lowers cortisol levels.\n\nThe drug raises cortisol levels.';

ruleTester('mechanism-contradiction', {
  valid: [
    'Ketamine increases glutamate release. Ketamine also increases BDNF levels.',
    // Different aspects.
    'Ketamine blocks glutamate receptors.\n\nKetamine increases glutamate release.',
    // Tied to different doses, or to different brain regions.
    'At subanesthetic doses ketamine increases glutamate release.\n\nAt anesthetic doses ketamine decreases glutamate release.',
    'Ketamine increases glutamate release in the prefrontal cortex.\n\nKetamine decreases glutamate release in the hippocampus.',
    // A negated statement and its positive twin.
    'Ketamine does not decrease glutamate release.\n\nKetamine increases glutamate release.',
    // Different substances.
    'SSRIs increase serotonin levels over weeks.\n\nKetamine does not decrease serotonin levels.',
    'Chronic stress lowers BDNF levels.\n\nKetamine raises BDNF levels.',
    // Questions make no statement.
    'Does ketamine decrease glutamate release?\n\nKetamine increases glutamate release.',
  ],
  invalid: [
    { text: pair, findings: [{ ...at(pair, 'increase in glutamate release'), message: 'Says ketamine increases glutamate release here, but decreases it at line 1' }] },
    { text: gerunds, findings: [{ ...at(gerunds, 'increasing glutamate release'), message: 'but decreases it at line 1' }] },
    { text: receptors, findings: [{ ...at(receptors, 'activates NMDA receptors'), message: 'Says ketamine activates NMDA receptors here, but blocks them at line 1' }] },
    { text: subject, findings: [{ ...at(subject, 'raises cortisol levels'), message: 'but decreases it at line 3' }] },
  ],
  badOptions: [{ options: { strict: true }, error: /it takes no options/ }],
});

describe('mechanism-contradiction on a whole article', () => {
  it('reports one finding for the seed-003 pattern, with the other statements as related locations', () => {
    const text = [
      '# How ketamine works',
      '',
      'Recent research has shown that the blockade of NMDA receptors by ketamine can also lead to a decrease in glutamate release in the prefrontal cortex.',
      '',
      'By decreasing glutamate release, ketamine can help to restore the balance of neurotransmitters in the brain.',
      '',
      '## The role of glutamate',
      '',
      "Ketamine's blockade of NMDA receptors results in an increase in glutamate release, which activates downstream signaling pathways.",
      '',
      'By increasing glutamate release, ketamine may help to restore the balance of neurotransmitters in the brain.',
    ].join('\n');
    const found = lintWith('mechanism-contradiction', { text });
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f?.line).toBe(9);
    expect(f?.excerpt).toBe('increase in glutamate release');
    expect(f?.message).toContain('but decreases it at line 3');
    expect(f?.related?.map((r) => [r.line, text.slice(r.offset, r.endOffset), r.message])).toEqual([
      [3, 'decrease in glutamate release', 'says ketamine decreases glutamate release here'],
      [5, 'decreasing glutamate release', 'says ketamine decreases glutamate release here'],
      [11, 'increasing glutamate release', 'says ketamine increases glutamate release here'],
    ]);
  });
});

describe('substances beyond ketamine', () => {
  it('finds a GLP-1 contradiction between paragraphs', () => {
    const text = 'Semaglutide reduces appetite.\n\nBecause semaglutide boosts appetite, eat slowly.';
    expect(lintWith('mechanism-contradiction', { text }).map((f) => f.excerpt)).toEqual(['boosts appetite']);
  });
  it('does not pair two substances', () => {
    expect(lintWith('mechanism-contradiction', { text: 'Tirzepatide lowers glucagon.\n\nStress raises glucagon.' })).toEqual([]);
  });
});

describe('what a thing is (identities)', () => {
  const found = (text: string): string[] => lintWith('mechanism-contradiction', { text }).map((f) => f.excerpt);
  it('finds an article that calls exosomes vesicles and then cells', () => {
    const text = 'Exosomes are tiny vesicles that cells release.\n\nIn short, exosomes are stem cells in a bottle.';
    expect(found(text)).toEqual(['exosomes are stem cells']);
  });
  it('finds CBD called a plant and a compound', () => {
    expect(found('Many people trust a herb known as CBD oil.\n\nCBD oil is a compound found in hemp.')).toEqual(['CBD oil is a compound']);
  });
  it('is silent when the kinds agree, or one is negated', () => {
    expect(found('Exosomes are vesicles made by stem cells.\n\nExosomes are particles, not cells.')).toEqual([]);
    expect(found('CBD is a compound.\n\nCBD is not a plant.')).toEqual([]);
  });
});

describe('how much (extent)', () => {
  const found = (text: string): string[] => lintWith('mechanism-contradiction', { text }).map((f) => f.excerpt);
  it('finds "stops" against a partial reduction elsewhere, with the reduction as related location', () => {
    const text = 'Finasteride halts the production of DHT.\n\nWith daily use, about 65% less DHT reaches the hair follicles.';
    const [f] = lintWith('mechanism-contradiction', { text });
    expect(f?.excerpt).toBe('halts the production of DHT');
    expect(f?.message).toContain('line 3');
    expect(f?.related?.map((r) => text.slice(r.offset, r.endOffset))).toEqual(['DHT']);
    expect(found('Finasteride completely blocks DHT.\n\nFinasteride partly lowers DHT levels.')).toEqual(['completely blocks DHT']);
  });
  it('is silent without a complete claim, or when both claims are partial', () => {
    expect(found('Finasteride lowers DHT.\n\nIt cuts DHT by about 70%.')).toEqual([]);
    expect(found('Finasteride stops DHT production in the lab dish.\n\nIt does not affect cortisol.')).toEqual([]);
  });
});

describe('effects ruled out and made rarer', () => {
  const found = (text: string): string[] => lintWith('mechanism-contradiction', { text }).map((f) => f.excerpt);
  it('finds an effect ruled out and later only reduced', () => {
    expect(found('With our peel you will never get scarring.\n\nThe gentle settings mean less scarring.')).toEqual(['less scarring']);
    expect(found('Peels can leave dark patches, called hyperpigmentation. You will not experience this problem with us.\n\nOur settings give minimal hyperpigmentation.')).toEqual([
      'minimal hyperpigmentation',
    ]);
  });
  it('is silent for comparisons, hedges and other effects', () => {
    expect(found('There is no downtime.\n\nYou have less downtime than with surgery.')).toEqual([]);
    expect(found('You may not get bruising.\n\nMost people have mild bruising.')).toEqual([]);
    expect(found('There is no scarring.\n\nSwelling is minimal.')).toEqual([]);
    expect(found('Expect little to no downtime.\n\nYou will have minimal downtime.')).toEqual([]);
    expect(found('Most people have no bruising.\n\nIn rare cases there is slight bruising.')).toEqual([]);
  });
});

describe('attributive kinds', () => {
  const found = (text: string): string[] => lintWith('mechanism-contradiction', { text }).map((f) => f.excerpt);
  it('finds low-intensity shockwave therapy later described as high-energy', () => {
    expect(found('What is low-intensity shockwave therapy?\n\nFocused high-energy sound waves repair the tissue.')).toEqual(['high-energy sound waves']);
  });
  it('is silent for a comparison with lithotripsy', () => {
    expect(found('Low-intensity shockwave therapy is gentle.\n\nUnlike the high-energy shock waves of lithotripsy, it breaks nothing.')).toEqual([]);
  });
});
