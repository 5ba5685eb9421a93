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
    // A symptom the treatment causes or patients experience.
    { text: `${claims} Some patients experience nausea or headache for an hour.`, options: short },
    { text: `${claims} Mild dizziness is temporary.`, options: short },
    // Directions that are risk information.
    { text: `${claims} Do not drive until the next day.`, options: short },
    { text: `${claims} Tell your doctor if you have any of these conditions: heart disease, psychosis.`, options: short },
    // "Unlike X, Y can cause …": the risk is Y's.
    { text: `${claims} Unlike SSRIs, ketamine can cause side effects such as dissociation.`, options: short },
    // Benefit words in a page that reports rather than promotes.
    { text: 'Peptides are studied for healing. Reviews describe possible benefits for recovery, and one was tested as a treatment for COVID-19 by researchers.', options: short },
    // Interactions and organ injury are risks.
    { text: 'Our CBD oil relieves anxiety and pain. CBD can interact with other medicines, including blood thinners, and can cause liver injury.', options: short },
    // Short snippets are not checked by default.
    claims,
  ],
  invalid: [
    { text: claims, options: short, findings: [documentLevel({ message: 'claims benefits (“treat depression”' })] },
    // A risk denied is a claim that owes the real risks: "no risk of an allergic reaction" and nothing else.
    { text: 'Our injections use your own blood, so there is no risk of an allergic reaction.', options: short, findings: [documentLevel({ message: '(“no risk”)' })] },
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
    { text: `${claims} It is for adults with a weight-related condition such as high blood pressure.`, options: short, findings: [documentLevel()] },
    { text: `${claims} The drip also contains an anti-nausea medication.`, options: short, findings: [documentLevel()] },
    // A page that promotes owes fair balance for hedged benefits too.
    { text: 'Our semaglutide program can help you lose weight and may reduce cravings. Book your consultation with our team today.', options: short, findings: [documentLevel()] },
    // Symptoms the page treats or describes, not ones the treatment causes.
    { text: `${claims} Hangovers bring headache, nausea and fatigue after a night of drinking.`, options: short, findings: [documentLevel()] },
    { text: `${claims} It also helps manage diabetic complications.`, options: short, findings: [documentLevel()] },
    // A risk of the treatment it is compared with.
    { text: `${claims} Unlike growth hormone, which can cause severe side effects, it works gently.`, options: short, findings: [documentLevel()] },
    // A question alone is not risk information; its answer is.
    { text: `${claims}\n\n## What are the side effects?\n\nMost patients feel great.`, options: short, findings: [documentLevel()] },
  ],
  badOptions: [{ options: { minBenefits: 'two' }, error: /expected number/ }],
});
