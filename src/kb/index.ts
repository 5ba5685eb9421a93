/**
 * The knowledge base: what medlint knows about substances, their mechanisms and their
 * regulatory status, as versioned data files in rules/data/knowledge/. Every fact carries a
 * source URL and an "as of" date; `medlint facts` prints them, and the rules that rest on
 * them (mechanism-error, regulatory-claim, missing-disclaimer) cite them in their findings.
 * The files are checked against JSON Schemas in rules/data/knowledge/schema/ by the tests.
 */
import lexiconData from '../../rules/data/knowledge/lexicon.json' with { type: 'json' };
import mechanismData from '../../rules/data/knowledge/mechanisms.json' with { type: 'json' };
import mythData from '../../rules/data/knowledge/myths.json' with { type: 'json' };
import regulatoryData from '../../rules/data/knowledge/regulatory.json' with { type: 'json' };
import type { Word } from '../types.js';
import { TermTable } from '../util/terms.js';

/** A source a fact rests on. */
export interface Source {
  readonly title: string;
  readonly url: string;
}

export type Direction = 'increase' | 'decrease';
export type Aspect = 'release' | 'level' | 'activity' | 'receptor' | 'production';

/** An entity mechanism statements are about (a neurotransmitter, receptor, protein …). */
export interface Target {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly names: readonly string[];
}

/** The vocabulary of mechanism statements. */
export interface MechanismLexicon {
  readonly version: string;
  readonly asOf: string;
  readonly targets: readonly Target[];
  readonly aspects: Readonly<Record<Aspect, readonly string[]>>;
  readonly defaultAspect: Readonly<Record<string, Aspect>>;
  readonly cues: Readonly<Record<Direction, { readonly verbs: readonly string[]; readonly nouns: readonly string[] }>>;
  readonly fillers: readonly string[];
  readonly linkers: { readonly passive: readonly string[]; readonly infinitive: readonly string[] };
  readonly anaphora: readonly string[];
  readonly otherAgents: readonly string[];
  readonly qualifiers: {
    readonly dose: Readonly<Record<string, readonly string[]>>;
    readonly region: Readonly<Record<string, readonly string[]>>;
  };
  /** How much a statement claims: complete cues ("stops", "completely"), partial ones ("partly"), and the reduction words a percentage goes with ("60% less"). */
  readonly extent?: { readonly complete: readonly string[]; readonly partial: readonly string[]; readonly reduction: readonly string[] };
  /** Effects an article may rule out in one place and only make rarer in another, and the words that make them rarer. */
  readonly effects?: { readonly terms: readonly string[]; readonly reduced: readonly string[] };
}

/** An established fact about how a substance acts. */
export interface MechanismFact {
  readonly id: string;
  readonly target: string;
  readonly aspects: readonly Aspect[];
  /** Absent when `status` is `uncertain`. */
  readonly direction?: Direction;
  /** `uncertain`: the evidence is inconsistent, so a flat statement either way overstates it. */
  readonly status?: 'uncertain';
  /** A dose qualifier (a key of lexicon qualifiers.dose) under which the opposite is also true. */
  readonly unlessDose?: string;
  /** `partial`: the substance changes the target only in part, so "stops" or "eliminates" contradicts the fact. */
  readonly extent?: 'partial';
  readonly statement: string;
  readonly source: Source;
  readonly asOf: string;
}

export interface Substance {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly facts: readonly MechanismFact[];
}

/** A description that puts a term in the wrong category ("NMDA, an amino acid"). */
export interface CategoryError {
  readonly id: string;
  readonly subjects: readonly string[];
  readonly notFollowedBy: readonly string[];
  readonly predicates: readonly string[];
  readonly window: number;
  readonly statement: string;
  readonly suggest?: readonly string[];
  readonly source: Source;
  readonly asOf: string;
}

/** A wrong figure or phrase, as phrase patterns ("100 billion neurons"). */
export interface PhraseError {
  readonly id: string;
  readonly phrases: readonly string[];
  readonly statement: string;
  readonly suggest?: readonly string[];
  readonly source: Source;
  readonly asOf: string;
}

/** What a thing is, as disjoint kinds ("exosomes": vesicle, not cell): calling it two kinds is a contradiction. */
export interface Identity {
  readonly id: string;
  readonly subjects: readonly string[];
  /** Kind label -> words that name it ("vesicle": vesicles, particles …). */
  readonly kinds: Readonly<Record<string, readonly string[]>>;
  /** A kind word right before a subject names its kind too ("high-energy sound waves"). */
  readonly attributive?: boolean;
  /** Words that make a sentence a comparison, not a statement of the kind ("unlike lithotripsy"). */
  readonly unless?: readonly string[];
  readonly statement: string;
  readonly source: Source;
  readonly asOf: string;
}

export interface MechanismFacts {
  readonly version: string;
  readonly asOf: string;
  readonly substances: readonly Substance[];
  readonly categoryErrors: readonly CategoryError[];
  readonly phraseErrors: readonly PhraseError[];
  readonly identities?: readonly Identity[];
}

/** How FDA authorized a use: approval (NDA, BLA, PMA), 510(k) clearance or de novo marketing authorization. */
export type Authorization = 'approved' | 'cleared' | 'de-novo';

/** An FDA-approved (or, for a device, cleared) use of a product. */
export interface ApprovedUse {
  readonly use: string;
  /** Words of copy that name this use (an indication, "anesthesia"). */
  readonly terms: readonly string[];
  readonly route: string;
  /** Only `approved` may be called "FDA-approved"; a cleared device is not approved. */
  readonly authorization: Authorization;
  /** The date of the approval or clearance, where known. */
  readonly date?: string;
  readonly source: Source;
  readonly asOf: string;
}

/** What a product is in FDA's eyes. */
export type ProductKind = 'drug' | 'biologic' | 'device' | 'supplement' | 'compounded' | 'controlled-substance' | 'unapproved-substance' | 'wellness-infusion';

/**
 * Whether a disease claim (treats, cures, prevents, mitigates a disease) can be lawful for a product:
 * `approved-indications-only` for a use in `approved` only; `none` never (supplements, CBD, NAD+ …).
 */
export type DiseaseClaims = 'approved-indications-only' | 'none';

/** A sourced fact, with the date it was last checked. */
export interface SourcedFact {
  readonly statement: string;
  readonly source: Source;
  readonly asOf: string;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  /** Names in copy, in the phrase pattern syntax (word by word). */
  readonly names: readonly string[];
  readonly kind: ProductKind;
  readonly diseaseClaims: DiseaseClaims;
  /** The product's FDA status, with its source and the date it was checked. */
  readonly statement: string;
  readonly source: Source;
  readonly asOf: string;
  /** Approved or cleared uses; empty: no FDA approval for any use. */
  readonly approved: readonly ApprovedUse[];
  /** Uses clinics promote that are not approved. */
  readonly offLabel?: SourcedFact & { readonly uses: readonly string[] };
  /** DEA schedule, for a controlled substance. */
  readonly controlled?: 'schedule-i' | 'schedule-ii' | 'schedule-iii' | 'schedule-iv' | 'schedule-v';
  /** Facts of the label that copy tends to leave out (boxed warnings, limitations of use). */
  readonly labelFacts?: readonly (SourcedFact & { readonly date?: string })[];
  /** Approved products of the same substance (Epidiolex for CBD): an approval statement about their use is not wrong. */
  readonly approvedProducts?: readonly string[];
  /** A bulk substance FDA lists as a significant safety risk for compounding (BPC-157): "available from compounding pharmacies" is wrong. */
  readonly compounding?: SourcedFact & { readonly status: 'category-2' };
}

/** A phrase that presents a compounded drug as a generic or as the brand. */
export interface GenericCue extends SourcedFact {
  readonly phrase: string;
  /** Product ids one of which the document must name for the phrase to count. */
  readonly requires?: readonly string[];
  /** The phrase carries its own negation ("not a different drug"): it is not dropped as negated. */
  readonly negative?: boolean;
}

export interface RegulatoryFacts {
  readonly version: string;
  readonly asOf: string;
  readonly products: readonly Product[];
  readonly approvalCues: readonly string[];
  /** Label statements ("is indicated for", "is intended for"): checked for uses beyond the label only. */
  readonly indicationCues: readonly string[];
  readonly notAssertions: readonly string[];
  readonly offLabelCues: readonly string[];
  readonly designationCues: readonly string[];
  /** What a designation is, for the finding that presents one as an approval. */
  readonly designationSource: Source;
  readonly genericCues: readonly GenericCue[];
  /** "FDA-registered", "made in an FDA-approved facility": registration presented as an endorsement. */
  readonly registrationCues: SourcedFact & { readonly phrases: readonly string[] };
  /** "stimulates collagen", "repairs DNA": a cosmetic's claims to affect the body's structure or function, which make it a drug. */
  readonly cosmeticDrugCues: SourcedFact & { readonly phrases: readonly string[] };
  /** "made with FDA-approved ingredients": an ingredient's approval presented as the product's. */
  readonly ingredientApprovalCues: SourcedFact & { readonly phrases: readonly string[] };
  /** "Available by prescription", "legal psilocybin retreats in the USA": wrong for a Schedule I substance. */
  readonly scheduleICues: SourcedFact & { readonly phrases: readonly string[] };
  /** "Available through compounding pharmacies", "can be legally compounded": wrong for a category-2 substance. */
  readonly compoundingCues: readonly string[];
  /** Kinds of product that are not approved drugs (supplements, cosmetics, wellness devices …), by the claim model's subject category. */
  readonly productKinds: Readonly<Record<string, ProductCategory>>;
  /** Disease statements the law allows for a nutrient or food (authorized health claims, classical deficiency diseases). */
  readonly authorizedClaims: readonly AuthorizedClaim[];
}

/** "Calcium and vitamin D may reduce the risk of osteoporosis": a nutrient's disease statement that the law allows. */
export interface AuthorizedClaim extends SourcedFact {
  readonly id: string;
  readonly nutrients: readonly string[];
  readonly conditions: readonly string[];
}

/** A kind of product the knowledge base names by category, not by product: what a disease claim for one is. */
export interface ProductCategory extends SourcedFact {
  /** "a dietary supplement", "a cosmetic": the kind as a finding names it. */
  readonly name: string;
  /** Some products of the kind hold an approval, an OTC monograph or a clearance for disease uses (an OTC cream, a cleared light device). */
  readonly someAuthorized?: boolean;
  /** Conditions the kind has good evidence for (manual therapy for back pain): a claim about them is not reported. */
  readonly allowedUses?: readonly string[];
}

/**
 * A scientifically wrong mechanism statement real copy repeats ("draws toxins out through the
 * feet", "stem cells are never rejected"), as constructions in the phrase pattern syntax.
 */
export interface Myth {
  readonly id: string;
  /** Why it is wrong: the correction a finding reports. */
  readonly statement: string;
  readonly patterns: readonly string[];
  readonly suggest?: readonly string[];
  /** A hedged statement ("may help reset your metabolism") is not reported. */
  readonly factOnly?: boolean;
  /** The pattern carries its own negation ("never rejected"): not dropped as negated. */
  readonly negative?: boolean;
  /** Words one of which the document must contain for the myth to count. */
  readonly topics?: readonly string[];
  /** Words that, in the sentence, make it a statement about the body's own physiology ("your kidneys flush out toxins"). */
  readonly unless?: readonly string[];
  readonly source: Source;
  readonly asOf: string;
}

export interface MythFacts {
  readonly version: string;
  readonly asOf: string;
  readonly myths: readonly Myth[];
}

/** The whole knowledge base. */
export interface KnowledgeBase {
  readonly lexicon: MechanismLexicon;
  readonly mechanisms: MechanismFacts;
  readonly myths: MythFacts;
  readonly regulatory: RegulatoryFacts;
}

/** The knowledge base shipped with medlint (validated against its schemas by the tests). */
export const knowledgeBase: KnowledgeBase = {
  lexicon: lexiconData as MechanismLexicon,
  mechanisms: mechanismData as MechanismFacts,
  myths: mythData as MythFacts,
  regulatory: regulatoryData as RegulatoryFacts,
};

/** Every term the knowledge base knows (substances, products, targets), e.g. for a spelling dictionary. */
export function knowledgeTerms(): string[] {
  const kb = knowledgeBase;
  const terms = new Set<string>();
  const add = (name: string): void => {
    for (const word of name.replace(/[()|=]/g, ' ').split(/\s+/)) if (/^\p{L}[\p{L}'’-]*$/u.test(word)) terms.add(word);
  };
  for (const t of kb.lexicon.targets) t.names.forEach(add);
  for (const s of kb.mechanisms.substances) s.names.forEach(add);
  for (const p of kb.regulatory.products) p.names.forEach(add);
  // The approved uses' words ("Dravet", "Lennox-Gastaut"): diseases copy names beside the product.
  for (const p of kb.regulatory.products) for (const u of p.approved) u.terms.forEach(add);
  return [...terms].sort();
}

/** The key a product name is looked up by: lowercase, hyphens, dots and a trailing "+" ignored ("NAD+" = "nad"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-‐.+®™]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PRODUCTS_BY_ID = new Map(knowledgeBase.regulatory.products.map((p) => [p.id, p]));
const PRODUCTS_BY_NAME = new Map<string, Product>();
for (const p of knowledgeBase.regulatory.products) {
  for (const n of [p.id, ...p.names]) if (!PRODUCTS_BY_NAME.has(nameKey(n))) PRODUCTS_BY_NAME.set(nameKey(n), p);
}

/** Every product name of the knowledge base by its name key (see `nameKey`), for building a matcher. */
export const productNameKeys: ReadonlyMap<string, string> = new Map([...PRODUCTS_BY_NAME].map(([key, p]) => [key, p.id]));

/** The product with this id, or named so in copy ("NAD+", "compounded semaglutide", "TRT"); case and hyphens are ignored. */
export function findProduct(name: string): Product | undefined {
  return PRODUCTS_BY_ID.get(name) ?? PRODUCTS_BY_NAME.get(nameKey(name));
}

/** True when the words of `needle` occur in `haystack`, in order and contiguous (both name keys). */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** True when a term of copy names one of the uses (approved, cleared or de novo) of a product: "type 2 diabetes" for semaglutide. */
export function isApprovedUse(productId: string, term: string): boolean {
  const key = nameKey(term);
  return (findProduct(productId)?.approved ?? []).some((use) => use.terms.some((t) => containsWords(key, nameKey(t))));
}

/** True when a term of copy names a use the knowledge base lists as promoted off-label for a product. */
export function isOffLabelUse(productId: string, term: string): boolean {
  const key = nameKey(term);
  const product = findProduct(productId);
  return !isApprovedUse(productId, term) && (product?.offLabel?.uses ?? []).some((u) => containsWords(key, nameKey(u)));
}

/** True when a product has uses but none is an FDA approval: a cleared or de novo device (TMS, PRP systems, hyperbaric chambers). */
export function isClearedOnly(productId: string): boolean {
  const uses = findProduct(productId)?.approved ?? [];
  return uses.length > 0 && uses.every((u) => u.authorization !== 'approved');
}

/**
 * Whether a claim that the product treats, cures, prevents or mitigates a condition can be lawful:
 * only for a product whose `diseaseClaims` is `approved-indications-only`, and only for a condition
 * of its approved or cleared uses. False for an unknown product. A lawful claim still needs evidence
 * and fair balance; this answers only "is there an approval for it".
 */
export function diseaseClaimsAllowed(productId: string, conditionTerm: string): boolean {
  const product = findProduct(productId);
  return product?.diseaseClaims === 'approved-indications-only' && isApprovedUse(product.id, conditionTerm);
}

/** A dated fact of the knowledge base, wherever it lives, for `medlint facts --stale`. */
export interface DatedFact {
  /** Where the fact is: "regulatory: semaglutide, approved use 2". */
  readonly where: string;
  readonly statement: string;
  readonly source: Source;
  readonly asOf: string;
}

/** Every fact of the knowledge base with its source and "as of" date. */
export function datedFacts(kb: KnowledgeBase = knowledgeBase): DatedFact[] {
  const out: DatedFact[] = [];
  for (const s of kb.mechanisms.substances) for (const f of s.facts) out.push({ where: `mechanisms: ${s.id}, ${f.id}`, statement: f.statement, source: f.source, asOf: f.asOf });
  for (const e of [...kb.mechanisms.categoryErrors, ...kb.mechanisms.phraseErrors]) out.push({ where: `mechanisms: ${e.id}`, statement: e.statement, source: e.source, asOf: e.asOf });
  for (const i of kb.mechanisms.identities ?? []) out.push({ where: `mechanisms: ${i.id}`, statement: i.statement, source: i.source, asOf: i.asOf });
  for (const m of kb.myths.myths) out.push({ where: `myths: ${m.id}`, statement: m.statement, source: m.source, asOf: m.asOf });
  const reg = kb.regulatory;
  for (const p of reg.products) {
    out.push({ where: `regulatory: ${p.id}`, statement: p.statement, source: p.source, asOf: p.asOf });
    p.approved.forEach((u, i) => out.push({ where: `regulatory: ${p.id}, use ${i + 1}`, statement: u.use, source: u.source, asOf: u.asOf }));
    if (p.offLabel) out.push({ where: `regulatory: ${p.id}, off-label`, statement: p.offLabel.statement, source: p.offLabel.source, asOf: p.offLabel.asOf });
    if (p.compounding) out.push({ where: `regulatory: ${p.id}, compounding`, statement: p.compounding.statement, source: p.compounding.source, asOf: p.compounding.asOf });
    (p.labelFacts ?? []).forEach((f, i) => out.push({ where: `regulatory: ${p.id}, label fact ${i + 1}`, statement: f.statement, source: f.source, asOf: f.asOf }));
  }
  reg.genericCues.forEach((g, i) => out.push({ where: `regulatory: generic cue ${i + 1}`, statement: g.statement, source: g.source, asOf: g.asOf }));
  out.push({ where: 'regulatory: registration cues', statement: reg.registrationCues.statement, source: reg.registrationCues.source, asOf: reg.registrationCues.asOf });
  out.push({ where: 'regulatory: ingredient approval cues', statement: reg.ingredientApprovalCues.statement, source: reg.ingredientApprovalCues.source, asOf: reg.ingredientApprovalCues.asOf });
  out.push({ where: 'regulatory: Schedule I cues', statement: reg.scheduleICues.statement, source: reg.scheduleICues.source, asOf: reg.scheduleICues.asOf });
  out.push({ where: 'regulatory: cosmetic drug cues', statement: reg.cosmeticDrugCues.statement, source: reg.cosmeticDrugCues.source, asOf: reg.cosmeticDrugCues.asOf });
  for (const [id, k] of Object.entries(reg.productKinds)) out.push({ where: `regulatory: product kind ${id}`, statement: k.statement, source: k.source, asOf: k.asOf });
  for (const a of reg.authorizedClaims) out.push({ where: `regulatory: authorized claim ${a.id}`, statement: a.statement, source: a.source, asOf: a.asOf });
  return out;
}

/** A product named in a list of words: the product and the word indexes of its name. */
export interface ProductMention {
  readonly product: Product;
  readonly first: number;
  readonly last: number;
}

let productTable: TermTable<Product> | undefined;

/** Every product named in a list of words (a sentence's words), longest name first at each place: "compounded semaglutide" is one mention. */
export function productMentions(words: readonly Word[]): ProductMention[] {
  if (!productTable) {
    productTable = new TermTable<Product>();
    for (const p of knowledgeBase.regulatory.products) for (const n of p.names) productTable.add(n, p);
  }
  const out: ProductMention[] = [];
  if (!productTable.mentionedIn(words)) return out;
  for (let k = 0; k < words.length; k++) {
    const hit = productTable.at(words, k);
    if (!hit) continue;
    out.push({ product: hit.value, first: k, last: hit.end - 1 });
    k = hit.end - 1;
  }
  return out;
}
