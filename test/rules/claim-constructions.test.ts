// The claim rules on the constructions of the claim model (src/engine/claims.ts), beyond their phrase
// lists: sentences written for these tests in the shapes of real clinic, shop and affiliate copy.
import { at, flags, ruleTester } from '../helpers/rule-tester.js';

const cbdCancer = 'Our CBD gummies may help fight cancer naturally.';
const nadAddiction = 'NAD+ infusions are popular in our clinic. They reverse addiction in days.';
const oilFlu = 'This essential oil blend protects against the flu.';
const faqAnswer = 'Is your supplement a cure for arthritis?\n\nAbsolutely. Thousands have recovered.';
const drips = 'Our IV drips treat migraines and chronic fatigue.';
const natureDrug = 'Our berberine capsules are nature’s metformin.';
const benefits = '# High-dose vitamin C IV therapy\n\nBenefits:\n\n- Shrinks tumors and slows cancer growth\n';
const shockwave = 'Low-intensity shockwave therapy is an effective treatment for erectile dysfunction.';

ruleTester('regulatory-claim', {
  valid: [
    // An approved product for its approved use; the approval statement is the approval checks' business.
    'Wegovy is FDA-approved for chronic weight management.',
    // Negated, asked, attributed and refuted, researched: not the seller's claim.
    'CBD does not cure cancer.',
    'There is little good evidence that CBD oil relieves arthritis.',
    'Can CBD treat anxiety?',
    'Some sellers claim that CBD cures cancer; there is no evidence for that.',
    'The FDA has stated that CBD has not been shown to cure cancer.',
    'Psilocybin is being studied for its potential to treat depression.',
    // A refutation opening a claim with "to support"; a study's design; an emerging treatment; an audience, not a condition.
    'There is limited human data to support stem cells as a treatment for ED.',
    'A review examined 12 studies that used shockwaves to treat ED in 700 men.',
    'Shockwave therapy is an emerging treatment for ED.',
    'Our CBD retreats target adults suffering from anxiety who want a quiet weekend.',
    // A disease's treatment as a topic or a service, not a product named for it; a surname is not a brand.
    'Cancer treatment has improved a lot in recent decades.',
    'There are many legitimate cancer treatment centers in the state.',
    'Dr. McDonald treats diabetes at our clinic.',
    // "Ms" and "ms" are not multiple sclerosis.
    'Our CBD gummies helped Ms Lee with her order in 30 ms.',
    // No product: a general statement about a disease.
    'Chronic pain affects millions of adults.',
    // An outcome said of its subject opens the sentence: not a fragment whose verbs share the article's product.
    'Our CBD oil is third-party tested.\n\nBlood sugar improves with weight loss in many people with type 2 diabetes.',
  ],
  invalid: [
    { text: cbdCancer, findings: [{ ...at(cbdCancer, 'fight cancer'), message: 'A hedge does not make a disease claim lawful' }] },
    flags(nadAddiction, 'reverse addiction'),
    { text: oilFlu, findings: [{ ...at(oilFlu, 'protects against the flu'), message: 'an essential oil' }] },
    flags(drips, 'treat migraines'),
    // A food or drink sold to treat a disease is a drug; some foods hold authorized health claims, so a warning.
    { text: 'Our hydrogen water cures arthritis.', findings: [{ ...at('Our hydrogen water cures arthritis.', 'cures arthritis'), message: 'a food or drink', severity: 'warning' }] },
    { text: 'Our chlorine dioxide solution helps children recover from autism.', findings: [{ ...at('Our chlorine dioxide solution helps children recover from autism.', 'recover from autism'), message: 'not to drink them' }] },
    flags('Our sea moss resolves hypothyroidism.', 'resolves hypothyroidism'),
    // A product in capitals before a passive "has been shown" is what the unnamed evidence shows, not a named source
    // reporting it ("the FDA warns"): the claim is still the seller's (21 CFR 101.93(g)(2)(iv)(C)).
    flags('CBD has been shown to reduce anxiety.', 'reduce anxiety'),
    // A device with no clearance for the use it is promoted for.
    { text: shockwave, findings: [{ ...at(shockwave, 'effective treatment for erectile dysfunction'), message: 'No shockwave device is FDA-approved or cleared' }] },
    { text: faqAnswer, findings: [{ ...at(faqAnswer, 'Absolutely'), line: 3, column: 1, endLine: 3, endColumn: 11 }] },
    // A supplement likened to a drug presents itself as a substitute for it; the knowledge base's fact ends in one period.
    // A list of benefits: every verb of a fragment shares its subject, the article's product; one finding for the
    // sentence, the second claim a related location.
    flags(benefits, 'Shrinks tumors', { message: 'treat, cure or prevent tumors and cancer', related: ['slows cancer'] }),
    { text: natureDrug, findings: [{ ...at(natureDrug, 'nature’s metformin'), message: 'presents dietary supplements as a substitute for metformin, which claims to treat the diseases it treats' }] },
    // A product the knowledge base does not know, by its form ("chews") or a brand's shape ("GlucoRight"), or a fragment on a
    // page that names none: its status is unknown, so a warning that names the law.
    flags('Our beet root chews may lower blood pressure.', 'lower blood pressure', { severity: 'warning', message: 'this product' }),
    flags('GlucoRight keeps blood sugar in check.', 'keeps blood sugar in check', { severity: 'warning' }),
    flags('Prevents and treats diabetes.', 'Prevents and treats diabetes', { severity: 'warning' }),
    // A product named for the disease it is for, as a label.
    flags('Natural Arthritis & Gout Relief, 90 capsules.', 'Natural Arthritis & Gout Relief'),
    // A condition named by its abbreviation in capitals; help given to its patients.
    flags('Our stem cell clinic has helped patients with MS walk again.', 'helped patients with MS'),
    flags('GAINSWave treats ED.', 'treats ED'),
    // What a product contains acts for it: the relative clause's claim is the product's.
    flags('Our sea moss is packed with minerals that fight cancer.', 'fight cancer'),
    flags('Our reishi extract targets cancer cells.', 'targets cancer cells'),
  ],
});

const riskDenial = 'There has never been a single case of rejection with our stem cells.';
const toxic = 'Taken daily, kratom will not be toxic to the body.';
const rare = 'Serious adverse events are extremely rare with this therapy.';
const hooked = 'Will I get hooked on ketamine?\n\nNot at all.';

ruleTester('safety-claim', {
  valid: [
    'Complications are rare but can be serious; your doctor will explain them.',
    'Injections avoid surgery, but this does not mean they are without risk.',
    'Hyperbaric oxygen therapy is generally safe. Risks include ear injuries and vision changes.',
    'Will I feel dizzy after the infusion? Some patients do.',
  ],
  invalid: [
    flags(riskDenial, 'never been a single case of rejection'),
    flags(toxic, 'not be toxic'),
    flags(rare, 'adverse events are extremely rare'),
    { text: hooked, findings: [{ ...at(hooked, 'Not at all'), line: 3, column: 1, endLine: 3, endColumn: 11 }] },
    { text: 'Our lozenges are non-habit forming and free of side effects.', findings: [at('Our lozenges are non-habit forming and free of side effects.', 'non-habit forming'), at('Our lozenges are non-habit forming and free of side effects.', 'free of side effects')] },
  ],
});

const prevents = 'Estrogen helps prevent heart disease in women.';
const amazingly = 'Glutathione works amazingly well for brighter skin.';
const promise = 'After six sessions the patient will experience greater energy.';

ruleTester('absolute-claim', {
  valid: [
    'Estrogen may help prevent bone loss in some women.',
    'Testosterone therapy is used to treat hypogonadism.',
    'In mice, NAD+ precursors reversed some signs of aging.',
  ],
  invalid: [
    { text: prevents, findings: [{ ...at(prevents, 'prevent heart disease'), severity: 'error' }] },
    { text: amazingly, findings: [{ ...at(amazingly, 'works amazingly well'), severity: 'warning' }] },
    { text: promise, findings: [{ ...at(promise, 'the patient will experience greater'), severity: 'warning' }] },
    { text: 'Black seed oil is a remedy for everything.', findings: [{ ...at('Black seed oil is a remedy for everything.', 'remedy for everything'), severity: 'error' }] },
    { text: 'It is the cure-all your grandmother knew.', findings: [{ ...at('It is the cure-all your grandmother knew.', 'cure-all'), severity: 'error' }] },
  ],
});

const body = 'A growing body of research shows that the peptide heals tendons.';
const backed = 'Our protocol is backed by decades of research.';

ruleTester('evidence-claim', {
  valid: ['Here is what the research shows, with links to each study.', 'A growing body of research shows benefits (Smith et al., 2021).', 'This has proven difficult for many people.'],
  invalid: [
    flags(body, 'research shows'),
    flags(backed, 'backed by decades of research'),
  ],
});

const better = 'Its long-term effect is much better than drug treatment.';

ruleTester('comparative-claim', {
  valid: ['It may be more effective than placebo (Smith et al., 2021).'],
  invalid: [
    flags(better, 'better than drug treatment'),
    flags('Turmeric works as well as ibuprofen for joint pain.', 'works as well as ibuprofen'),
  ],
});

const farMost = 'This is by far the most effective method for weight loss.';
const wonder = 'Botox is a true wonder drug.';

ruleTester('superlative-claim', {
  valid: ['Heart disease is the most common cause of death in women.', 'The most robust studies so far were done in rats.'],
  invalid: [
    flags(farMost, 'most effective'),
    flags(wonder, 'wonder drug'),
  ],
});

// A list of conditions framed as what the treatment is for is one disease claim; each condition is judged
// against the product's indications, so a list with one cleared use among unproven ones is still reported.
const ozoneList = 'Our ozone therapy covers many illnesses such as heart disease, kidney disease, skin infections, arthritis and tumors.';
const hbotList = 'We offer hyperbaric oxygen therapy for chronic fatigue, kidney disease, carbon monoxide poisoning and psoriasis.';

ruleTester('regulatory-claim', {
  valid: [
    // A list after a risk word names side effects, not uses.
    'Side effects of our peptide include nausea, headache, dizziness and fatigue.',
    // A concessive clause grants a point; a claim the writer argues against is not a claim.
    'Some sellers say their drips treat migraines, fatigue, depression and anxiety; no trial supports that.',
  ],
  invalid: [
    flags(ozoneList, 'covers many illnesses such as heart disease, kidney disease, skin infections, arthritis and tumors'),
    flags(hbotList, 'therapy for chronic fatigue, kidney disease, carbon monoxide poisoning and psoriasis'),
  ],
});

// Evidence for a warning is caution; a concession grants a point to argue another; a research text reports
// research. A risk played down stays a claim.
const rareEvidence = 'Studies show that side effects are rare with our infusions.';

ruleTester('evidence-claim', {
  valid: [
    'Clinical data show that the risks of misuse far outweigh any benefit.',
    'While studies have documented benefits of NAD+ precursors taken by mouth, no data exist on infused NAD+.',
    'Despite the proven efficacy of older antidepressants, many patients do not recover fully.',
  ],
  invalid: [flags(rareEvidence, 'Studies show')],
});

const uncontrolled = 'In our clinic, 70% of patients lose weight.';

ruleTester('unsourced-statistic', {
  valid: ['In this randomized, double-blind trial, the primary end points were the change in body weight and a weight loss of at least 5%.'],
  invalid: [flags(uncontrolled, '70% of patients')],
});

// A speaker set off by commas owns the whole sentence; without the commas the claim is the writer's.
const restore = 'Correcting these misalignments will restore health and cure disease.';

ruleTester('absolute-claim', {
  valid: ['Correcting these misalignments, he argued, would restore health and cure disease.'],
  invalid: [{ text: restore, findings: [at(restore, 'restore health'), at(restore, 'cure')] }],
});

// "According to X" sources its own sentence only, and only when X is named; a relative clause set off by
// commas ends at its comma, so its "can" does not hedge the main clause.
const accordingVague = 'According to follow-up studies, about 70% of patients kept the weight off.';
const nextSentence = 'Studies show our drips clear brain fog. According to the NIH, vitamin C is safe up to 2,000 mg a day.';
const relative = 'Unlike antidepressants, which can take weeks, ketamine has been shown to lift mood within hours.';

ruleTester('unsourced-statistic', {
  valid: ['According to the CDC, 70% of adults are overweight.'],
  invalid: [flags(accordingVague, 'about 70% of patients')],
});

const accordingClaim = 'According to follow-up studies, the diet keeps the weight off for good.';

ruleTester('evidence-claim', {
  valid: [
    'A trial published in the journal Nature Medicine has shown that the therapy reduces symptoms.',
    // The unnamed studies are the figure's missing source: unsourced-statistic reports the figure, once.
    accordingVague,
  ],
  invalid: [
    flags(accordingClaim, 'According to follow-up studies'),
    flags(nextSentence, 'Studies show'),
    flags(relative, 'has been shown'),
  ],
});

// Approximate fractions are statistics too.
const half = 'By age 50, your NAD+ levels are roughly half what they were at 20.';
ruleTester('unsourced-statistic', {
  valid: ['Cut the tablet in half before you take it.'],
  invalid: [flags(half, 'roughly half')],
});

// A treatment said not to cause an effect, a reader promised not to get one, a risk played down in passing.
const lowDose = 'Our pellets are dosed so low that the dose is low enough not to cause acne or hair loss.';
const noCondition = 'You will not experience this condition with our laser peel.';
const albeit = 'Tooth sensitivity can occur, albeit rarely, after whitening.';
const noSignificance = 'A slight rise in heart rate is common; for most patients this has no clinical significance.';
const tmsAnxiety = 'This suggests that TMS can be a valuable treatment option for people struggling with all forms of anxiety.';
const ozempicCategory = 'Ozempic is not the only weight loss medication on the market.';

ruleTester('safety-claim', {
  valid: ['Dehydration does not cause migraines in everyone.', 'You will not feel hungry between meals.', 'Nurses stay with you to ensure the infusion is safe.'],
  invalid: [
    flags(lowDose, 'not to cause acne'),
    flags(noCondition, 'You will not experience this condition'),
    flags(albeit, 'albeit rarely'),
    flags(noSignificance, 'no clinical significance'),
  ],
});

// Comparisons and exclusivity in the shapes real copy uses.
const notAsGood = "Minoxidil isn't as effective as our finasteride spray.";
const moreThanOther = 'Our serum contains 2% more peptide than other hair treatments.';
const onlyThing = 'The only thing that can restore volume is our filler.';
const nothingIs = 'Nothing is as powerful as a drip straight to the bloodstream.';
const bestGiven = 'Testosterone is best delivered as a pellet.';
ruleTester('comparative-claim', {
  valid: ['It is not as simple as it sounds.'],
  invalid: [
    flags(notAsGood, "isn't as effective as our finasteride spray"),
    flags(moreThanOther, 'more peptide than other hair treatments'),
  ],
});
ruleTester('superlative-claim', {
  valid: ['The only way to know whether it suits you is to ask your doctor.', 'Nothing is certain in medicine.'],
  invalid: [
    flags(onlyThing, 'The only thing that can'),
    flags(nothingIs, 'Nothing is as'),
    flags(bestGiven, 'best delivered'),
  ],
});

// Hype verbs are intensified claims; "look no further" negates nothing.
const melts = 'Look no further: this injection melts away pounds.';
const surely = 'It will surely calm your nerves.';
ruleTester('absolute-claim', {
  valid: ['You will definitely need a ride home after the infusion.'],
  invalid: [
    flags(melts, 'melts away pounds'),
    flags(surely, 'It will surely'),
  ],
});

// A device promoted beyond its clearance, hedged or not ("this suggests" is the writer's own inference); a drug
// called a drug for one of its off-label uses.
ruleTester('regulatory-claim', {
  valid: ['TMS is FDA-cleared as a treatment option for people struggling with major depression.', 'Wegovy is a weight loss medication.'],
  invalid: [
    flags(tmsAnxiety, 'treatment option for people struggling with all forms of anxiety'),
    flags(ozempicCategory, 'Ozempic is not the only weight loss medication'),
  ],
});

// A Schedule I substance cannot be prescribed and is not legal under federal law.
const prescribed = 'Psilocybin therapy is growing fast. These therapies are now available by prescription in many clinics.';
const legalRetreat = 'Psilocybin retreats are popular. Book one of the legal psilocybin retreats in the USA today.';
ruleTester('regulatory-claim', {
  valid: [
    'Ketamine is available by prescription for anesthesia.',
    'Psilocybin is not available by prescription in the United States.',
    'Oregon runs a state psilocybin program; psilocybin remains illegal under federal law.',
  ],
  invalid: [
    flags(prescribed, 'available by prescription'),
    flags(legalRetreat, 'legal psilocybin retreats in the USA'),
  ],
});

// Purpose is not a promise; "you will find links that" is not one either.
ruleTester('absolute-claim', {
  valid: ['My goal is to prevent illness in every patient I see.', 'In many places you will find links that take you to the studies.'],
  invalid: [flags('You will find that your energy returns.', 'You will find that')],
});

// More shapes of real copy: outcomes promised to a product's users, effects in the passive, the reader's own
// condition, evidence by volume or strength, rankings.
const usersFeel = 'Women who take our estradiol pellets feel more energy within weeks.';
const passive = 'Healing of the joints is greatly boosted by our peptide protocol.';
const yourCondition = 'Our program can even reverse your condition.';
const volume = 'LASIK has been studied with thousands of articles published on its safety.';
const strength = 'These have shown consistently strong signals in three areas of healing.';
const ranking = 'Botox is one of the top five cosmetic procedures each year.';
const allYouNeed = 'One injection is all you need to look years younger.';
ruleTester('absolute-claim', {
  valid: ['Women who take estradiol should talk to their doctor about clots.', 'Healing is affected by many factors.'],
  invalid: [
    flags(usersFeel, 'Women who take our estradiol pellets feel more energy'),
    flags(passive, 'Healing of the joints is greatly boosted'),
    flags(yourCondition, 'reverse your condition'),
    { text: allYouNeed, findings: [at(allYouNeed, 'One injection is all you need'), at(allYouNeed, 'look years younger')] },
  ],
});
ruleTester('evidence-claim', {
  valid: ['Drugs such as Wegovy demonstrate remarkable effectiveness for weight (Wilding et al., 2021).'],
  invalid: [
    flags(volume, 'thousands of articles published'),
    flags(strength, 'These have shown consistently strong signals'),
  ],
});
ruleTester('unsourced-statistic', {
  valid: ['Write down the top questions you want to ask.'],
  invalid: [flags(ranking, 'one of the top five')],
});

// Disease claims in the shapes of FDA warning letters: a product said to be a kind of drug or a substitute for
// one, a measure lowered that names its disease, relief from a condition, an organ protected against a disease.
const antibiotic = 'Our colloidal silver is a powerful natural antibiotic.';
const xanax = 'Our CBD oil is a natural alternative to Xanax for people with anxiety.';
const pressure = 'Our CBD gummies lower blood pressure in weeks.';
const relief = 'Our CBD capsules provide relief from arthritis pain.';
const brain = 'Our CBD tincture protects the brain against Alzheimer’s disease.';
ruleTester('regulatory-claim', {
  valid: ['Our CBD gummies support healthy blood pressure levels.', 'Penicillin is an antibiotic.', 'Unlike an antibiotic, our CBD balm is for the skin.'],
  invalid: [
    flags(antibiotic, 'antibiotic'),
    flags(xanax, 'alternative to Xanax for people with anxiety'),
    flags(pressure, 'lower blood pressure'),
    flags(relief, 'relief from arthritis pain'),
    flags(brain, 'protects the brain against Alzheimer’s disease'),
  ],
});

// A benefit promised to people who have a disease is a claim about the disease; a subjectless benefit in a list
// of benefits is the article's product's.
const cancerPatients = 'Kratom is sold in capsules.\n\n- Helps to form new cells in cancer patients.\n- Eases tired muscles.';
const fibro = 'Our CBD oil improves sleep for people with fibromyalgia.';
ruleTester('regulatory-claim', {
  valid: ['Kratom is sold in capsules.\n\n- Comes in three strengths.\n- Ships in two days.', 'Our CBD oil improves sleep for many people.'],
  invalid: [
    { text: cancerPatients, findings: [{ ...at(cancerPatients, 'Helps to form new cells in cancer patients') }] },
    flags(fibro, 'improves sleep for people with fibromyalgia'),
  ],
});

// Session 4 constructions: unnamed evidence as a hedge, injuries, uses, drug and surgery exits, relative clauses, seeking.
const studiesSuggest = 'Studies suggest turmeric may slow the growth of colon cancer.';
const ligaments = 'BPC-157 repairs torn ligaments.';
const cartilage = 'Our stem cell injections regenerate damaged cartilage.';
const usedFor = 'Our stem cell therapy is used for autism, lupus, multiple sclerosis and ALS.';
const recovery = 'Our peptide protocol speeds recovery from tendon injuries.';
const medication = 'With our herbal supplement, many clients were able to stop taking their blood pressure medication.';
const surgery = 'Exosome injections help patients avoid knee replacement surgery.';
const stones = 'Our herbal tea dissolves kidney stones.';
const hemp = 'Hemp extract relieves arthritis pain.';

ruleTester('regulatory-claim', {
  valid: [
    // A relative clause about something that is not a treatment: a mechanism, not a claim about the product.
    'The enzymes that repair DNA damage consume NAD+ as they work.',
    // What readers seek is not what the writer claims.
    'Many people are looking for natural ways to get off opioids, and kratom has drawn attention.',
    // Advice about a drug, not a promise of freedom from it.
    'Ask your doctor before you stop taking any medication, including while using supplements.',
    // A named source's finding stays attributed.
    'A 2021 JAMA study found that turmeric did not slow the growth of colon cancer.',
  ],
  invalid: [
    flags(studiesSuggest, 'slow the growth of colon cancer'),
    flags(ligaments, 'repairs torn ligaments'),
    flags(cartilage, 'regenerate damaged cartilage'),
    flags(usedFor, 'used for autism, lupus, multiple sclerosis and ALS'),
    flags(recovery, 'speeds recovery from tendon injuries'),
    flags(medication, 'stop taking their blood pressure medication'),
    flags(surgery, 'avoid knee replacement surgery'),
    flags(stones, 'dissolves kidney stones'),
    flags(hemp, 'relieves arthritis pain'),
  ],
});

const minutes = 'This spray works in minutes.';
const halfTime = 'Athletes heal in half the time with our protocol.';
const overnight = 'See results overnight with the new serum.';
const firstSession = 'Most clients notice results after the first session.';
const justDays = 'Wrinkles fade in just seven days.';

// A quotation on a page that promotes, with an endorser's speech tag, is the seller's claim; on a page that
// only reports, a quotation stays its speaker's.
const endorsed = 'Book your first infusion with us today.\n\n“Nothing works as fast as our ketamine infusions,” says one of our providers.';
ruleTester('superlative-claim', {
  valid: ['“Nothing works as fast as ketamine,” one researcher said in an interview with the journal.'],
  invalid: [flags(endorsed, 'Nothing works as')],
});

ruleTester('speed-claim', {
  valid: [
    'Most patients notice changes within weeks to months, and some notice none.',
    'Results in studies took twelve weeks to appear.',
  ],
  invalid: [
    flags(minutes, 'works in minutes'),
    flags(halfTime, 'in half the time'),
    flags(overnight, 'results overnight'),
    flags(firstSession, 'results after the first session'),
    flags(justDays, 'in just seven days'),
  ],
});

// Conditions referred to after they are named; efficacy asserted outright.
const allThree = 'Stroke, diabetes and gout are common in older men, and our herbal formula helps prevent all three.';
const itWorks = 'It is natural, it is affordable, it works.';
ruleTester('absolute-claim', {
  valid: ['Stroke, diabetes and gout are common in older men, and all patients should be screened.', 'Here is how it works.', 'Does it work? Ask your doctor.'],
  invalid: [
    { text: allThree, findings: [{ ...at(allThree, 'prevent all three'), message: 'prevents or protects against a disease' }] },
    { text: itWorks, findings: [{ ...at(itWorks, 'it works'), severity: 'info' }] },
  ],
});

// Each verb of a coordination takes its own object; defenses against a disease; cancer starved.
const liver = 'This herbal tonic detoxifies the liver and reverses fatty liver disease.';
const defense = 'Our elderberry tincture strengthens your natural defense against viral infections.';
const starve = 'Our mushroom extract starves cancer cells.';
ruleTester('regulatory-claim', {
  valid: ['Our herbal tonic supports the liver.'],
  invalid: [
    flags(liver, 'reverses fatty liver disease'),
    flags(defense, 'strengthens your natural defense against viral infections'),
    flags(starve, 'starves cancer cells'),
  ],
});

// Cosmetics and wellness devices promoted for a disease: drug or device claims, at warning level (some hold an OTC monograph or a clearance).
const cream = 'Our night cream treats eczema and psoriasis.';
const redLight = 'Our red light therapy treats depression.';
const diabetics = 'This supplement supports healthy blood sugar levels in people with type 2 diabetes.';
ruleTester('regulatory-claim', {
  valid: ['Our night cream softens the look of fine lines.', 'Red light therapy sessions last twenty minutes.', 'This supplement supports healthy blood sugar levels.'],
  invalid: [
    { text: cream, findings: [{ ...at(cream, 'treats eczema'), severity: 'warning', message: 'a cosmetic' }] },
    { text: redLight, findings: [{ ...at(redLight, 'treats depression'), severity: 'warning', message: 'a wellness device' }] },
    { text: diabetics, findings: [{ ...at(diabetics, 'supports healthy blood sugar levels in people with type 2 diabetes'), severity: 'error' }] },
  ],
});

// Freedom from a drug promised in the negative (a substitute with no product of the knowledge base named: a
// promised result, warning); conditions of everyday copy.
const insulin = 'With our program you will never need insulin again.';
const reflux = 'Thousands of customers have eliminated their acid reflux with our herbal tea.';
const prostate = 'Our herbal formula shrinks an enlarged prostate.';
ruleTester('absolute-claim', {
  valid: ['You may still need insulin; ask your doctor before changing any medication.'],
  invalid: [
    { text: insulin, findings: [{ ...at(insulin, 'never need insulin'), severity: 'warning' }] },
    { text: reflux, findings: [{ ...at(reflux, 'eliminated their acid reflux'), message: 'cure claim' }] },
    { text: prostate, findings: [{ ...at(prostate, 'shrinks an enlarged prostate'), severity: 'info' }] },
  ],
});

// Testimonials and benefit-list fragments: the way shop pages put cures.
const gone = 'My arthritis pain is gone thanks to these herbal gummies.';
const past = 'Your sciatica will be a thing of the past.';
const goodbye = 'Kiss your migraines goodbye.';
const noLonger = 'I no longer suffer from migraines since I started the drops.';
const sayGoodbye = 'Say goodbye to joint pain forever.';
const quoted = 'Our clinic offers tea tree oil treatments.\n\n"After two weeks my psoriasis cleared up completely!" – Sarah, Ohio';
const ideal = 'Ideal for people suffering from fibromyalgia.';
const headline = 'A natural treatment for ADHD that works.';
ruleTester('absolute-claim', {
  valid: [
    // A disease's course, or a family history, is not a cure.
    'He has a family cancer history.',
    'Is my back pain gone for good? Ask your physiotherapist.',
    // A news report quotes a patient; the page sells nothing.
    'Researchers interviewed patients. "My psoriasis cleared up completely," one said.',
    // Who may use a product is not what it treats.
    'Suitable for people with diabetes.',
    'The treatment for ADHD includes medicines and therapy.',
  ],
  invalid: [
    { text: gone, findings: [{ ...at(gone, 'arthritis pain is gone'), message: 'cure claim' }] },
    { text: past, findings: [{ ...at(past, 'sciatica will be a thing of the past'), message: 'cure claim' }] },
    { text: goodbye, findings: [{ ...at(goodbye, 'migraines goodbye'), message: 'cure claim' }] },
    { text: noLonger, findings: [{ ...at(noLonger, 'no longer suffer from migraines'), message: 'cure claim' }] },
    flags(sayGoodbye, 'Say goodbye to joint pain forever'),
    { text: quoted, findings: [{ ...at(quoted.split('\n')[2]!, 'psoriasis cleared up'), line: 3, endLine: 3, message: 'cure claim' }] },
    { text: ideal, findings: [{ ...at(ideal, 'Ideal for people suffering from fibromyalgia'), severity: 'info' }] },
    { text: headline, findings: [{ ...at(headline, 'treatment for ADHD'), severity: 'info' }] },
  ],
});

// An outcome that rises, said of the outcome; weight-loss rates.
const soar = 'After the first month, your energy levels will soar.';
ruleTester('absolute-claim', {
  valid: ['Weight increases the risk of diabetes.', 'Energy is needed by every cell.'],
  invalid: [{ text: soar, findings: [{ ...at(soar, 'energy levels will soar'), severity: 'warning' }] }],
});
const perWeek = 'Lose 10 pounds in a week with our drops.';
ruleTester('speed-claim', {
  valid: ['Most people lose weight slowly over many months.'],
  invalid: [flags(perWeek, '10 pounds in a week')],
});

// Hashtags are their words; customers' reports are testimonials; a disease's course shortened; people named by their disease.
const hashtags = '#CBD is amazing for #anxiety! #natural';
const customers = 'Many customers report that our herbal salve clears up eczema.';
const forDiabetics = 'Our cinnamon capsules are recommended for diabetics.';
ruleTester('regulatory-claim', {
  valid: ['Researchers report that CBD did not clear up eczema in their trial.', '#1 in customer service, our clinic is open daily.'],
  invalid: [
    flags(hashtags, 'amazing for #anxiety'),
    flags(customers, 'clears up eczema'),
    flags(forDiabetics, 'recommended for diabetics'),
  ],
});

// Reference-style text stays quiet: people's practice rebutted, an open question, a kind's approved products, risks named.
ruleTester('regulatory-claim', {
  valid: [
    'Some people use CBD products for anxiety, pain or sleep problems, but there is little good evidence that they help.',
    'Researchers are studying whether CBD may be useful for anxiety disorders.',
    'Stem cell transplants are used for leukemia, lymphoma and multiple myeloma.',
  ],
  invalid: [
    // A condition leaves the claim the writer's, hedged.
    flags('If you take it daily, our CBD oil relieves anxiety.', 'relieves anxiety'),
  ],
});

// The FTC's "gut check" weight-loss claims, and results promised for good.
const noDiet = 'Lose weight without dieting or exercise with our drops.';
const eatAll = 'Eat whatever you want and still lose weight.';
const blocks = 'Our capsules block the absorption of fat.';
const forGood = 'The cream removes age spots permanently.';
ruleTester('absolute-claim', {
  valid: ['HCA may block fat-producing enzymes in animal studies.', 'Losing weight usually takes changes in diet and exercise.'],
  invalid: [
    { text: noDiet, findings: [{ ...at(noDiet, 'Lose weight without dieting'), messageId: 'gutCheck' }] },
    { text: eatAll, findings: [{ ...at(eatAll, 'Eat whatever you want and still lose'), messageId: 'gutCheck' }] },
    { text: blocks, findings: [{ ...at(blocks, 'block the absorption of fat'), messageId: 'gutCheck' }] },
    flags(forGood, 'removes age spots permanently'),
  ],
});

// A CBD product claimed for seizures is not Epidiolex.
const hempSeizures = 'Hemp oil can be used to treat seizures in children with epilepsy.';
ruleTester('regulatory-claim', {
  valid: ['Epidiolex is approved to treat seizures associated with Dravet syndrome.'],
  invalid: [flags(hempSeizures, 'treat seizures')],
});

const adjunct = 'Our mushroom extract is a proven adjunct to chemotherapy.';
ruleTester('evidence-claim', {
  valid: ['There are proven treatments for depression, including therapy and medication.'],
  invalid: [flags(adjunct, 'proven')],
});

// The reader's conditions in a leading clause, the product's help in the main one; freedom from a condition imagined.
const whetherYou = 'Whether you are dealing with back pain, arthritis or sports injuries, our stem cell injections can help.';
const ifYou = "If you've tried everything for your migraines, our IV therapy could be the answer.";
const lifeWithout = 'Imagine a life without joint pain: our exosome therapy makes it possible.';
ruleTester('regulatory-claim', {
  valid: ['If you have diabetes, talk to your doctor before using any supplement.', 'Whether you have arthritis or not, exercise is good for you.'],
  invalid: [
    flags(whetherYou, 'back pain, arthritis or sports injuries, our stem cell injections can help'),
    flags(ifYou, 'migraines, our IV therapy could be the answer'),
    flags(lifeWithout, 'a life without joint pain'),
  ],
});
const treated = 'Our doctors have successfully treated more than 5,000 patients with long COVID.';
const younger = 'Our peptide therapy will make you feel years younger.';
ruleTester('absolute-claim', {
  valid: ['Unsuccessfully treated depression is common.'],
  invalid: [
    { text: treated, findings: [{ ...at(treated, 'treated more than 5,000 patients with long COVID'), severity: 'info' }] },
    flags(younger, 'feel years younger'),
  ],
});

// Root causes, weight-loss averages, whole-body cryotherapy, results restored for good.
const rootCause = 'Our functional medicine approach gets to the root of chronic illnesses like lupus.';
const cryo = 'Our cryotherapy sessions help with autoimmune disorders.';
ruleTester('absolute-claim', {
  valid: ['Doctors look for the root cause of chronic cough before they treat it.'],
  invalid: [
    { text: rootCause, findings: [{ ...at(rootCause, 'gets to the root of chronic illnesses'), severity: 'info' }] },
    flags('Shockwave therapy restores natural erections permanently.', 'restores natural erections permanently'),
  ],
});
ruleTester('regulatory-claim', {
  valid: ['Cryotherapy sessions last three minutes.'],
  invalid: [{ text: cryo, findings: [{ ...at(cryo, 'help with autoimmune disorders'), severity: 'warning', message: 'a wellness device' }] }],
});
const average = 'Patients lose an average of 20 pounds in the first month.';
ruleTester('unsourced-statistic', {
  valid: ['Patients lose an average of 20 pounds in the first month (Smith et al., 2021).'],
  invalid: [flags(average, 'an average of 20 pounds')],
});

// A product's ingredients stand for it; a substitute for a drug class; "fix" as a treatment verb.
const minerals = 'This sea moss gel is packed with minerals that heal thyroid disorders.';
const painkillers = 'Kratom is a natural alternative to prescription painkillers.';
const fix = 'Our tongkat ali capsules fix erectile dysfunction.';
ruleTester('absolute-claim', {
  valid: ['The enzymes that repair DNA damage use NAD+.'],
  invalid: [{ text: minerals, findings: [{ ...at(minerals, 'heal thyroid disorders'), message: 'cure claim' }] }],
});
ruleTester('regulatory-claim', {
  valid: ['Ibuprofen is an alternative to prescription painkillers for mild pain.'],
  invalid: [
    flags(painkillers, 'alternative to prescription painkillers'),
    flags(fix, 'fix erectile dysfunction'),
  ],
});

// What accurate text says about claims it does not make: claims reported with "claim to", a condition contrary to fact,
// a post-negation, a negated list, a contrast that rebuts an appeal, a trial named by its acronym, the law's own
// nutrient claims, and a restrictive "only" of an approval.
ruleTester('absolute-claim', {
  valid: [
    'Be wary of products that claim to cure a wide range of diseases.',
    'If a real cure for arthritis were found, your doctor would prescribe it.',
    'These miracle cures do not exist.',
    'There are no pills, potions, teas or other products available to treat or cure the flu.',
    'Vitamin D prevents rickets in children and osteomalacia in adults.',
    'Adequate calcium and vitamin D help protect older adults from osteoporosis.',
  ],
  invalid: [flags('Our vitamin D gummies prevent cancer and osteoporosis.', 'prevent cancer')],
});
ruleTester('regulatory-claim', {
  valid: ['Folic acid taken before pregnancy helps prevent neural tube defects.', 'Most research shows that taking fish oil does not result in living longer, lowering blood pressure, or lowering the chance of getting cancer.'],
  invalid: [flags('Our folic acid gummies prevent autism.', 'prevent autism')],
});
ruleTester('evidence-claim', {
  valid: [
    'Observational studies have linked tea with lower rates of stroke, but such studies cannot prove cause and effect.',
    'The VITAL and ViDA randomized trials indicated that vitamin D does not prevent falls.',
  ],
  invalid: [flags('Studies have linked our tea with lower rates of stroke.', 'Studies have linked')],
});
ruleTester('superlative-claim', {
  valid: ['Epidiolex is the only CBD product approved by the FDA.'],
  invalid: [flags('Our clinic is the only provider that truly cares.', 'the only provider')],
});

// A fragment opened by a modal; risk reduced without "the"; worry ended; ailments as a head; a disease's storm.
ruleTester('regulatory-claim', {
  valid: ['Can you reduce your risk of cancer?'],
  invalid: [
    flags('Benefits of spirulina:\n\n- Can reduce risk of cancer.', 'reduce risk of cancer'),
    flags('Kratom can be used as a remedy for stroke-related ailments.', 'remedy for stroke-related ailments'),
    flags('Eat ten apricot kernels a day and never worry about cancer.', 'never worry about cancer'),
    flags('Our NMN cocktail may help reverse cytokine storm.', 'reverse cytokine storm'),
  ],
});
// An appeal to evidence for a treatment of a risk word ("relieve pain") is not a warning; a past discovery is history.
ruleTester('evidence-claim', {
  valid: ['During the trials, researchers discovered that patients also lost weight.'],
  invalid: [
    flags('Our cream is clinically proven to relieve pain.', 'clinically proven'),
    flags('Researchers have discovered a protein that supports memory.', 'Researchers have discovered'),
  ],
});

// A disease kept from someone; a body readied against one; a compound adjective that fights one; a disease said to end
// by a product named after it; a lost function done again; the seller's own product named in capitals.
ruleTester('regulatory-claim', {
  valid: [
    'Washing your hands keeps germs from spreading.',
    'Our Team answers questions about the flu.',
    'Influenza is preventable with an annual flu vaccine, the CDC says.',
  ],
  invalid: [
    flags('Our elderberry syrup keeps kids from catching RSV.', 'keeps kids from catching RSV'),
    flags('Our echinacea tea strengthens your body against the flu.', 'strengthens your body against the flu'),
    flags('Diffuse our virus-fighting essential oils daily.', 'virus-fighting'),
    flags('Arthritis is reversible with our turmeric capsules.', 'Arthritis is reversible with'),
    flags('Our Immune Shield Drops fight the flu.', 'fight the flu', { severity: 'warning', message: 'this product' }),
  ],
});
ruleTester('absolute-claim', {
  valid: ['Some patients may walk again after months of rehabilitation.'],
  invalid: [flags('Blind for years, she sees again thanks to our stem cell therapy.', 'sees again', { message: 'promises a result' })],
});

// The root cause of a condition named before; a product's name in capitals that names its disease; a hashtag that does.
ruleTester('regulatory-claim', {
  valid: ['Our clinic looks for the root cause.', '#wellness Start your morning with our herbal tea.'],
  invalid: [
    flags('These are signs of Lyme disease, and our herbal protocol addresses the root cause.', 'addresses the root cause'),
    flags('Take Daily Shield Flu Defense at the first sign of symptoms.', 'Flu Defense', { severity: 'warning' }),
    flags('#arthritisrelief Start your day with our turmeric tea.', '#arthritisrelief'),
  ],
});

// Accurate reference text: treatments in general "shown to work", a null or unsettled result, research under way, a
// verb's object that ends before a consequence, a granted point refuted, a regulator's words.
ruleTester('evidence-claim', {
  valid: [
    'Patients may delay treatments that have been shown to work.',
    'Several reviews have found that cinnamon does not lower A1C.',
    'Studies show mixed results, and some patients notice no change.',
  ],
  invalid: [flags('We offer treatments that have been shown to work.', 'have been shown')],
});
ruleTester('regulatory-claim', {
  valid: [
    'Stem cells have the potential to treat many diseases, and researchers are studying them.',
    'Do not replace your diabetes medicine with a supplement. Stopping prescribed treatment can lead to high blood sugar.',
  ],
  invalid: [flags('Our herbal drops stop migraines.', 'stop migraines')],
});
ruleTester('absolute-claim', {
  valid: ["But while there are plenty of 'miracle cures' out there, there is very little evidence that any of them work."],
  invalid: [{ text: 'While many remedies fail, our miracle cure works.', findings: [at('While many remedies fail, our miracle cure works.', 'miracle'), at('While many remedies fail, our miracle cure works.', 'cure')] }],
});

// Phrase-list shapes from a second held-out set of warning-letter wordings (sentences written for these tests).
ruleTester('speed-claim', {
  valid: ['The drip takes about an hour.', 'Most people lose weight slowly over months.'],
  invalid: [
    flags('Feel calmer in under an hour after your drip.', 'in under an hour'),
    flags('Our tea lets you shed pounds in days.', 'shed pounds in days'),
    flags('These drops help you rapidly lose stubborn fat.', 'rapidly lose stubborn fat'),
  ],
});
ruleTester('absolute-claim', {
  valid: ['Weight lost on a diet is often regained.'],
  invalid: [
    flags('With our shakes you lose weight permanently.', 'lose weight permanently'),
    flags('Never get sick again this winter!', 'Never get sick again'),
  ],
});
ruleTester('comparative-claim', {
  valid: ['Adults in the trial lost about three times as much weight as with placebo (Wilding et al., 2021).'],
  invalid: [flags('Clients on our plan lose twice as much weight as with diet alone.', 'twice as much weight as with diet alone')],
});
ruleTester('evidence-claim', {
  valid: ['The device was tested in a trial of 40 adults (Lee et al., 2020).'],
  invalid: [
    flags('Backed by over 500 clinical studies, our mat relieves pain.', 'Backed by over 500 clinical studies'),
    flags('Our hearing amplifier is independently tested.', 'independently tested'),
  ],
});
ruleTester('mechanism-error', {
  valid: ['A pinched nerve can cause tingling in the arm.'],
  invalid: [flags('Subluxations block the flow of nerve energy to your organs.', 'Subluxations block the flow')],
});

// A hedged safety comparison; a ranking its own sentence cites; "safe and effective" for an authorized use; research
// that explores how something works; how many benefit, said of no treatment.
ruleTester('safety-claim', {
  valid: [
    'CBD oil may be a safer alternative for some people with anxiety.',
    'Psilocybin is one of the safest psychoactive substances in controlled settings (Smith et al., 2020).',
    'TMS is clinically proven to safely and effectively relieve symptoms of major depressive disorder.',
  ],
  invalid: [flags('Our vitamin C drips safely and effectively kill cancer cells.', 'safely')],
});
ruleTester('superlative-claim', {
  valid: ['Psilocybin is one of the safest psychoactive substances in controlled settings (Smith et al., 2020).'],
  invalid: [flags('It is a miracle treatment (Smith et al., 2020).', 'miracle')],
});
ruleTester('regulatory-claim', {
  valid: ['This guide compiles over 100 studies exploring how vitamin C kills cancer cells in the lab.'],
  invalid: [flags('Our guide shows how our vitamin C drips kill cancer cells.', 'kill cancer cells')],
});
ruleTester('unsourced-statistic', {
  valid: ['Most people achieve good short-term success with diets, but few keep the weight off.'],
  invalid: [flags('Most patients who try it lose weight.', 'Most patients', { message: 'how many patients' })],
});

// A modal's noun-phrase predicate leaves safety open; a modal before a verb does not ("can be eaten by everyone").
ruleTester('safety-claim', {
  valid: ['With care, laser whitening can be a safe, effective, and pain-free option.', 'For some adults it may be safe.'],
  invalid: [
    flags('Our tea can be taken by everyone.', 'taken by everyone'),
    flags('Taken in small amounts, it can be managed and will not be toxic.', 'not be toxic'),
  ],
});

// A destroyed structure grown back; what a product delivers acts for it.
ruleTester('regulatory-claim', {
  valid: ['Cartilage does not grow back once it wears away.', 'Researchers hope stem cells could one day regrow cartilage.'],
  invalid: [
    flags('Our stem cell injections deliver millions of young cells that regrow cartilage.', 'regrow cartilage'),
    flags('Our PRP shots rebuild your damaged knee cartilage.', 'rebuild your damaged knee cartilage'),
  ],
});

// Manual therapy: good evidence for back pain, none for colic or asthma (Clar 2014); a success rate for a disease; the
// seller's care offered for a disease ("to us for").
const chiro = 'Our chiropractic care is gentle.\n\nMany parents bring their children to us for colic and asthma.';
ruleTester('regulatory-claim', {
  valid: ['Chiropractic care relieves low back pain.', 'Some herbs may make chemotherapy drugs less effective.'],
  invalid: [
    flags('Chiropractic has a 94% success rate with colic!', 'success rate with colic', { severity: 'warning', message: 'chiropractic or another manual therapy' }),
    flags(chiro, 'us for colic', { severity: 'warning' }),
  ],
});
// A negated subject of "shown to" denies the complement; a refutation may open fifteen words before the claim.
ruleTester('absolute-claim', {
  valid: [
    'No complementary health approach has been shown to prevent or cure cancer.',
    'At present, there is no convincing evidence that any complementary health approach is effective in curing cancer.',
  ],
  invalid: [flags('Our tea has been shown to cure cancer.', 'cure')],
});

// Speed by "as quickly as" and "goes to work immediately"; pregnancy promised; a cure verb intensified.
ruleTester('speed-claim', {
  valid: ['Most people go back to work the next day.'],
  invalid: [
    flags('It works in as quickly as 25 minutes.', 'works in as quickly as 25 minutes'),
    flags('The formula immediately goes to work.', 'immediately goes to work'),
  ],
});
ruleTester('absolute-claim', {
  valid: ['Some women will not get pregnant despite treatment.'],
  invalid: [flags('Take our blend and you will get pregnant.', 'will get pregnant')],
});

// A cosmetic claimed to act on the body's structure is a drug (FDA, Is It a Cosmetic, a Drug, or Both?).
const nightCream = 'Our night cream stimulates collagen production while you sleep.';
ruleTester('regulatory-claim', {
  valid: ['Collagen production declines with age.', 'Our night cream does not stimulate collagen; it moisturizes.', 'Exercise stimulates collagen production in tendons.'],
  invalid: [
    flags(nightCream, 'stimulates collagen production', { severity: 'warning', message: 'changes the structure or function of the body' }),
    flags('This serum penetrates deep into the dermis.', 'penetrates deep into the dermis', { severity: 'warning' }),
  ],
});
