import { at, ruleTester } from '../helpers/rule-tester.js';

const one = 'Ketamine acts on the the NMDA receptor.';
const two = 'It is is a drug that that works, and and more.';

ruleTester('repeated-word', {
  valid: [
    'Ketamine acts on the NMDA receptor.',
    'She said that that drug had had no effect.',
    'What it is is a dissociative anaesthetic.',
    'They do do follow up after each infusion.',
    'The dose, the timing and the setting matter.',
    'Use `the the` in code without a finding.',
    'The **the** is bold.',
  ],
  invalid: [
    { text: one, findings: [at(one, 'the the', { messageId: 'default', data: { word: 'the' }, suggestions: ['the'] })], output: 'Ketamine acts on the NMDA receptor.' },
    { text: two, findings: [at(two, 'and and', { messageId: 'default', data: { word: 'and' } })], output: 'It is is a drug that that works, and more.' },
    { text: 'The signal reaches the\nthe next cell.', findings: [{ excerpt: 'the\nthe', line: 1, column: 20, endLine: 2, endColumn: 4 }], output: 'The signal reaches the next cell.' },
    { text: 'The The clinic is open.', findings: [at('The The clinic is open.', 'The The', { suggestions: ['The'] })], output: 'The clinic is open.' },
  ],
  badOptions: [{ options: { allowed: ['x'] }, error: /Unknown option `allowed` for rule `repeated-word`/ }],
});
