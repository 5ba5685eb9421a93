import { describe, expect, it } from 'vitest';
import { documentLevel, lintWith, ruleTester } from '../helpers/rule-tester.js';

/** Options that check short texts too (the rule skips documents under 50 words by default). */
const short = { minWords: 0 };
const promo = 'Ketamine therapy can relieve depression quickly. Book your first infusion with our team today.';

ruleTester('missing-disclaimer', {
  valid: [
    { text: `${promo} This article is for informational purposes only and is not medical advice.`, options: short },
    { text: `${promo} Talk to your healthcare provider to see if it is a good option for you.`, options: short },
    { text: `${promo} It is important to discuss the potential risks and benefits with your healthcare provider.`, options: short },
    { text: `${promo}\n\nDisclaimer: The information presented in this article is intended for general informational purposes only.`, options: short },
    { text: `${promo} Ask a qualified clinician before starting any treatment.`, options: short },
    { text: `${promo} Our footer: see legal notice.`, options: { ...short, disclaimerPhrases: ['see legal notice'] } },
    // Short snippets are not checked by default.
    promo,
    {
      text: 'Our magnesium supplement supports healthy sleep. These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease. Talk to your doctor before use.',
      options: short,
    },
    { text: 'We offer compounded semaglutide, which is not FDA-approved. This article is not medical advice.', options: short },
    // A regulatory-status statement in other words.
    { text: 'We offer compounded bioidentical hormones. Compounded preparations are not subject to FDA oversight, so doses can vary.', options: short },
    { text: 'Compounded semaglutide and Wegovy share an ingredient, but they do not share regulatory status.', options: short },
    // An approved product promoted for its approved use: its label is its regulatory status.
    { text: 'Wegovy melts away pounds. Wegovy helps you lose weight and keep it off. Book a visit with our team.', options: short },
    // Safety and superiority alone promise no effect.
    { text: 'Teeth whitening in our clinic is painless. It is the most precise whitening method. Book today.', options: short },
  ],
  invalid: [
    { text: promo, options: short, findings: [documentLevel({ message: 'never says it is not medical advice' })] },
    // "our experienced healthcare providers" is the clinic, not the reader's own clinician.
    { text: `${promo} We encourage you to consult with our experienced healthcare providers.`, options: short, findings: [documentLevel()] },
    {
      text: 'Our magnesium supplement supports healthy sleep. Talk to your doctor before use.',
      options: short,
      findings: [documentLevel({ message: 'structure/function claim for a dietary supplement (“supports healthy sleep”)' })],
    },
    // One claim to cure or treat a named disease, stated as fact, is enough.
    { text: 'Our functional medicine program reverses autoimmune disease. Book a call.', options: short, findings: [documentLevel({ message: 'stated as fact (“reverses autoimmune disease”)' })] },
    // An unlabelled dosing regimen of an approved drug is an off-label use.
    { text: 'Semaglutide microdosing gives steady results. Our semaglutide plans start at $99. Book your visit.', options: short, findings: [documentLevel({ message: 'an off-label use' })] },
    {
      text: 'We offer compounded semaglutide for weight loss. This article is not medical advice.',
      options: short,
      findings: [documentLevel({ message: 'offers a compounded drug (“compounded semaglutide”)' })],
    },
  ],
  badOptions: [
    { options: { minWords: '100' }, error: /expected number/ },
    { options: { disclaimerPhrases: ['<nosuchclass>'] }, error: /Unknown word class/ },
  ],
});

describe('missing-disclaimer suggestions', () => {
  it('suggest a disclaimer, and the DSHEA text for supplements', () => {
    const [general] = lintWith('missing-disclaimer', { text: promo, options: short });
    expect(general?.suggestions?.[0]).toMatch(/not medical advice/);
    const [dshea] = lintWith('missing-disclaimer', { text: 'Our supplement supports immune health. Talk to your doctor first.', options: short });
    expect(dshea?.suggestions).toEqual(['These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.']);
  });
});

// A page whose claims are all hedged, attributed or refuted reports on a treatment rather than promoting it.
ruleTester('missing-disclaimer', {
  valid: [
    { text: 'Psilocybin may improve mood in some people with depression, researchers say. Studies are small and early.', options: short },
    { text: 'Some people use detox cleanses, which are marketed to promote health. Supplements for cleansing may contain harmful ingredients.', options: short },
  ],
  invalid: [{ text: 'Our CBD oil may help with anxiety. Order yours today and feel the difference.', options: short, findings: [documentLevel({ message: 'claims for' })] }],
});
