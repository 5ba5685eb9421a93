import { at, ruleTester } from '../helpers/rule-tester.js';

const percent = 'In the trial, 91% patients reported relief.';
const oneOf = 'Low serotonin is one of the main hypothesis of depression.';
const many = 'We reviewed many these products and some those claims.';
const shown = 'Ketamine has shown to reduce suicidal thoughts.';
const ran = 'The test can be ran at home, and it has went well.';
const capital = 'Botox Is a toxin that relaxes muscles.';
const comma = 'Used alone, It is seen as safe by many.';
const pronoun = 'The It is a common slip.';
const fraction = 'About two-third of adults take a supplement.';
const incidence = 'Most users report no problems, but the incidence of adverse reactions appear to be higher in older adults.';
const criteria = 'The criteria for true colic is crying for three hours.';
const various = 'The therapy covers various illness like gout.';
const superior = 'It is a superior intervention than surgery.';
const because = 'It works because, the light heats the follicle.';
const modal = 'If you ask whether it works, the answer would yes.';
const mass = 'Researches, trials and reviews agree on this.';
const repeated = 'It treats heart diseases, kidney diseases, kidney diseases and burns.';
const series = 'Testosterone lowers fat, reduces blood sugar, decrease cholesterol levels, and protects the heart.';
const and = 'It helps improve sleep and help reverse fatigue.';
const semicolon = 'Take the tablets daily; to increase the effect, add exercise.';
const quote = 'Many call it a wonder drug”. It was approved in 2002.';

ruleTester('grammar', {
  valid: [
    // A capital letter that names a kind is not the article.
    'High doses of vitamin A can be toxic, and hepatitis A spreads through food.',
    'Use of CBD oil for pain is popular.',
    'Ed went to the clinic.',
    'In the trial, 91% of patients reported relief.',
    'Low serotonin is one of the main hypotheses of depression.',
    'This is one of the first clinics to offer it, and one of the best.',
    'We reviewed many of these products, and all these claims.',
    'Ketamine has been shown to reduce suicidal thoughts; the doctor has shown to the patient how it works.',
    'The test can be run at home, and it has gone well. She ran there and saw it.',
    'Accredited by The Joint Commission, the clinic is open.',
    'What Is Ketamine Therapy and How Does It Work',
    'Prices are higher in the US and the U.S. territories.',
    'About two-thirds of adults take a supplement.',
    'The incidence of adverse reactions is low. Studies on the use of ketamine in adults were small.',
    'The therapy covers various illnesses like gout, and several types of pain.',
    'It is superior to surgery, and more effective than rest.',
    'It works because the light heats the follicle; because, as noted, it is fast.',
    'It may no longer work.',
    'She researches sleep, and the evidence is clear.',
    'It helps reduce stress, improve sleep and lift mood.',
    'He said “it works” and left.',
    'Take `91% patients` as written in code, or [a link](https://example.com/91%-patients).',
  ],
  invalid: [
    // An initialism in title case, reported once per document.
    { text: 'Use of Cbd oil for pain. Cbd is popular.', findings: [at('Use of Cbd oil for pain. Cbd is popular.', 'Cbd', { messageId: 'acronymCase', data: { word: 'Cbd', upper: 'CBD' }, suggestions: ['CBD'] })] },
    { text: percent, findings: [at(percent, '91% patients', { message: 'of' })] },
    { text: oneOf, findings: [at(oneOf, 'hypothesis', { message: 'hypotheses' })] },
    { text: many, findings: [at(many, 'many these'), at(many, 'some those')] },
    { text: shown, findings: [at(shown, 'has shown to', { message: 'been' })] },
    { text: ran, findings: [at(ran, 'ran', { message: 'run' }), at(ran, 'went', { message: 'gone' })] },
    { text: capital, findings: [at(capital, 'Is')] },
    { text: comma, findings: [at(comma, 'It')] },
    { text: pronoun, findings: [at(pronoun, 'The It')] },
    { text: fraction, findings: [at(fraction, 'two-third', { message: 'two-thirds' })] },
    { text: incidence, findings: [at(incidence, 'incidence of adverse reactions appear')] },
    { text: criteria, findings: [at(criteria, 'criteria for true colic is')] },
    { text: various, findings: [at(various, 'various illness', { message: 'illnesses' })] },
    { text: superior, findings: [at(superior, 'superior intervention than')] },
    { text: because, findings: [at(because, 'because, the')] },
    { text: modal, findings: [at(modal, 'would yes')] },
    { text: mass, findings: [at(mass, 'Researches', { message: 'research' })] },
    { text: repeated, findings: [at(repeated, ', kidney diseases', {}, 1)] },
    { text: series, findings: [at(series, 'decrease')] },
    { text: and, findings: [at(and, 'help', {}, 1)] },
    { text: semicolon, findings: [at(semicolon, 'to increase')] },
    { text: quote, findings: [at(quote, '”')] },
  ],
  badOptions: [{ options: { strict: true }, error: /Unknown option `strict` for rule `grammar`/ }],
});
