/** Sources the claim rules cite, in one place so every rule names them the same way. */
export const FTC_HEALTH_2022 = {
  title: 'FTC Health Products Compliance Guidance (December 2022)',
  url: 'https://www.ftc.gov/business-guidance/resources/health-products-compliance-guidance',
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
