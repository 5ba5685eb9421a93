/**
 * Public types of medlint: the document model rules read, the rule module contract,
 * and the findings the engine produces. Rules import only this file and `src/util/`.
 */
import type { KnowledgeBase } from './kb/index.js';

export type { KnowledgeBase } from './kb/index.js';

/** How serious a finding is. `error` makes the CLI exit with status 1. */
export type Severity = 'error' | 'warning' | 'info';

/** The kind of a word token. */
export type WordKind = 'word' | 'number' | 'percent' | 'money';

/** One word of prose, with its offsets into the file's text (end exclusive). */
export interface Word {
  /** The word exactly as written. */
  readonly text: string;
  /** Lowercased, curly apostrophes straightened, hyphens removed: the key phrase lists match on. */
  readonly key: string;
  /** Porter stem of `key`: matches inflections ("cures", "cured" -> "cure"). */
  readonly stem: string;
  /**
   * The number of `key` within the process: every word with the same key has the same id, and
   * ids are small and dense, so facts of a key can be kept in an array indexed by it instead of
   * a map of strings (see `src/util/by-key.ts`).
   */
  readonly id: number;
  readonly kind: WordKind;
  readonly start: number;
  readonly end: number;
  /** Punctuation between the previous word of the sentence and this one ("" when only spaces). */
  readonly gap: string;
}

/** Where a block of prose came from. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote';

/** Per-word context, computed once per sentence by the engine and shared by every rule. */
export interface WordContext {
  /** Inside the scope of a negation trigger ("not", "no", "never", "there is no", "isn't"). */
  readonly negated: boolean;
  /** In a clause with a hedge cue ("may", "might", "can help", "some patients", "studies suggest"). */
  readonly hedged: boolean;
  /** Reported from a named source ("the FDA warns that …", "according to the NIH, …"). */
  readonly attributed: boolean;
  /** Inside quotation marks. */
  readonly quoted: boolean;
  /**
   * In a clause that asks or leaves open rather than asserts ("whether it is safe", "if it works",
   * "the extent to which it is effective is unclear", "to make sure it is safe"): no claim rule
   * takes a claim from it.
   */
  readonly uncertain: boolean;
  /**
   * After a study's reporting verb ("a study of 79 websites found that 29 implied FDA approval"):
   * the words report what a study observed. Rules decide what that changes; an evidence appeal
   * ("studies found that it cures") is still the writer's.
   */
  readonly reported: boolean;
  /**
   * In a leading concessive clause ("While studies have documented X, …", "Despite the proven
   * efficacy of X, …"): the writer grants the point in order to argue the main clause.
   */
  readonly conceded: boolean;
}

/** A sentence with its words and context. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
  /** Parallel to `words`. */
  readonly context: readonly WordContext[];
  /** Ends with a question mark. */
  readonly question: boolean;
  /** A citation (link, footnote, bracketed number, author-year, "according to X") in this sentence. */
  readonly cited: boolean;
  /**
   * Clause id per word, parallel to `words`: a clause ends at hard punctuation, a termination
   * term ("but", "however", "which") or the comma that closes a leading subordinate clause.
   */
  readonly clauses: readonly number[];
  readonly block: Block;
}

/** A block of prose: a paragraph, heading, list item or table cell. */
export interface Block {
  readonly index: number;
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  /** A citation anywhere in the block. */
  readonly cited: boolean;
  readonly sentences: readonly Sentence[];
}

/** The input formats medlint reads. */
export type SourceFormat = 'markdown' | 'text' | 'html';

/** Everything rules may read about one file. */
export interface DocumentModel {
  readonly path: string;
  readonly format: SourceFormat;
  /** The file's text (BOM dropped). Offsets index into it. */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** The health claims the engine found, in document order (see `Claim`). */
  readonly claims: readonly Claim[];
  /**
   * `research`: the text reports research (an abstract, a review, a guideline: "we reviewed",
   * "participants were", "primary end point"); what it says treatments do is the research's
   * finding, reported, not the writer's promotion.
   */
  readonly genre: 'research' | 'general';
  /**
   * The writer promotes something: a seller's voice ("book your first infusion", "our clinic",
   * "we offer"), or a text that is not research and states or answers at least one claim in its
   * own voice. A page whose every claim is hedged, attributed or refuted (a health-authority page)
   * is not promotional.
   */
  readonly promotional: boolean;
  /** The products and treatments the document names, most mentioned first. */
  readonly subjects: readonly SubjectMention[];
}

/**
 * The kind of a health claim (FTC Health Products Compliance Guidance, 2022; 21 CFR 101.93(g)):
 * - `cure`: cures, heals, reverses or eliminates a condition;
 * - `prevention`: prevents or protects against a condition, or lowers its risk;
 * - `disease`: treats, relieves, manages or fights a condition;
 * - `efficacy`: an unqualified promise of a health outcome ("boosts metabolism", "highly effective");
 * - `promise`: a promised personal result ("you will feel", "patients will have");
 * - `safety`: safe, harmless, or a risk denied or minimised ("no risk of", "complications are extremely rare");
 * - `superiority`: a superlative or a comparison without a comparator study;
 * - `puffery`: hype words ("groundbreaking", "wonder drug");
 * - `evidence`: an appeal to evidence ("research shows", "clinically proven", "backed by science").
 */
export type ClaimKind = 'cure' | 'prevention' | 'disease' | 'efficacy' | 'promise' | 'safety' | 'superiority' | 'puffery' | 'evidence';

/**
 * How the writer stands to a claim:
 * - `asserted`: stated as fact;
 * - `hedged`: softened ("may", "can help", "some patients", "whether");
 * - `negated`: denied ("is not a cure");
 * - `question`: asked and not answered;
 * - `answer`: asked, then answered ("Is it safe? Absolutely."): the answer makes the claim;
 * - `attributed`: reported from a source ("the FDA says", "some sellers claim");
 * - `refuted`: attributed and then contradicted ("…; the evidence does not support that");
 * - `cited`: asserted with a citation near.
 */
export type ClaimModality = 'asserted' | 'hedged' | 'negated' | 'question' | 'answer' | 'attributed' | 'refuted' | 'cited' | 'conceded';

/** A product or treatment named in the document. */
export interface SubjectMention {
  /** The knowledge base's product id, when the name is a product it knows. */
  readonly productId?: string;
  /** The name as the document first writes it. */
  readonly name: string;
  /** Lowercased key of the name: mentions with the same key are one subject. */
  readonly key: string;
  readonly count: number;
}

/** What a claim is about. */
export interface ClaimSubject {
  readonly name: string;
  readonly key: string;
  readonly productId?: string;
  /** `explicit`: named in the sentence; `anaphora`: "it", "this therapy" resolved to an earlier name; `document`: the article's main subject. */
  readonly resolved: 'explicit' | 'anaphora' | 'document';
  /** File offsets of the name, when it is in the claim's sentence. */
  readonly start?: number;
  readonly end?: number;
}

/** A health claim found by the engine's claim model. Offsets are file offsets, end exclusive. */
export interface Claim {
  readonly kind: ClaimKind;
  readonly modality: ClaimModality;
  readonly sentence: Sentence;
  /** Word indexes of the claim's words in `sentence.words` (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly subject?: ClaimSubject;
  /** The disease or condition the claim names. */
  readonly condition?: { readonly text: string; readonly start: number; readonly end: number };
  /** For a claim about a list of conditions ("used for A, B, C and D"): each condition of the list. */
  readonly conditions?: readonly { readonly text: string; readonly start: number; readonly end: number }[];
  /** For an answer: where the question's claim is. */
  readonly question?: { readonly start: number; readonly end: number };
  /** The claim's cue was intensified ("highly effective", "extremely rare"). */
  readonly intensified: boolean;
  /**
   * The claim presents the product as a substitute for a drug or an operation ("able to stop taking
   * insulin", "nature's metformin", "avoid knee surgery"): `condition` names the drug or operation, and
   * the claim is one to treat what it treats (21 CFR 101.93(g)(2)(v)).
   */
  readonly substitute?: true;
}

/** A phrase of a rule's lexicon found in a sentence by the engine's single pass. */
export interface PhraseMatch {
  readonly sentence: Sentence;
  /** Index of the first word of the match in `sentence.words`. */
  readonly first: number;
  /** Index of the last word of the match (inclusive). */
  readonly last: number;
  readonly entry: PhraseEntry;
}

/** One entry of a phrase list (a rule's data file). */
export interface PhraseEntry {
  /** The pattern, e.g. `cure~`, `(studies|research) (show|shows)`, `<percent> of <population>?`. */
  readonly phrase: string;
  /** Message id for this entry; defaults to the rule's `default` message. */
  readonly messageId?: string;
  /** Suggested rewrites. */
  readonly suggest?: readonly string[];
  /** Overrides the rule's severity for this entry. */
  readonly severity?: Severity;
  /** When true (default), a hedge in the clause removes the claim. */
  readonly hedgeable?: boolean;
  /** When true, the entry only cancels overlapping matches of the same rule (a known look-alike). */
  readonly ignore?: boolean;
  /** A label the rule uses to tell kinds of entries apart (e.g. `approval`, `product:ketanest`). */
  readonly tag?: string;
}

/**
 * A fix that is safe to apply without a reader: replace the file's text from `start` to
 * `end` (file offsets, end exclusive) with `text`. Rules offer one only for a mechanical
 * slip (a misspelling with one candidate, a repeated word, a double space), never for a
 * claim; `medlint --fix` applies them.
 */
export interface Fix {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What a rule reports. Offsets are file offsets, end exclusive. `M` is the rule's message ids
 * (see `defineRule`), so a misspelt id does not compile.
 */
export interface Report<M extends string = string> {
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Omit both for a document-level finding. */
  readonly start?: number;
  readonly end?: number;
  readonly suggestions?: readonly string[];
  readonly severity?: Severity;
  readonly related?: readonly { readonly message: string; readonly start: number; readonly end: number }[];
  /** A safe fix; its range may differ from the finding's (a repeated word's fix removes only the repeat). */
  readonly fix?: Fix;
}

/** How a context flag affects a claim rule: the claim is skipped, or the flag is ignored. */
export type ContextEffect = 'skip' | 'keep';

/** Which context flags remove a claim of this rule. */
export interface ContextPolicy {
  readonly negated: ContextEffect;
  readonly hedged: ContextEffect;
  readonly question: ContextEffect;
  readonly attributed: ContextEffect;
  readonly cited: ContextEffect;
  /** Claims granted in a leading concessive clause; kept unless a rule says otherwise. */
  readonly conceded?: ContextEffect;
}

/** A JSON Schema (subset) for a rule's options. */
export interface OptionsSchema {
  readonly type: 'object';
  readonly properties: Readonly<
    Record<string, { readonly type: string; readonly items?: { readonly type: string }; readonly enum?: readonly string[]; readonly description: string }>
  >;
  readonly additionalProperties: false;
}

/** A rule's metadata. `M` is its message ids. */
export interface RuleMeta<O extends object = Record<string, unknown>, M extends string = string> {
  readonly id: string;
  /** One imperative sentence, no final period. */
  readonly description: string;
  readonly docsUrl: string;
  readonly defaultSeverity: Severity;
  /** `suggestion`: findings can carry suggested wording; `fix`: some also carry a safe `Fix`. */
  readonly fixable: false | 'suggestion' | 'fix';
  /** messageId -> template with `{placeholders}`. */
  readonly messages: Readonly<Record<M, string>>;
  readonly schema: OptionsSchema;
  readonly defaultOptions: Readonly<O>;
  /** The guidance findings rest on. */
  readonly references: readonly { readonly title: string; readonly url: string }[];
  /**
   * Which context flags remove a finding of this rule (the claim rules): declared here, not
   * in a closure, so the docs generator and the tests read it from the metadata.
   */
  readonly contextPolicy?: ContextPolicy;
}

/**
 * What every rule may read about the run besides its own options, the same for every rule:
 * the project's words and locale (from the configuration and `.medlint-dictionary`), the
 * words one file's front matter accepts, and the knowledge base. The engine knows no rule
 * that uses them.
 */
export interface RuleSettings {
  /** Words the project spells this way on purpose (names, products): config `words` and `.medlint-dictionary`. */
  readonly words: readonly string[];
  /** Words this file's front matter accepts (`medlint: { words: [...] }`). */
  readonly fileWords: readonly string[];
  /** The project's English locale, when the configuration sets one. */
  readonly locale?: 'en-US' | 'en-GB';
  /** What medlint knows about substances, mechanisms and regulatory status. */
  readonly knowledgeBase: KnowledgeBase;
}

/** What a rule's `check` receives. */
export interface RuleContext<O extends object = Record<string, unknown>, M extends string = string> {
  readonly document: DocumentModel;
  readonly options: Readonly<O>;
  /** Shared settings every rule may read (see `RuleSettings`). */
  readonly settings: RuleSettings;
  /** This rule's phrase matches, from the engine's one pass over the words. */
  readonly matches: readonly PhraseMatch[];
  /** Matches of this rule's `ignore` entries (known look-alikes), which also cancel the claims they overlap. */
  readonly ignored: readonly PhraseMatch[];
  /** Reports a finding; throws on a message id the rule does not declare, or a fix from a rule whose meta says it does not fix. */
  report(report: Report<M>): void;
}

/** A rule module: metadata, an optional phrase list, and a pure, synchronous check. */
export interface RuleModule<O extends object = Record<string, unknown>, M extends string = string> {
  readonly meta: RuleMeta<O, M>;
  /**
   * The phrase list this rule matches, given its options and the run's shared settings (a
   * list may come from the knowledge base; a file's front-matter words are not in them yet).
   * Called once per engine; the engine compiles every rule's list into one matcher.
   */
  readonly lexicon?: (options: Readonly<O>, settings: RuleSettings) => readonly PhraseEntry[];
  readonly check: (context: RuleContext<O, M>) => void;
}

/**
 * What the engine lints with, handed to it by its caller as ESLint's Linter has rules defined
 * on it and textlint's kernel gets a rule list: the engine imports no rule and no knowledge
 * base. medlint's own set is `src/builtin.ts` (the registry and the shipped knowledge base),
 * which the entry points pass in: the CLI, `medlint report`, the API, the remark plugin, the
 * language server and the lint pool's worker.
 */
export interface RuleSet {
  /** Every rule a run may use (a configuration can name only these), in id order. */
  readonly rules: readonly RuleModule<object>[];
  /** The knowledge base every rule's settings carry (`RuleSettings.knowledgeBase`); the claim model takes its product names from it too. */
  readonly knowledgeBase: KnowledgeBase;
  /**
   * The path of the lint pool's worker module for this same set, asked for only when a run
   * starts worker threads. Rules are code and cannot be sent to a thread, so the worker module
   * imports the set itself and default-exports `poolWorker(set)` (src/engine/pool-worker.ts);
   * `src/worker.ts` is medlint's. Without it, every run lints in one thread.
   */
  readonly workerFile?: () => string;
}

/** A location related to a finding (e.g. the other half of a contradiction). */
export interface RelatedLocation {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  readonly endOffset: number;
}

/** A finding as every formatter receives it (the JSON output contract). */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** Absent for a document-level finding, as are endColumn and endOffset. */
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly offset: number;
  readonly endOffset?: number;
  /** The text the finding covers ("" for a document-level finding). */
  readonly excerpt: string;
  readonly url: string;
  readonly suggestions?: readonly string[];
  readonly related?: readonly RelatedLocation[];
  /** A safe fix (file offsets, end exclusive), present when `medlint --fix` would apply one. */
  readonly fix?: Fix;
  /**
   * Identifies the finding across edits: a hash of its rule, its text and its sentence
   * (normalized), not of its line, so baselines survive edits elsewhere in the file.
   */
  readonly fingerprint?: string;
  /** Present on suppressed findings: what suppressed them. */
  readonly suppressions?: readonly { readonly kind: 'directive' | 'front-matter'; readonly justification: string }[];
}

/** The findings for one file. */
export interface LintResult {
  /** The path as given. */
  readonly file: string;
  readonly messages: readonly Finding[];
  /** Findings removed by inline suppressions or front matter, kept for the audit trail. */
  readonly suppressed?: readonly Finding[];
}

/**
 * The metadata of every rule a run knows, by rule id (as ESLint passes `rulesMeta` to its
 * formatters): what formatters and the report read about rules, instead of the registry.
 */
export type RulesMeta = Readonly<Record<string, RuleMeta<object>>>;
