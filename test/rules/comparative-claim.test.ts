import { at, ruleTester } from '../helpers/rule-tester.js';

const seed001 = 'Providers are discovering improved efficacy when using regimens of ketamine with fewer side effects than traditional antidepressants.';
const two = 'It works faster than SSRIs and is safer than opioids.';

ruleTester('comparative-claim', {
  valid: [
    // Better than oneself before: a change over time, not a comparison with another treatment.
    'I sleep better than I have in years.',
    'Ketamine works differently than other antidepressants and treatments for depression.',
    'It has fewer side effects than placebo in one trial [2].',
    'It may be more effective than placebo (Smith et al., 2021).',
    'The FDA states that it is not aware of evidence that compounded ketamine is safer than approved drugs.',
    'Is ketamine better than SSRIs?',
    'Ketamine is not better than therapy for everyone.',
    'Some do not respond, even after trying more than one antidepressant.',
    'If you are dehydrated, you may feel better after receiving fluids.',
  ],
  invalid: [
    { text: 'Our drops under the tongue work just as well as the injections.', findings: [at('Our drops under the tongue work just as well as the injections.', 'work just as well as the injections')] },
    { text: seed001, findings: [at(seed001, 'fewer side effects than traditional antidepressants', { message: 'head-to-head' })] },
    { text: two, findings: [at(two, 'works faster than SSRIs'), at(two, 'safer than opioids')] },
    { text: 'Ketamine is more effective than antidepressants, which take weeks.', findings: [at('Ketamine is more effective than antidepressants, which take weeks.', 'more effective than antidepressants')] },
    { text: 'Our method outperforms talk therapy.', findings: [at('Our method outperforms talk therapy.', 'outperforms talk therapy')] },
  ],
  badOptions: [{ options: { extraPhrase: ['better than'] }, error: /Unknown option `extraPhrase` for rule `comparative-claim`/ }],
});
