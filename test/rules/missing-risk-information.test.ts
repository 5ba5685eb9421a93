import { documentLevel, ruleTester } from '../helpers/rule-tester.js';

const short = { minWords: 0 };
const claims = 'Ketamine infusions treat depression and bring relief within days.';

ruleTester('missing-risk-information', {
  valid: [
    { text: `${claims} Side effects include nausea, dizziness and dissociation.`, options: short },
    { text: `${claims} Ketamine is not right for everyone.`, options: short },
    { text: `${claims} It can raise blood pressure: increased blood pressure is common during infusions.`, options: short },
    { text: `${claims} It is contraindicated in people with uncontrolled hypertension.`, options: short },
    { text: `${claims} Ketamine carries a potential for misuse.`, options: short },
    { text: `${claims} Our own risk statement: see the leaflet.`, options: { ...short, riskPhrases: ['see the leaflet'] } },
    // No benefit claims: nothing to balance.
    { text: 'Our clinic is open Monday to Friday. Parking is free.', options: short },
    // "Like all drugs" includes this one.
    { text: `${claims} Like all drugs, it can cause side effects.`, options: short },
    // A research text reports benefits as findings.
    { text: 'We conducted a systematic review. In this review, ketamine infusions treated depression and brought relief within days in most trials.', options: short },
    // Short snippets are not checked by default.
    claims,
  ],
  invalid: [
    { text: claims, options: short, findings: [documentLevel({ message: 'claims benefits (“treat depression”' })] },
    // Look-alikes that are not risk information.
    { text: `${claims} Unlike antidepressants, it works without the side effects that come from traditional antidepressants.`, options: short, findings: [documentLevel()] },
    { text: `${claims} It has fewer side effects than traditional antidepressants.`, options: short, findings: [documentLevel()] },
    { text: `${claims} It reduces the risk of relapse.`, options: short, findings: [documentLevel()] },
    { text: `${claims} Not everyone can tolerate the side effects of traditional drugs.`, options: short, findings: [documentLevel()] },
    { text: `${claims} Ketamine is a dissociative agent.`, options: short, findings: [documentLevel()] },
    // Risks of other treatments, a symptom the treatment is said to relieve, a risk it is said to ward off.
    { text: `${claims} Many medications come with numerous side effects.`, options: short, findings: [documentLevel()] },
    { text: `${claims} It protects patients from the side effects of standard treatments.`, options: short, findings: [documentLevel()] },
    { text: 'Our ozone therapy relieves migraines, nausea, insomnia and arthritis within days.', options: short, findings: [documentLevel()] },
    // A question alone is not risk information; its answer is.
    { text: `${claims}\n\n## What are the side effects?\n\nMost patients feel great.`, options: short, findings: [documentLevel()] },
  ],
  badOptions: [{ options: { minBenefits: 'two' }, error: /expected number/ }],
});
