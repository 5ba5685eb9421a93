import { at, ruleTester } from '../helpers/rule-tester.js';

const seed = 'Forms of\u00a0 Ketamine are many.';
const two = 'Ketamine  is an  anaesthetic.';

ruleTester('whitespace', {
  valid: [
    'Ketamine is an anaesthetic.',
    'Two spaces between sentences.  Are not reported.',
    'A hard line break  \nin Markdown.',
    { text: '<p>HTML  collapses spaces.</p>', path: 'page.html' },
    'Code `a  b` is skipped.',
  ],
  invalid: [
    { text: seed, findings: [at(seed, '\u00a0 ', { severity: 'info' })], output: 'Forms of Ketamine are many.' },
    { text: two, findings: [at(two, '  '), at(two, '  ', {}, 1)], output: 'Ketamine is an anaesthetic.' },
  ],
  badOptions: [{ options: { max: 2 }, error: /Unknown option `max` for rule `whitespace`/ }],
});
