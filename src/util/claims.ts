/**
 * The shared shape of the claim rules: a phrase list (data), a context policy saying which
 * context flags remove a claim, and messages. A claim rule module is this helper applied
 * to its own metadata and data; the matching itself is the engine's single lexicon pass.
 */
import type { Claim, ClaimKind, ClaimModality, DocumentModel, KnowledgeBase, Sentence, ContextPolicy, OptionsSchema, PhraseEntry, PhraseMatch, RuleContext, RuleMeta, RuleModule, Severity } from '../types.js';
import { defineRule } from './rule.js';
import { endorsement, refersBack, refutedAhead, refutedLater } from '../engine/claims.js';

/** Options every claim rule takes. */
export interface ClaimOptions {
  /** More phrases to flag, in the phrase pattern syntax. */
  readonly extraPhrases: readonly string[];
  /** Phrases never to flag (they cancel the matches they overlap). */
  readonly ignorePhrases: readonly string[];
}

const CLAIM_SCHEMA: OptionsSchema = {
  type: 'object',
  properties: {
    extraPhrases: { type: 'array', items: { type: 'string' }, description: 'More phrases to flag, in the phrase pattern syntax' },
    ignorePhrases: { type: 'array', items: { type: 'string' }, description: 'Phrases never to flag; they cancel the matches they overlap' },
  },
  additionalProperties: false,
};

/** A claim rule's data file. */
export interface ClaimData {
  readonly entries: readonly PhraseEntry[];
}

/** What a claim rule declares. `M` is its message ids besides `default`. */
export interface ClaimRuleSpec<M extends string = string> {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly messages: Readonly<Record<M | 'default', string>>;
  readonly references: RuleMeta['references'];
  /** Which context flags remove a claim: becomes the rule's `meta.contextPolicy`. */
  readonly policy: ContextPolicy;
  readonly data: ClaimData;
  /** Widens a match's range (e.g. to the comparator of "better than"); file offsets. */
  readonly range?: (match: PhraseMatch) => readonly [number, number];
  /** The claims of the engine's claim model this rule reports, beyond its phrase list. */
  readonly claims?: ClaimSelection<NoInfer<M | 'default'>>;
  /** A finding that its surroundings answer (e.g. "safe" followed by the risks): not reported. */
  readonly answered?: (sentence: Sentence, messageId: string, first: number, last: number, document: DocumentModel, kb: KnowledgeBase) => boolean;
}

/** Which claims of the document model a rule reports, and with which message. */
export interface ClaimSelection<M extends string = string> {
  /** Claim kind -> message id. */
  readonly kinds: Partial<Record<ClaimKind, M>>;
  /** The modalities that make a claim the writer's (e.g. asserted and answer; hedged too for evidence appeals). */
  readonly modalities: readonly ClaimModality[];
  /** A further test (e.g. only intensified efficacy claims), with the knowledge base of the run's settings. */
  readonly when?: (claim: Claim, kb: KnowledgeBase) => boolean;
  /** Severity of a finding from the claim model, when it is lower than the rule's (the engine never raises it). */
  readonly severity?: (claim: Claim) => Severity | undefined;
}

/** A test of whether a range overlaps any of the given ranges: sorted once, then a binary search and a running maximum of ends. */
function overlapIndex(ranges: readonly (readonly [number, number])[]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  let max = -1;
  for (const [, e] of sorted) maxEnd.push((max = Math.max(max, e)));
  return (start, end) => {
    // The last range starting before `end`: any overlap is among those, and the running maximum says whether one ends after `start`.
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      // Safe: mid is within bounds.
      if (sorted[mid]![0] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && (maxEnd[found] ?? -1) > start;
  };
}

function severityOf(selection: ClaimSelection, claim: Claim): { severity?: Severity } {
  const severity = selection.severity?.(claim);
  return severity ? { severity } : {};
}

/** The sentence names one of the document's products or treatments, or refers to one ("it", "these", "our"). */
export function namesTreatment(sentence: Sentence, document: DocumentModel): boolean {
  if (refersBack(sentence)) return true;
  const text = document.text.slice(sentence.start, sentence.end).toLowerCase();
  return document.subjects.some((s) => text.includes(s.name.toLowerCase()));
}

/** "one of the safest", "one of the most effective": the match opens with, or follows, "one of the". */
export function oneOfThe(sentence: Sentence, first: number): boolean {
  const words = sentence.words;
  for (let k = Math.max(0, first - 3); k <= first; k++) if (words[k]?.key === 'one' && words[k + 1]?.key === 'of' && words[k + 2]?.key === 'the') return true;
  return false;
}

/** A claim of superiority that compares with something named ("better than X", "as effective as X", "works like X"). */
export function isComparison(claim: Claim): boolean {
  const words = claim.sentence.words;
  let as = 0;
  for (let i = claim.first; i <= claim.last; i++) {
    const key = words[i]?.key;
    if (key === 'than' || key === 'like' || key === 'mimics' || key === 'mimic' || (key === 'as' && ++as === 2)) return true;
  }
  return false;
}

/** The claims of a document a selection takes, in order. */
export function selectClaims(claims: readonly Claim[], selection: ClaimSelection, kb: KnowledgeBase): Claim[] {
  return claims.filter((c) => selection.kinds[c.kind] !== undefined && selection.modalities.includes(c.modality) && (!selection.when || selection.when(c, kb)));
}

/**
 * True when the match's context removes the claim under the policy. In a research text every
 * statement is the research's, reported: a rule that skips attributed claims skips them there too.
 */
export function isSuppressed(match: PhraseMatch, policy: ContextPolicy, research = false, promotional = false): boolean {
  const { sentence, first, last, entry } = match;
  if (policy.question === 'skip' && sentence.question) return true;
  if (policy.cited === 'skip' && (sentence.cited || sentence.block.cited)) return true;
  // Safe: `first` indexes the sentence's words, and context is parallel to words.
  const ctx = sentence.context[first]!;
  if (ctx.uncertain || refutedAhead(sentence, first) || refutedLater(sentence, last)) return true;
  if (policy.negated === 'skip' && ctx.negated) return true;
  if (policy.conceded === 'skip' && ctx.conceded) return true;
  // A quotation is someone else's words, except an endorsement in a page that promotes: what the seller quotes its
  // provider or a patient saying is the seller's claim (16 CFR 255.1).
  if (policy.attributed === 'skip' && (ctx.attributed || (ctx.quoted && !(promotional && endorsement(sentence))) || research)) return true;
  if (policy.hedged === 'skip' && entry.hedgeable !== false) {
    for (let i = first; i <= last; i++) if (sentence.context[i]?.hedged) return true;
  }
  return false;
}

/**
 * Defines a claim rule from its spec (through `defineRule`: docs URL from the id, message ids
 * typed, the context policy in `meta.contextPolicy`).
 */
export function defineClaimRule<const M extends string>(spec: ClaimRuleSpec<M>): RuleModule<ClaimOptions, M | 'default'> {
  const meta: Omit<RuleMeta<ClaimOptions, M | 'default'>, 'docsUrl'> = {
    id: spec.id,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity,
    fixable: spec.data.entries.some((e) => e.suggest && e.suggest.length > 0) ? 'suggestion' : false,
    messages: spec.messages,
    schema: CLAIM_SCHEMA,
    defaultOptions: { extraPhrases: [], ignorePhrases: [] },
    references: spec.references,
    contextPolicy: spec.policy,
  };
  return defineRule({
    meta,
    lexicon: (options) => [
      ...spec.data.entries,
      ...options.extraPhrases.map((phrase) => ({ phrase })),
      ...options.ignorePhrases.map((phrase) => ({ phrase, ignore: true })),
    ],
    check(context: RuleContext<ClaimOptions, M | 'default'>) {
      const reported: (readonly [number, number])[] = [];
      const research = context.document.genre === 'research';
      for (const match of context.matches) {
        if (isSuppressed(match, spec.policy, research, context.document.promotional)) continue;
        const words = match.sentence.words;
        // Safe: match indexes are within the sentence's words.
        // An entry tagged `first-word` reports its first word only; the rest of the pattern only tells it from look-alikes.
        const last = match.entry.tag === 'first-word' ? match.first : match.last;
        const [start, end] = spec.range ? spec.range(match) : [words[match.first]!.start, words[last]!.end];
        // Phrase lists are data: the engine refuses an id the rule does not declare, and the contract test checks every entry's.
        const messageId = (match.entry.messageId ?? 'default') as M | 'default';
        if (spec.answered?.(match.sentence, messageId, match.first, match.last, context.document, context.settings.knowledgeBase)) continue;
        reported.push([start, end]);
        context.report({
          messageId,
          data: { phrase: context.document.text.slice(start, end) },
          start,
          end,
          ...(match.entry.suggest ? { suggestions: match.entry.suggest } : {}),
          ...(match.entry.severity ? { severity: match.entry.severity } : {}),
        });
      }
      if (!spec.claims) return;
      // The claim model finds what the phrase list does not; a claim its phrases already cover is not reported twice.
      // Ranges are swept in order (a sentence of thousands of claims stays linear).
      const covered = overlapIndex(reported);
      const ignoredBySentence = new Map<Sentence, PhraseMatch[]>();
      for (const m of context.ignored) ignoredBySentence.set(m.sentence, [...(ignoredBySentence.get(m.sentence) ?? []), m]);
      const claims = selectClaims(context.document.claims, spec.claims, context.settings.knowledgeBase).sort((a, b) => a.start - b.start || b.end - a.end);
      let claimedUpTo = -1;
      // One finding a sentence and message: "cures arthritis and heals gout" is one sentence to rewrite, so its first
      // claim is the finding and the others of the same message and severity are related locations.
      const findings: { claim: Claim; messageId: M | 'default'; severity: { severity?: Severity }; more: Claim[] }[] = [];
      // Claims come in document order, so a sentence's findings are the last ones: only those are searched.
      let sentenceFrom = 0;
      for (const claim of claims) {
        if (claim.start < claimedUpTo || covered(claim.start, claim.end)) continue;
        if (ignoredBySentence.get(claim.sentence)?.some((m) => m.first <= claim.last && claim.first <= m.last)) continue;
        // Safe: selectClaims keeps only kinds with a message id.
        const messageId = spec.claims.kinds[claim.kind]!;
        if (spec.answered?.(claim.sentence, messageId, claim.first, claim.last, context.document, context.settings.knowledgeBase)) continue;
        claimedUpTo = Math.max(claimedUpTo, claim.end);
        const severity = severityOf(spec.claims, claim);
        if (findings[sentenceFrom]?.claim.sentence !== claim.sentence) sentenceFrom = findings.length;
        let same: (typeof findings)[number] | undefined;
        for (let k = sentenceFrom; k < findings.length && !same; k++) {
          // Safe: k is within the array.
          const f = findings[k]!;
          if (f.messageId === messageId && f.severity.severity === severity.severity && !claim.question && !f.claim.question) same = f;
        }
        if (same) same.more.push(claim);
        else findings.push({ claim, messageId, severity, more: [] });
      }
      for (const { claim, messageId, severity, more } of findings) {
        // Pushed one at a time, not spread from mapped arrays: `more` is often empty, and V8 gave up the optimized
        // check (some 27 KB of machine code, compiled again) each time a spread met an empty array after filled ones.
        const related: { message: string; start: number; end: number }[] = [];
        if (claim.question) related.push({ message: 'the question this answer answers', start: claim.question.start, end: claim.question.end });
        for (let k = 0; k < more.length; k++) {
          // Safe: k is within the array.
          const c = more[k]!;
          related.push({ message: `another such claim in this sentence: “${context.document.text.slice(c.start, c.end)}”`, start: c.start, end: c.end });
        }
        context.report({
          messageId,
          data: { phrase: context.document.text.slice(claim.start, claim.end) },
          start: claim.start,
          end: claim.end,
          ...(related.length > 0 ? { related } : {}),
          ...severity,
        });
      }
    },
  });
}
