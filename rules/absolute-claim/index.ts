// Why: cure, guarantee and "repairs brain damage" promises are the claims regulators act on first (FTC 2022).
import { defineClaimRule } from '../../src/util/claims.js';
import { FTC_HEALTH_2022, FTC_GUT_CHECK_2014, CRANE_2023 } from '../../src/util/references.js';
import data from './data.json' with { type: 'json' };
import type { ClaimData } from '../../src/util/claims.js';
import { authorizedClaim, conditionIn, productOf } from '../../src/util/products.js';
import type { Claim, KnowledgeBase } from '../../src/types.js';

export default defineClaimRule({
  id: 'absolute-claim',
  description: 'Flag cure claims, guarantees, permanent results and other unqualified promises of an outcome',
  defaultSeverity: 'error',
  messages: {
    default: '“{phrase}” is an absolute claim; qualify it or cite competent and reliable evidence',
    cure: '“{phrase}” is a cure claim; such claims need randomized trial evidence (FTC) and a hedge does not rescue them; say what the treatment may do for symptoms instead',
    guarantee: '“{phrase}” promises a result; outcomes vary, so say that results differ between patients',
    miracle: '“{phrase}” presents a treatment as a miracle; describe what it may do and for whom',
    promise: '“{phrase}” promises an outcome without qualification; hedge it (“may help”) and cite evidence',
    prevention: '“{phrase}” claims the treatment prevents or protects against a disease; that is a disease claim that needs trial evidence, so qualify it and cite the evidence',
    gutCheck: '“{phrase}” is one of the weight-loss claims the FTC says no over-the-counter product can truthfully make (Gut Check); remove it',
  },
  references: [FTC_HEALTH_2022, CRANE_2023, FTC_GUT_CHECK_2014],
  policy: { negated: 'skip', hedged: 'skip', question: 'skip', attributed: 'skip', cited: 'keep' },
  data: data as ClaimData,
  claims: {
    kinds: { cure: 'cure', prevention: 'prevention', efficacy: 'promise', promise: 'guarantee', disease: 'promise' },
    modalities: ['asserted', 'answer', 'hedged', 'cited', 'conceded'],
    // A hedge does not rescue a cure claim; other outcomes are fine once hedged. Treating what a product
    // is approved for is its label ("semaglutide treats type 2 diabetes"); a cure, a prevention ("stops
    // hair loss") or an intensified claim ("highly effective treatment for hair loss") says more than a label.
    // A nutrient's authorized health claim or deficiency disease ("vitamin D prevents rickets") is what the law allows.
    when: (c, kb) => ((c.modality !== 'hedged' && c.modality !== 'cited') || c.kind === 'cure') && !((c.kind === 'disease' || progression(c)) && !c.intensified && labelUse(kb, c)) && !authorizedClaim(kb, c),
    // Cures and prevention are disease claims (error); a promised result or an intensified efficacy claim
    // needs a qualifier (warning); a plain statement of a benefit is a note for the reviewer (info).
    // Treating a condition, stated flatly, is a note too: for an approved drug it may be its label.
    // A substitute for a drug or an operation with no product of the knowledge base named ("with our program you will
    // never need insulin") is a promised result that no check of a product's approvals judges (warning).
    severity: (c) => (c.kind === 'cure' || c.kind === 'prevention' ? undefined : c.kind === 'promise' || c.intensified || (c.substitute && !c.subject?.productId) ? 'warning' : 'info'),
  },
});

/** The words of an indication as labels state it: treating or managing a condition, not stopping or ending it. */
const LABEL_VERBS = new Set(['treat', 'treats', 'treated', 'treating', 'treatment', 'treatments', 'manage', 'manages', 'managing', 'management', 'therapy', 'option', 'indicated', 'antidepressant']);

/**
 * "prevents further hair loss", "helps prevent further bone loss": a condition the patient has, kept from going on,
 * which is treating it; for a product approved for the condition, its label's use.
 */
function progression(claim: Claim): boolean {
  if (claim.kind !== 'prevention' || !claim.condition) return false;
  const words = claim.sentence.words;
  for (let i = claim.first; i < claim.last; i++) if (words[i]!.key === 'further' && words[i]!.end <= claim.condition.start) return true;
  return false;
}

/** A claim, in a label's words, about a condition the product is FDA-approved for (its label's indication). */
function labelUse(kb: KnowledgeBase, claim: Claim): boolean {
  const p = productOf(kb, claim.subject);
  if (p === undefined || p.diseaseClaims !== 'approved-indications-only' || !conditionIn(kb, p, claim, 'approved')) return false;
  const words = claim.sentence.words;
  let labelWords = false;
  for (let i = claim.first; i <= claim.last; i++) {
    // Safe: i is within the sentence.
    const key = words[i]!.key;
    if (key === 'stop' || key === 'stops' || key === 'end' || key === 'ends' || key === 'halt' || key === 'halts') return false;
    if (LABEL_VERBS.has(key)) labelWords = true;
  }
  return labelWords || progression(claim);
}
