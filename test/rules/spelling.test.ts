import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { at, lintWith, ruleTester } from '../helpers/rule-tester.js';
import { buildDocument } from '../../src/engine/run.js';
import { knowledgeBase } from '../../src/kb/index.js';
import { makeChecker } from '../../rules/spelling/lexicon.js';
import { mulberry32 } from '../../scripts/prng.mjs';

const seed000 = 'The science behind etamine treatment is fascinating.';
const seed001 = 'You can expect to pay between $3,000 and $4,000, if manifactured through factories.';
const seed002 = 'It numbs pain receptors in the rain and nervous system.';
const nao = 'At Nao Medical, we offer ketamine treatment.';

ruleTester('spelling', {
  valid: [
    'Shockwave therapy is used in orthopedics, and she was referred to cardiology.',
    'Ketamine is an NMDA receptor antagonist that raises BDNF and mTOR signaling.',
    'Esketamine (Spravato) and semaglutide (Ozempic, Wegovy) are FDA-approved.',
    'RestoratIV offers ketamine-assisted therapy at the clinic’s two sites.',
    'Call 555-0100, write to info@example.com or visit https://example.com/etamine.',
    'The patient’s dose was 0.5 mg/kg over 40 minutes.',
    'We were walking in the rain after the session.',
    'Use `manifactured` in code without a finding.',
    'Glutamine is an amino acid the gut uses as fuel.',
    'Azevedo et al. counted the neurons of four brains.',
    { text: 'At Zorbix Clinic we treat depression. Call zorbix today.', options: { words: ['Zorbix'] } },
    { text: 'The colour of the tablet changes.', options: { locale: 'en-GB' } },
    'Most results came early. The rest, which followed, came later.',
    'The review found that “[m]ost patients improved” and “[t]reatment was well tolerated.”',
    'Extracorporeal shockwave therapy and neurodegenerative disease are terms the medical lists know.',
    'Take 2.5 mg, then 3.0 mg; see Fig.2 and N,N-dimethyltryptamine.',
    'Open the display:none panel, the iPhone app or the MyChart portal.',
    'Ask Dr.Smith about type2 diabetes and vitamin B12.',
    'The patient’s dose and the patient\'s plan.',
    'Results may vary. The effect on mood was measured twice a day.',
    'We accept most insurance plans and offer a complimentary consultation.',
    'The dose does not change; she does the test at home.',
    'Levels were measured in μmol per liter (es KET a meen).',
    'Neuromodulators act on several receptors.',
    'Reduce the dose, or stay at the very second dose level.',
    'Mental health affects sleep, and a positive affect helps; the regiment marched.',
  ],
  invalid: [
    { text: seed000, findings: [at(seed000, 'etamine', { message: 'etamine' })], output: 'The science behind ketamine treatment is fascinating.' },
    { text: seed001, findings: [at(seed001, 'manifactured')], output: 'You can expect to pay between $3,000 and $4,000, if manufactured through factories.' },
    { text: seed002, findings: [at(seed002, 'rain', { message: 'brain' })] },
    { text: nao, findings: [at(nao, 'Nao', { severity: 'info' })] },
    // A long word with no known word one edit away: a rare term more often than a slip.
    { text: 'The biopsy showed an angiomyofibroblastoma.', findings: [at('The biopsy showed an angiomyofibroblastoma.', 'angiomyofibroblastoma', { severity: 'info', message: 'no known word is one letter away' })] },
    { text: 'A low does of ketamine was given.', findings: [at('A low does of ketamine was given.', 'does', { message: 'dose' })] },
    { text: 'The prostrate gland enlarges with age.', findings: [at('The prostrate gland enlarges with age.', 'prostrate', { message: 'prostate' })] },
    { text: 'A therapy used by orthopedics to heal fractures.', findings: [at('A therapy used by orthopedics to heal fractures.', 'orthopedics', { message: 'orthopedists' })] },
    { text: 'Glutamine is the main excitatory neurotransmitter.', findings: [at('Glutamine is the main excitatory neurotransmitter.', 'Glutamine', { message: 'Glutamate' })] },
    { text: 'Book a ketamine infection session.', findings: [at('Book a ketamine infection session.', 'infection', { message: 'infusion' })] },
    { text: 'It has ketamine-asisted sessions.', findings: [at('It has ketamine-asisted sessions.', 'asisted')], output: 'It has ketamine-assisted sessions.' },
    { text: 'The colour of the tablet changes.', findings: [at('The colour of the tablet changes.', 'colour', { severity: 'info', message: 'other English spelling' })] },
    { text: 'It gave results.The rest came later.', findings: [at('It gave results.The rest came later.', 'results.The', { message: 'insert a space' })], output: 'It gave results. The rest came later.' },
    { text: 'It helps with inflammation,which drives pain, and 80%.The rest.', findings: [at('It helps with inflammation,which drives pain, and 80%.The rest.', 'inflammation,which'), at('It helps with inflammation,which drives pain, and 80%.The rest.', '80%.The')], output: 'It helps with inflammation, which drives pain, and 80%. The rest.' },
    { text: 'It is possible toIt is rare.', findings: [at('It is possible toIt is rare.', 'toIt')], output: 'It is possible to It is rare.' },
    { text: 'The visit is quick, taki8ng ten minutes, and not all are3 alike.', findings: [at('The visit is quick, taki8ng ten minutes, and not all are3 alike.', 'taki8ng', { message: 'stray' }), at('The visit is quick, taki8ng ten minutes, and not all are3 alike.', 'are3')], output: 'The visit is quick, taking ten minutes, and not all are3 alike.' },
    { text: 'They aid inter cellular signaling.', findings: [at('They aid inter cellular signaling.', 'inter cellular', { message: 'intercellular' })], output: 'They aid intercellular signaling.' },
    { text: 'Ask about the patient´s plan.', findings: [at('Ask about the patient´s plan.', 'patient´s', { message: 'apostrophe' })], output: "Ask about the patient's plan." },
    { text: 'A high level ofinsulin follows.', findings: [at('A high level ofinsulin follows.', 'ofinsulin')] },
    { text: 'Exosomes are not stem cells per say.', findings: [at('Exosomes are not stem cells per say.', 'per say', { message: 'per se' })] },
    { text: 'It works better then rest, and you could of asked.', findings: [at('It works better then rest, and you could of asked.', 'then', { message: 'than' }), at('It works better then rest, and you could of asked.', 'of', { message: 'have' })] },
    { text: 'We offer complimentary medicine in discrete packaging.', findings: [at('We offer complimentary medicine in discrete packaging.', 'complimentary', { message: 'complementary' }), at('We offer complimentary medicine in discrete packaging.', 'discrete', { message: 'discreet' })] },
    { text: 'Follow the treatment regiment to avoid a urinary track infection.', findings: [at('Follow the treatment regiment to avoid a urinary track infection.', 'regiment', { message: 'regimen' }), at('Follow the treatment regiment to avoid a urinary track infection.', 'track', { message: 'tract' })] },
    { text: 'It the results are good, you cant stop now.', findings: [at('It the results are good, you cant stop now.', 'It', { message: 'If' }), at('It the results are good, you cant stop now.', 'cant', { message: "can't" })] },
  ],
  badOptions: [
    { options: { locale: 'fr' }, error: /expected one of en-US, en-GB/ },
    { options: { words: 'Nao' }, error: /expected string\[\]/ },
  ],
});

describe('spelling suggestions and fixes', () => {
  it('suggests ketamine first for etamine, and offers it as a fix', () => {
    const [finding] = lintWith('spelling', { text: seed000 });
    expect(finding?.suggestions?.[0]).toBe('ketamine');
    expect(finding?.fix).toEqual({ start: 19, end: 26, text: 'ketamine' });
  });
  it('fixes a missing space, a stray digit and an odd apostrophe, and only suggests for a stray digit after a word', () => {
    const fixes = (text: string): (string | undefined)[] => lintWith('spelling', { text }).map((f) => (f.fix ? text.slice(0, f.fix.start) + f.fix.text + text.slice(f.fix.end) : undefined));
    expect(fixes('It gave results.The rest came later.')).toEqual(['It gave results. The rest came later.']);
    expect(fixes('The visit is quick, taki8ng ten minutes.')).toEqual(['The visit is quick, taking ten minutes.']);
    expect(fixes('Ask about the patient´s plan.')).toEqual(["Ask about the patient's plan."]);
    expect(fixes('Not all are3 alike.')).toEqual([undefined]);
  });

  it('judges each way a key is written on its own: as the key, with a capital first, in capitals (kept by key id)', () => {
    // "Manifactured" and "manifactured" share a key: the lower-case and the capitalized text each keep their facts by
    // it, and "MANIFACTURED" (neither form) goes by its text, where capitals are left alone as an abbreviation's;
    // the same findings in either order.
    const text = 'Manifactured goods. They were manifactured abroad. MANIFACTURED ones cost more. Their goods are made here.';
    for (const order of [text, text.split('. ').reverse().join('. ')]) {
      const found = lintWith('spelling', { text: order }).map((f) => f.excerpt);
      expect(found.sort()).toEqual(['Manifactured', 'manifactured']);
    }
    // A confusable written with a capital first is still checked against its context: "Their" here is right.
    expect(lintWith('spelling', { text: 'Their clinic is open. Their staff are kind.' })).toEqual([]);
  });

  it('offers no fix for a name or a real-word error', () => {
    expect(lintWith('spelling', { text: nao })[0]?.fix).toBeUndefined();
    expect(lintWith('spelling', { text: seed002 })[0]?.fix).toBeUndefined();
  });
});

const NEIGHBOURS: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol', a: 'qsz', s: 'adw', d: 'sfe', f: 'dgr',
  g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'ko', z: 'ax', x: 'zc', c: 'xv', v: 'cb', b: 'vn', n: 'bm', m: 'n',
};

/** One realistic typo: a deleted, swapped or doubled letter, or a keyboard neighbour. */
function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  if (kind === 2) return word.slice(0, i) + word.charAt(i) + word.slice(i);
  const near = NEIGHBOURS[word.charAt(i)] ?? 'e';
  return word.slice(0, i) + near.charAt(Math.floor(random() * near.length)) + word.slice(i + 1);
}

describe('misspelling set (typos injected into the words of fixtures/clean)', () => {
  const checker = makeChecker('en-US', new Set(), new Set());
  const words = new Set<string>();
  for (const file of readdirSync('fixtures/clean')) {
    for (const s of buildDocument(readFileSync(`fixtures/clean/${file}`, 'utf8'), file, knowledgeBase).sentences) {
      for (const w of s.words) if (/^[a-z]{5,}$/.test(w.text) && checker.known(w.text)) words.add(w.text);
    }
  }
  const random = mulberry32(20261121);
  const cases: { word: string; typo: string }[] = [];
  for (const word of [...words].sort()) {
    const t = typo(word, random);
    // A typo that is itself a word ("form" -> "from") is not a misspelling a dictionary can see.
    if (t !== word && !checker.known(t)) cases.push({ word, typo: t });
  }

  it('detects at least 95% and puts the right word first for at least 85%', () => {
    const text = cases.map((c) => `We saw ${c.typo} here.`).join('\n');
    // Detected means reported above info: an info note does not stop a CI run.
    const found = lintWith('spelling', { text, path: 'typos.txt' }).filter((f) => f.severity !== 'info');
    const byLine = new Map(found.map((f) => [f.line, f]));
    let detected = 0;
    let first = 0;
    for (const [i, c] of cases.entries()) {
      const f = byLine.get(i + 1);
      if (f) detected++;
      if (f?.suggestions?.[0]?.toLowerCase() === c.word) first++;
    }
    const detection = detected / cases.length;
    const rightFirst = first / cases.length;
    console.log(`misspelling set: ${cases.length} typos of ${words.size} words; detection ${(detection * 100).toFixed(1)}%, right word first ${(rightFirst * 100).toFixed(1)}%`);
    expect(cases.length).toBeGreaterThan(500);
    expect(detection).toBeGreaterThanOrEqual(0.95);
    expect(rightFirst).toBeGreaterThanOrEqual(0.85);
  });
});

/** Real terms from lists other than the rule's dictionaries, one term a line; the headers name the sources. */
const FALSE_ALARM_FILES = ['test/data/nlm-drug-names.txt', 'test/data/corpora-medical-terms.txt'];

describe('false-alarm set (NLM Drug Portal names, Disease Ontology, Symptom Ontology and ICD-10-CM terms, test/data/)', () => {
  const terms = FALSE_ALARM_FILES.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')));
  // A description's punctuation ("unspecified,", "(acquired)", "lymphoma/leukemia") is not part of a word; codes with
  // digits ("17q11.2") and single letters ("type A") are not words a dictionary judges, so they do not count.
  const words = [...new Set(terms.flatMap((t) => t.split(/[\s,()[\]/]+/)))].filter((w) => !/\d/.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 2);
  const lower = [...new Set(words.map((w) => w.toLowerCase()))];

  it('holds at least 2,000 distinct words, counted in lower case (issue 4)', () => {
    expect(lower.length).toBeGreaterThanOrEqual(2000);
  });

  it('reports no term above info as written (drug names capitalized in mid-sentence)', () => {
    const found = lintWith('spelling', { text: words.map((w) => `We prescribe ${w} here.`).join('\n'), path: 'terms.txt' }).filter((f) => f.severity !== 'info');
    console.log(`false-alarm set as written: ${words.length} words, ${found.length} findings above info`);
    expect(found.map((f) => f.excerpt)).toEqual([]);
  });

  it('records the findings for the same words in lower case (the strict measure)', () => {
    const found = lintWith('spelling', { text: lower.map((w) => `We prescribe ${w} here.`).join('\n'), path: 'terms.txt' }).filter((f) => f.severity !== 'info');
    console.log(`false-alarm set in lower case: ${lower.length} words, ${found.length} findings above info (${((found.length / lower.length) * 100).toFixed(1)}%)`);
    // Measured 60 of 3,763 (1.6%) on 2026-11-21 with the GPL medical list, 40 (1.1%) on 2026-11-30 with the permissive
    // lists that replaced it: mostly drug brand names written in lower case and eponyms and initialisms of the disease
    // terms (potocki, bcr), which the mid-sentence capital marks as names in real copy. Long rare terms with no word one
    // edit away are info. Guard against regressions.
    expect(found.length).toBeLessThanOrEqual(45);
  });
});
