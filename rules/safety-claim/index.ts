// Why: calling a drug safe or non-addictive hides real risks; 3 of 17 ketamine clinics called it non-addictive (Crane 2023).
import { defineClaimRule, oneOfThe } from '../../src/util/claims.js';
import { CFR_202_1, FDA_KETAMINE_2023, CRANE_2023 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';
import type { DocumentModel, KnowledgeBase, Sentence } from '../../src/types.js';
import { conditionIn, productOf } from '../../src/util/products.js';

export default defineClaimRule({
  id: 'safety-claim',
  description: 'Flag wording that calls a treatment safe, non-addictive or free of side effects, or that minimizes its risks',
  defaultSeverity: 'error',
  messages: {
    default: '“{phrase}” is a safety claim; state the known risks and side effects instead',
    safe: '“{phrase}” calls the treatment safe; no drug is safe for everyone, so state who should not use it and its known side effects',
    safest: '“{phrase}” claims the treatment is the safest; that needs head-to-head evidence and misleads about risk',
    addictive: '“{phrase}” denies addiction risk; say what is known about dependence and misuse instead (a controlled substance, such as ketamine in Schedule III, has potential for misuse)',
    noSideEffects: '“{phrase}” denies side effects; every drug has them, so name the common ones',
    riskFree: '“{phrase}” calls the treatment risk-free; state its known risks instead',
    minimize: '“{phrase}” minimizes a risk; describe the risk and what patients should do if it happens',
    natural: '“{phrase}” implies that natural means safe; natural products can also cause harm',
    riskDenial: '“{phrase}” denies or minimizes a risk; say what the known risks and side effects are and how often they occur',
  },
  references: [CFR_202_1, FDA_KETAMINE_2023, CRANE_2023],
  // "While studies have documented that LASIK is safe, more research …": a point granted to argue another, not the writer's claim.
  policy: { negated: 'skip', hedged: 'keep', question: 'skip', attributed: 'skip', cited: 'keep', conceded: 'skip' },
  data: data as ClaimData,
  claims: { kinds: { safety: 'riskDenial' }, modalities: ['asserted', 'answer', 'hedged', 'cited'] },
  // "Generally safe. Risks include …": a safety statement followed by the risks is balanced (21 CFR 202.1(e)(5)).
  // "Most users report no side effects, but adverse reactions are more common than the trials show": the writer answers it.
  // The risks named after a qualified safety statement ("generally safe. Risks include …") balance it; after a flat
  // "the drug is safe to use" they do not take the claim back.
  // "one of the safest (JAMA Psychiatry, 2020)": a place among the safest that its own sentence cites.
  // "TMS is clinically proven to safely and effectively relieve depressive symptoms": "safe and effective" for a use the
  // product is FDA-approved or cleared for is the finding its authorization rests on, not a reassurance.
  answered: (sentence, messageId, first, last, document, kb) =>
    (messageId === 'safe' && qualified(sentence, first, last) && risksFollow(sentence)) ||
    answeredAfterContrast(sentence, messageId, first, last) ||
    oneStudyReports(sentence, first) ||
    (messageId === 'safest' && sentence.cited && oneOfThe(sentence, first)) ||
    modalPredicate(sentence, first) ||
    (messageId === 'safe' && safeAndEffective(sentence, last) && authorizedUseIn(sentence, document, kb)),
});

/**
 * "may be a safer alternative", "can be a safe, effective and pain-free solution": the claim is the predicate of a modal
 * that leaves it open (a hedged statement, which reviewers do not flag), up to six words before it.
 */
function modalPredicate(sentence: Sentence, first: number): boolean {
  const { words } = sentence;
  // A list of adjectives ("a safe, effective, and pain-free solution") may cross the clause breaks of its commas.
  for (let k = first - 1; k >= 1 && k >= first - 6; k--) {
    // Safe: k and k - 1 are within the sentence.
    if (words[k]!.key !== 'be' || !MODALS.has(words[k - 1]!.key)) continue;
    // The predicate is a noun phrase ("be a safe … solution") or the safety word itself ("be safe"), not a verb
    // ("can be eaten by everyone", "can be managed and will not be toxic").
    const next = words[k + 1]?.key ?? '';
    return next === 'a' || next === 'an' || (k + 1 === first && next.startsWith('safe'));
  }
  return false;
}
const MODALS = new Set(['may', 'might', 'could', 'can']);

/** "safe and effective", "safely and effectively": the words of an FDA authorization's standard. */
function safeAndEffective(sentence: Sentence, last: number): boolean {
  const next = sentence.words[last + 1]?.key;
  const then = sentence.words[last + 2]?.key;
  return next === 'and' && (then === 'effective' || then === 'effectively');
}

/** A claim of the sentence about a product of the knowledge base, for a condition among its approved or cleared uses. */
function authorizedUseIn(sentence: Sentence, document: DocumentModel, kb: KnowledgeBase): boolean {
  return document.claims.some((c) => {
    if (c.sentence !== sentence) return false;
    const p = productOf(kb, c.subject);
    return p !== undefined && conditionIn(kb, p, c, 'approved');
  });
}

const CONTRASTS = new Set(['but', 'however', 'yet', 'though', 'although']);
/** Words for adverse effects: a denial of them is answered only by adverse effects named after the contrast. */
const ADVERSE = new Set(['side', 'adverse', 'reactions', 'complications', 'effects']);

/**
 * A contrast later in the sentence, then the risk the claim denies named and not denied: "safe, but
 * risks include …" (any risk), "no side effects, but adverse reactions are more common" (adverse effects).
 */
function answeredAfterContrast(sentence: Sentence, messageId: string, first: number, last: number): boolean {
  const { words, context } = sentence;
  let family: ReadonlySet<string> | undefined;
  if (messageId === 'safe') family = RISK_WORDS;
  else for (let i = first; i <= last && !family; i++) if (ADVERSE.has(words[i]!.key)) family = ADVERSE;
  if (!family) return false;
  // The first contrast after the claim, and the last risk word of the family not negated, once per sentence (a sentence
  // of many claims stays linear): a risk word after a contrast exists when the first contrast comes before the last one.
  let facts = CONTRAST_FACTS.get(sentence);
  if (!facts) {
    const nextContrast = new Int32Array(words.length + 1).fill(words.length);
    let lastRisk = -1;
    let lastAdverse = -1;
    for (let i = words.length - 1; i >= 0; i--) {
      // Safe: i is within the sentence.
      const key = words[i]!.key;
      const contrastHere = CONTRASTS.has(key);
      nextContrast[i] = contrastHere ? i : nextContrast[i + 1]!;
      if (!contrastHere && !context[i]?.negated) {
        if (lastRisk < 0 && RISK_WORDS.has(key)) lastRisk = i;
        if (lastAdverse < 0 && ADVERSE.has(key)) lastAdverse = i;
      }
    }
    CONTRAST_FACTS.set(sentence, (facts = { nextContrast, lastRisk, lastAdverse }));
  }
  const c = facts.nextContrast[last + 1] ?? words.length;
  return c < (family === RISK_WORDS ? facts.lastRisk : facts.lastAdverse);
}
const CONTRAST_FACTS = new WeakMap<Sentence, { nextContrast: Int32Array; lastRisk: number; lastAdverse: number }>();

/** One study, review or trial named as what reports the words ("a review … does note that it was safe in trials"). */
const ONE_SOURCE = new Set(['study', 'review', 'trial', 'analysis', 'metaanalysis', 'survey', 'paper', 'report', 'article']);

/**
 * The safety statement is what one study reports (the context pass's `reported` flag, after a singular source noun):
 * the study's finding, not the writer's reassurance. "Studies show that it is safe" is still the writer's appeal.
 */
function oneStudyReports(sentence: Sentence, first: number): boolean {
  if (!sentence.context[first]?.reported) return false;
  for (let i = first - 1; i >= 0; i--) {
    // Safe: i is within the sentence.
    const key = sentence.words[i]!.key;
    if (ONE_SOURCE.has(key)) return true;
    if (key === 'studies' || key === 'reviews' || key === 'trials' || key === 'research' || key === 'data') return false;
  }
  return false;
}

/** A safety statement softened ("generally safe", "considered safe") or sourced: the context pass's hedge or a citation. */
function qualified(sentence: Sentence, first: number, last: number): boolean {
  if (sentence.cited) return true;
  for (let i = Math.max(0, first - 3); i <= last; i++) if (sentence.context[i]?.hedged || QUALIFIERS.has(sentence.words[i]?.key ?? '')) return true;
  return false;
}
const QUALIFIERS = new Set(['generally', 'usually', 'typically', 'considered', 'largely', 'mostly', 'relatively', 'welltolerated', 'tolerated']);

const RISK_WORDS = new Set(['risk', 'risks', 'side', 'complications', 'adverse', 'dangers', 'warnings', 'contraindications', 'sensitivity', 'discomfort']);

/**
 * The risks are named with it: in a concessive sentence ("While it is generally safe, you may
 * experience side effects"), or at the start of the next sentence of the block ("Risks include …").
 */
function risksFollow(sentence: Sentence): boolean {
  const block = sentence.block.sentences;
  const next = block[block.indexOf(sentence) + 1];
  const named = (s: Sentence, from: number, to: number): boolean => {
    for (let i = from; i < Math.min(to, s.words.length); i++) if (RISK_WORDS.has(s.words[i]!.key) && !s.context[i]?.negated) return true;
    return false;
  };
  const concessive = ['while', 'although', 'though', 'whilst'].includes(sentence.words[0]?.key ?? '');
  return (concessive && (named(sentence, 1, sentence.words.length) || sentence.words.some((w) => w.key === 'caution' || w.key === 'consult'))) || (next !== undefined && named(next, 0, 8));
}
