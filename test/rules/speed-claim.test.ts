import { at, ruleTester } from '../helpers/rule-tester.js';

const seed002 = 'Unlike traditional antidepressants, ketamine acts almost instantly – sometimes within minutes.';
const two = 'Feel instant relief that works within minutes.';

ruleTester('speed-claim', {
  valid: [
    'Some patients notice changes within hours to days, while others notice none.',
    'The effects of ketamine treatment can be felt within hours or days.',
    'These side effects are usually mild and resolve within a few hours.',
    'Does ketamine work within minutes?',
    'Ketamine does not work instantly for everyone.',
    'The FDA warns that claims of relief within minutes are not supported.',
    'The infusion takes about 40 minutes to an hour.',
    'Set `instantly: true` in the config.',
    'Ketamine may act within hours in some patients.',
    'Adults lost a mean of 5 kg over 68 weeks in the trial (Wilding et al., 2021).',
  ],
  invalid: [
    { text: 'Results you can see in 24 hours.', findings: [at('Results you can see in 24 hours.', 'Results you can see in 24 hours')] },
    { text: 'Relief starts the moment the drip begins.', findings: [at('Relief starts the moment the drip begins.', 'Relief starts the moment')] },
    { text: 'Unlike antidepressants, ketamine works in hours, not weeks.', findings: [at('Unlike antidepressants, ketamine works in hours, not weeks.', 'works in hours')] },
    { text: 'Ketamine lozenges lift depression overnight.', findings: [at('Ketamine lozenges lift depression overnight.', 'lift depression overnight')] },
    // The "+" of "NAD+" does not break a phrase.
    { text: 'Patients feel the effects of our NAD+ drip almost immediately.', findings: [at('Patients feel the effects of our NAD+ drip almost immediately.', 'feel the effects of our NAD+ drip almost immediately')] },
    { text: 'Patients feel the effects of the drip almost immediately.', findings: [at('Patients feel the effects of the drip almost immediately.', 'feel the effects of the drip almost immediately')] },
    { text: 'You will notice a difference from the very first infusion.', findings: [at('You will notice a difference from the very first infusion.', 'notice a difference from the very first infusion')] },
    { text: seed002, findings: [at(seed002, 'almost instantly')] },
    { text: two, findings: [at(two, 'instant relief'), at(two, 'within minutes')] },
    { text: 'It is a fast-acting treatment.', findings: [at('It is a fast-acting treatment.', 'fast-acting')] },
    { text: 'Relief begins within 24 hours.', findings: [at('Relief begins within 24 hours.', 'within 24 hours')] },
    { text: 'It restores the flow as quickly as the first treatment.', findings: [at('It restores the flow as quickly as the first treatment.', 'as quickly as the first treatment')] },
    { text: 'Patients get immediate relief.', findings: [at('Patients get immediate relief.', 'immediate relief')] },
    // A number glued to its unit is two words ("30lbs"); weight lost in a stated time is a speed promise (FTC Gut Check).
    { text: 'Lose 30lbs in 30 days with our drops.', findings: [at('Lose 30lbs in 30 days with our drops.', '30lbs in 30 days')] },
    { text: 'Clients drop 10kg in their first month.', findings: [at('Clients drop 10kg in their first month.', '10kg in their first month')] },
    { text: 'Our shots work 10x as fast as pills.', findings: [at('Our shots work 10x as fast as pills.', '10x as fast')] },
  ],
  badOptions: [{ options: { extraPhrases: ['<nosuchclass>'] }, error: /Unknown word class <nosuchclass>/ }],
});
