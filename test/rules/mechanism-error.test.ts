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
