import { at, ruleTester } from '../helpers/rule-tester.js';

const seed001 = 'The first dose of ketamine administered in a clinical setting has been shown to stimulate the regrowth of these connections within 24 hours.';
const seed002 = 'Ketamine infusions help to repair the damages and have been proven to work faster in restoring brain plasticity.';
const seed003 = 'However, studies have shown that it can be highly effective in treating treatment-resistant depression.';

ruleTester('evidence-claim', {
  valid: [
    // The unnamed studies are the figure's missing source: unsourced-statistic reports the figure, once.
    'Several studies have found that about 80% of patients keep the weight off.',
    // The writer calls the evidence weak: that is the honest hedge, not an appeal to proof.
    'Some early research shows that the leaf might act on opioid receptors, but we just do not know yet.',
    // A page that promotes nothing, telling what studies found about a disease: no treatment is being sold.
    'Leaky gut is not a medical diagnosis. Studies have shown that people with celiac disease have a more permeable gut lining.',
    // Promise is all the evidence is said to show: early research, described as such.
    'Like the brand-name drugs, these medications have been shown to have potential in weight loss.',
    'Small trials have shown promise for psilocybin in smokers.',
    'A few small studies show promise, yet there are real concerns about dependence.',
    'Even with all the proven treatments for depression (medication, talking therapy, and electroconvulsive therapy), some people don’t respond.',
    'Studies have shown that it can be effective [1].',
    'Studies have shown that it can be effective (Smith et al., 2021).',
    'Research has shown benefits in [a 2019 trial](https://example.org/trial).',
    'A 2019 study published in JAMA Psychiatry found that ketamine reduced symptoms.',
    'Studies have shown benefit for some patients.[^1]\n\n[^1]: Smith J. Ketamine. 2021.',
    'It has not been proven to work for everyone.',
    'Has ketamine been proven to work?',
    'Some studies suggest that ketamine may help.',
    'Esketamine has been shown to reduce symptoms.\nSee https://www.fda.gov for details.',
  ],
  invalid: [
    // The same appeal on a page that sells a treatment owes its source.
    { text: 'Our clinic treats IBS. Studies have shown that people with IBS have a more permeable gut lining.', findings: [at('Our clinic treats IBS. Studies have shown that people with IBS have a more permeable gut lining.', 'Studies have shown')] },
    { text: 'Backed by over 30 years of clinical research, our capsules support joint health.', findings: [at('Backed by over 30 years of clinical research, our capsules support joint health.', 'Backed by over 30 years of clinical research')] },
    { text: seed001, findings: [at(seed001, 'has been shown', { message: 'add a citation' })] },
    { text: seed002, findings: [at(seed002, 'have been proven')] },
    { text: seed003, findings: [at(seed003, 'studies have shown')] },
    { text: 'Clinically proven and research shows it works.', findings: [at('Clinically proven and research shows it works.', 'Clinically proven'), at('Clinically proven and research shows it works.', 'research shows')] },
    { text: 'It is a proven treatment for depression.', findings: [at('It is a proven treatment for depression.', 'proven')] },
  ],
  badOptions: [{ options: { ignorePhrases: 'research shows' }, error: /expected string\[\]/ }],
});
