import { describe, expect, it } from 'vitest';
import { at, lintWith, ruleTester } from '../helpers/rule-tester.js';

const decrease = 'Ketamine decreases glutamate release in the prefrontal cortex.';
const activates = 'Ketamine activates NMDA receptors.';
const hedgedWrong = 'Ketamine may decrease the release of glutamate.';
const dopamine = 'The drug raises the levels of dopamine. Ketamine is used off-label.';
const nmda = 'NMDA, an amino acid present in 80 percent of neurons, is one of the major neurotransmitters in the brain.';
const nmdaIs = 'N-methyl-D-aspartate is a neurotransmitter.';
const glutamine = 'Glutamine is the main excitatory neurotransmitter of the brain.';
const neurons = 'There are 100 billion neurons within the human brain.';
const neuronsWords = 'The brain holds one hundred billion nerve cells.';

ruleTester('mechanism-error', {
  valid: [
    'At subanesthetic doses, ketamine increases glutamate release in the prefrontal cortex.',
    'At anesthetic doses, ketamine decreases glutamate release.',
    'Ketamine blocks NMDA receptors.',
    'Ketamine is an NMDA (N-methyl-D-aspartate) receptor antagonist.',
    'Ketamine does not activate NMDA receptors.',
    'Ketamine increases BDNF levels and activates mTOR signaling.',
    'In animal studies, ketamine may raise dopamine levels.',
    'Ketamine blocks NMDA (also called glutamate) receptors.',
    'The NMDA receptor is a receptor for glutamate, the main excitatory neurotransmitter.',
    'Ketamine works on a receptor called N-methyl-D-aspartate or NMDA, which is located in the nervous system.',
    'NMDA is not a neurotransmitter; it names a receptor.',
    'Glutamine is converted to glutamate by glial cells.',
    'The human brain has about 86 billion neurons.',
    'Is it true that there are 100 billion neurons?',
    // Other agents are not checked against ketamine's facts.
    'Chronic stress decreases glutamate release.',
  ],
  invalid: [
    { text: decrease, findings: [{ ...at(decrease, 'decreases glutamate release'), message: 'increases glutamate release in the prefrontal cortex' }] },
    { text: activates, findings: [{ ...at(activates, 'activates NMDA receptors'), message: 'non-competitive NMDA receptor antagonist' }] },
    { text: hedgedWrong, findings: [at(hedgedWrong, 'decrease the release of glutamate')] },
    { text: dopamine, findings: [{ ...at(dopamine, 'raises the levels of dopamine'), message: 'states flatly what the evidence leaves open' }] },
    { text: nmda, findings: [{ ...at(nmda, 'NMDA, an amino acid'), message: 'names a glutamate receptor subtype' }] },
    { text: nmdaIs, findings: [at(nmdaIs, 'N-methyl-D-aspartate is a neurotransmitter')] },
    { text: glutamine, findings: [{ ...at(glutamine, 'Glutamine is the main excitatory'), message: 'Glutamine is not glutamate' }] },
    { text: neurons, findings: [{ ...at(neurons, '100 billion neurons'), message: 'about 86 billion neurons' }] },
    { text: neuronsWords, findings: [at(neuronsWords, 'one hundred billion nerve cells')] },
  ],
  badOptions: [{ options: { facts: [] }, error: /it takes no options/ }],
});

describe('mechanism-error findings', () => {
  it('cite the source of the fact and suggest the right figure', () => {
    const [f] = lintWith('mechanism-error', { text: neurons });
    expect(f?.message).toContain('https://pubmed.ncbi.nlm.nih.gov/19226510/');
    expect(f?.suggestions).toEqual(['about 86 billion neurons']);
  });
});

describe('mechanism myths (rules/data/knowledge/myths.json)', () => {
  const found = (text: string): string[] => lintWith('mechanism-error', { text }).map((f) => f.excerpt);
  it('flags detox through the feet or skin, and stored toxins', () => {
    expect(found('Soaking in the ionic bath pulls toxins out through your feet.')).toEqual(['toxins out through your feet']);
    expect(found('The sauna helps you sweat heavy metals through the skin.')).toEqual(['sweat heavy metals through the skin']);
    expect(found('Toxins cling to your joints and organs for years.')).toEqual(['Toxins cling to your joints']);
    expect(found('The brown colour of the bath shows which toxins left your body.')).toEqual(['colour of the bath shows which toxins']);
  });
  it('flags "every cell" and "100% absorption" only in an article about infusions', () => {
    expect(found('Our IV drip sends vitamins straight into your cells with 100% absorption.')).toEqual(['sends vitamins straight into your cells', '100% absorption']);
    expect(found('Sunlight sends energy straight into your cells.')).toEqual([]);
  });
  it('flags stem cells said to be never rejected or able to become any tissue', () => {
    expect(found('Umbilical stem cells are never rejected by the body.')).toEqual(['never rejected']);
    expect(found('These stem cells can turn into any type of tissue.')).toEqual(['turn into any type of tissue']);
    expect(found('Donor stem cells can be rejected by the immune system.')).toEqual([]);
  });
  it('flags "resets your metabolism" stated as fact, not hedged', () => {
    expect(found('This injection resets your metabolism.')).toEqual(['resets your metabolism']);
    expect(found('Some people hope the plan may reset their metabolism.')).toEqual([]);
    expect(found('TMS rewires the brain in six weeks.')).toEqual(['rewires the brain']);
  });
  it('flags subluxations, leaky gut and adrenal fatigue as causes, not reports of the claim', () => {
    expect(found('A spinal subluxation blocks nerve flow to your organs.')).toEqual(['subluxation blocks nerve flow']);
    expect(found('Leaky gut is the root cause of your fatigue and joint pain.')).toEqual(['Leaky gut is the root cause of']);
    expect(found('Some practitioners claim that leaky gut causes autism.')).toEqual([]);
    expect(found('Stress means your adrenals eventually become exhausted and stop working.')).toEqual(['adrenals eventually become exhausted']);
  });
  it('flags "natural" or "bioidentical" as meaning no side effects, and CBD called a plant', () => {
    expect(found('Bioidentical hormones have no side effects because they match your body.')).toEqual(['Bioidentical hormones have no side effects']);
    expect(found('Being natural means it has no side effects.')).toEqual(['natural means it has no side effects']);
    expect(found('CBD is a plant that grows in Colorado.')).toEqual(['CBD is a plant']);
  });
  it('flags chelation and ozone said to clear arteries', () => {
    expect(found('EDTA chelation removes calcium from your arteries.')).toEqual(['removes calcium from your arteries']);
    expect(found('Ozone oxidizes the fats that clog vessels.')).toEqual(['oxidizes the fats that clog vessels']);
  });
  it('flags a wrong acronym and rejection called graft-versus-host disease', () => {
    expect(found('Cells store energy as adenosine diphosphate (ATP).')).toEqual(['diphosphate (ATP']);
    expect(found('Donor cells carry a risk of rejection, also called graft-versus-host disease.')).toEqual(['rejection, also called graft-versus-host']);
  });
  it('stays silent on accurate text about the same topics', () => {
    for (const text of [
      'Detox foot baths do not remove toxins through the feet.',
      'The kidneys and liver filter waste from the blood.',
      'Leaky gut syndrome is not a recognised diagnosis.',
      'There is no evidence that adrenal fatigue exists.',
      'CBD is a compound found in the cannabis plant.',
      'Graft rejection and graft-versus-host disease are different problems.',
      'ATP (adenosine triphosphate) carries energy in cells.',
    ]) expect(found(text), text).toEqual([]);
  });
  it('flags GLP-1 mechanism facts stated backwards', () => {
    expect(found('Semaglutide speeds up gastric emptying.')).toEqual([]);
    expect(found('Semaglutide increases glucagon levels.')).toEqual(['increases glucagon levels']);
    expect(found('CBD activates cannabinoid receptors in the brain.')).toEqual(['activates cannabinoid receptors']);
  });
});

describe('myths: physiology and reported evidence stay silent', () => {
  it('does not flag the body’s own clearance or a claim weighed against the evidence', () => {
    for (const text of [
      'Your liver and kidneys flush toxins out of the body every day.',
      'There is little evidence that leaky gut causes autism.',
      'Sweat glands release some waste through the skin.',
    ]) expect(lintWith('mechanism-error', { text }), text).toEqual([]);
    expect(lintWith('mechanism-error', { text: 'Our detox tea flushes toxins from your system.' }).map((f) => f.excerpt)).toEqual(['flushes toxins']);
  });
});
