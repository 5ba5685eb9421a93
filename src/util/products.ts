/**
 * What the knowledge base says about a claim's subject, for the rules that judge whether a claim
 * may be made for it: a product with no approval (or whose approvals are another product's, as
 * CBD's are Epidiolex's), a compounded drug, a product whose claimed use is off-label, or a
 * generic kind of product (a supplement, IV drips). Rules call this instead of reading the
 * knowledge base's fields themselves, so the judgement is one piece of code. The knowledge base
 * is the one the rule's settings carry; its tables are compiled once per knowledge base.
 */
import type { Product } from '../kb/index.js';
import type { Claim, ClaimSubject, KnowledgeBase, Sentence } from '../types.js';
import { TermTable } from './terms.js';
import { UNKNOWN_PRODUCT } from '../engine/claims.js';

/** A product's use terms: its approved uses, and its off-label uses (each term's value is the term as written). */
export interface Uses {
  readonly approved: TermTable<true>;
  readonly offLabel: TermTable<string>;
}

/** A knowledge base's products by id, and the use terms of each. */
export interface Compiled {
  readonly products: ReadonlyMap<string, Product>;
  readonly uses: ReadonlyMap<string, Uses>;
  /** The allowed uses of each product kind that has them, by kind key. */
  readonly kindUses: ReadonlyMap<string, TermTable<true>>;
  /** The authorized claims' nutrients and conditions, each term's value the claims (by index) it belongs to. */
  readonly authorized: { readonly nutrients: TermTable<number[]>; readonly conditions: TermTable<number[]> };
  /** The authorized claims whose nutrients a sentence names, found once per sentence (a sentence of many claims stays linear). */
  readonly nutrientsIn: WeakMap<Sentence, ReadonlySet<number>>;
}

function termsOf(lists: readonly (readonly string[])[]): TermTable<number[]> {
  const byTerm = new Map<string, number[]>();
  lists.forEach((list, i) => {
    for (const t of list) byTerm.set(t, [...(byTerm.get(t) ?? []), i]);
  });
  const table = new TermTable<number[]>();
  for (const [t, ids] of byTerm) table.add(t, ids);
  return table;
}

const COMPILED = new WeakMap<KnowledgeBase, Compiled>();

/** The knowledge base's products by id and their use tables, compiled once per knowledge base (every rule that judges uses reads these). */
export function compiled(kb: KnowledgeBase): Compiled {
  let tables = COMPILED.get(kb);
  if (!tables) {
    const products = new Map(kb.regulatory.products.map((p) => [p.id, p]));
    const uses = new Map<string, Uses>(
      [...products.values()].map((p) => {
        const approved = new TermTable<true>();
        for (const use of p.approved) for (const t of use.terms) approved.add(t, true);
        const offLabel = new TermTable<string>();
        for (const t of p.offLabel?.uses ?? []) offLabel.add(t, t);
        return [p.id, { approved, offLabel }];
      }),
    );
    const claims = kb.regulatory.authorizedClaims;
    const kindUses = new Map<string, TermTable<true>>();
    for (const [key, kind] of Object.entries(kb.regulatory.productKinds)) {
      if (!kind.allowedUses) continue;
      const table = new TermTable<true>();
      for (const t of kind.allowedUses) table.add(t, true);
      kindUses.set(key, table);
    }
    tables = { products, uses, kindUses, nutrientsIn: new WeakMap(), authorized: { nutrients: termsOf(claims.map((c) => c.nutrients)), conditions: termsOf(claims.map((c) => c.conditions)) } };
    COMPILED.set(kb, tables);
  }
  return tables;
}

/**
 * True when a disease claim is one the law allows for a nutrient ("vitamin D prevents rickets", "calcium and vitamin D
 * help protect against osteoporosis"): its sentence names a nutrient and its condition a condition of one authorized claim.
 */
export function authorizedClaim(kb: KnowledgeBase, claim: Claim): boolean {
  const tables = compiled(kb);
  const { nutrients, conditions } = tables.authorized;
  if (!claim.condition) return false;
  const words = claim.sentence.words;
  let named = tables.nutrientsIn.get(claim.sentence);
  if (!named) {
    const ids = new Set<number>();
    for (let i = 0; i < words.length; i++) for (const id of nutrients.at(words, i)?.value ?? []) ids.add(id);
    tables.nutrientsIn.set(claim.sentence, (named = ids));
  }
  if (named.size === 0) return false;
  // Every condition of the claim is one a nutrient the sentence names may be said to help with.
  return everyCondition(claim, (i) => (conditions.at(words, i)?.value ?? []).some((id) => named.has(id)));
}

/**
 * True when each condition of a claim (each of its list, or its one) has a word of the sentence, within the condition,
 * at which `test` holds. The condition may stand before the claim's words ("signs of Lyme disease … the root cause").
 */
function everyCondition(claim: Claim, test: (i: number) => boolean): boolean {
  const words = claim.sentence.words;
  const within = (span: { readonly start: number; readonly end: number }): boolean => {
    // The condition's first word by a binary search on offsets: a sentence of many claims stays linear.
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Safe: mid is within the sentence.
      if (words[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i]!.end <= span.end; i++) if (test(i)) return true;
    return false;
  };
  return claim.condition !== undefined && (claim.conditions ?? [claim.condition]).every(within);
}

/** True when a claim about a product kind names only conditions the kind has good evidence for ("chiropractic for back pain"). */
export function allowedKindUse(kb: KnowledgeBase, kind: string, claim: Claim): boolean {
  const table = compiled(kb).kindUses.get(kind);
  if (!table) return false;
  const words = claim.sentence.words;
  return everyCondition(claim, (i) => table.at(words, i) !== undefined);
}

/** The knowledge base's product of a subject, if it names one. */
export function productOf(kb: KnowledgeBase, subject: ClaimSubject | undefined): Product | undefined {
  return subject?.productId ? compiled(kb).products.get(subject.productId) : undefined;
}

/** Whether a product may carry disease claims: `none` (no approval of its own) or only for its approved uses. */
export function diseaseClaimsOf(p: Product): 'none' | 'approved-indications-only' {
  return p.diseaseClaims;
}

/**
 * True when a word of the claim's condition is one of the product's approved (or off-label) use
 * terms; for a list of conditions, when every condition of the list is.
 */
export function conditionIn(kb: KnowledgeBase, p: Product, claim: Claim, which: keyof Uses): boolean {
  const table = compiled(kb).uses.get(p.id)?.[which];
  if (!table || !claim.condition) return false;
  const within = (span: { readonly start: number; readonly end: number }): boolean => {
    const words = claim.sentence.words;
    for (let i = claim.first; i <= claim.last; i++) {
      // Safe: i is within the sentence.
      const w = words[i]!;
      if (w.start < span.start || w.end > span.end) continue;
      if (table.at(words, i)) return true;
    }
    return false;
  };
  return claim.conditions ? claim.conditions.every(within) : within(claim.condition);
}

/** True when a product has uses but none is an FDA approval: a cleared or de novo device (TMS, PRP systems, hyperbaric chambers). */
export function clearedOnly(p: Product): boolean {
  return p.approved.length > 0 && p.approved.every((u) => u.authorization !== 'approved');
}

/** The off-label use terms of a product, as a table to look words up in. */
export function offLabelUses(kb: KnowledgeBase, p: Product): TermTable<string> | undefined {
  return p.offLabel ? compiled(kb).uses.get(p.id)?.offLabel : undefined;
}

/**
 * Why a benefit claim needs a regulatory-status or not-medical-advice statement, or undefined when
 * it does not: its subject has no approval, is compounded, is a generic kind of product, or is
 * claimed for an off-label use.
 */
export function unapprovedUse(kb: KnowledgeBase, claim: Claim): string | undefined {
  const { subject } = claim;
  if (!subject) return undefined;
  // A product of a kind not named (a brand, "our chews"): its status is not known, so nothing is said of it.
  if (subject.key === UNKNOWN_PRODUCT) return undefined;
  if (subject.key.startsWith('category:')) {
    const kind = subject.key.slice('category:'.length);
    if (kb.regulatory.productKinds[kind]?.allowedUses) return allowedKindUse(kb, kind, claim) ? undefined : 'a therapy with no good evidence for this condition';
    return 'a product that is not an FDA-approved drug';
  }
  const p = productOf(kb, subject);
  if (!p) return undefined;
  if (p.kind.includes('compounded')) return 'a compounded drug, not FDA-approved';
  if (diseaseClaimsOf(p) === 'none') return 'a product with no FDA approval for this use';
  if (conditionIn(kb, p, claim, 'offLabel')) return 'an off-label use';
  return undefined;
}
