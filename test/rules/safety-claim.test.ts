import { at, ruleTester } from '../helpers/rule-tester.js';

const two = 'This non-addictive treatment has no side effects.';
const hedgedStill = 'Ketamine is generally safe.';
const seed004 = 'Most people feel improvements within days of treatment, without the side effects that come from traditional antidepressants.';
const hall = 'Some report hallucinations, although these are typically short-lived and not considered harmful.';

ruleTester('safety-claim', {
  valid: [
    'Ask your pharmacist before you take it with any other medication.',
    // A point granted in a leading concessive clause, to argue the main clause.
    'While several studies have documented that laser eye surgery is safe and effective, more research into recovery is welcome.',
    'Is ketamine safe?',
    'Is ketamine treatment safe for everyone?',
    'Ketamine is not safe for people with a history of psychosis.',
    'Never describe ketamine as non-addictive: it is a Schedule III controlled substance.',
    'The FDA says that compounded ketamine is “safe” only in the hands of trained staff.',
    'Patients are closely monitored to ensure their safety and comfort.',
    'We keep patients safe with continuous monitoring.',
    'Infusions take place in a safe and comfortable environment.',
    'Side effects can include dissociation, dizziness and nausea.',
    'Use `safe-mode` to preview the page.',
    'See [safety](https://example.com/risk-free-safe) for details.',
    'It is not true that ketamine has no side effects.',
    // What one study or review reports is its finding, not the writer's reassurance.
    'A review of the peptide does note that it was safe in two small trials.',
    // The writer answers the denial after a contrast.
    'Online, most users report no side effects, but the incidence of adverse reactions appears higher than in the trials.',
    'The procedure is safe for most people, but risks include infection and scarring.',
  ],
  invalid: [
    { text: 'You can take it with any medication without worry.', findings: [at('You can take it with any medication without worry.', 'can take it with any medication')] },
    { text: 'It is gentle enough for children, pregnant women and the elderly.', findings: [at('It is gentle enough for children, pregnant women and the elderly.', 'gentle enough for children')] },
    { text: 'Side effects? There aren\'t any.', findings: [at('Side effects? There aren\'t any.', 'There aren\'t any')] },
    // Unnamed studies are the writer's appeal: the safety claim stays the writer's.
    { text: 'Studies show that the peptide is safe.', findings: [at('Studies show that the peptide is safe.', 'safe')] },
    { text: 'There are no known interactions with other medications.', findings: [at('There are no known interactions with other medications.', 'no known interactions')] },
    { text: two, findings: [at(two, 'non-addictive', { message: 'Schedule III', severity: 'error' }), at(two, 'no side effects')] },
    { text: hedgedStill, findings: [at(hedgedStill, 'safe')] },
    { text: seed004, findings: [at(seed004, 'without the side effects')] },
    { text: hall, findings: [at(hall, 'not considered harmful', { message: 'minimizes a risk' })] },
    { text: 'It is the safest and quick-acting option.', findings: [at('It is the safest and quick-acting option.', 'safest')] },
    { text: 'Most users report no side effects, but results take a few weeks.', findings: [at('Most users report no side effects, but results take a few weeks.', 'no side effects')] },
    { text: 'It has no side effects, but dependence is a risk.', findings: [at('It has no side effects, but dependence is a risk.', 'no side effects')] },
    // A flat "safe" is not taken back by the risks that follow; a qualified one is (see valid).
    { text: 'The drug is safe to use. Side effects include headache and nausea.', findings: [at('The drug is safe to use. Side effects include headache and nausea.', 'safe')] },
    { text: 'Ketamine is completely safe.', findings: [at('Ketamine is completely safe.', 'completely safe')] },
    { text: 'A side-effect-free, risk-free option.', findings: [at('A side-effect-free, risk-free option.', 'side-effect-free'), at('A side-effect-free, risk-free option.', 'risk-free')] },
    { text: 'It is side-effect free.', findings: [at('It is side-effect free.', 'side-effect free')] },
    { text: 'It is natural and therefore safe.', findings: [at('It is natural and therefore safe.', 'natural and therefore safe')] },
    { text: 'Ketamine is not addictive.', findings: [at('Ketamine is not addictive.', 'not addictive')] },
    { text: 'The infusion is harmless.\n', path: 'case.txt', findings: [at('The infusion is harmless.\n', 'harmless')] },
  ],
  badOptions: [{ options: { ignorePhrases: [1] }, error: /expected string\[\]/ }],
});
