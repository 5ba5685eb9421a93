import { at, ruleTester } from '../helpers/rule-tester.js';

const seed = 'When this happens, more glutamate gets released by one nerve cell than can be taken back up by another nerve cell nearby — so';
const comma = 'Ketamine is given as an infusion over forty minutes,';
const and = 'Patients are monitored during the session and';
const paren = 'Side effects (such as nausea and dizziness are usually mild.';
const quote = 'The FDA said “it is not aware of evidence of this.';

ruleTester('incomplete-sentence', {
  valid: [
    'Ketamine is given as an infusion over forty minutes.',
    'Side effects include:',
    '# Why it works and',
    '- nausea, and',
    '- dizziness,',
    '| dose and |\n| --- |\n| low, |',
    'Side effects (such as nausea) are usually mild.',
    'Read more at (https://www.fda.gov/drugs/example).',
    'Call us today',
    '> A quote that ends properly.',
    '“The first paragraph of a long quotation runs on.\n\n“The second one closes it,” she said.',
  ],
  invalid: [
    { text: seed, findings: [at(seed, '— so')] },
    { text: comma, findings: [at(comma, 'minutes,')] },
    { text: and, findings: [at(and, 'and')] },
    { text: paren, findings: [at(paren, '(')] },
    { text: quote, findings: [at(quote, '“')] },
  ],
  badOptions: [{ options: { words: ['x'] }, error: /Unknown option `words` for rule `incomplete-sentence`/ }],
});
