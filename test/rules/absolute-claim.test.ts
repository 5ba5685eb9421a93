import { at, ruleTester } from '../helpers/rule-tester.js';

const two = 'Ketamine cures depression and offers guaranteed results.';
const cureHedged = 'Ketamine may cure depression.';
const repair = 'On the contrary, ketamine repairs brain damages caused by long-term stress hormones.';
const multi = 'Our infusions\nare a miracle.';

ruleTester('absolute-claim', {
  valid: [
    // An intention set for a retreat is a hope, not a claim.
    'Guests often set an intention for the retreat, such as healing from past trauma.',
    // An approved product's indication in its label's words is not an overclaim.
    'Spravato is a treatment option for adults with treatment-resistant depression.',
    // Keeping an approved indication from going on is treating it: finasteride is approved for male pattern hair loss.
    'Taken daily, finasteride helps to prevent further hair loss in men.',
    'Regular exercise may extend your lifespan.',
    // Introduced as unsupported: the writer's refutation, not a claim.
    'NAD+ injections are not approved, and there is little evidence from trials that they slow aging.',
    'The enzymes that reverse DNA damage decline with age.',
    // A goal is an aim, not a result promised.
    'As a family physician, our goal is to prevent illness before it starts.',
    'Ketamine therapy is not a cure for mental health conditions.',
    'Though there is no cure for ADHD, a psychiatrist can help manage it.',
    'There is no cure for depression, but treatment can reduce symptoms.',
    'This product is not intended to diagnose, treat, cure, or prevent any disease.',
    'By increasing the production of BDNF, ketamine may help to repair the damage caused by chronic stress.',
    'Is ketamine a cure for depression?',
    'The FDA warns that no compounded product cures depression.',
    'Patients describe it as “a miracle”, but results vary.',
    'Traditional treatments for these disorders do not always work.',
    'Run `cure --all` to reset the form.',
    'Read [our policy](https://example.com/cure-guaranteed) first.',
    'We offer a money-back guarantee on memberships.',
    'Some patients report lasting relief.',
  ],
  invalid: [
    // A testimonial whose speech tag opens the next sentence (after the exclamation) is the seller's claim.
    { text: 'Our clients love us. “I lost 42 pounds in two months without changing my diet!” says Karen, one of our clients.', findings: [at('Our clients love us. “I lost 42 pounds in two months without changing my diet!” says Karen, one of our clients.', 'lost 42 pounds in two months without changing my diet')] },
    { text: 'You will never have another panic attack once you start our program.', findings: [at('You will never have another panic attack once you start our program.', 'never have another panic attack')] },
    { text: 'No doctor visit, no side effects, guaranteed results.', findings: [at('No doctor visit, no side effects, guaranteed results.', 'guaranteed results')] },
    { text: 'You can\'t NOT lose weight on this plan.', findings: [{ ...at('You can\'t NOT lose weight on this plan.', 'can\'t NOT lose'), severity: 'error' }] },
    { text: 'Finasteride prevents baldness.', findings: [at('Finasteride prevents baldness.', 'prevents baldness', { severity: 'error' })] },
    { text: 'Our laser cap prevents further hair loss.', findings: [at('Our laser cap prevents further hair loss.', 'prevents further hair loss', { severity: 'error' })] },
    // Longevity promised: a lifespan extended, years added, ageing slowed.
    { text: 'Our NMN capsules extend your lifespan.', findings: [at('Our NMN capsules extend your lifespan.', 'extend your lifespan', { severity: 'warning' })] },
    { text: 'This tonic adds years to your life.', findings: [at('This tonic adds years to your life.', 'adds years to your life', { severity: 'warning' })] },
    { text: 'Our peptides slow the aging process.', findings: [at('Our peptides slow the aging process.', 'slow the aging process', { severity: 'warning' })] },
    // A promoted thing named only by a relative clause's head noun ("this simple trick that reverses …").
    { text: 'Doctors hate this simple trick that reverses type 2 diabetes.', findings: [at('Doctors hate this simple trick that reverses type 2 diabetes.', 'reverses type 2 diabetes')] },
    { text: 'Our detox plan never fails.', findings: [at('Our detox plan never fails.', 'never fails')] },
    { text: 'Spravato stops treatment-resistant depression.', findings: [at('Spravato stops treatment-resistant depression.', 'stops treatment-resistant depression', { severity: 'info' })] },
    { text: 'Spravato is a treatment option for adults with chronic pain.', findings: [at('Spravato is a treatment option for adults with chronic pain.', 'treatment option for adults with chronic pain', { severity: 'info' })] },
    { text: two, findings: [at(two, 'cures', { message: 'cure claim', severity: 'error' }), at(two, 'guaranteed results')] },
    { text: cureHedged, findings: [at(cureHedged, 'cure')] },
    { text: repair, findings: [at(repair, 'repairs brain damages', { message: 'promises an outcome' })] },
    { text: multi, findings: [at(multi, 'miracle')] },
    { text: 'It offers permanent relief from pain.', findings: [at('It offers permanent relief from pain.', 'permanent relief')] },
    { text: 'The drip is 100% effective.', findings: [at('The drip is 100% effective.', '100% effective')] },
    { text: 'Our program can eliminate depression.', findings: [at('Our program can eliminate depression.', 'eliminate depression')] },
    { text: 'It works for everyone.', options: { ignorePhrases: [] }, findings: [at('It works for everyone.', 'works for everyone')] },
    { text: 'It resets your mood for good.', options: { extraPhrases: ['resets your mood'] }, findings: [at('It resets your mood for good.', 'resets your mood')] },
    { text: 'Ketamine cures depression (Smith et al., 2021).', findings: [at('Ketamine cures depression (Smith et al., 2021).', 'cures')] },
  ],
  badOptions: [
    { options: { extraPhrases: 'cure' }, error: /Invalid value `"cure"` for option `extraPhrases` of `absolute-claim`: expected string\[\]/ },
    { options: { phrases: [] }, error: /Unknown option `phrases` for rule `absolute-claim`/ },
    { options: { extraPhrases: ['(unclosed'] }, error: /Unclosed "\(" at column 10 of phrase "\(unclosed"/ },
  ],
});
