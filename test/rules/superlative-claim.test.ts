import { at, ruleTester } from '../helpers/rule-tester.js';

const seed001 = 'It’s the only antidepressant medication that works within hours instead of weeks, and it has revolutionized treatments for depression.';
const seed003 = 'However, the most common and effective method of administration is through IV infusion.';

ruleTester('superlative-claim', {
  valid: [
    'The ultimate guide to NAD+ therapy.',
    'Glutamate is the most abundant excitatory neurotransmitter in the brain.',
    'The most common side effects are nausea and dizziness.',
    'The drug should only be administered under the guidance of a trained medical professional.',
    'The drug has only been used for relatively short durations in clinical trials.',
    'Together, we can determine the best course of action for your mental health.',
    'Your provider can help you find the best option for you.',
    'Psilocybin received Breakthrough Therapy designation, which is not an approval.',
    'Opioids are used for breakthrough pain.',
    'Blocking these receptors, ketamine can lead to cognitive changes, leading to improved mood.',
    'Is ketamine the best treatment for depression?',
    'Ketamine is not the only treatment for depression.',
    'While prescription medication is a common one, it is not the only one.',
    // The numbers of a list, not a ranking.
    '#1 Finasteride\n\nA daily pill.\n\n#2 Minoxidil\n\nA foam applied to the scalp.',
  ],
  invalid: [
    { text: 'No other clinic in the state gets results like ours.', findings: [at('No other clinic in the state gets results like ours.', 'No other clinic in the state gets results like')] },
    { text: 'Methylene blue is the ultimate brain booster.', findings: [at('Methylene blue is the ultimate brain booster.', 'the ultimate brain booster')] },
    { text: 'Our clinic has the highest success rate in Texas.', findings: [at('Our clinic has the highest success rate in Texas.', 'highest success rate')] },
    { text: seed001, findings: [at(seed001, 'the only antidepressant medication', { message: 'uniqueness' }), at(seed001, 'revolutionized')] },
    { text: seed003, findings: [at(seed003, 'most common and effective', { severity: 'warning' })] },
    { text: 'We are the best ketamine clinic in Miami.', findings: [at('We are the best ketamine clinic in Miami.', 'best ketamine clinic')] },
    { text: 'A leading provider of infusions.', findings: [at('A leading provider of infusions.', 'leading provider')] },
    { text: 'Rated #1 in town for results unmatched anywhere.', findings: [at('Rated #1 in town for results unmatched anywhere.', '#1'), at('Rated #1 in town for results unmatched anywhere.', 'unmatched')] },
    { text: 'A breakthrough for depression.', findings: [at('A breakthrough for depression.', 'breakthrough')] },
    { text: 'It is the most effective treatment.', findings: [at('It is the most effective treatment.', 'most effective')] },
  ],
  badOptions: [{ options: { extraPhrases: [')'] }, error: /Unexpected "\)"/ }],
});
