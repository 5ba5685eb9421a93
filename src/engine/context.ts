/**
 * Context: once per sentence, the scopes every claim rule consults. The method follows
 * NegEx / ConText (Chapman et al. 2001, Harkema et al. 2009): a trigger term opens a scope
 * that runs forward to the end of its clause (or a window of words), stopping at
 * termination terms; pseudo-triggers that look like negation but are not are skipped.
 * Hedge cues come from the BioScope speculation cues plus marketing hedges ("can help",
 * "some patients"); a hedge covers its whole clause. The cue lists are data
 * (src/engine/data/context.json), so adding a cue is not a code change.
 */
import contextData from './data/context.json' with { type: 'json' };
import type { Word, WordContext } from '../types.js';
import { IndexByKey } from '../util/by-key.js';
import { keyAt } from '../util/words.js';

interface Punct {
  readonly text: string;
  readonly start: number;
  /** Number of words before this mark in the sentence. */
  readonly before: number;
}

/** The result of the context pass for one sentence. */
export interface SentenceAnalysis {
  readonly context: WordContext[];
  readonly question: boolean;
  readonly cited: boolean;
  /** The citation is a reference (a link, a footnote, an author and year, a named journal) that can source the paragraph. */
  readonly reference: boolean;
  /** Clause id per word. */
  readonly clauses: number[];
}

const keysOf = (phrases: readonly string[]): string[][] => phrases.map((p) => p.toLowerCase().replace(/[’]/g, "'").split(/\s+/));

const NEGATION = new Set(contextData.negation.triggers);
const PSEUDO_NEGATION = keysOf(contextData.negation.pseudo);
const NEGATION_WINDOW = contextData.negation.window;
/** Post-triggers by their first word: they negate their clause's words before them. */
const POST_NEGATION = new Map<string, string[][]>();
for (const cue of keysOf(contextData.negation.post)) {
  // Safe: split always yields at least one element.
  const first = cue[0]!;
  POST_NEGATION.set(first, [...(POST_NEGATION.get(first) ?? []), cue]);
}
const TERMINATION = new Set(contextData.clause.termination);
const CLAUSE_PUNCT = new Set(contextData.clause.punctuation);
const COMMA_BREAKERS = new Set(contextData.clause.afterComma);
const SUBORDINATORS = new Set(contextData.clause.subordinators);
/** Hedge cues indexed by their first word, so a word costs one lookup, not a scan of every cue. */
const HEDGES = new Map<string, string[][]>();
for (const cue of keysOf(contextData.hedge.cues)) {
  // Safe: split always yields at least one element.
  const first = cue[0]!;
  HEDGES.set(first, [...(HEDGES.get(first) ?? []), cue]);
}
const REPORTING = new Set(contextData.attribution.reportingVerbs);
/** Uncertainty cues indexed by their first word, like the hedges. */
const UNCERTAIN = new Map<string, string[][]>();
for (const cue of keysOf(contextData.uncertainty.cues)) {
  // Safe: split always yields at least one element.
  const first = cue[0]!;
  UNCERTAIN.set(first, [...(UNCERTAIN.get(first) ?? []), cue]);
}
const SOURCE_NOUNS = new Set(contextData.attribution.sourceNouns);
const GENERIC_SOURCES = new Set(contextData.attribution.genericSources);
const CLAIM_VERBS = new Set(contextData.attribution.claimVerbs);
const PASSIVE_CLAIM_VERBS = new Set(contextData.attribution.passiveClaimVerbs);
const CONCESSIVE = keysOf(contextData.clause.concessive);
const PARENTHETICAL_SPEAKERS = new Set(contextData.attribution.parentheticalSpeakers);
const PARENTHETICAL_VERBS = new Set(contextData.attribution.parentheticalVerbs);
const REGARD_VERBS = new Set(contextData.attribution.regardVerbs);
const HEARSAY_VERBS = new Set(contextData.attribution.hearsayVerbs);
const EVIDENCE_SOURCES = new Set(contextData.attribution.evidenceSources);
const CUSTOMER_SOURCES = new Set(contextData.attribution.customerSources);
/** Subjects that make a claim verb the writer's own inference ("this suggests that"). */
const INFERENCE_SUBJECTS = new Set(['this', 'these', 'which', 'that', 'it']);
/** Participles whose "to" complement a negated subject denies ("no product has been shown to …"). */
const SHOWN_TO = new Set(['shown', 'proven', 'proved', 'known', 'found', 'demonstrated', 'able']);
/** Claim verbs that report a claim with "to" after them as well ("products that claim to cure", "purported to treat"). */
const CLAIM_TO = new Set(['claim', 'claims', 'claimed', 'claiming', 'purport', 'purports', 'purported', 'purporting', 'alleged', 'allege', 'alleges']);
/** Words after a passive claim verb that make it a reported claim ("marketed as"). */
const PASSIVE_CLAIM_LINKS = new Set(['as', 'to', 'for']);
/** The auxiliaries of a passive reporting verb ("has been shown", "was found", "is confirmed"). */
const PASSIVE_AUXILIARIES = new Set(['been', 'be', 'is', 'are', 'was', 'were', 'being']);
/** Auxiliaries before "told" that make it a reported claim ("being told"). */
const TOLD_AUXILIARIES = new Set(['being', 'been', 'were', 'was', 'are', 'is', 'get', 'got']);

const BRACKETED_NUMBER = /\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\s.,;]|$)/u;
const AUTHOR_YEAR =
  /\(\s*\p{Lu}[^()]{0,80}?,?\s(?:1[89]|20)\d{2}[a-z]?\s*(?:[;,][^()]*)?\)|\b\p{Lu}[\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s*\((?:1[89]|20)\d{2}[a-z]?\)/u;
const NAMED_STUDY = /\b(?:study|trial|review|meta-analysis|analysis|survey|report|paper|article)\s+(?:published\s+)?in\s+(?:the\s+)?(?:journal\s+)?\p{Lu}|\bpublished\s+in\s+(?:the\s+)?(?:journal\s+)?\p{Lu}/u;
/** "The VITAL, ViDA and D2d randomized trials", "the STEP 1 trial", "the SELECT study": trials named by their acronyms. */
const NAMED_TRIAL = /\b[Tt]he\s+(?!FDA\b|CDC\b|NIH\b|WHO\b)\p{Lu}[\p{Lu}\d]{2,}(?:-\d+)?\b[^.;:]{0,50}?\b(?:trials?|study)\b/u;
const ET_AL = /\p{Lu}[\p{L}'’-]+\s+et\s+al\b/u;
/** "According to the NIH, …": names the source of its own sentence, not of the paragraph's other statements. */
const ACCORDING = /\b[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?:\p{Lu}|\d{4}\s)/u;

/** citationChars's bits. */
const HAS_BRACKET = 1;
const HAS_PAREN = 2;
const HAS_DIGIT = 4;
const HAS_SUPERSCRIPT = 8;

/**
 * Which characters the citation patterns need a sentence holds: "[", "(", an ASCII digit, a superscript digit
 * (¹²³⁴⁵⁶⁷⁸⁹⁰). One pass over the sentence, where a search for each (a Unicode class among them) scanned it four
 * times before any pattern was tried (issue 16).
 */
function citationChars(raw: string): number {
  let found = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 91) found |= HAS_BRACKET;
    else if (c === 40) found |= HAS_PAREN;
    else if (c >= 48 && c <= 57) found |= HAS_DIGIT;
    else if (c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079)) found |= HAS_SUPERSCRIPT;
  }
  return found;
}

/** A reference number in parentheses after a word and before punctuation or the end: "… remission (1).", "(1,2)". */
const PAREN_NUMBER = /\p{L}\s?\(\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\)(?=\s*[.,;:]|\s*$)/u;
/** Reference numbers run into the text: a word's final period followed by digits ("above.1 "), or a word followed by a list of numbers ("models16,17"). */
const FLAT_REFERENCE = /\p{Ll}{3}\.\d{1,3}(?:[,–-]\d{1,3})*(?=\s|$)|\p{Ll}{4}\d{1,3}(?:[,–-]\d{1,3})+(?=[\s.,;]|$)|\p{Ll}{4}\d{1,2}(?=[.,;](?:\s|$))/u;

/**
 * What every match of FLAT_REFERENCE holds: a lower-case letter (its last UTF-16 unit is a-z or
 * above U+007F), then a digit, with at most a period between. Tested first, without the `u`
 * flag: the Unicode pattern tried \p{Ll} at every position of every sentence with a digit.
 */
const MAY_BE_FLAT_REFERENCE = /[a-z\u0080-\uffff]\.?\d/;

/** A result reported with its statistics (a confidence interval, a P value): the study's own finding, not a claim about one. */
const STUDY_STATISTICS = /\b95\s?%\s?(?:CI|confidence)|\bconfidence intervals?\b|\b[Pp]\s?[<=≤]\s?0?\.\d|\bCI\s?[=:,]/u;

function startsWithAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const w = words[i + k];
    if (!w || w.key !== phrase[k]) return false;
  }
  return true;
}

/** A named source: an acronym (FDA, NIH) or a capitalized word that is not sentence-initial. */
function isNamedSource(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w) return false;
  if (/^\p{Lu}{2,}s?$/u.test(w.text)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(w.text)) return false;
  // Sentence-initial capitals are names only when they look like an author ("Crane et al.").
  return i > 0 || words[i + 1]?.key === 'et' || (words[i + 1]?.key === 'and' && /^\p{Lu}/u.test(words[i + 2]?.text ?? ''));
}

/** Per word of the sentence being split, 1 when a clause breaks before it; scratch reused from sentence to sentence (the pass is synchronous). */
let breaks = new Uint8Array(64);

/**
 * Clause ids per word: a new clause starts at hard punctuation (; : — ( ) …), at a
 * termination term (but, however, although, which …), at a comma followed by one of
 * them, and at the first comma after a leading subordinate clause ("While X, Y").
 */
function clauses(words: readonly Word[], puncts: readonly Punct[]): number[] {
  // A mark after the last word (index words.length) breaks nothing, but has its slot.
  if (breaks.length <= words.length) breaks = new Uint8Array(Math.max(words.length + 1, 2 * breaks.length));
  breaks.fill(0, 0, words.length + 1);
  const leadingSubordinate = words[0] !== undefined && SUBORDINATORS.has(words[0].key);
  let subordinateOpen = leadingSubordinate;
  for (const p of puncts) {
    if (CLAUSE_PUNCT.has(p.text)) breaks[p.before] = 1;
    else if (p.text === ',') {
      // In bounds: a comma after the last word has no next word.
      const next = p.before < words.length ? words[p.before] : undefined;
      if (subordinateOpen) {
        breaks[p.before] = 1;
        subordinateOpen = false;
      } else if (next && COMMA_BREAKERS.has(next.key)) breaks[p.before] = 1;
    }
  }
  // A non-restrictive relative clause (", which can take weeks to work,") closes at its next comma.
  // Relative pronouns and commas are both in text order, so one pointer walks the marks (linear).
  let mark = 0;
  for (let i = 1; i < words.length; i++) {
    // Safe: i is within bounds.
    const w = words[i]!;
    if ((w.key !== 'which' && w.key !== 'who') || !w.gap.includes(',')) continue;
    while (mark < puncts.length && (puncts[mark]!.text !== ',' || puncts[mark]!.before <= i + 1)) mark++;
    if (mark < puncts.length) breaks[puncts[mark]!.before] = 1;
  }
  // Built by push: `new Array(n).fill(0)` is a holey array that V8 fills in its C++ runtime (issue 16).
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < words.length; i++) {
    // Safe: i is within bounds.
    if (i > 0 && (breaks[i] === 1 || (cueBits(words[i]!) & C_TERMINATION) !== 0)) id++;
    ids.push(id);
  }
  return ids;
}

/** Whether the pass skips the words that can start nothing (off only in the test that proves MAY_CUE complete). */
let skipping = true;

/**
 * Turns the context pass's skipping of words off or on. The skip is only a speed-up: the pass must give the same
 * flags either way, which test/engine/skip-lists.test.ts checks. Not for use outside that test.
 */
export function setContextSkipping(on: boolean): void {
  skipping = on;
}

/**
 * Which of the context pass's word sets a word key is in (the C_* bits), once per distinct key, by the key's id:
 * the pass asks them of every word it looks at, and an array read costs a fraction of a dozen Set lookups (issue 16).
 */
const C_NEGATION = 1;
const C_POST_NEGATION = 2;
const C_HEDGE = 4;
const C_UNCERTAIN = 8;
const C_SOURCE_NOUN = 16;
const C_REPORTING = 32;
const C_CLAIM_VERB = 64;
const C_PASSIVE_CLAIM_VERB = 128;
const C_REGARD_VERB = 256;
const C_HEARSAY_VERB = 512;
const C_TOLD = 1024;
const C_ACCORDING = 2048;
const C_CLAIM_TO = 4096;
/** A word that ends a clause (TERMINATION): asked of every word by clauses, and no cue. */
const C_TERMINATION = 8192;
/** The bits of the sets a cue, source or verb of saying can start at: a word with none of them starts nothing, and the pass skips it. */
const MAY_CUE = C_CLAIM_TO - 1;
const CUE_BITS = new IndexByKey();

function cueBits(word: Word): number {
  const known = CUE_BITS.get(word.id);
  if (known >= 0) return known;
  const key = word.key;
  const bits =
    (NEGATION.has(key) || key.endsWith("n't") ? C_NEGATION : 0) |
    (POST_NEGATION.has(key) ? C_POST_NEGATION : 0) |
    (HEDGES.has(key) ? C_HEDGE : 0) |
    (UNCERTAIN.has(key) ? C_UNCERTAIN : 0) |
    (SOURCE_NOUNS.has(key) ? C_SOURCE_NOUN : 0) |
    (REPORTING.has(key) ? C_REPORTING : 0) |
    (CLAIM_VERBS.has(key) ? C_CLAIM_VERB : 0) |
    (PASSIVE_CLAIM_VERBS.has(key) ? C_PASSIVE_CLAIM_VERB : 0) |
    (REGARD_VERBS.has(key) ? C_REGARD_VERB : 0) |
    (HEARSAY_VERBS.has(key) ? C_HEARSAY_VERB : 0) |
    (key === 'told' ? C_TOLD : 0) |
    (key === 'according' ? C_ACCORDING : 0) |
    (CLAIM_TO.has(key) ? C_CLAIM_TO : 0) |
    (TERMINATION.has(key) ? C_TERMINATION : 0);
  CUE_BITS.set(word.id, bits);
  return bits;
}

/** Per-word flags of the sentence being analysed, reused from sentence to sentence (the pass is synchronous). */
const NEGATED = 1;
const HEDGED = 2;
const ATTRIBUTED = 4;
const QUOTED = 8;
let flags = new Uint8Array(64);

/** Runs the context pass over one sentence. */
export function analyzeSentence(words: readonly Word[], puncts: readonly Punct[], raw: string): SentenceAnalysis {
  const n = words.length;
  if (flags.length < n) flags = new Uint8Array(Math.max(n, 2 * flags.length));
  flags.fill(0, 0, n);
  const clause = clauses(words, puncts);
  // Made only when a sentence has what they record (most have none).
  let hedgedClauses: Set<number> | undefined;
  let uncertainClauses: Set<number> | undefined;
  let attributedClauses: Set<number> | undefined;
  let attributedFrom = -1;
  /** Clause id -> the first word after a generic source's claim verb in it. */
  let claimedFrom: Map<number, number> | undefined;
  let reportedFrom = -1;
  let sourceNoun = false;
  let cited = false;

  for (let i = 0; i < n; i++) {
    // Safe: i is within bounds.
    const w = words[i]!;
    // Every test below starts at a word with a MAY_CUE bit; most words have none.
    const bits = cueBits(w);
    if (skipping && (bits & MAY_CUE) === 0) continue;
    // Negation: forward scope within the clause, up to the window.
    if ((bits & C_NEGATION) !== 0) {
      if (!PSEUDO_NEGATION.some((p) => startsWithAt(words, i, p))) {
        // "no doctor visit, no side effects, guaranteed weight loss": in a series of negated items each negation
        // reaches the next comma only, so the item after the series is not negated.
        const series = words[i]!.gap.includes(',') || negationAfterComma(words, i + 1, i + NEGATION_WINDOW);
        // "no vaccines, pills, lotions or other products available to treat it": a negated list is one item of the
        // window, so each comma of it lengthens the scope.
        let end = i + NEGATION_WINDOW;
        for (let j = i + 1; j < n && j <= end && clause[j] === clause[i] && !(series && words[j]!.gap.includes(',')); j++) {
          flags[j]! |= NEGATED;
          if (words[j]!.gap.includes(',') && listItemAt(words, j)) end += 3;
          // "No complementary approach has been shown to prevent or cure cancer": a negated subject of "shown to",
          // "proven to", "known to" denies the whole complement.
          if (keyAt(words, j + 1) === 'to' && SHOWN_TO.has(words[j]!.key)) end = j + 1 + NEGATION_WINDOW;
        }
      }
    }
    // "These miracle cures don't exist": a post-trigger denies its clause's words before it.
    const post = (bits & C_POST_NEGATION) !== 0 ? POST_NEGATION.get(w.key) : undefined;
    if (post && post.some((p) => startsWithAt(words, i, p))) for (let j = i - 1; j >= 0 && clause[j] === clause[i]; j--) flags[j]! |= NEGATED;
    // Hedges: the whole clause of the cue (marked after the loop, so a sentence costs one pass).
    const cues = (bits & C_HEDGE) !== 0 ? HEDGES.get(w.key) : undefined;
    // "I believe", "we think": the writer's own opinion, not a hedge of someone's finding.
    const opinion = (w.key.startsWith('believ') || w.key === 'think') && (keyAt(words, i - 1) === 'i' || keyAt(words, i - 1) === 'we');
    if (cues && !opinion && cues.some((h) => startsWithAt(words, i, h))) {
      // Safe: i is within bounds.
      (hedgedClauses ??= new Set()).add(clause[i]!);
    }
    const open = (bits & C_UNCERTAIN) !== 0 ? UNCERTAIN.get(w.key) : undefined;
    // Safe: i is within bounds.
    if (open && open.some((u) => startsWithAt(words, i, u))) (uncertainClauses ??= new Set()).add(clause[i]!);
    // A study's finding: a source noun ("study", "survey", "researchers"), then a reporting verb.
    if ((bits & C_SOURCE_NOUN) !== 0) sourceNoun = true;
    else if (sourceNoun && reportedFrom < 0 && (bits & C_REPORTING) !== 0) reportedFrom = i + 1;
    // Attribution: "<named source> … warns/says/reports (that) …" or "according to …".
    // "According to studies", "according to experts": a vague source is an appeal, not an attribution.
    const according = (bits & C_ACCORDING) !== 0 && keyAt(words, i + 1) === 'to' && namedWithin(words, i + 2, 4);
    // A capitalized "States" or "Reports" inside a sentence is a name ("the United States"), not a reporting verb.
    // A passive ("CBD has been shown to", "NAD+ was found to") reports nothing of its subject: the subject is what
    // the unnamed evidence is said to show, so a product's name in capitals is not taken for a source ("FDA warns").
    const passive = PASSIVE_AUXILIARIES.has(keyAt(words, i - 1));
    const reported = (bits & C_REPORTING) !== 0 && !passive && !(i > 0 && /^\p{Lu}/u.test(w.text)) && hasSourceBefore(words, i);
    // Claims reported from a generic source ("some sellers claim that", "marketers make claims that",
    // "is marketed as", "being told"): the writer reports the claim, and usually weighs it.
    const before = keyAt(words, i - 1);
    const firstPerson = before === 'i' || before === 'we';
    // "This suggests that …": the writer's own inference from what came before, not someone else's claim.
    const inference = INFERENCE_SUBJECTS.has(before);
    const claimed =
      ((bits & C_CLAIM_VERB) !== 0 && !firstPerson && !inference && !customersBefore(words, i) && (genericSourceBefore(words, i) || keyAt(words, i + 1) === 'that')) ||
      // "products that claim to cure", "purported to treat": whatever the subject, a claim reported as someone's.
      ((bits & C_CLAIM_TO) !== 0 && keyAt(words, i + 1) === 'to' && !firstPerson && !customersBefore(words, i)) ||
      ((bits & C_PASSIVE_CLAIM_VERB) !== 0 && PASSIVE_CLAIM_LINKS.has(keyAt(words, i + 1))) ||
      ((bits & C_TOLD) !== 0 && TOLD_AUXILIARIES.has(before)) ||
      // "he saw manipulation as a treatment for most conditions": a third person's view of something.
      ((bits & C_REGARD_VERB) !== 0 && PARENTHETICAL_SPEAKERS.has(before) && before !== 'it' && asWithin(words, i + 1, 6)) ||
      // "You may have heard CBD described as a cure", "you've encountered NAD+ as a fountain of youth": what the reader has heard said.
      ((bits & C_HEARSAY_VERB) !== 0 && readerBefore(words, i) && (keyAt(words, i + 1) === 'that' || asWithin(words, i + 1, 6)));
    if (according || reported) {
      // Everything after the first attribution cue of a named source is attributed; marked after the loop.
      if (attributedFrom < 0) attributedFrom = i + 1;
      // Safe: i is within bounds.
      if (according) (attributedClauses ??= new Set()).add(clause[i]!);
    } else if (claimed) {
      // A generic source's claim covers its own clause: "some report hallucinations, although these are
      // not harmful" keeps the writer's reassurance after "although".
      // Safe: i is within bounds. Marked after the loop, so a sentence costs one pass.
      claimedFrom ??= new Map();
      if (!claimedFrom.has(clause[i]!)) claimedFrom.set(clause[i]!, i + 1);
    }
  }

  if (hedgedClauses) for (let j = 0; j < n; j++) if (hedgedClauses.has(clause[j] ?? -1)) flags[j]! |= HEDGED;
  if (attributedFrom >= 0) for (let j = attributedFrom; j < n; j++) flags[j]! |= ATTRIBUTED;
  if (claimedFrom) for (let j = 0; j < n; j++) if (j >= (claimedFrom.get(clause[j] ?? -1) ?? n)) flags[j]! |= ATTRIBUTED;
  // "According to X, …" also covers the words of its clause before it.
  if (attributedClauses) for (let j = 0; j < n; j++) if (attributedClauses.has(clause[j] ?? -1)) flags[j]! |= ATTRIBUTED;
  // "Correcting them, he argued, could restore health": a parenthetical speaker owns the whole sentence.
  if (parenthetical(words, puncts)) for (let j = 0; j < n; j++) flags[j]! |= ATTRIBUTED;
  const concededTo = concession(words, puncts);

  // Quotation: words between paired double quotes.
  let open = -1;
  for (const p of puncts) {
    if (p.text === '“' || (p.text === '"' && open < 0)) open = p.before;
    else if ((p.text === '”' || p.text === '"') && open >= 0) {
      for (let j = open; j < p.before; j++) flags[j]! |= QUOTED;
      open = -1;
    }
  }

  const chars = citationChars(raw);
  // Each of the three patterns needs a digit (a superscript one for BRACKETED_NUMBER's second form).
  if ((chars & (HAS_BRACKET | HAS_PAREN | HAS_SUPERSCRIPT)) !== 0 && (chars & (HAS_DIGIT | HAS_SUPERSCRIPT)) !== 0) {
    cited = BRACKETED_NUMBER.test(raw) || AUTHOR_YEAR.test(raw) || PAREN_NUMBER.test(raw);
  }
  // Reference numbers flattened into the text: "… and above.1", "… in rodents16,17" (each with an ASCII digit).
  if (!cited && (chars & HAS_DIGIT) !== 0 && MAY_BE_FLAT_REFERENCE.test(raw)) cited = FLAT_REFERENCE.test(raw);
  if (!cited && raw.includes(' in ')) cited = NAMED_STUDY.test(raw);
  const reference = cited;
  // "(Wilding et al., NEJM)", "Crane et al. found": a study named by its authors, with or without its year; its own
  // sentence's source, not a reference list entry for the paragraph.
  if (!cited && raw.includes('et al')) cited = ET_AL.test(raw);
  if (!cited && raw.includes('ccording')) cited = ACCORDING.test(raw);
  if (!cited && (raw.includes('rial') || raw.includes('tudy'))) cited = NAMED_TRIAL.test(raw);
  if (!cited && (raw.includes('CI') || raw.includes('onfidence') || /[Pp]\s?[<=≤]/.test(raw))) cited = STUDY_STATISTICS.test(raw);

  const last = puncts[puncts.length - 1];
  const question = last !== undefined && last.before === n && puncts.slice(-3).some((p) => p.text === '?');

  const context: WordContext[] = [];
  for (let i = 0; i < n; i++) {
    // The flags' bits are CONTEXTS' bits 1 to 8 (negated, hedged, attributed, quoted).
    // Safe: the index is below 128.
    context.push(CONTEXTS[
      (flags[i] ?? 0) | (uncertainClauses?.has(clause[i] ?? -1) ? 16 : 0) | (reportedFrom >= 0 && i >= reportedFrom ? 32 : 0) | (i < concededTo ? 64 : 0)
    ]!);
  }
  return { context, question, cited, reference, clauses: clause };
}

/** "as" within `span` words from `from` ("saw X as", "regarded the treatment as"). */
/** The reader as the subject, at most three words before `i` ("you", "you've", "you may have"). */
function readerBefore(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (READER.has(words[j]!.key)) return true;
  return false;
}
const READER = new Set(['you', "you've", 'youve']);

function asWithin(words: readonly Word[], from: number, span: number): boolean {
  for (let j = from; j < words.length && j < from + span; j++) if (words[j]!.key === 'as') return true;
  return false;
}

/**
 * The 128 possible word contexts, made once: every word with the same flags shares one
 * object (they are read-only), so the context pass allocates no object per word.
 */
const CONTEXTS: readonly WordContext[] = Array.from({ length: 128 }, (_, bits) => ({
  negated: (bits & 1) !== 0,
  hedged: (bits & 2) !== 0,
  attributed: (bits & 4) !== 0,
  quoted: (bits & 8) !== 0,
  uncertain: (bits & 16) !== 0,
  reported: (bits & 32) !== 0,
  conceded: (bits & 64) !== 0,
}));


/**
 * A generic source ("some sellers", "marketers", "many websites") within four words before; not
 * the seller's own ("our patients say", "we believe"): testimonials a page quotes are its claims (FTC).
 */
function genericSourceBefore(words: readonly Word[], i: number): boolean {
  let nearest = '';
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const key = words[j]!.key;
    if (key === 'our' || key === 'we' || key === 'my' || key === 'i') return false;
    if (GENERIC_SOURCES.has(key)) nearest = key;
  }
  // "Some studies suggest that …": unnamed evidence is the writer's appeal, not someone's claim reported.
  return nearest !== '' && !EVIDENCE_SOURCES.has(nearest);
}

/** "Many customers report that …", "our clients say": a testimonial within four words before, the seller's own claim (16 CFR 255.2). */
function customersBefore(words: readonly Word[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if (CUSTOMER_SOURCES.has(words[j]!.key)) return true;
  return false;
}

/** A named source (or a source noun with a name: "a 2021 JAMA study") within four words before. */
/** The words after a comma at `j` are a short item of a list: another comma, "and" or "or" within three words. */
function listItemAt(words: readonly Word[], j: number): boolean {
  for (let k = j; k < words.length && k <= j + 3; k++) {
    // Safe: k is within bounds.
    const w = words[k]!;
    if ((k > j && w.gap.includes(',')) || w.key === 'and' || w.key === 'or') return true;
  }
  return false;
}

/** A negation trigger right after a comma among words[from..to]: the negation is one of a series ("no A, no B"). */
function negationAfterComma(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j <= to && j < words.length; j++) {
    // Safe: j is within bounds.
    const w = words[j]!;
    if (w.gap.includes(',') && NEGATION.has(w.key)) return true;
  }
  return false;
}

function hasSourceBefore(words: readonly Word[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    if (isNamedSource(words, j)) return true;
    // Safe: j is within bounds.
    if (SOURCE_NOUNS.has(words[j]!.key) && j > 0 && (isNamedSource(words, j - 1) || words[j - 1]!.kind === 'number')) return true;
  }
  return false;
}

/**
 * A speaker set off by commas inside the sentence: ", he argued,", ", the authors note,", ", they
 * say,". The report covers the sentence on both sides of it.
 */
function parenthetical(words: readonly Word[], puncts: readonly Punct[]): boolean {
  for (let k = 0; k + 1 < puncts.length; k++) {
    // Safe: k and k + 1 are within bounds.
    const open = puncts[k]!;
    const close = puncts[k + 1]!;
    if (open.text !== ',' || close.text !== ',' || open.before === 0) continue;
    const span = close.before - open.before;
    if (span < 2 || span > 3) continue;
    const speaker = words[open.before];
    const verb = words[close.before - 1];
    if (!speaker || !verb || !PARENTHETICAL_VERBS.has(verb.key)) continue;
    if (PARENTHETICAL_SPEAKERS.has(speaker.key) || isNamedSource(words, open.before) || isNamedSource(words, open.before + 1)) return true;
  }
  return false;
}

/**
 * The end (exclusive word index) of a leading concessive clause ("While studies have documented X,
 * more research is needed", "Despite the proven efficacy of X, most patients …"), or 0. The clause
 * runs to its first comma and must be followed by a main clause.
 */
function concession(words: readonly Word[], puncts: readonly Punct[]): number {
  // "But while …", "And although …": a conjunction may open the sentence before the concessive word.
  const at = words[0]?.key === 'but' || words[0]?.key === 'and' || words[0]?.key === 'so' ? 1 : 0;
  if (!CONCESSIVE.some((c) => startsWithAt(words, at, c))) return 0;
  for (const p of puncts) {
    if (p.text !== ',') continue;
    return p.before >= 2 && p.before < words.length - 2 ? p.before : 0;
  }
  return 0;
}

/** A named source (an acronym, a capitalized name, a year: "a 2019 review") among the `count` words from `from`. */
function namedWithin(words: readonly Word[], from: number, count: number): boolean {
  for (let j = from; j < Math.min(words.length, from + count); j++) if (isNamedSource(words, j) || /^(?:1[89]|20)\d\d$/.test(words[j]!.text)) return true;
  return false;
}
