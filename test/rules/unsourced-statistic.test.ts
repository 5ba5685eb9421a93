import { at, ruleTester } from '../helpers/rule-tester.js';

const seed001 = 'Chronic depression is an illness that affects 3.8% of people around the world.';
const seed002 = 'NMDA, an amino acid present in 80 percent of neurons, is one of the major neurotransmitters in the brain.';
const seed003 = 'Studies have shown that up to 70% of patients experience significant improvements.';
const negated = 'Up to one-third of patients do not respond to these treatments.';
const two = 'About 60% of clients and 3 in 4 patients improve.';

ruleTester('unsourced-statistic', {
  valid: [
    // A study named by its authors is a source, with or without its year.
    'In a trial of 1,961 adults (Wilding et al., NEJM), semaglutide users lost about 15% of body weight.',
    // A strength on a label is not a statistic.
    'Minoxidil 5% is a licensed medicine, and our serum contains 2% salicylic acid.',
    'Chronic depression affects 3.8% of people around the world ([WHO](https://www.who.int/news-room/fact-sheets/detail/depression)).',
    'About 41% of clinics did not mention any risk (Crane et al., 2023).',
    'According to the CDC, 5% of adults reported depression.',
    'An infusion can cost up to $450 if you do not have insurance.',
    'The infusion takes 40-60 minutes.',
    'Do 70% of patients respond?',
    'In most cases, a psychiatrist will recommend therapy.',
    'Most insurance plans will not cover it.',
    'Call us at (803) 335-5232.',
    'The human brain has about 86 billion neurons [3].',
  ],
  invalid: [
    { text: 'Recommended by over 1,000 doctors nationwide.', findings: [at('Recommended by over 1,000 doctors nationwide.', 'Recommended by over 1,000 doctors')] },
    { text: 'Over 10,000 satisfied patients cannot be wrong.', findings: [at('Over 10,000 satisfied patients cannot be wrong.', 'Over 10,000 satisfied patients')] },
    { text: 'Our fertility tea doubles your chances of getting pregnant.', findings: [at('Our fertility tea doubles your chances of getting pregnant.', 'doubles your chances')] },
    { text: 'Several studies have found that about 80% of patients keep the weight off.', findings: [at('Several studies have found that about 80% of patients keep the weight off.', 'about 80% of patients')] },
    { text: seed001, findings: [at(seed001, '3.8% of people')] },
    { text: seed002, findings: [at(seed002, '80 percent of neurons')] },
    { text: seed003, findings: [at(seed003, 'up to 70% of patients')] },
    { text: negated, findings: [at(negated, 'Up to one-third of patients', { severity: 'info' })] },
    { text: 'There are 100 billion neurons within the human brain.', findings: [at('There are 100 billion neurons within the human brain.', '100 billion neurons')] },
    { text: 'Most people feel improvements within days of treatment.', findings: [at('Most people feel improvements within days of treatment.', 'Most people', { message: 'how many patients' })] },
    { text: two, findings: [at(two, 'About 60% of clients'), at(two, '3 in 4 patients')] },
    // Weight lost, stated as a figure; a number glued to its unit ("12lbs") and a range ("15-20") are numbers.
    { text: 'Our members shed 12lbs on the plan.', findings: [at('Our members shed 12lbs on the plan.', 'shed 12lbs')] },
    { text: 'Patients lose 15-20 pounds on our program.', findings: [at('Patients lose 15-20 pounds on our program.', 'lose 15-20 pounds')] },
    { text: 'A weight loss of 25lb is normal here.', findings: [at('A weight loss of 25lb is normal here.', 'weight loss of 25lb')] },
    { text: 'Nine out of ten patients recommend us.', findings: [at('Nine out of ten patients recommend us.', 'Nine out of ten patients')] },
  ],
  badOptions: [{ options: { extraPhrases: [')'] }, error: /Unexpected "\)"/ }],
});
