/** Sources the claim rules cite, in one place so every rule names them the same way. */
export const FTC_HEALTH_2022 = {
  title: 'FTC Health Products Compliance Guidance (December 2022)',
  url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
} as const;

export const FTC_GUT_CHECK_2014 = {
  title: 'FTC, Gut Check: A Reference Guide for Media on Spotting False Weight Loss Claims (2014): seven claims no over-the-counter product can truthfully make',
  url: 'https://www.ftc.gov/news-events/blogs/business-blog/2014/04/time-gut-check',
} as const;

export const CFR_202_1 = {
  title: '21 CFR 202.1(e)(6): prescription drug advertising that is false or misleading',
  url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-C/part-202/section-202.1',
} as const;

export const FDA_KETAMINE_2023 = {
  title: 'FDA: potential risks of compounded ketamine products, including oral (10 October 2023)',
  url: 'https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine-products-including-oral',
} as const;

export const CRANE_2023 = {
  title: 'Crane, DiStefano, Moore: ketamine clinic advertising, JAMA Network Open 2023;6(11):e2342210',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10630893/',
} as const;

export const MOGHADDAM_1997 = {
  title: 'Moghaddam et al.: ketamine increases prefrontal glutamate release at subanesthetic doses, J Neurosci 1997;17(8):2921-2927',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6573099',
} as const;

export const ZANOS_GOULD_2018 = {
  title: 'Zanos & Gould: mechanisms of ketamine action as an antidepressant, Molecular Psychiatry 2018;23:801-811',
  url: 'https://www.nature.com/articles/mp2017190',
} as const;

export const CFR_202_1_E5 = {
  title: '21 CFR 202.1(e)(5)(ii): fair balance of risk and benefit information in prescription drug advertising',
  url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-C/part-202/section-202.1',
} as const;

export const CFR_101_93 = {
  title: '21 CFR 101.93(c): the disclaimer required with a dietary supplement structure/function claim',
  url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-B/part-101/subpart-F/section-101.93',
} as const;

export const CHETTY_2025 = {
  title: 'Chetty et al.: online sellers of compounded GLP-1 drugs, JAMA Health Forum 2025;6(1):e245018',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11742527/',
} as const;
