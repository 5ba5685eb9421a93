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
    // The organs that do clear waste, and a procedure that opens arteries, are not the myths.
    'Your liver removes toxins from the blood.',
    'Stents open up blocked arteries.',
    'Smoking is the leading cause of preventable disease.',
    'Researchers have found increased intestinal permeability in some people with celiac disease.',
  ],
  invalid: [
    { text: 'Our NAD+ protocol rebalances your brain chemistry.', findings: [at('Our NAD+ protocol rebalances your brain chemistry.', 'rebalances your brain chemistry')] },
    // A myth's wordings beyond one verb: toxins drawn out by a product, arteries unclogged, a leaky gut made universal.
    { text: 'Our foot pads draw toxins out of your body overnight.', findings: [at('Our foot pads draw toxins out of your body overnight.', 'draw toxins out of')] },
    { text: 'Our nattokinase unclogs your arteries.', findings: [{ ...at('Our nattokinase unclogs your arteries.', 'unclogs your arteries'), message: 'No supplement, drink or infusion' }] },
    { text: 'With any autoimmune disease, there will be a leaky gut.', findings: [at('With any autoimmune disease, there will be a leaky gut.', 'there will be a leaky gut')] },
    { text: 'Inflammation is the root of all disease.', findings: [at('Inflammation is the root of all disease.', 'the root of all disease')] },
    { text: 'You must have a leaky gut for lupus to develop.', findings: [at('You must have a leaky gut for lupus to develop.', 'must have a leaky gut')] },
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
    expect(found('Our mushroom blend grows new brain cells.')).toEqual(['grows new brain cells']);
    expect(found('Each infusion builds new connections in the brain.')).toEqual(['builds new connections in the brain']);
    expect(found('In rats, ketamine may grow new synapses within hours.')).toEqual([]);
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

describe('myths and errors beyond ketamine (issue 13, part 2)', () => {
  const found = (text: string): string[] => lintWith('mechanism-error', { text }).map((f) => f.excerpt);
  it('flags dissociation presented as the mechanism, in a ketamine article', () => {
    expect(found('Ketamine infusions work fast. The dissociation felt during the session triggers the release of BDNF.')).toEqual([
      'dissociation felt during the session triggers the release',
    ]);
    expect(found('Ketamine can cause dissociation. Dissociation is not needed for the antidepressant effect.')).toEqual([]);
    expect(found('Meditation retreats are calm. The dissociation some feel triggers the release of tension.')).toEqual([]);
  });
  it('flags hCG presented as a weight-loss hormone, near its name or as its role', () => {
    expect(found('Our clinic uses hCG as a fat burner.')).toEqual(['hCG as a fat burner']);
    expect(found('The hCG plan is popular. Its role is to regulate the metabolism.')).toEqual(['role is to regulate the metabolism']);
    expect(found('hCG has not been shown to work as an appetite suppressant.')).toEqual([]);
    expect(found('hCG is often marketed as an appetite suppressant.')).toEqual([]);
  });
  it('flags a gut "meant to be impermeable" and leaky gut as the premise of a claim', () => {
    expect(found('The intestine is a tube that is supposed to be impermeable.')).toEqual(['supposed to be impermeable']);
    expect(found('When your gut becomes leaky, supplements pass straight through.')).toEqual(['When your gut becomes leaky']);
  });
  it('flags root canals said to seed infection through the body', () => {
    expect(found('Old root canals leak bacteria and toxins throughout the body.')).toEqual(['leak bacteria and toxins throughout the body']);
    expect(found('Dental work can push bacteria into the bloodstream, so some heart patients take antibiotics first.')).toEqual([]);
    expect(found('The focal infection theory, that root canals spread infection through the body, was disproved.')).toEqual([]);
  });
  it('flags exosomes called building blocks, and hormone pellets called plant material', () => {
    expect(found('Exosome therapy is new. Exosomes are the building blocks of stem cells.')).toEqual(['Exosomes are the building blocks of stem']);
    expect(found('Our hormone pellets are natural plant extract pressed into a tiny rod.')).toEqual(['pellets are natural plant extract']);
    expect(found('Synthetic hormones differ from yours, and those differences cause the side effects.')).toEqual(['differences cause the side effects']);
  });
  it('flags category errors: growing neurotransmitters, electrons from NAD+, a drug that has neuroplasticity', () => {
    expect(found('BDNF encourages the growth of new neurotransmitters.')).toEqual(['growth of new neurotransmitters']);
    expect(found('Mitochondria pull electrons from NAD+ to make energy.')).toEqual(['electrons from NAD']);
    expect(found('Mitochondria pull electrons from NADH to make energy.')).toEqual([]);
    expect(found('Psilocybin is believed to have neuroplasticity.')).toEqual(['Psilocybin is believed to have neuroplasticity']);
    expect(found('The brain has neuroplasticity, and ketamine may promote it.')).toEqual([]);
  });
  it('flags estrogen that builds bone, GIP as the hunger suppressant, hCG as an appetite suppressant', () => {
    expect(found('Estrogen therapy really builds bone.')).toEqual(['Estrogen therapy really builds bone']);
    expect(found('Estrogen slows bone loss after menopause.')).toEqual([]);
    expect(found('GIP is the hormone your gut uses as its main appetite suppressant.')).toEqual(['GIP is the hormone your gut uses as its main appetite suppressant']);
    expect(found('The hCG shots act as an appetite suppressant.')).toEqual(['hCG shots act as an appetite suppressant']);
  });
  it('reports two subjects before one predicate once', () => {
    expect(found('The hCG diet pairs hCG with a fat burner.')).toHaveLength(1);
  });
  it('flags adrenal glands that become exhausted even in scare quotes or under "can"', () => {
    expect(found('Stress can make your adrenal glands eventually become “tired” or “exhausted” from overwork.')).toEqual(['adrenal glands eventually become “tired']);
    expect(found('The idea that adrenals become exhausted from stress is false.')).toEqual([]);
  });
  it('checks finasteride and testosterone therapy against their facts', () => {
    expect(found('Finasteride completely blocks DHT production.')).toEqual(['completely blocks DHT production']);
    expect(found('Finasteride lowers DHT levels by about 70%.')).toEqual([]);
    expect(found('TRT raises your natural testosterone production.')).toEqual(['raises your natural testosterone production']);
    expect(found('Testosterone therapy lowers sperm production.')).toEqual([]);
    expect(found('Healthy testosterone levels increase sperm production.')).toEqual([]);
    expect(found('Testosterone therapy can lower fertility. Clomiphene raises natural testosterone production instead.')).toEqual([]);
    expect(found('Finasteride is a pill. Saw palmetto stops DHT production, some say.')).toEqual([]);
  });
  it('says a flat claim that CBD boosts the endocannabinoid system overstates the evidence', () => {
    expect(found('CBD boosts your endocannabinoid system.')).toEqual(['boosts your endocannabinoid system']);
    expect(found('CBD may help support the endocannabinoid system.')).toEqual([]);
    expect(found('CBD oil is popular. Exercise raises anandamide levels.')).toEqual([]);
  });
  it('flags category errors of drug class: ketamine called an opioid, a GLP-1 drug called insulin', () => {
    expect(found('Ketamine is an opioid that doctors use for pain.')).toEqual(['Ketamine is an opioid']);
    expect(found('Ketamine reduces opioid use after surgery.')).toEqual([]);
    expect(found('Ozempic is a type of insulin you inject weekly.')).toEqual(['Ozempic is a type of insulin']);
    expect(found('Ozempic is not insulin; it helps your body release its own.')).toEqual([]);
  });
  it('says a flat neurogenesis claim for ketamine overstates the evidence', () => {
    expect(found('Ketamine triggers neurogenesis.')).toEqual(['triggers neurogenesis']);
    expect(found('In animal studies, ketamine may promote neurogenesis.')).toEqual([]);
  });
});

// Toxins flushed out of an organ (the organ is the myth's object, not the body's own physiology); adrenal fatigue as a cause.
ruleTester('mechanism-error', {
  valid: ['Your liver flushes out toxins on its own.', 'Adrenal insufficiency is a diagnosable disease.'],
  invalid: [
    { text: 'Our juice cleanse flushes the toxins out of your liver.', findings: [at('Our juice cleanse flushes the toxins out of your liver.', 'flushes the toxins')] },
    { text: 'Adrenal fatigue is why you are exhausted.', findings: [at('Adrenal fatigue is why you are exhausted.', 'Adrenal fatigue is why')] },
    { text: 'Our adaptogen blend resets your adrenals.', findings: [at('Our adaptogen blend resets your adrenals.', 'resets your adrenals')] },
  ],
});

// The body's pH is not changed by food or water (Fenton and Huang, BMJ Open 2016).
ruleTester('mechanism-error', {
  valid: ['Alkaline water does not alkalize your body.', 'Some sellers claim cancer cannot survive in an alkaline environment.', 'The kidneys and lungs keep blood pH between 7.35 and 7.45.'],
  invalid: [
    { text: 'Our ionized water helps alkalize your body.', findings: [at('Our ionized water helps alkalize your body.', 'alkalize your body')] },
    { text: 'Tumors cannot survive in an alkaline environment.', findings: [at('Tumors cannot survive in an alkaline environment.', 'Tumors cannot survive in an alkaline')] },
  ],
});
