/**
 * The knowledge base: what medlint knows about substances, their mechanisms and their
 * regulatory status, as versioned data files in rules/data/knowledge/. Every fact carries a
 * source URL and an "as of" date; `medlint facts` prints them, and the rules that rest on
 * them (mechanism-error, regulatory-claim, missing-disclaimer) cite them in their findings.
 * The files are checked against JSON Schemas in rules/data/knowledge/schema/ by the tests.
 */
import lexiconData from '../../rules/data/knowledge/lexicon.json' with { type: 'json' };
import mechanismData from '../../rules/data/knowledge/mechanisms.json' with { type: 'json' };
import regulatoryData from '../../rules/data/knowledge/regulatory.json' with { type: 'json' };

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

export interface MechanismFacts {
  readonly version: string;
  readonly asOf: string;
  readonly substances: readonly Substance[];
  readonly categoryErrors: readonly CategoryError[];
  readonly phraseErrors: readonly PhraseError[];
}

/** An FDA-approved use of a product. */
export interface ApprovedUse {
  readonly use: string;
  /** Words of copy that name this use (an indication, "anesthesia"). */
  readonly terms: readonly string[];
  readonly route: string;
  readonly date: string;
  readonly source: Source;
  readonly asOf: string;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  /** Names in copy, in the phrase pattern syntax (word by word). */
  readonly names: readonly string[];
  readonly kind: string;
  /** Empty: no FDA approval for any use. */
  readonly approved: readonly ApprovedUse[];
  /** For a product without approval: what is true, and its source. */
  readonly statement?: string;
  readonly source?: Source;
  readonly asOf?: string;
  /** Uses clinics promote that are not approved. */
  readonly offLabel?: {
    readonly uses: readonly string[];
    readonly statement: string;
    readonly source: Source;
    readonly asOf: string;
  };
}

export interface RegulatoryFacts {
  readonly version: string;
  readonly asOf: string;
  readonly products: readonly Product[];
  readonly approvalCues: readonly string[];
  readonly notAssertions: readonly string[];
  readonly offLabelCues: readonly string[];
  readonly designationCues: readonly string[];
  /** What a designation is, for the finding that presents one as an approval. */
  readonly designationSource: Source;
  readonly genericCues: readonly { readonly phrase: string; readonly statement: string }[];
}

/** The whole knowledge base. */
export interface KnowledgeBase {
  readonly lexicon: MechanismLexicon;
  readonly mechanisms: MechanismFacts;
  readonly regulatory: RegulatoryFacts;
}

/** The knowledge base shipped with medlint (validated against its schemas by the tests). */
export const knowledgeBase: KnowledgeBase = {
  lexicon: lexiconData as MechanismLexicon,
  mechanisms: mechanismData as MechanismFacts,
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
  return [...terms].sort();
}
