/**
 * Disease claims for products that are not approved drugs for the disease: "CBD fights cancer",
 * "our NAD+ drips reverse addiction", "this supplement may help lower blood pressure". A product
 * intended to cure, treat, mitigate or prevent a disease is a drug (21 U.S.C. 321(g)(1)); sold
 * without approval for that use, FDA calls the claim an unapproved new drug claim, the most common
 * charge of its warning letters to CBD, supplement, stem-cell and IV-therapy sellers. A hedge does
 * not rescue it ("may help fight cancer" was cited too), so hedged claims are reported; a negated,
 * asked, attributed or refuted one is not the seller's.
 *
 * The claims come from the engine's claim model (kind cure, prevention or disease, with the
 * condition and the product resolved); this module only decides whether the product may make it.
 */
import { knowledgeBase, type Product } from '../../src/kb/index.js';
import { TermTable } from '../../src/util/terms.js';
import type { Claim, ClaimModality, RuleContext } from '../../src/types.js';
import data from './data.json' with { type: 'json' };

const PRODUCTS = new Map(knowledgeBase.regulatory.products.map((p) => [p.id, p]));
const CATEGORIES: Readonly<Record<string, { readonly name: string; readonly statement: string; readonly source: { readonly url: string } }>> = data.categories;

/** The writer's claim: stated, hedged, answered or cited (a citation does not make a disease claim lawful). */
const MODALITIES: ReadonlySet<ClaimModality> = new Set(['asserted', 'hedged', 'answer', 'cited']);

/** Approved and off-label use terms per product, for "is this condition within the label?". */
const USES = new Map<string, { approved: TermTable<true>; offLabel: TermTable<true> }>(
  [...PRODUCTS.values()].map((p) => {
    const approved = new TermTable<true>();
    for (const use of p.approved) for (const t of use.terms) approved.add(t, true);
    const offLabel = new TermTable<true>();
    for (const t of p.offLabel?.uses ?? []) offLabel.add(t, true);
    return [p.id, { approved, offLabel }];
  }),
);

/** Whether a product's label may carry claims for a condition: `none` for a product with no approval, or one whose approvals are another product's (CBD and Epidiolex). */
function diseaseClaims(p: Product): 'none' | 'approved-indications-only' {
  const declared = (p as { readonly diseaseClaims?: 'none' | 'approved-indications-only' }).diseaseClaims;
  return declared ?? (p.approved.length === 0 ? 'none' : 'approved-indications-only');
}

/** True when some word of the condition is a term of the table. */
function mentions(table: TermTable<true>, claim: Claim): boolean {
  const words = claim.sentence.words;
  for (let i = claim.first; i <= claim.last; i++) {
    // Safe: i is within the sentence.
    const w = words[i]!;
    if (claim.condition && (w.start < claim.condition.start || w.end > claim.condition.end)) continue;
    if (table.at(words, i)) return true;
  }
  return false;
}

const APPROVAL_WORDS = new Set(['approved', 'fdaapproved', 'cleared', 'fdacleared', 'indicated', 'authorized', 'approval']);

/** "approved to treat", "an FDA-approved medicine for seizures": an approval statement, which the approval checks read. */
function approvalStatement(claim: Claim): boolean {
  const { words, context } = claim.sentence;
  for (let i = 0; i < words.length; i++) if (APPROVAL_WORDS.has(words[i]!.key) && !context[i]?.negated) return true;
  return false;
}

/** Reports the disease claims of products that may not make them. */
export function checkDiseaseClaims(context: RuleContext): void {
  const text = context.document.text;
  for (const claim of context.document.claims) {
    if (claim.kind !== 'cure' && claim.kind !== 'prevention' && claim.kind !== 'disease') continue;
    if (!MODALITIES.has(claim.modality) || !claim.subject || !claim.condition || claim.subject.resolved === 'document') continue;
    const { subject } = claim;
    // "approved to treat", "an FDA-approved medicine for": an approval statement, which the approval checks read.
    if (approvalStatement(claim)) continue;
    let name: string;
    let fact: string;
    let source: string;
    if (subject.productId) {
      const p = PRODUCTS.get(subject.productId);
      if (!p) continue;
      const uses = USES.get(p.id);
      if (diseaseClaims(p) === 'approved-indications-only') {
        // Within the label it is lawful; an off-label use is the document-level off-label finding's.
        if (!uses || mentions(uses.approved, claim) || mentions(uses.offLabel, claim) || p.kind === 'drug' || p.kind === 'biologic') continue;
      }
      name = p.name;
      fact = p.statement ?? p.offLabel?.statement ?? `${p.name} is not FDA-approved for this condition`;
      source = (p.source ?? p.offLabel?.source ?? p.approved[0]?.source)?.url ?? '';
    } else {
      const category = CATEGORIES[subject.key.replace(/^category:/, '')];
      if (!category) continue;
      name = category.name;
      fact = category.statement;
      source = category.source.url;
    }
    context.report({
      messageId: 'diseaseClaim',
      data: { phrase: text.slice(claim.start, claim.end), product: name, condition: claim.condition.text, fact, source },
      start: claim.start,
      end: claim.end,
      ...(claim.question ? { related: [{ message: 'the question this answer answers', start: claim.question.start, end: claim.question.end }] } : {}),
    });
  }
}
