/**
 * The claim model: once per document, after segmentation and the context pass, a structured
 * record per health claim that rules read (what is claimed, about what, for which condition,
 * and how the writer stands to it). It works by constructions over the words, not by phrases:
 * a cue of a kind (a treatment verb, a prevention verb, an evidence noun with a showing verb,
 * a risk noun in a denial …) combined with what the construction needs near it in the same
 * clause (a condition, an outcome, a comparator). The vocabularies are data
 * (src/engine/data/claims.json, and conditions.json built from the Human Disease Ontology, the
 * Symptom Ontology and ICD-10-CM); the engine's phrase trie stays the fast first pass of the
 * rules' own phrase lists, and this model is what lets a rule see "CBD may help fight cancer"
 * as a disease claim about CBD whatever the words between.
 *
 * Why hand-written: no maintained library parses English health claims; general parsers
 * (compromise, wink-nlp) would add a second tokenization with its own offsets for a fraction of
 * what the constructions need, and the context pass already gives clauses and scopes.
 */
import claimData from './data/claims.json' with { type: 'json' };
import conditionData from './data/conditions.json' with { type: 'json' };
import type { Claim, ClaimKind, ClaimModality, ClaimSubject, Sentence, SubjectMention, Word } from '../types.js';
import { stemKey, wordKey } from './segment.js';
import { TermTable } from '../util/terms.js';
import { MasksByKey } from '../util/by-key.js';

/**
 * First words of every cue set, each set a bit of two 32-bit lanes (as many bits as there are
 * sets, so no two share one): a sentence's words get their masks once, so asking a set about a
 * word that starts none of its cues (nearly always) costs a bit test. A third lane holds facts of
 * the word key the claim model's skips ask about every word (see WORD_LANE), so a word that can
 * start nothing is passed over with a few bit tests and no hash lookup.
 */
const CUE_LANES = 2;
/** The lane of word facts (W_* bits), after the cue lanes. */
const WORD_LANE = CUE_LANES;
const LANES = CUE_LANES + 1;
const FIRST_KEYS = new Map<string, number>();
const FIRST_STEMS = new Map<string, number>();
let nextBit = 0;
/** The words whose masks are current (a sentence of the document being modelled), and where they start in `masks`. */
let maskedWords: readonly Word[] | undefined;
let maskBase = 0;
/** The masks of the document's words, lane l of word i of a sentence at its base + LANES * i + l; reused from document to document. */
let masks: Int32Array = new Int32Array(0);
/** Where each sentence's masks start in `masks`, by position in the document's sentences. */
let maskBases: number[] = [];

/** The masks per word key (a word's stem is its key's stem, so the key decides them), computed once per distinct key, by its id. */
const MASKS_OF_KEY = new MasksByKey(LANES);

/** Finds the masks of a word's key, once per distinct key. */
function learnMasks(w: Word): void {
  if (MASKS_OF_KEY.has(w.id)) return;
  MASKS_OF_KEY.set(
    w.id,
    Array.from({ length: LANES }, (_, l) => (l === WORD_LANE ? wordFacts(w) : (FIRST_KEYS.get(`${l}:${w.key}`) ?? 0) | (FIRST_STEMS.get(`${l}:${w.stem}`) ?? 0))),
  );
}

/** The word's mask in a lane. */
function maskOf(w: Word, lane: number): number {
  learnMasks(w);
  return MASKS_OF_KEY.lane(w.id, lane);
}

/** Computes the masks of every word of a document's sentences, once: the claim model's passes over the sentences come back to them. */
function maskDocument(sentences: readonly Sentence[]): void {
  let total = 0;
  for (const s of sentences) total += s.words.length;
  if (masks.length < LANES * total) masks = new Int32Array(Math.max(LANES * total, 2 * masks.length));
  maskBases = new Array<number>(sentences.length);
  let at = 0;
  for (let si = 0; si < sentences.length; si++) {
    maskBases[si] = at;
    // Safe: si is within bounds.
    const words = sentences[si]!.words;
    for (let k = 0; k < words.length; k++) {
      // Safe: k is within bounds.
      const w = words[k]!;
      learnMasks(w);
      MASKS_OF_KEY.copy(w.id, masks, at);
      at += LANES;
    }
  }
  maskedWords = undefined;
}

/** Makes the masks of the document's sentence at position si the current ones. */
function maskSentence(sentences: readonly Sentence[], si: number): void {
  // Safe: si is within bounds, and maskDocument gave every sentence a base.
  maskedWords = sentences[si]!.words;
  maskBase = maskBases[si]!;
}

/** Cue sets a skip asks about, with their first-word bits (a word that has none of the bits starts none of their cues). */
interface StartSets {
  readonly sets: readonly CueSet[];
  readonly mask: Int32Array;
}

function startSets(sets: readonly CueSet[]): StartSets {
  const mask = new Int32Array(CUE_LANES);
  for (const set of sets) mask[set.lane]! |= set.bit;
  return { sets, mask };
}

/**
 * Whether a cue of one of the sets starts at word i of the current sentence: a whole cue, not
 * only its first word ("the" begins a cue of PROMISE_SUBJECTS, but a promise starts only at
 * "the patient"). The bits decide for most words; the few left walk the sets whose bit they have.
 */
function startsCue(starts: StartSets, words: readonly Word[], i: number): boolean {
  const at = maskBase + LANES * i;
  // Safe: the word's masks are current (maskSentence), and the mask has CUE_LANES lanes.
  if (((masks[at]! & starts.mask[0]!) | (masks[at + 1]! & starts.mask[1]!)) === 0) return false;
  for (const set of starts.sets) if (set.at(words, i) >= 0) return true;
  return false;
}

/** Word i's facts (W_* bits) in the current sentence. */
function factsAt(i: number): number {
  return masks[maskBase + LANES * i + WORD_LANE] ?? 0;
}

/** A compiled list of cues: exact word keys (`=word`) or Porter stems, one or more words each. */
class CueSet {
  private readonly root: CueNode = newCueNode();
  /** The cue lane and the bit in it of the set's first words. */
  readonly lane: number;
  readonly bit: number;

  constructor(cues: readonly string[]) {
    // More sets than bits would share bits, which only costs a walk.
    const n = nextBit++ % (32 * CUE_LANES);
    this.lane = n >> 5;
    this.bit = 1 << (n & 31);
    for (const cue of cues) this.add(cue);
  }

  private add(cue: string): void {
    const exact = cue.startsWith('=');
    let node = this.root;
    for (const part of (exact ? cue.slice(1) : cue).trim().split(/\s+/)) {
      const key = wordKey(part);
      const map = exact ? (node.keys ??= new Map()) : (node.stems ??= new Map());
      const token = exact ? key : stemKey(key);
      if (node === this.root) {
        const first = exact ? FIRST_KEYS : FIRST_STEMS;
        const laneToken = `${this.lane}:${token}`;
        first.set(laneToken, (first.get(laneToken) ?? 0) | this.bit);
      }
      let child = map.get(token);
      if (!child) {
        child = newCueNode();
        map.set(token, child);
      }
      node = child;
    }
    node.end = true;
  }

  /**
   * The index after the longest cue starting at `words[i]`, or -1. Asked about every word for
   * every cue set, so the common case (no cue starts here) costs two map lookups and allocates nothing.
   */
  at(words: readonly Word[], i: number): number {
    // In bounds (callers ask at the end of a sentence too): a read past the end discards optimized code.
    if (i < 0 || i >= words.length) return -1;
    // Safe: i is within bounds.
    const w = words[i]!;
    if (((words === maskedWords ? (masks[maskBase + LANES * i + this.lane] ?? 0) : maskOf(w, this.lane)) & this.bit) === 0) return -1;
    return walk(this.root, words, i, i, -1);
  }

  /** True when a cue starts at `words[i]`. */
  has(words: readonly Word[], i: number): boolean {
    return this.at(words, i) >= 0;
  }
}

/**
 * A node of a cue trie. Every node is made with all three fields (newCueNode), so that all nodes
 * share one shape and the walk's reads of them stay monomorphic: nodes that gained their fields in
 * different orders had half a dozen shapes, and each read went through V8's megamorphic lookup.
 */
interface CueNode {
  keys: Map<string, CueNode> | undefined;
  stems: Map<string, CueNode> | undefined;
  end: boolean;
}

function newCueNode(): CueNode {
  return { keys: undefined, stems: undefined, end: false };
}

/** Follows words[k…] down the cue trie from `node`; a cue does not run over punctuation between its words. */
function walk(node: CueNode, words: readonly Word[], k: number, start: number, best: number): number {
  if (k >= words.length) return best;
  // Safe: k is within bounds (walks start at a word and go forward).
  const w = words[k]!;
  if (k > start && w.gap !== '') return best;
  const byKey = node.keys?.get(w.key);
  // A stem names a verb's forms, not the adjective built on it: "preventable disease", "treatable", "reversible" say
  // what can be done about a condition, not that anything does it.
  let byStem = node.stems?.get(w.stem);
  if (byStem && (w.key.endsWith('able') || w.key.endsWith('ible'))) byStem = undefined;
  if (byKey) best = walk(byKey, words, k + 1, start, byKey.end ? Math.max(best, k + 1) : best);
  if (byStem) best = walk(byStem, words, k + 1, start, byStem.end ? Math.max(best, k + 1) : best);
  return best;
}

const D = claimData;
const CURE = new CueSet(D.diseaseVerbs.cure);
const PREVENT = new CueSet(D.diseaseVerbs.prevention);
const TREAT = new CueSet(D.diseaseVerbs.treat);
const TREAT_NOUNS = new Set(D.diseaseNouns.treat);
const NOUN_JOINERS = new Set(D.diseaseNouns.joiners);
const EFFECTIVE = new CueSet(D.effective);
const INTENSIFIERS = new CueSet(D.intensifiers);
const EFFECT_VERBS = new CueSet(D.effectVerbs);
/** The effect verbs listed as whole words, which a noun-suffix test must not take for nouns. */
const VERB_KEYS = new Set(D.effectVerbs.filter((v) => !v.startsWith('=')));
/** Effect verbs that are hype by themselves ("melts away pounds", "skyrockets energy"): an intensified claim. */
const HYPE_VERBS = new CueSet(D.hypeVerbs);
const OUTCOMES = new CueSet(D.outcomes);
const PROMISE_SUBJECTS = new CueSet(D.promiseSubjects);
const PROMISE_VERBS = new CueSet(D.promiseVerbs);
const PROMISE_MODALS = new CueSet(D.promiseModals);
const RISKS = new CueSet(D.risks);
const RARITY = new CueSet(D.rarity);
const RARITY_INTENSIFIERS = new CueSet(D.rarityIntensifiers);
const SAFE = new CueSet(D.safeAdjectives);
const EVERYONE = new CueSet(D.everyone);
const EVIDENCE_NOUNS = new CueSet(D.evidenceNouns);
const EVIDENCE_VERBS = new CueSet(D.evidenceVerbs);
const EVIDENCE_ADVERBS = new CueSet(D.evidenceAdverbs);
const PUFFERY = new CueSet(D.puffery);
const SUPERIORITY_ADJECTIVES = new CueSet(D.superiorityAdjectives);
const COMPARATIVES = new CueSet(D.comparativeWords);
const COMPARATIVE_INTENSIFIERS = new CueSet(D.comparativeIntensifiers);
const AFFIRMATIVE = new CueSet(D.answers.affirmative);
const NEGATIVE = new CueSet(D.answers.negative);
const PURPOSE = new CueSet(D.purposeWords);
const SEEKING = new CueSet(D.seeking);
const DRUG_CLASSES = new Set(D.drugClasses.nouns);
const DRUG_NAMES = new Set(D.drugNames.names);
const DRUG_LIKENERS = new CueSet(D.drugNames.likeners);
const DRUG_COMPARISONS = new CueSet(D.drugNames.comparisons);
const DRUG_EXIT = new CueSet(D.drugExit.verbs);
const EXIT_DRUGS = new Set(D.drugExit.drugs);
const AVOID = new CueSet(D.drugExit.avoidVerbs);
const PROCEDURES = new Set(D.drugExit.procedures);
/** Words before a drug-exit verb that make it advice, not a promise ("before you stop taking", "do not stop"). */
const EXIT_ADVICE = new Set(['before', 'until', 'unless', 'not', "don't", 'never', 'without', 'if', 'when', 'should']);
const MARKER_VERBS = new Set(D.markers.verbs);
const MARKERS = new CueSet(D.markers.terms);
const RESEARCH_GENRE = new CueSet(D.researchGenre.cues);
const RESEARCH_GENRE_STRONG = new CueSet(D.researchGenre.strong);
const RESEARCH_DESIGN = new CueSet(D.researchGenre.design);
const SELLER_VOICE = new CueSet(D.sellerVoice.cues);
/** One word that denies a risk ("non-addictive", "harmless", "risk-free"). */
const RISK_FREE = new Set<string>(D.riskFreeWords);
const OUR_NOUNS = new Set(D.sellerVoice.ourNouns);
const ANTI = new Set(D.antiProperties.adjectives);
const ANTI_NOUNS = new Set(D.antiProperties.nouns);
const RESEARCH = new CueSet(D.researchContext);
const ANIMAL = new CueSet(D.animalSettings);
const REFUTATIONS = new CueSet(D.refutations);
/** Words that deny a treatment works or is lawful, in the claim's own clause. */
const DENIALS = new Set<string>(D.denials);

const NEGATORS = new Set(['avoid', 'avoids', 'avoiding', 'eliminates', 'no', 'not', 'never', 'none', 'nor', 'without', 'zero', 'cannot', "can't", "won't", "isn't", "aren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "wasn't", "weren't", 'free', 'nothing']);

/** Conditions: the ontology and lay terms as a term table, plus disease suffixes and head nouns. */
const CONDITIONS = new TermTable<true>();
for (const term of conditionData.terms) CONDITIONS.add(term, true);
const HEADS = new Set(conditionData.heads);
/** Conditions named by an abbreviation, matched as written ("MS", not "ms"). */
const ACRONYMS = new Set(conditionData.acronyms);
/** Their keys: a word with one of these keys may start a condition (the text decides). */
const ACRONYM_KEYS = new Set(conditionData.acronyms.map((a) => a.toLowerCase()));
const HEAD_BLOCKERS = new Set(conditionData.headBlockers);
const SUFFIXES = conditionData.suffixes;
const SUFFIX_EXCEPTIONS = new Set(conditionData.suffixExceptions);
/** Heads that name a condition only with a modifier before them ("kidney failure", not "failure"). */
const HEADS_NEED_MODIFIER = new Set(['symptom', 'condition', 'conditions', 'problems', 'loss', 'failure', 'attack', 'attacks', 'imbalance', 'imbalances', 'injury', 'injuries', 'pain', 'dysfunction', 'damage', 'tear', 'tears', 'degeneration']);
/** "torn ligaments", "damaged cartilage": an injury named by an adjective of harm and the body part. */
const INJURED = new Set(conditionData.injuries.adjectives);
const BODY_PARTS = new Set(conditionData.injuries.parts);

/** Whether a word key names a disease by its suffix ("arthritis", "neuropathy"), decided once per distinct key. */
const SUFFIX_DISEASE = new Map<string, boolean>();

function diseaseBySuffix(key: string): boolean {
  let found = SUFFIX_DISEASE.get(key);
  if (found === undefined) {
    found = key.length >= 6 && SUFFIXES.some((s) => key.endsWith(s)) && /^[a-z]+$/.test(key) && !SUFFIX_EXCEPTIONS.has(key);
    if (SUFFIX_DISEASE.size > 200_000) SUFFIX_DISEASE.clear();
    SUFFIX_DISEASE.set(key, found);
  }
  return found;
}

/** The index after a condition starting at words[i], or -1 (also for rules that read a condition after their own phrases). */
export function conditionAt(words: readonly Word[], i: number): number {
  // A condition's words stand together: no punctuation between them.
  let best = CONDITIONS.at(words, i, noGap)?.end ?? -1;
  // Safe: i is within bounds.
  const w = words[i]!;
  // The word sets below, as the facts of the word's key (found once per distinct key): any list of words may be asked.
  const facts = maskOf(w, WORD_LANE);
  if (best < 0 && (facts & W_SUFFIX_DISEASE) !== 0) best = i + 1;
  if (best < 0 && (facts & W_ACRONYM_KEY) !== 0 && ACRONYMS.has(w.text)) best = i + 1;
  // "<modifier> disease": a head noun after a word that is not a determiner or a blocker.
  const next = i + 1 < words.length ? words[i + 1] : undefined;
  const nextFacts = next ? maskOf(next, WORD_LANE) : 0;
  // A verb is not a modifier ("prevent disease", "treat conditions").
  if (next && next.gap === '' && (nextFacts & W_HEAD) !== 0 && (facts & W_HEAD_BLOCKER) === 0 && !(CURE.has(words, i) || PREVENT.has(words, i) || TREAT.has(words, i)) && w.kind === 'word' && /^[\p{L}'’-]+$/u.test(w.text)) best = Math.max(best, i + 2);
  if (best < 0 && (facts & W_HEAD) !== 0 && (facts & W_HEAD_NEEDS_MODIFIER) === 0) best = i + 1;
  // "torn ligaments", "damaged knee cartilage": the part may have one modifier of its own.
  if (best < 0 && (facts & W_INJURED) !== 0 && next && next.gap === '') {
    // "damaged knee cartilage": the longest part named.
    const after = i + 2 < words.length ? words[i + 2] : undefined;
    if (after && (maskOf(after, WORD_LANE) & W_BODY_PART) !== 0 && after.gap === '') best = i + 3;
    else if ((nextFacts & W_BODY_PART) !== 0) best = i + 2;
  }
  return best;
}

/** A condition's words: no punctuation between them (a function of the list, not a closure made per word). */
function noGap(k: number, words: readonly Word[]): boolean {
  return words[k]?.gap === '';
}

/** A product name's words: "CBD-infused" keeps its hyphen, other punctuation ends a name. */
function hyphenOrNoGap(k: number, words: readonly Word[]): boolean {
  const gap = words[k]?.gap;
  return gap === '' || gap === '-';
}

/** Products and treatments the claim model can name as subjects. */
export interface SubjectVocabulary {
  /** Product names (words separated by spaces) -> subject key (a knowledge-base product id). */
  readonly products: ReadonlyMap<string, string>;
}

/** The generic kinds of product of the claim data, as names -> `category:<kind>`. */
export function categoryNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [kind, list] of Object.entries(D.categories)) {
    if (kind.startsWith('_') || !Array.isArray(list)) continue;
    for (const name of list) names.set(name, `category:${kind}`);
  }
  return names;
}

/** A compiled subject vocabulary: product names as a term table. */
export class Subjects {
  private readonly table = new TermTable<string>();

  constructor(vocabulary: SubjectVocabulary) {
    for (const [name, id] of vocabulary.products) this.table.add(name, id);
  }

  /** The product named at words[i]: its id and the index after it ("CBD-infused" keeps its hyphen, other punctuation ends a name). */
  at(words: readonly Word[], i: number): { id: string; end: number } | undefined {
    const hit = this.table.at(words, i, hyphenOrNoGap);
    return hit ? { id: hit.value, end: hit.end } : undefined;
  }
}

/** The key of a subject, with its product id when it is a product (not a generic kind). */
function product(key: string): { key: string; productId?: string } {
  return key.startsWith('category:') ? { key } : { key, productId: key };
}

interface Mention {
  readonly id: string;
  readonly first: number;
  readonly end: number;
}

/** The subject key of a product of a kind the knowledge base does not know (a brand, "our beet root chews"). */
export const UNKNOWN_PRODUCT = 'category:product';

/**
 * A brand name by its shape: an inner capital after a lowercase letter ("CholestAid", "GlucoBalance"; not "McDonald",
 * "MacLeod", "iPhone"-like lowercase starts), or a trademark sign right after it ("Procera®"). Person and place names
 * rarely take either, so the product of a claim stays named even when the knowledge base does not know it.
 */
function brandAt(words: readonly Word[], i: number): boolean {
  // Safe: i is within bounds.
  const text = words[i]!.text;
  const next = words[i + 1];
  if (next && (next.gap.startsWith('®') || next.gap.startsWith('™'))) return true;
  return BRAND_SHAPE.test(text) && !/^Ma?c\p{Lu}/u.test(text);
}
const BRAND_SHAPE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}[\p{L}\d]*$/u;

/**
 * Whether a word's text starts with a capital: an ASCII letter by its code, another script by the pattern. Asked of
 * every word that names no product, so most answers cost a comparison, not a Unicode pattern.
 */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && /^\p{Lu}/u.test(text);
}

/** Per sentence: the products named in it. */
function mentionsIn(subjects: Subjects, words: readonly Word[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = subjects.at(words, i);
    if (hit) {
      // "Spravato (esketamine) nasal spray", "CBD chews": a form after a product's name is that product's.
      const prev = found[found.length - 1];
      if (hit.id === UNKNOWN_PRODUCT && prev && i - prev.end <= 2 && words[i]!.gap.trim() === '') continue;
      found.push({ id: hit.id, first: i, end: hit.end });
      i = hit.end - 1;
      continue;
    }
    // Safe: i is within bounds.
    const upper = startsUpper(words[i]!.text);
    // A brand's shape needs a capital first (brandAt asks no more of a word that has none).
    if (upper && brandAt(words, i)) found.push({ id: UNKNOWN_PRODUCT, first: i, end: i + 1 });
    else if (upper && i > 0 && (i === 1 || !startsUpper(words[i - 1]!.text))) {
      // "Take Immune Shield Flu Defense at …": a name in capitals, mid-sentence, that ends in a product noun after a condition.
      const end = conditionProductNameEnd(words, i);
      if (end > i) {
        found.push({ id: UNKNOWN_PRODUCT, first: i, end });
        i = end - 1;
      }
    } else if (words[i]!.key === 'our') {
      // "Our Accelerated Scalar Silver", "our Immune Shield Flu Defense": the seller's own product, named in capitals.
      const end = ownNameEnd(subjects, words, i + 1);
      if (end > i + 1) {
        found.push({ id: UNKNOWN_PRODUCT, first: i + 1, end });
        i = end - 1;
      }
    }
  }
  return found;
}

/** The end of a name in capitals from words[from] whose last word is a product noun after a condition ("Flu Defense"), or `from`. */
function conditionProductNameEnd(words: readonly Word[], from: number): number {
  // The product noun first (a set lookup a word), the condition before it only then.
  let noun = -1;
  for (let j = from + 1; j < words.length && j < from + 5 && startsUpper(words[j]!.text) && words[j]!.gap === '' && noun < 0; j++) if (CONDITION_PRODUCT_NOUNS.has(words[j]!.key)) noun = j;
  if (noun < 0) return from;
  for (let j = from; j < noun; j++) if (conditionAt(words, j) > 0) return noun + 1;
  return from;
}

/** Words that end or are not a product's name after "Our" in capitals: a title's small words, a service, its people. */
const NOT_PRODUCT_NAMES = new Set(['to', 'for', 'and', 'with', 'is', 'are', 'can', 'in', 'of', 'the', 'a', 'at', 'on', 'by', 'from', 'team', 'mission', 'story', 'clinic', 'clinics', 'practice', 'doctor', 'doctors', 'staff', 'provider', 'providers', 'service', 'services', 'approach', 'philosophy', 'values', 'location', 'locations', 'office', 'offices', 'patients', 'clients', 'customers', 'blog', 'founder', 'founders', 'company', 'center', 'centre', 'facility', 'program', 'programs', 'specialists', 'experts', 'physicians', 'nurses', 'care', 'commitment', 'promise', 'goal', 'vision', 'process', 'guarantee', 'policy', 'prices', 'pricing', 'reviews', 'results', 'testimonials', 'difference', 'partners', 'community', 'medical', 'health', 'wellness']);

/**
 * The end of a name in capitals from words[from] ("Accelerated Scalar Silver"), at most four words with nothing between
 * them, none a product the knowledge base knows or a word that is not a product's name; `from` when there is none.
 */
function ownNameEnd(subjects: Subjects, words: readonly Word[], from: number): number {
  let j = from;
  while (j < words.length && j < from + 4 && startsUpper(words[j]!.text) && (j === from || words[j]!.gap === '')) {
    if (NOT_PRODUCT_NAMES.has(words[j]!.key) || subjects.at(words, j)) return from;
    j++;
  }
  return j;
}

/** Verbs that ready the body for a disease ("strengthens your immune system against the flu"): with "against", a prevention claim. */
const FORTIFY_VERBS = new Set(['strengthen', 'strengthens', 'strengthening', 'fortify', 'fortifies', 'fortifying', 'arm', 'arms', 'arming', 'shield', 'shielding', 'defend', 'defends', 'defending', 'prepare', 'prepares', 'preparing', 'bolster', 'bolsters', 'bolstering', 'boost', 'boosts', 'boosting']);
/** Nouns a drug class may modify ("chemotherapy drugs", "antibiotic treatment"). */
const MODIFIED_DRUG_NOUNS = new Set(['drug', 'drugs', 'medication', 'medications', 'medicine', 'medicines', 'treatment', 'treatments', 'pills', 'therapy', 'regimen', 'resistance', 'use', 'side']);

/** Outcomes counted as a rate of a treatment ("success rate", "cure rate"). */
const RATED_OUTCOMES = new Set(['success', 'cure', 'recovery', 'remission', 'response', 'improvement', 'healing']);
const JOINERS_OF_RATE = new Set(['with', 'for', 'in', 'of', 'against', 'treating']);

/** Verbs that grow a destroyed structure back ("regrow cartilage", "rebuild the joint"). */
const REGROW_VERBS = new Set(['regrow', 'regrows', 'regrowing', 'rebuild', 'rebuilds', 'rebuilding', 'regenerate', 'regenerates', 'regenerating', 'regrew', 'rebuilt', 'regenerated']);
/** Structures that arthritis, injury or neuropathy destroy and that do not grow back. */
const REGROWN_PARTS = new Set(['cartilage', 'joint', 'joints', 'disc', 'discs', 'disk', 'disks', 'ligament', 'ligaments', 'tendon', 'tendons', 'meniscus', 'nerve', 'nerves', 'spine', 'vertebrae', 'acl', 'knee', 'knees', 'hip', 'hips', 'rotator']);
/** Words between such a verb and the structure ("regrow your damaged knee cartilage"). */
const PART_MODIFIERS = new Set(['the', 'your', 'their', 'damaged', 'worn', 'wornout', 'injured', 'torn', 'lost', 'new', 'healthy', 'knee', 'hip', 'joint', 'spinal', 'peripheral', 'missing', 'destroyed', 'degenerated']);

/** Functions done "again" after a disease took them ("walk again", "see again"): a result promised. */
const AGAIN_FUNCTIONS = new Set(['see', 'sees', 'walk', 'walks', 'walking', 'hear', 'hears', 'talk', 'talks', 'talking', 'speak', 'speaks', 'speaking', 'run', 'runs', 'running', 'breathe', 'breathes', 'breathing', 'move', 'moves', 'sleep', 'sleeps', 'sleeping', 'dance', 'drive', 'play', 'stand', 'stands', 'live', 'lives', 'living', 'think', 'remember', 'remembers', 'feel', 'feels', 'smile', 'eat', 'swallow']);
/** "virus-fighting", "cancer-killing", "flu-busting": the second part of a compound adjective that treats its first. */
const COMPOUND_TREATS = new Set(['fighting', 'killing', 'busting', 'blocking', 'fighter', 'fighters', 'killer', 'killers', 'buster', 'busters', 'blocker', 'preventing', 'curing', 'reversing', 'destroying', 'defeating', 'beating']);
/** Words besides single-word conditions that name what such a compound fights ("viral-fighting", "germ-killing"). */
const COMPOUND_AGENTS = new Set(['viral', 'virus', 'viruses', 'germ', 'germs', 'bacteria', 'bacterial', 'microbe', 'microbes', 'pathogen', 'pathogens', 'tumor', 'tumour', 'fungus', 'fungal', 'infection', 'disease', 'flu', 'cold', 'cancer']);
/** Conditions of one word, for the first part of a compound adjective. */
const ONE_WORD_CONDITIONS = new Set(conditionData.terms.filter((t) => !t.includes(' ')).map((t) => t.replace(/-/g, '')));

/** Words that end a hashtag naming a treatment of its condition ("#diabetescure", "#anxietyrelief"). */
const HASHTAG_TREATS = ['cure', 'cures', 'relief', 'remedy', 'treatment', 'killer', 'fighter', 'support', 'help', 'healing', 'free'];

/** In "#diabetescure", the length of the condition after the "#" (plus one for the "#"), else 0. */
function hashtagCondition(text: string): number {
  const tag = text.slice(1).toLowerCase();
  for (const end of HASHTAG_TREATS) {
    if (!tag.endsWith(end) || tag.length === end.length) continue;
    const first = tag.slice(0, -end.length);
    if (ONE_WORD_CONDITIONS.has(first) || ACRONYM_KEYS.has(first)) return first.length + 1;
  }
  return 0;
}

/** In "virus-fighting", the length of the part before the hyphen when it names a condition and the rest treats it, else 0. */
function compoundCondition(text: string): number {
  if (text.startsWith('#')) return hashtagCondition(text);
  const dash = text.lastIndexOf('-');
  if (dash <= 0 || !COMPOUND_TREATS.has(text.slice(dash + 1).toLowerCase())) return 0;
  const first = text.slice(0, dash).toLowerCase().replace(/-/g, '');
  return COMPOUND_AGENTS.has(first) || ONE_WORD_CONDITIONS.has(first) || ACRONYM_KEYS.has(first) ? dash : 0;
}

/** Adjectives of a disease that a product can end ("reversible by NAD+", "treatable with our drops"). */
const ENDABLE = new Set(['reversible', 'curable', 'treatable', 'preventable', 'beatable', 'avoidable']);

/** Verbs of what a product contains or delivers ("is packed with", "contains", "is rich in", "delivers"): their object acts for it. */
const CONTAINING = new Set(['contains', 'contain', 'containing', 'packed', 'loaded', 'rich', 'full', 'infused', 'fortified', 'provides', 'provide', 'delivers', 'deliver', 'features', 'feature', 'boasts', 'combines', 'blends', 'harnesses', 'harness']);

/** For each word, the index of the next relative pronoun and of the next containing verb from it (the length when none). */
function nextIndexes(words: readonly Word[]): { relative: Int32Array; containing: Int32Array } {
  const n = words.length;
  const relative = new Int32Array(n + 1).fill(n);
  const containing = new Int32Array(n + 1).fill(n);
  for (let k = n - 1; k >= 0; k--) {
    // Safe: k is within bounds.
    const key = words[k]!.key;
    relative[k] = key === 'that' || key === 'which' || key === 'who' ? k : relative[k + 1]!;
    containing[k] = CONTAINING.has(key) ? k : containing[k + 1]!;
  }
  return { relative, containing };
}

/** A containing verb within the six words before `at` ("is packed with minerals", "deliver millions of young cells"). */
function containedBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) if (CONTAINING.has(words[k]!.key)) return true;
  return false;
}

/** Builds the claims of a document's sentences. */
export function buildClaims(sentences: readonly Sentence[], subjects: Subjects): { claims: Claim[]; mentions: SubjectMention[]; research: boolean; seller: boolean } {
  const claims: Claim[] = [];
  // Lists built by push, not map: map's result is an array of one kind or another by its length, and a load from
  // the other kind discards this function's optimized code (issue 16).
  const perSentence: Mention[][] = [];
  for (const s of sentences) perSentence.push(mentionsIn(subjects, s.words));
  // The document's subjects, most mentioned first: "it" with nothing before resolves to the first.
  const counts = new Map<string, { name: string; count: number; first: number }>();
  // Plain loops with length tests: most sentences name nothing, and an empty list is an array of another kind to V8,
  // which would discard this function's optimized code when it first meets one (issue 16).
  for (let si = 0; si < sentences.length; si++) {
    // Safe: si indexes sentences and perSentence, m indexes its words.
    const list = perSentence[si]!;
    for (let k = 0; k < list.length; k++) {
      const m = list[k]!;
      const entry = counts.get(m.id);
      if (entry) entry.count++;
      else counts.set(m.id, { name: wordsText(sentences[si]!.words, m.first, m.end), count: 1, first: si });
    }
  }
  const mentions: SubjectMention[] = [];
  for (const [id, e] of [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)) {
    mentions.push(id.startsWith('category:') ? { name: e.name, key: id, count: e.count } : { productId: id, name: e.name, key: id, count: e.count });
  }
  const main = counts.size > 0 ? mentions[0] : undefined;
  let last: { id: string; name: string } | undefined;
  maskDocument(sentences);
  const research = researchGenre(sentences);

  for (let si = 0; si < sentences.length; si++) {
    // Safe: si is within bounds.
    const sentence = sentences[si]!;
    const own = perSentence[si] ?? [];
    let ahead: { relative: Int32Array; containing: Int32Array } | undefined;
    const subjectAt = (at: number): ClaimSubject | undefined => {
      // The first product named in the cue's clause before it (usually the sentence's subject), else the last before it.
      let best: Mention | undefined;
      for (const m of own) if (m.first < at && sentence.clauses[m.first] === sentence.clauses[at]) {
        best = m;
        break;
      }
      if (!best) for (const m of own) if (m.first < at) best = m;
      // "The enzymes that repair DNA damage consume NAD+": a relative clause's verb is the noun's before it, not a product named later.
      const relative = ['that', 'which', 'who'].includes(sentence.words[at - 1]?.key ?? '') && at >= 2;
      if (!best && own.length > 0 && own[0]!.first > at) {
        if (relative) return undefined;
        best = own[0];
      }
      // "… need the same medications that are used to treat …": a relative clause's subject is the noun before it, not the product.
      // "Sea moss is packed with minerals that fight inflammation": what the product contains acts for it, so the claim stays its own.
      // "NAD+, which repairs …": a relative clause right after the name is about the product. The first relative pronoun and
      // the first containing verb after the name are looked up in tables made once per sentence (one sentence of many
      // claims stays linear).
      if (best && best.end < at) {
        const { relative: nextRelative, containing: nextContaining } = (ahead ??= nextIndexes(sentence.words));
        const r = nextRelative[best.end + 1] ?? sentence.words.length;
        if (r < at && (nextContaining[best.end] ?? sentence.words.length) > r) return undefined;
      }
      if (best) {
        const words = sentence.words;
        // Safe: mention indexes are within the sentence.
        return { name: wordsText(words, best.first, best.end), ...product(best.id), resolved: 'explicit', start: words[best.first]!.start, end: words[best.end - 1]!.end };
      }
      // "It", "this therapy", "our infusions" before the cue refer to the last product named; otherwise the claim is the article's subject's at most.
      const refers = factsOf(sentence).firstReferring < at;
      if (last && refers) return { name: last.name, ...product(last.id), resolved: 'anaphora' };
      if (main) return { name: main.name, ...product(main.key), resolved: refers ? 'anaphora' : 'document' };
      return undefined;
    };
    maskSentence(sentences, si);
    const found = claimsOf(sentence, subjectAt, (k) => own.some((m) => m.end === k));
    // In a research text (an abstract, a review), what treatments do is the research's finding, reported.
    // Hype words stay the writer's own.
    if (research) for (let k = 0; k < found.length; k++) if (found[k]!.kind !== 'puffery' && (found[k]!.modality === 'asserted' || found[k]!.modality === 'hedged')) found[k] = { ...found[k]!, modality: 'attributed' };
    const answer = answerTo(sentences, si);
    if (sentence.question && answer) {
      for (const c of found) claims.push(answered(c, answer));
      for (const c of riskQuestion(sentence, answer, subjectAt)) claims.push(c);
    }
    claims.push(...found);
    // "It inhibits the enzyme that converts testosterone into DHT": a sentence whose subject is a pronoun keeps talking
    // about the product it refers to (its centre, in Centering theory's terms); a product named later in it is an
    // object, which a following "this" or "it" does not take over.
    const continues = last !== undefined && SUBJECT_PRONOUNS.has(sentence.words[0]?.key ?? '') && !own.some((m) => m.first === 1);
    if (own.length > 0 && !continues) {
      // The last product named as a participant, not only as the object of a preposition ("something you'd find
      // between copper bracelets and alkaline water" names them in passing); those alone do not replace the centre.
      let m: Mention | undefined;
      for (const x of own) if (!namedInPassing(sentence.words, x.first)) m = x;
      // Safe: own is not empty.
      m ??= last ? undefined : own[own.length - 1]!;
      if (m) last = { id: m.id, name: wordsText(sentence.words, m.first, m.end) };
    }
  }
  const seller = !research && sellerVoice(sentences);
  // Rules ask the cue sets later, about sentences of their own choosing: no sentence's masks stay current.
  maskedWords = undefined;
  // A customer's words quoted on a seller's page ("'My psoriasis cleared up completely!' – Sarah") are the seller's
  // claim: a testimonial is the advertiser's own claim (16 CFR 255.2). A named source's words stay attributed.
  if (seller) for (let k = 0; k < claims.length; k++) if (testimonial(claims[k]!)) claims[k] = { ...claims[k]!, modality: 'asserted' };
  return { claims, mentions, research, seller };
}

/**
 * A claim inside quotation marks that no reporting verb attributes to its words: in the first person (a testimonial),
 * or with a speech tag naming an endorser ("“…,” says our medical director").
 */
function testimonial(c: Claim): boolean {
  const ctx = c.sentence.context[c.first];
  if (c.modality !== 'attributed' || !ctx?.quoted || ctx.attributed || c.sentence.question) return false;
  return endorsement(c.sentence);
}

/** Who endorses a treatment in a seller's quotation ("notes one provider", "says Dr. Lee, our medical director"). */
const ENDORSERS = new Set(['provider', 'providers', 'doctor', 'doctors', 'dr', 'physician', 'physicians', 'nurse', 'practitioner', 'specialist', 'expert', 'director', 'founder', 'patient', 'patients', 'client', 'clients', 'customer', 'customers', 'user', 'users']);
const SPEECH_VERBS = new Set(['says', 'said', 'notes', 'noted', 'explains', 'explained', 'adds', 'added', 'shares', 'shared', 'recalls', 'recalled']);

/** A quotation with its speech tag naming an endorser, outside the quotation marks ("“…,” notes one provider"). */
export function endorsement(sentence: Sentence): boolean {
  const { words, context } = sentence;
  // "“I lost 40 pounds!”": a customer's own words, in the first person (a testimonial, 16 CFR 255.2).
  for (let i = 0; i < words.length; i++) if (context[i]!.quoted && FIRST_PERSON.has(words[i]!.key)) return true;
  if (speechTag(sentence)) return true;
  // "“…!” says Karen, one of our clients.": an exclamation ends the quotation's sentence, so its tag opens the next.
  const next = nextInBlock(sentence);
  return next !== undefined && context[words.length - 1]?.quoted === true && SPEECH_VERBS.has(next.words[0]?.key ?? '') && speechTag(next);
}

/** The next sentence of the sentence's block, by position (sentences of a block are consecutive). */
function nextInBlock(sentence: Sentence): Sentence | undefined {
  const block = sentence.block.sentences;
  return block[sentence.index - (block[0]?.index ?? sentence.index) + 1];
}

/** A speech verb outside quotation marks with an endorser within five words of it. */
function speechTag(sentence: Sentence): boolean {
  const { words, context } = sentence;
  for (let i = 0; i < words.length; i++) {
    // Safe: i is within the sentence.
    if (context[i]!.quoted || !SPEECH_VERBS.has(words[i]!.key)) continue;
    for (let k = Math.max(0, i - 5); k <= i + 5 && k < words.length; k++) if (!context[k]!.quoted && ENDORSERS.has(words[k]!.key)) return true;
  }
  return false;
}


const REFERRING = new Set(['it', "it's", 'its', 'this', 'these', 'they', "they're", 'their', 'our', 'them', 'treatment', 'treatments', 'therapy', 'therapies', 'infusion', 'infusions', 'injection', 'injections', 'product', 'products', 'drip', 'drips', 'session', 'sessions', 'medication', 'procedure', 'supplement', 'formula', 'protocol', 'dose', 'doses', 'dosage', 'implant', 'implants', 'pellet', 'pellets', 'shot', 'shots']);

/** Prepositions whose object is named in passing, not as what the text goes on to talk about. */
const PASSING = new Set(['like', 'between', 'than', 'unlike', 'versus', 'vs', 'besides', 'except', 'including', 'such']);
/** A name that is the object of a passing preposition, within four words and no comma before it ("between copper bracelets and alkaline water"). */
function namedInPassing(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    // Safe: k and k + 1 are within the sentence.
    if (words[k + 1]!.gap.includes(',')) return false;
    if (PASSING.has(words[k]!.key)) return true;
  }
  return false;
}
/** "will restore", "will quickly boost": a future effect stated as certain. */
function willBefore(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.key;
  if (prev === 'will' || prev === "'ll") return true;
  return (prev === 'also' || prev === 'surely' || prev === 'definitely' || (prev?.endsWith('ly') ?? false)) && words[i - 2]?.key === 'will';
}

/** Pronouns that, opening a sentence, are its subject and refer back ("It inhibits …", "They reverse …"). */
const SUBJECT_PRONOUNS = new Set(['it', "it's", 'this', 'these', 'they', "they're"]);
const RELATIVES = new Set(['that', 'which', 'who']);
const LEADING_SUBORDINATORS = new Set(['if', 'whether', 'when']);
const OPEN_QUESTIONS = new CueSet(D.openQuestions);

/** An epistemic cue ("whether", "unclear", "not known") in the clause of `at`, up to it. */
function openQuestion(sentence: Sentence, at: number): boolean {
  const { words, clauses } = sentence;
  for (let k = at; k >= 0 && clauses[k] === clauses[at]; k--) {
    if (OPEN_QUESTIONS.has(words, k)) return true;
    // "If a real cure for cancer were discovered, …": a condition contrary to fact, its subjunctive "were" after the claim.
    if (words[k]!.key === 'if') for (let j = at + 1; j < words.length && j <= at + 8 && clauses[j] === clauses[at]; j++) if (words[j]!.key === 'were') return true;
  }
  return false;
}
const CONTRASTS = new Set(['but', 'however', 'yet', 'although', 'though', 'whereas']);
const USE_FRAMES = new Set(['use', 'uses', 'used', 'take', 'takes', 'took', 'try', 'tries', 'tried', 'turn', 'turned']);
const PRACTICE_SUBJECTS = new Set(['some', 'many', 'consumers', 'americans', 'users', 'others', 'they']);
const OUTCOME_RISES = new CueSet(D.outcomeRises);
const OUTCOME_RISE_LINKS = new Set(D.outcomeRiseLinks);
/** Words that may follow an intransitive verb of improvement ("improves within days", "returns to normal"). */
const AFTER_RISE = new Set(['in', 'within', 'by', 'as', 'after', 'with', 'over', 'too', 'again', 'dramatically', 'significantly', 'quickly', 'naturally', 'and', 'from', 'for', 'back', 'to', 'almost', 'immediately', 'overnight', 'right', 'noticeably', 'greatly', 'once', 'while', 'during']);
const RISE_INTENSIFIERS = new Set(['dramatically', 'significantly', 'rapidly', 'greatly', 'noticeably', 'soar', 'soars', 'skyrocket', 'skyrockets', 'surge', 'surges']);
const FIRST_PERSON = new Set(['i', 'my', 'me', "i'm", "i've", 'myself']);
const RESOLVED = new CueSet(D.resolved);
const RESOLVED_LINKS = new Set(D.resolvedLinks);
/** Resolution words that need a linking word before them ("heart disease is history", not "a cancer history"). */
const RESOLVED_NEED_LINK = new Set(['history', 'resolved', 'clear']);
const OWNERS = new Set(['my', 'your', 'his', 'her', 'their', 'our']);
const SUITED = new Set(D.suitedFrames);
/** Words that may open a headline fragment before a treatment noun ("A natural treatment for ADHD", "The answer to Lyme disease"). */
const FRAGMENT_LEAD = new Set(['a', 'an', 'the', 'natural', 'new', 'effective', 'proven', 'powerful', 'gentle', 'holistic', 'drugfree', 'safe', 'real', 'lasting', 'permanent', 'revolutionary', 'innovative', 'best', 'ultimate', 'simple', 'fast', 'your', 'our']);
/** Nouns that name a product by the disease it is for ("diabetes formula", "anxiety relief", "cancer treatment"). */
const CONDITION_PRODUCT_NOUNS = new Set(['treatment', 'treatments', 'therapy', 'relief', 'recovery', 'remedy', 'remedies', 'cure', 'cures', 'medicine', 'solution', 'protocol', 'formula', 'fighter', 'fighters', 'killer', 'defense', 'defence', 'blocker', 'buster', 'reliever']);
/** Nouns that a "<condition> treatment" phrase may modify: a place, a service or its people, not a product. */
const SERVICE_NOUNS = new Set(['center', 'centers', 'centre', 'centres', 'clinic', 'clinics', 'program', 'programs', 'programme', 'option', 'options', 'plan', 'plans', 'provider', 'providers', 'specialist', 'specialists', 'team', 'facility', 'facilities', 'hospital', 'hospitals', 'research', 'trial', 'trials', 'guidelines', 'cost', 'costs', 'industry', 'field', 'process', 'journey', 'services', 'service', 'approach', 'approaches', 'decisions', 'decision', 'teams', 'staff']);
/** Words that may follow a headline's noun phrase ("diabetes treatment to lower blood sugar", "… and more"). */
const FRAGMENT_FOLLOW = new Set(['and', 'or', 'to', 'for', 'with', 'without', 'that', 'from', 'made', 'in', 'by']);
/** Nouns that are a claim in a fragment even after "the" ("The answer to chronic Lyme disease"). */
const FRAGMENT_NOUNS = new Set(['answer', 'solution', 'remedy', 'cure', 'treatment', 'alternative']);
const HELP_VERBS = new Set(['helps', 'help', 'helping', 'supports', 'support', 'supporting', 'maintains', 'maintain', 'maintaining']);
const TRULY = new Set(['really', 'actually', 'truly', 'definitely', 'just', 'simply', 'always']);
const WORKS_SUBJECTS = new Set(['it', 'this', 'they', 'treatment', 'therapy', 'product', 'supplement', 'formula', 'protocol']);
/** Words before "it works" that make it a topic or a question ("how it works", "find out whether it works"). */
const WORKS_TOPICS = new Set(['how', 'what', 'why', 'whether', 'if', 'where', 'when', 'way', 'ways', 'that', 'know', 'see', 'understand', 'explain', 'explains', 'does', 'do', 'did']);
/** Words that refer back to conditions already named ("prevents all three", "treats both", "relieves these conditions"). */
const REFERENT_HEADS = new Set(['all', 'both', 'these', 'those', 'them']);
const REFERENT_TAILS = new Set(['three', 'two', 'four', 'five', 'of', 'them', 'these', 'conditions', 'diseases', 'disorders', 'problems', 'illnesses', 'symptoms', 'issues']);

/** The index after a phrase at `from` that refers to conditions named before ("all three", "both of them", "these conditions"), or -1. */
function referentAfter(words: readonly Word[], from: number): number {
  const head = words[from];
  if (!head || !REFERENT_HEADS.has(head.key)) return -1;
  let end = from + 1;
  while (end < words.length && end <= from + 3 && words[end]!.gap === '' && REFERENT_TAILS.has(words[end]!.key)) end++;
  // "all" or "these" alone would be a determiner of what follows ("all patients"): it must end the clause or take a tail.
  const last = words[end - 1]!.key;
  const closes = end >= words.length || words[end]!.gap !== '';
  return closes && (end > from + 1 || head.key === 'them' || head.key === 'both') && last !== 'of' ? end : -1;
}
/**
 * Nouns that stand for a product or treatment before a relative clause ("a supplement that cures"), besides the
 * names of products. Ingredients stand for the product too ("packed with minerals that heal thyroid disorders");
 * enzymes and pathways do not ("the enzymes that repair DNA damage").
 */
const TREATMENT_NOUNS = new Set([...REFERRING, 'minerals', 'vitamins', 'nutrients', 'antioxidants', 'compounds', 'ingredients', 'herbs', 'botanicals', 'properties', 'formulas', 'blends', 'drug', 'drugs', 'medicine', 'medicines', 'medications', 'remedy', 'remedies', 'cream', 'creams', 'oil', 'oils', 'pill', 'pills', 'capsule', 'capsules', 'device', 'devices', 'option', 'options', 'approach', 'method', 'technique', 'procedure', 'procedures', 'one', 'something', 'solution', 'program', 'plan', 'cleanse', 'serum', 'spray', 'drops', 'tea', 'blend', 'system', 'clinic',
  // What an advertisement promotes without naming it: "this simple trick that reverses diabetes", "the secret that melts fat".
  'trick', 'tricks', 'secret', 'secrets', 'discovery', 'hack', 'hacks', 'ritual', 'routine', 'protocol', 'protocols', 'methods', 'techniques', 'programs', 'plans', 'systems', 'solutions', 'recipe', 'food', 'foods', 'fruit', 'fruits', 'ingredient', 'compound', 'nutrient', 'mineral', 'vitamin', 'herb', 'plant', 'root', 'seed', 'seeds', 'mushroom', 'mushrooms', 'molecule', 'peptide', 'hormone', 'hormones', 'shake', 'juice', 'water']);

/** What the modality and subject of every claim of a sentence ask about the whole sentence, found once (a long sentence of many claims stays linear). */
interface SentenceFacts {
  /** The first pronoun or treatment noun ("it helps", "our infusions treat"), or the sentence length. */
  readonly firstReferring: number;
  /** Research into a product ("is being studied for"). */
  readonly research: boolean;
  /** An animal or laboratory setting ("in mice", "in vitro"). */
  readonly animal: boolean;
  /** Index of the last refutation cue, or -1. */
  readonly lastRefutation: number;
  /** Index of the first refutation cue, or -1. */
  readonly firstRefutation: number;
  /** Per word: the index of the nearest "can" at or before it in its clause, or -1. */
  readonly canBefore: readonly number[];
  /** Clauses with a word that denies the treatment works ("an ineffective approach to treating obesity", "unproven therapies"). */
  readonly deniedClauses: ReadonlySet<number>;
}

const FACTS = new WeakMap<Sentence, SentenceFacts>();

function factsOf(sentence: Sentence): SentenceFacts {
  let facts = FACTS.get(sentence);
  if (facts) return facts;
  const { words, clauses } = sentence;
  let firstReferring = words.length;
  let research = false;
  let animal = false;
  let firstRefutation = -1;
  let lastRefutation = -1;
  // Plain arrays: a small typed array per sentence cost more to allocate than it saved.
  // Built by push: `new Array(n).fill(-1)` is a holey array that V8 fills in its C++ runtime.
  const canBefore: number[] = [];
  for (let i = 0; i < words.length; i++) canBefore.push(-1);
  const deniedClauses = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    // Safe: i is within bounds.
    const w = words[i]!;
    const key = w.key;
    const bits = maskOf(w, WORD_LANE);
    if ((bits & W_DENIAL) !== 0) deniedClauses.add(clauses[i] ?? -1);
    if (firstReferring === words.length && (bits & W_REFERRING) !== 0) firstReferring = i;
    if (!research && RESEARCH.has(words, i)) research = true;
    if (!animal && key === 'in' && ANIMAL.has(words, i + 1)) animal = true;
    if (REFUTATIONS.has(words, i)) {
      if (firstRefutation < 0) firstRefutation = i;
      lastRefutation = i;
    }
    const previous = i > 0 && clauses[i - 1] === clauses[i] ? (canBefore[i - 1] ?? -1) : -1;
    canBefore[i] = key === 'can' ? i : previous;
  }
  facts = { firstReferring, research, animal, firstRefutation, lastRefutation, canBefore, deniedClauses };
  FACTS.set(sentence, facts);
  return facts;
}

/**
 * The words after `from` warn rather than promise: they name a risk ("the risks far outweigh any
 * benefit", "can cause bladder damage") before any benefit in the same clause, and do not deny or
 * minimize it. An appeal to evidence for a warning is caution, not a claim that needs substantiating.
 */
export function warnsAfter(sentence: Sentence, from: number): boolean {
  const { words, context, clauses } = sentence;
  const clause = clauses[from];
  // The complement is read to the end of its clause, at most 25 words (a sentence of many appeals stays linear).
  for (let i = from; i < Math.min(words.length, from + 25) && clauses[i] === clause; i++) {
    // "proven to relieve pain", "a proven treatment for chronic pain": a risk word a treatment takes as its object is the benefit.
    if (OUTCOMES.has(words, i) || EFFECTIVE.has(words, i) || SAFE.has(words, i) || TREAT_NOUNS.has(words[i]!.key) || TREAT.has(words, i) || CURE.has(words, i) || PREVENT.has(words, i)) return false;
    const end = RISKS.at(words, i);
    if (end > 0) {
      if (context[i]?.negated) return false;
      // "minimal risk", "side effects are rare": a risk played down is a safety claim, not a warning.
      for (let k = Math.max(from, i - 3); k < Math.min(words.length, end + 2); k++) if (RARITY.has(words, k)) return false;
      return true;
    }
  }
  return false;
}

/** A call to action or a first-person offer ("book your first infusion", "our clinic", "we offer"). */
function sellerVoice(sentences: readonly Sentence[]): boolean {
  for (let si = 0; si < sentences.length; si++) {
    // Safe: si is within bounds.
    const words = sentences[si]!.words;
    maskSentence(sentences, si);
    for (let i = 0; i < words.length; i++) {
      if (SELLER_VOICE.has(words, i)) return true;
      // Safe: i is within bounds.
      if (words[i]!.key === 'our') for (let k = i + 1; k < Math.min(words.length, i + 4); k++) if (OUR_NOUNS.has(words[k]!.key)) return true;
    }
  }
  return false;
}

/** One strong cue of a research text, or two or more different ones. */
function researchGenre(sentences: readonly Sentence[]): boolean {
  const seen = new Set<number>();
  for (let si = 0; si < sentences.length; si++) {
    // Safe: si is within bounds.
    const s = sentences[si]!;
    maskSentence(sentences, si);
    for (let i = 0; i < s.words.length; i++) {
      if (RESEARCH_GENRE_STRONG.has(s.words, i)) return true;
      // A trial's design words, however many, are one cue.
      if (RESEARCH_DESIGN.has(s.words, i)) seen.add(0);
      const end = RESEARCH_GENRE.at(s.words, i);
      if (end < 0) {
        if (seen.size >= 2) return true;
        continue;
      }
      // The cue's words, as a key: one cue counted once however often it occurs.
      let key = 0;
      for (let k = i; k < end; k++) for (const ch of s.words[k]!.key) key = (key * 31 + ch.charCodeAt(0)) | 0;
      seen.add(key);
      if (seen.size >= 2) return true;
    }
  }
  return false;
}

interface Answer {
  readonly sentence: Sentence;
  readonly polarity: 'affirmative' | 'negative';
  /** The answer's cue words. */
  readonly first: number;
  readonly end: number;
}

/** The answer that follows a question ("Is it safe? Absolutely."), when the next sentence opens with one. */
function answerTo(sentences: readonly Sentence[], si: number): Answer | undefined {
  const q = sentences[si];
  // In bounds: the last sentence has no next one.
  const next = si + 1 < sentences.length ? sentences[si + 1] : undefined;
  if (!q?.question || !next || next.question || next.words.length === 0) return undefined;
  // The answer follows the question in the same block or opens the next one (an FAQ).
  if (next.block !== q.block && next.block.index !== q.block.index + 1) return undefined;
  const neg = NEGATIVE.at(next.words, 0);
  if (neg > 0) return { sentence: next, polarity: 'negative', first: 0, end: neg };
  const aff = AFFIRMATIVE.at(next.words, 0);
  if (aff > 0) return { sentence: next, polarity: 'affirmative', first: 0, end: aff };
  return undefined;
}

/**
 * The words of the affirmative answer to a question ("Is it the same as Wegovy? Yes, …"), for a rule that reads
 * the question's claim in its own phrases; undefined when the next sentence does not open with a yes.
 */
export function affirmativeAnswer(sentences: readonly Sentence[], question: Sentence): { start: number; end: number } | undefined {
  const a = sentences[question.index] === question ? answerTo(sentences, question.index) : undefined;
  if (a?.polarity !== 'affirmative') return undefined;
  // Safe: the answer's cue indexes are within its sentence.
  return { start: a.sentence.words[a.first]!.start, end: a.sentence.words[a.end - 1]!.end };
}

/** A question's claim made by an affirmative answer ("Is it safe? Yes."). */
function answered(c: Claim, a: Answer): Claim {
  if (a.polarity !== 'affirmative' || (c.modality !== 'question' && c.modality !== 'hedged')) return c;
  const words = a.sentence.words;
  // Safe: the answer's cue indexes are within its sentence.
  const start = words[a.first]!.start;
  const end = words[a.end - 1]!.end;
  return { ...c, modality: 'answer', sentence: a.sentence, first: a.first, last: a.end - 1, start, end, question: { start: c.start, end: c.end } };
}

/** "Will I get hooked? Not at all.": a risk asked about and denied by the answer is a safety claim. */
function riskQuestion(q: Sentence, a: Answer, subjectAt: (at: number) => ClaimSubject | undefined): Claim[] {
  if (a.polarity !== 'negative') return [];
  for (let i = 0; i < q.words.length; i++) {
    const end = RISKS.at(q.words, i);
    if (end < 0) continue;
    const words = a.sentence.words;
    // Safe: indexes are within the sentences.
    const qs = q.words[i]!.start;
    const qe = q.words[end - 1]!.end;
    const subject = subjectAt(i);
    return [
      {
        kind: 'safety',
        modality: 'answer',
        sentence: a.sentence,
        first: a.first,
        last: a.end - 1,
        start: words[a.first]!.start,
        end: words[a.end - 1]!.end,
        question: { start: qs, end: qe },
        intensified: false,
        ...(subject ? { subject } : {}),
      },
    ];
  }
  return [];
}

/** The modality of a claim whose cue spans words first..last. */
function modalityOf(sentence: Sentence, first: number, last: number, negatedIsClaim = false): ClaimModality {
  const ctx = sentence.context;
  const words = sentence.words;
  if (sentence.question) return 'question';
  // Safe: first is within bounds.
  const c = ctx[first]!;
  if (c.attributed || c.quoted) return refuted(sentence, first) ? 'refuted' : 'attributed';
  if (!negatedIsClaim && c.negated) return 'negated';
  // "An ineffective approach to treating obesity", "practitioners who treat cancer with unproven therapies": denied.
  if (!negatedIsClaim && factsOf(sentence).deniedClauses.has(sentence.clauses[first] ?? -1)) return 'negated';
  if (c.conceded) return refutedLater(sentence, last) ? 'refuted' : 'conceded';
  // "Researchers are studying whether CBD may be useful for anxiety", "it is unclear if it helps": an open question, not a claim.
  // A condition ("if taken in small amounts, it will not be toxic") or a purpose leaves a claim hedged at most.
  if (c.uncertain) return openQuestion(sentence, first) ? 'question' : 'hedged';
  // "is being studied for its potential to treat", "research into X as a potential treatment for": the research's question, not the writer's claim.
  const facts = factsOf(sentence);
  if (facts.research) return 'attributed';
  if (refutedAhead(sentence, first) || refutedLater(sentence, last)) return 'refuted';
  // "Some people use CBD products for anxiety": what people do, not what the writer claims.
  if (USE_FRAMES.has(words[first]!.key)) {
    for (let k = first - 1; k >= 0 && k >= first - 3; k--) if (POPULATION.has(words[k]!.key) || PRACTICE_SUBJECTS.has(words[k]!.key)) return 'attributed';
  }
  // "Some people use kratom to manage opioid withdrawal": the purpose of what people do, theirs too; not when the
  // people or the product are the seller's own ("our patients use our tea to …").
  if (words[first - 1]?.key === 'to' && !ourBefore(words, first)) {
    for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
      if (!USE_FRAMES.has(words[k]!.key)) continue;
      for (let m = k - 1; m >= 0 && m >= k - 3; m--) if (POPULATION.has(words[m]!.key) || PRACTICE_SUBJECTS.has(words[m]!.key)) return 'attributed';
      break;
    }
  }
  // "people looking for natural ways to manage pain or get off opioids": what readers seek, not what the writer claims.
  for (let k = first - 1; k >= 0 && k >= first - 8 && sentence.clauses[k] === sentence.clauses[first]; k--) if (SEEKING.has(words, k)) return 'attributed';
  // A citation answers an appeal to evidence or a comparison, hedged or not.
  if (sentence.cited || sentence.block.cited) return 'cited';
  for (let i = first; i <= last; i++) if (ctx[i]?.hedged) return 'hedged';
  // "can reduce", "can slow emptying and reduce hunger": a possibility, not a promise.
  const before = words[first - 1]?.key;
  if (first > 0 && (facts.canBefore[first - 1] ?? -1) >= 0 && sentence.clauses[first - 1] === sentence.clauses[first]) return 'hedged';
  // "used to treat", "designed to improve", "for improving": a purpose or a use, not a promise of the outcome.
  // "my goal is to prevent illness": the purpose stated with a copula between.
  // "used to help heal": the purpose's "to" may come before "help".
  const to = before === 'to' ? first - 1 : (before === 'help' || before === 'helps') && words[first - 2]?.key === 'to' ? first - 2 : -1;
  const copula = ['is', 'was', 'are'].includes(words[to - 1]?.key ?? '');
  if ((to >= 1 && (PURPOSE.has(words, to - 1) || (copula && to >= 2 && PURPOSE.has(words, to - 2)))) || (before === 'for' && words[first]!.key.endsWith('ing'))) return 'hedged';
  // "used by orthopedists to help heal fractures": what practitioners do, reported like "some people use it for".
  if (to >= 1 && usedByAgent(sentence, to - 1)) return 'attributed';
  // "… in mice", "in vitro": an animal or laboratory finding, not a claim about patients.
  if (facts.animal) return 'hedged';
  if (sentence.cited || sentence.block.cited) return 'cited';
  return 'asserted';
}

/**
 * "used by orthopedists to heal …", "prescribed by doctors to treat …": the purpose word with its
 * agent between it and "to" (at most three words, ending at `at`, in one clause).
 */
function usedByAgent(sentence: Sentence, at: number): boolean {
  const { words, clauses } = sentence;
  for (let k = at; k >= 1 && k >= at - 3 && clauses[k] === clauses[at]; k--) {
    // Safe: k is within the sentence.
    const key = words[k]!.key;
    // "used by our patients to recover from": the seller's own patients, the seller's claim.
    if (OWNERS.has(key) || key === 'we') return false;
    if (key === 'by') return PURPOSE.has(words, k - 1);
  }
  return false;
}

/** An attributed claim followed (in its sentence or the next) by a refutation. */
/** The sentence refers back to a product or treatment ("it", "these", "our", "this therapy"), as the claim model reads subjects. */
export function refersBack(sentence: Sentence): boolean {
  return factsOf(sentence).firstReferring < sentence.words.length;
}

/** Words after which a verb's object cannot go on: a modal or a verb of consequence ("… can lead to …", "… causes …"). */
const OBJECT_ENDS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'lead', 'leads', 'led', 'cause', 'causes', 'caused', 'result', 'results', 'resulted', 'trigger', 'triggers']);

/** "target", a treatment verb only with its condition right after it. */
const TARGET_VERBS = new Set(['target', 'targets', 'targeting']);

/**
 * "Some people use CBD for anxiety, but there is little good evidence that it helps", "studies have linked coffee with
 * less diabetes, but such studies cannot show cause and effect": a claim the writer rebuts after a contrast.
 */
export function refutedLater(sentence: Sentence, last: number): boolean {
  const at = factsOf(sentence).lastRefutation;
  // "While there are plenty of 'miracle cures' out there, there is very little evidence that any of them work": a point
  // granted in a concessive clause, then refuted.
  if (at > last && sentence.context[last]?.conceded) return true;
  for (let k = last + 1; k < at; k++) if (CONTRASTS.has(sentence.words[k]!.key)) return true;
  return false;
}

/** Words that link a refutation to the claim it opens ("evidence that", "data to support", "evidence for"). */
const REFUTED_LINKS = new Set(['that', 'support', 'supporting', 'supports', 'for']);

/**
 * "There is little evidence that NAD+ slows aging", "it has not been proven that …": a claim the writer introduces
 * as unsupported, in the clause a refutation opens with "that" or "to support" (within fifteen words before it).
 */
export function refutedAhead(sentence: Sentence, first: number): boolean {
  const at = factsOf(sentence).firstRefutation;
  if (at < 0 || at >= first || first - at > 15) return false;
  // "… that it slows aging", "limited data to support it as a treatment for ED", "little evidence for its use against …".
  for (let k = at + 1; k < first; k++) if (REFUTED_LINKS.has(sentence.words[k]!.key)) return true;
  return false;
}

function refuted(sentence: Sentence, first: number): boolean {
  if (factsOf(sentence).lastRefutation >= first) return true;
  const next = nextInBlock(sentence);
  const at = next ? factsOf(next).firstRefutation : -1;
  return at >= 0 && at < 12;
}

const WINDOW = 8;
/** Nouns that present a product as standing in for a drug (21 CFR 101.93(g)(2)(vi)). */
const SUBSTITUTES = new Set(['alternative', 'substitute', 'replacement']);
const USER_POPULATION = new Set(['women', 'men', 'patients', 'people', 'clients', 'adults', 'users', 'those', 'anyone', 'everyone']);
const USE_VERBS = new Set(['take', 'takes', 'took', 'use', 'uses', 'used', 'receive', 'receives', 'received', 'try', 'tried', 'get', 'got', 'undergo', 'underwent', 'start', 'started', 'choose', 'chose']);
/** Words for a disease's signs, which name the disease after "of" ("symptoms of fibromyalgia"). */
const SIGNS = new Set(['symptoms', 'symptom', 'signs', 'effects', 'complications']);
/** What people with a disease are promised to see ("see dramatic improvement", "experience relief"). */
const RESULT_WORDS = new Set(['improvement', 'improvements', 'relief', 'results', 'recovery', 'remission', 'benefits', 'progress', 'better', 'healing', 'reversal', 'reduction', 'reductions', 'decrease', 'difference', 'change', 'changes',
  // What patients "regain": a function the disease took.
  'feeling', 'sensation', 'mobility', 'function', 'movement', 'vision', 'sight', 'hearing', 'memory', 'balance', 'independence']);
/** "reverse your diagnosis": the reader's disease named by its diagnosis. */
const DIAGNOSIS = new Set(['diagnosis', 'diagnoses']);
const OUTCOME_VERBS = new Set(['feel', 'feels', 'felt', 'see', 'saw', 'experience', 'experienced', 'lose', 'lost', 'report', 'reported', 'enjoy', 'enjoyed', 'notice', 'noticed', 'gain', 'gained', 'regain', 'regained', 'have', 'look', 'live', 'lived', 'survive', 'survived']);
/** Imperatives of a shop ("Try our …", "Buy …") that open an offer. */
const SELLING_VERBS = new Set(['try', 'buy', 'shop', 'order', 'get', 'discover', 'explore', 'browse']);
/** Words between "for" and the condition a product is offered for ("for the relief of", "for your"). */
const FOR_FILLERS = new Set(['the', 'your', 'relief', 'of', 'fast', 'natural']);
/** Verbs that give back what was lost ("restore your hearing", "regain 20/20 vision"). */
const RESTORE_VERBS = new Set(['restore', 'restores', 'restoring', 'restored', 'regain', 'regains', 'regaining', 'recover', 'recovers']);
/** Bodily functions whose loss is a disease or a disability: promised back, they claim to treat it. */
const FUNCTIONS = new Set(['hearing', 'vision', 'sight', 'eyesight', 'memory', 'mobility', 'fertility']);
/** Words between a restoring verb and the function ("your lost hearing", "perfect 20/20 vision"). */
const FUNCTION_MODIFIERS = new Set(['your', 'their', 'his', 'her', 'my', 'our', 'lost', 'full', 'perfect', 'normal', 'natural', 'youthful', 'sharp', 'sharper', 'clear', 'clearer', 'crystal', 'clear', 'healthy', 'complete']);
/** The intoxication a product may or may not cause ("does not cause a high"). */
const INTOXICATION = new Set(['high', 'buzz', 'euphoria', 'intoxication']);
/** Verbs of causing an effect, for "does not cause …". */
const CAUSE_VERBS = new Set(['cause', 'causes', 'produce', 'produces', 'trigger', 'triggers']);
const OBJECT_STOPS = new Set(['and', 'or', 'in', 'for', 'with', 'when', 'if', 'because', 'as', 'like', 'unless', 'to']);
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'this', 'that', 'these', 'those', 'your', 'their', 'its', 'such']);
/** Verbs of suffering an effect, for "you will not experience …". */
const SUFFER_VERBS = new Set(['experience', 'suffer', 'get', 'have', 'develop', 'feel', 'notice']);
/** Nouns that stand for an adverse effect named before ("this condition", "any problems"). */
const PROBLEM_NOUNS = new Set(['condition', 'conditions', 'problem', 'problems', 'issue', 'issues', 'discomfort', 'pain', 'symptoms']);
/** Words that may stand between a negator and the risk it denies ("never been a single instance of rejection", "no serious side effects"). */
const DENIAL_FILLERS = new Set(['causing', 'producing', 'experiencing', 'having', 'getting', 'any', 'a', 'an', 'the', 'single', 'serious', 'major', 'significant', 'known', 'harmful', 'negative', 'unpleasant', 'unwanted', 'lasting', 'longterm', 'real', 'of', 'instance', 'instances', 'case', 'cases', 'report', 'reports', 'sign', 'signs', 'chance', 'been', 'be', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'there', 'cause', 'causes', 'experience', 'reported', 'documented', 'risk', 'more', 'other', 'severe', 'adverse', 'dangerous', 'common', 'noticeable', 'lingering', 'further', 'get', 'feel', 'bad', 'nasty', 'such', 'thing', 'as']);
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'seem', 'considered', 'reported', 'generally', 'usually', 'typically', 'quite']);
/** Words after a superlative that make it a statement about something other than the treatment ("the leading cause", "the most robust studies"). */
const NOT_ABOUT_TREATMENT = new Set(['cause', 'causes', 'common', 'studies', 'study', 'evidence', 'data', 'research', 'trials', 'reason', 'reasons', 'risk', 'risks', 'frequent', 'abundant', 'prevalent', 'likely', 'important', 'widely', 'people', 'patients', 'source']);

/** Words that frame a list of conditions as what a treatment is for ("covers illnesses like", "used for", "helps with"). */
const LIST_FRAMES = new Set(['covers', 'cover', 'covering', 'used', 'use', 'uses', 'using', 'helps', 'help', 'helpful', 'benefits', 'beneficial', 'effective', 'indications', 'addresses', 'address', 'targets', 'target', 'relieves', 'relieve']);

/**
 * A list of three or more conditions framed as what a treatment is for: "therapy covers illnesses
 * like A, B, C", "it is common to treat A, B and C", "I use it for patients with A, B and C".
 * The claim runs from the frame word to the end of the list; a list after a risk word ("side effects
 * include nausea, headache, dizziness") is not one. The sentence's masks must be current (maskSentence).
 */
function conditionList(sentence: Sentence, conditions: readonly number[], found: (kind: ClaimKind, first: number, last: number, items: [number, number][]) => void): void {
  const words = sentence.words;
  const n = words.length;
  let frame = -1;
  let frameKind: ClaimKind = 'disease';
  for (let i = 0; i < n; i++) {
    // Safe: i is within bounds.
    const w = words[i]!;
    // Only a cue, a condition, a treatment noun or a frame word can change the list's state; most words are none.
    if (skipping && (factsAt(i) & W_LIST) === 0 && (conditions[i] ?? -1) < 0 && !startsCue(LIST_STARTS, words, i)) continue;
    if (RISKS.has(words, i)) frame = -1;
    const cure = CURE.has(words, i);
    const prevent = !cure && PREVENT.has(words, i);
    const before = words[i - 1]?.key ?? '';
    // "is used for A, B, C": a use stated, not an adjective ("is used to it").
    const adjectival = w.key.endsWith('ed') && ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(before) && !cure && !(w.key === 'used' && words[i + 1]?.key === 'for');
    const noun = TREAT_NOUNS.has(w.key) && words[i + 1]?.key === 'for';
    if ((cure || prevent || noun || TREAT.has(words, i) || LIST_FRAMES.has(w.key)) && !adjectival) {
      frame = i;
      frameKind = cure ? 'cure' : prevent ? 'prevention' : 'disease';
      continue;
    }
    const e = conditions[i] ?? -1;
    if (e < 0 || frame < 0 || i - frame > 12) continue;
    // The list: conditions joined by commas, semicolons, "and", "or", with at most three other words between.
    const items: [number, number][] = [[i, e]];
    let end = e;
    let k = e;
    while (k < n) {
      let j = k;
      let joined = false;
      // A verb ends the list ("… and Alzheimer's disease, relieving pain": a second claim).
      while (j < n && j - end <= 3 && (conditions[j] ?? -1) < 0 && !TREAT.has(words, j) && !CURE.has(words, j) && !PREVENT.has(words, j)) {
        if (/[,;(]/.test(words[j]!.gap) || words[j]!.key === 'and' || words[j]!.key === 'or') joined = true;
        j++;
      }
      if (j < n && (/[,;(]/.test(words[j]!.gap) || joined) && (conditions[j] ?? -1) > 0) {
        const je = conditions[j]!;
        items.push([j, je]);
        end = je;
        k = je;
      } else break;
    }
    if (items.length < 3) continue;
    found(frameKind, frame, end - 1, items);
    i = end - 1;
    frame = -1;
  }
}

/**
 * What the constructions of one sentence share: its words, the conditions that start at each
 * word, the claims found so far and the sentence's subject lookups. Made once per sentence, so
 * that each group of constructions is a function of its own: V8 optimizes and, when a guess
 * fails, re-optimizes each group alone instead of one function of some 600 lines.
 */
class ClaimScope {
  readonly words: readonly Word[];
  readonly n: number;
  readonly out: Claim[] = [];
  /** The end of the condition starting at each word, -1 for none. */
  readonly conditions: number[];

  readonly sentence: Sentence;
  readonly subjectAt: (at: number) => ClaimSubject | undefined;
  readonly mentionEndsAt: (end: number) => boolean;

  constructor(sentence: Sentence, subjectAt: (at: number) => ClaimSubject | undefined, mentionEndsAt: (end: number) => boolean) {
    this.sentence = sentence;
    this.subjectAt = subjectAt;
    this.mentionEndsAt = mentionEndsAt;
    const words = sentence.words;
    const n = words.length;
    this.words = words;
    this.n = n;
    const conditions: number[] = [];
    // Only a word that can start a condition, or one before a head noun ("kidney failure"), can start one (its masks are current).
    for (let i = 0; i < n; i++) conditions.push(!skipping || (factsAt(i) & W_CONDITION) !== 0 || (i + 1 < n && (factsAt(i + 1) & W_HEAD) !== 0 && words[i + 1]!.gap === '') ? conditionAt(words, i) : -1);
    this.conditions = conditions;
  }
}

function sameClause(s: ClaimScope, a: number, b: number): boolean {
  return s.sentence.clauses[a] === s.sentence.clauses[b];
}

/** The first condition from `from` within the window, in the clause of `anchor`. */
function conditionAfter(s: ClaimScope, from: number, anchor: number): [number, number] | undefined {
  const { words, n, conditions } = s;
  for (let j = from; j < n && j <= from + WINDOW && sameClause(s, j, anchor); j++) {
    // The condition is the verb's object: no punctuation between them ("repair, inflammation" is a list).
    if (words[j]!.gap !== '' && words[j]!.gap !== '-') break;
    // "detoxifies the liver and reverses fatty liver disease": a second verb takes its own object.
    if (j > from && words[j - 1]!.key === 'and' && (CURE.has(words, j) || PREVENT.has(words, j) || TREAT.has(words, j))) break;
    // "Stopping prescribed treatment can lead to high blood sugar": the object ended before another verb's consequence.
    if (j > from && OBJECT_ENDS.has(words[j]!.key)) break;
    // Safe: j is within bounds.
    const e = conditions[j]!;
    // "reverse your condition": the reader's own condition, named by its head alone.
    if ((words[j]!.key === 'your' || words[j]!.key === 'their') && (HEADS.has(words[j + 1]?.key ?? '') || DIAGNOSIS.has(words[j + 1]?.key ?? '')) && words[j + 1]!.gap === '') return [j, j + 2];
    // "used to treat an illness": a bare head after an indefinite article names no disease.
    if (e === j + 1 && HEADS.has(words[j]!.key) && (words[j - 1]?.key === 'a' || words[j - 1]?.key === 'an')) return undefined;
    // "symptoms of fibromyalgia": the disease whose signs they are.
    if (e > 0 && SIGNS.has(words[e - 1]!.key) && words[e]?.key === 'of' && sameClause(s, e + 1, anchor)) {
      const named = conditions[e + 1] ?? 0;
      if (named > 0) return [j, named];
    }
    if (e > 0) return [j, e];
  }
  return undefined;
}

/** The first condition named in the sentence before `at`. */
function conditionBefore(s: ClaimScope, at: number): [number, number] | undefined {
  const conditions = s.conditions;
  for (let j = 0; j < at; j++) if ((conditions[j] ?? -1) > 0 && (conditions[j] ?? -1) <= at) return [j, conditions[j]!];
  return undefined;
}

/** Adds a claim of the sentence over words[first..last], unless one like it is there already. */
function add(s: ClaimScope, kind: ClaimKind, first: number, last: number, extra: Partial<Pick<Claim, 'condition' | 'conditions' | 'intensified' | 'substitute'>> & { negatedIsClaim?: boolean; modality?: ClaimModality } = {}): void {
  const { words, out, sentence } = s;
  // Safe: first and last are within bounds.
  const start = words[first]!.start;
  const end = words[last]!.end;
  // One claim per span: the same kind overlapping, or another kind about the same condition ("a cure for flu").
  for (const c of out) if (c.start < end && start < c.end && (c.kind === kind || (extra.condition && c.condition?.start === extra.condition.start))) return;
  // "the enzymes that repair DNA damage": a relative clause says what its noun does; a claim only when the noun is a product or a treatment ("a therapy that heals").
  // "injections that deliver millions of cells that regrow cartilage": what a product delivers acts for it.
  if (first >= 2 && RELATIVES.has(words[first - 1]!.key) && !TREATMENT_NOUNS.has(words[first - 2]!.key) && !s.mentionEndsAt(first - 1) && !containedBefore(words, first - 2)) return;
  // "regenerates damaged cartilage": an effect on a condition is the disease claim already made, not a second claim.
  if (kind === 'efficacy') for (const c of out) if (c.start === start && c.end === end && c.condition) return;
  const subject = s.subjectAt(first);
  out.push({
    kind,
    modality: extra.modality ?? modalityOf(sentence, first, last, extra.negatedIsClaim),
    sentence,
    first,
    last,
    start,
    end,
    intensified: extra.intensified ?? false,
    ...(subject ? { subject } : {}),
    ...(extra.condition ? { condition: extra.condition } : {}),
    ...(extra.conditions ? { conditions: extra.conditions } : {}),
    ...(extra.substitute ? { substitute: true as const } : {}),
  });
}

/** The text and offsets of the condition over words[c[0], c[1]). */
function conditionSpan(s: ClaimScope, c: readonly [number, number]): NonNullable<Claim['condition']> {
  const words = s.words;
  // Safe: condition indexes are within bounds.
  const start = words[c[0]]!.start;
  const end = words[c[1] - 1]!.end;
  return { text: wordsText(words, c[0], c[1]), start, end };
}

/** The claims one sentence makes, by construction (its masks current: maskSentence). */
function claimsOf(sentence: Sentence, subjectAt: (at: number) => ClaimSubject | undefined, mentionEndsAt: (end: number) => boolean): Claim[] {
  const s = new ClaimScope(sentence, subjectAt, mentionEndsAt);
  const { words, n, conditions } = s;
  // "Whether you're dealing with back pain or arthritis, our therapies can help": the reader's conditions named in a
  // leading clause, the product's help promised in the main clause.
  const leading = leadingConditions(sentence, conditions);
  if (leading) {
    const [from, to] = leading;
    // The promise: the first help word or predicated treatment noun of the main clause.
    for (let i = to; i < n; i++) {
      if (sentence.clauses[i] === sentence.clauses[from]) continue;
      const w = words[i]!;
      let end = -1;
      if (HELP_VERBS.has(w.key) || w.key === 'possible') end = i;
      else if (TREAT_NOUNS.has(w.key) && predicated(words, i)) end = i;
      if (end < 0) continue;
      const about = s.subjectAt(i);
      const ours = words.slice(0, i).some((x) => x.key === 'our' || x.key === 'we');
      if ((about && about.resolved !== 'document') || ours) {
        // Safe: the leading clause's condition indexes are within the sentence.
        const whole = { text: wordsText(words, from, to), start: words[from]!.start, end: words[to - 1]!.end };
        // The claim runs from the reader's conditions to the promise, which together make it.
        add(s, 'disease', from, end, { condition: whole, modality: modalityOf(sentence, i, end) });
      }
      break;
    }
  }

  conditionList(sentence, conditions, (kind, first, last, list) => {
    const items = list.map((c) => conditionSpan(s, c));
    // Safe: a list has at least three items.
    const whole = { text: wordsText(words, list[0]![0], list[list.length - 1]![1]), start: items[0]!.start, end: items[items.length - 1]!.end };
    add(s, kind, first, last, { condition: whole, conditions: items });
  });

  for (let i = 0; i < n; i++) {
    // Safe: i is within bounds.
    const w = words[i]!;
    // Every construction below starts at a cue of CLAIM_STARTS, a condition or one of the ANCHORS; most words are none of them.
    // The word's facts: its key's membership of the word sets the constructions start at, as bits (one read, no Set lookups).
    const facts = factsAt(i);
    if (skipping && (facts & W_ANCHOR) === 0 && (conditions[i] ?? -1) < 0 && !startsCue(CLAIM_STARTS, words, i)) continue;
    diseaseVerbsAt(s, i, w, facts);
    conditionOutcomesAt(s, i, w, facts);
    drugLikenessAt(s, i, w, facts);
    efficacyAt(s, i, w);
    riskAndPopulationAt(s, i, w, facts);
    safetyAt(s, i, w, facts);
    evidenceAndRankAt(s, i, w);
  }
  return s.out;
}

/** Disease claims made by a verb or a noun of treatment ("cures", "a treatment for", "effective against") at word i. */
function diseaseVerbsAt(s: ClaimScope, i: number, w: Word, facts: number): void {
  const { words, n } = s;
  // Disease claims: cure / prevention / treatment verbs with a condition after them.
  const cureEnd = CURE.at(words, i);
  const preventEnd = cureEnd < 0 ? PREVENT.at(words, i) : -1;
  const treatEnd = cureEnd < 0 && preventEnd < 0 ? TREAT.at(words, i) : -1;
  const verbEnd = Math.max(cureEnd, preventEnd, treatEnd);
  // "unsuccessfully treated PTSD", "is treated with": an adjective or a passive, not a claim about a product.
  const before = words[i - 1]?.key ?? '';
  // "have successfully treated" is a verb: the adverb follows an auxiliary.
  const adverbOfVerb = before.endsWith('ly') && ['have', 'has', 'had'].includes(words[i - 2]?.key ?? '');
  const adjectival = w.key.endsWith('ed') && (i === 0 || (before.endsWith('ly') && !adverbOfVerb) || ['is', 'are', 'was', 'were', 'be', 'been', 'and', 'with', 'of', 'when', 'if', 'once', 'being'].includes(before));
  // "the balance of", "control of": a noun, unless it is a cure ("a cure for").
  const nominal = treatEnd > 0 && words[verbEnd]?.key === 'of' && !w.key.endsWith('ing');
  if (verbEnd > 0 && !adjectival && !nominal) {
    let cond = conditionAfter(s, verbEnd, i);
    // "targets cancer cells", not "targets individuals suffering from depression" (the audience of a service).
    if (cond && cond[0] > verbEnd + 1 && TARGET_VERBS.has(w.key)) cond = undefined;
    // "Prevents and treats diabetes", "treats or reverses": two verbs sharing the second's object.
    // The pair claims the stronger of the two ("treat and resolve chronic pain" is a cure claim).
    let pair: ClaimKind | undefined;
    if (!cond && (words[verbEnd]?.key === 'and' || words[verbEnd]?.key === 'or') && words[verbEnd]!.gap.trim() === '') {
      const secondCure = CURE.at(words, verbEnd + 1);
      const secondPrevent = PREVENT.at(words, verbEnd + 1);
      const second = Math.max(secondCure, secondPrevent, TREAT.at(words, verbEnd + 1));
      if (second > 0) cond = conditionAfter(s, second, i);
      if (cond) pair = secondCure > 0 ? 'cure' : secondPrevent > 0 ? 'prevention' : undefined;
    }
    const kind: ClaimKind = cureEnd > 0 || pair === 'cure' ? 'cure' : preventEnd > 0 || pair === 'prevention' ? 'prevention' : 'disease';
    // "no longer suffer from migraines", "free from arthritis pain": the negation is the claim.
    const selfNegating = cureEnd > 0 && NEGATORS.has(w.key);
    // A stronger second verb is where the claim's words are ("treat and resolve chronic pain": "resolve chronic pain").
    const from = pair !== undefined && cureEnd < 0 && (pair === 'cure' || preventEnd < 0) ? verbEnd + 1 : i;
    if (cond) add(s, kind, from, cond[1] - 1, { condition: conditionSpan(s, cond), intensified: intensifiedBefore(words, i), negatedIsClaim: selfNegating });
    else {
      // "Heart disease, osteoporosis and dementia … and estrogen helps prevent all three": the conditions named before, referred to.
      const referent = referentAfter(words, verbEnd);
      // "These are signs of Lyme disease, and our protocol addresses the root cause": the cause of the condition named before.
      const rootCause = words[verbEnd - 1]?.key === 'cause' || words[verbEnd - 1]?.key === 'causes';
      const named = referent > 0 || rootCause ? conditionBefore(s, i) : undefined;
      if (named) add(s, kind, i, referent > 0 ? referent - 1 : verbEnd - 1, { condition: conditionSpan(s, named), intensified: intensifiedBefore(words, i) });
    }
  }
  // "a treatment for <condition>", "the answer to <condition>", "<condition> relief".
  // Only when something is said to be one ("X is an effective treatment for", "offers relief from"), not in a list of options.
  if ((facts & W_TREAT_NOUN) !== 0 && (predicated(words, i) || fragmentHead(words, i))) {
    // "a treatment option for", "a treatment for": a second noun of the phrase may stand before the joiner.
    const j = TREAT_NOUNS.has(words[i + 1]?.key ?? '') && words[i + 1]!.gap === '' ? i + 2 : i + 1;
    const joiner = words[j];
    if (joiner && joiner.gap === '' && NOUN_JOINERS.has(joiner.key)) {
      // "… for people struggling with anxiety": the population the condition is named through.
      const through = joiner.key === 'for' ? populationBefore(words, j + 1) : j + 1;
      const cond = conditionAfter(s, through, i);
      // "an alternative to Xanax for people with anxiety", "hope for patients with MS, ALS and autism": a little further.
      const reach = SUBSTITUTES.has(w.key) || w.key === 'hope' ? 6 : 3;
      if (cond && cond[0] <= through + reach) add(s, 'disease', i, cond[1] - 1, { condition: conditionSpan(s, cond), intensified: i > 0 && EFFECTIVE.has(words, i - 1) });
      else if (SUBSTITUTES.has(w.key) && joiner.key === 'to') {
        // "a natural alternative to prescription painkillers": a substitute for a drug (21 CFR 101.93(g)(2)(v)).
        for (let k = j + 1; k < n && k <= j + 3 && words[k]!.gap === ''; k++) {
          if (EXIT_DRUGS.has(words[k]!.key)) {
            // "prescription painkillers": to the last noun of the phrase.
            while (EXIT_DRUGS.has(words[k + 1]?.key ?? '') && words[k + 1]!.gap === '') k++;
            add(s, 'disease', i, k, { condition: conditionSpan(s, [j + 1, k + 1]), substitute: true });
            break;
          }
        }
      }
    }
  }
  // "effective in/for/against (treating)? <condition>", "effective treatment for <condition>".
  if (EFFECTIVE.has(words, i)) {
    const cond = conditionAfter(s, i + 1, i);
    if (cond && cond[0] <= i + 5) add(s, 'disease', i, cond[1] - 1, { condition: conditionSpan(s, cond), intensified: true });
  }
}

/** A condition said to be gone, an outcome said to rise, a product meant for a disease, freedom from a drug or an operation, at word i. */
function conditionOutcomesAt(s: ClaimScope, i: number, w: Word, facts: number): void {
  const { words, n, out, conditions } = s;
  // "my psoriasis cleared up completely", "your sciatica will be a thing of the past": a condition said to be gone.
  // Only the reader's or the writer's own condition, or one a named product is credited with ("thanks to these gummies").
  const condEnd = conditions[i] ?? -1;
  if (condEnd > 0) {
    let k = condEnd;
    let linked = false;
    while (k < n && k <= condEnd + 4 && words[k]!.gap === '' && RESOLVED_LINKS.has(words[k]!.key)) {
      linked = true;
      k++;
    }
    const re = k < n && words[k]!.gap === '' ? RESOLVED.at(words, k) : -1;
    const owned = OWNERS.has(words[i - 1]?.key ?? '') || OWNERS.has(words[i - 2]?.key ?? '');
    if (re > 0 && (linked || !RESOLVED_NEED_LINK.has(words[k]!.key))) {
      const about = owned ? undefined : s.subjectAt(i);
      // "With our laser cap, bald spots fill in": the seller's own product credited too.
      if (owned || (about && about.resolved === 'explicit') || ourBefore(words, i)) add(s, 'cure', i, re - 1, { condition: conditionSpan(s, [i, condEnd]), negatedIsClaim: true });
    }
  }
  // "Mental sharpness and clarity improve as well", "your energy levels will soar": an outcome that rises, said of the outcome.
  // Not the object of an effect verb before it: "boosts energy" is that verb's claim.
  const outcomeEnd = OUTCOMES.at(words, i);
  if (outcomeEnd > 0 && (i === 0 || !EFFECT_VERBS.has(words, i - 1))) {
    let k = outcomeEnd;
    let intensified = false;
    while (k < n && k <= outcomeEnd + 3 && words[k]!.gap === '' && OUTCOME_RISE_LINKS.has(words[k]!.key) && !OUTCOME_RISES.has(words, k)) {
      if (RISE_INTENSIFIERS.has(words[k]!.key)) intensified = true;
      k++;
    }
    // "clarity and focus improve": the second outcome of a pair.
    if (words[k - 1]?.key === 'and' && k < n && OUTCOMES.has(words, k)) k = OUTCOMES.at(words, k);
    const re = k < n && words[k]!.gap === '' ? OUTCOME_RISES.at(words, k) : -1;
    // Intransitive only: "weight increases the risk of diabetes" has an object, and says something else.
    const after = words[re];
    const intransitive = re > 0 && (!after || after.gap !== '' || AFTER_RISE.has(after.key));
    // "You will find that your energy returns": the promise already made of it.
    const promised = out.some((c) => c.kind === 'promise' && c.last < i && i - c.last <= 3);
    if (intransitive && !promised) add(s, 'efficacy', i, re - 1, { intensified: intensified || RISE_INTENSIFIERS.has(words[k]!.key) });
  }
  // "ideal for people suffering from fibromyalgia", "recommended for diabetes": a product meant for a disease's patients.
  if ((facts & W_SUITED) !== 0 && words[i + 1]?.key === 'for' && words[i + 1]!.gap === '') {
    const through = populationBefore(words, i + 2);
    const cond = conditionAfter(s, through, i);
    if (cond && cond[0] <= through + 2) add(s, 'disease', i, cond[1] - 1, { condition: conditionSpan(s, cond) });
  }
  // "able to stop taking blood pressure medication", "avoid knee replacement surgery": freed from a drug or an operation.
  const exitEnd = DRUG_EXIT.at(words, i);
  const avoidEnd = exitEnd < 0 ? AVOID.at(words, i) : -1;
  // Only about a product named or referred to, or the seller's own ("with our program you will never need insulin
  // again"), and not advice ("before you stop taking any medication").
  const exits = (exitEnd > 0 || avoidEnd > 0) && !words.slice(Math.max(0, i - 4), i).some((x) => EXIT_ADVICE.has(x.key));
  const about = exits ? s.subjectAt(i) : undefined;
  // "You will never need reading glasses again after our program": the seller's own, before or after the verb.
  if (exits && ((about && about.resolved !== 'document') || ourBefore(words, words.length))) {
    const from = Math.max(exitEnd, avoidEnd);
    const nouns = exitEnd > 0 ? EXIT_DRUGS : PROCEDURES;
    for (let j = from; j < n && j <= from + 3 && sameClause(s, j, i) && (j === from || words[j]!.gap === ''); j++) {
      // "reduce inflammation without medication": the drug is not the verb's object.
      if (RISKS.has(words, j) || OBJECT_STOPS.has(words[j]!.key) || words[j]!.key === 'without') break;
      if (nouns.has(words[j]!.key)) {
        // "knee replacement surgery": the noun phrase to its last noun.
        let e = j;
        while (nouns.has(words[e + 1]?.key ?? '') && words[e + 1]!.gap === '') e++;
        // "you will never need insulin again": the negation is the claim.
        add(s, 'disease', i, e, { condition: conditionSpan(s, [from, e + 1]), negatedIsClaim: exitEnd > 0 && NEGATORS.has(w.key), substitute: true });
        break;
      }
    }
  }
}

/** Drugs and disease markers: a product likened to a drug, a measure lowered, a condition kept at bay, help given to a condition, a disease action named by an adjective, at word i. */
function drugLikenessAt(s: ClaimScope, i: number, w: Word, facts: number): void {
  const { words, n, out, conditions, sentence } = s;
  // "a powerful natural antibiotic": a product said to be a kind of drug.
  // Not a noun that modifies another ("may make chemotherapy drugs less effective": the drugs, not the product).
  const modifies = words[i + 1] !== undefined && words[i + 1]!.gap === '' && MODIFIED_DRUG_NOUNS.has(words[i + 1]!.key);
  if ((facts & W_DRUG_CLASS) !== 0 && !modifies && predicated(words, i) && !words.slice(Math.max(0, i - 4), i).some((x) => x.key === 'than' || x.key === 'like' || x.key === 'unlike')) {
    add(s, 'disease', i, i, { condition: { text: w.text, start: w.start, end: w.end } });
  }
  // "Berberine is nature's metformin", "a natural Xanax": a product likened to a drug claims the drug's uses.
  if ((facts & W_DRUG_NAME) !== 0 && i > 0 && w.gap === '' && DRUG_LIKENERS.has(words, i - 1)) add(s, 'disease', i - 1, i, { condition: { text: w.text, start: w.start, end: w.end }, substitute: true });
  // "works as well as ibuprofen", "just as effective as Xanax": a product said to match a drug, a substitute for it (and a comparison).
  const likeEnd = DRUG_COMPARISONS.at(words, i);
  if (likeEnd > 0) {
    const drug = DETERMINERS.has(words[likeEnd]?.key ?? '') ? likeEnd + 1 : likeEnd;
    const d = words[drug];
    // A sentence that opens with the comparison ("Works like Viagra, without a prescription") is a fragment about the page's product.
    if (d && d.gap === '' && DRUG_NAMES.has(d.key) && (s.subjectAt(i) || factsOf(sentence).firstReferring < i || i === 0)) {
      // "works as well as": the verb before the comparison belongs to the claim.
      const from = i > 0 && (words[i - 1]!.key === 'works' || words[i - 1]!.key === 'work') ? i - 1 : i;
      add(s, 'disease', from, drug, { condition: { text: d.text, start: d.start, end: d.end }, substitute: true });
      add(s, 'superiority', from, drug, {});
    }
  }
  // "lowers blood pressure", "regulates blood sugar": a measure lowered or controlled names its disease.
  // Not "a lower blood pressure" or a sentence-initial "Lower blood pressure is …": a noun phrase.
  // "Lowers blood pressure." opening a fragment is the verb ("lowers" is no adjective).
  const markerVerb = (facts & W_MARKER_VERB) !== 0 && (i > 0 ? !['the', 'a', 'an', 'this', 'its', 'their', 'any', 'and', 'or', 'with', 'of'].includes(words[i - 1]!.key) : w.key.endsWith('s'));
  if (markerVerb) {
    for (let j = i + 1; j < n && j <= i + 3 && sameClause(s, j, i); j++) {
      const me = MARKERS.at(words, j);
      if (me > 0) {
        // "healthy blood sugar levels" is a structure/function claim, not a disease claim.
        if (!words.slice(i + 1, j).some((x) => x.key === 'healthy' || x.key === 'normal')) add(s, 'disease', i, me - 1, { condition: conditionSpan(s, [j, me]) });
        break;
      }
    }
  }
  // "cells that regrow cartilage", "rebuilds your joints", "regenerates damaged nerves": a structure that disease or injury
  // destroys, grown back, which claims to treat the disease (osteoarthritis, neuropathy); read at the verb.
  if (REGROW_VERBS.has(w.key)) {
    let j = i + 1;
    while (j < n && j <= i + 3 && PART_MODIFIERS.has(words[j]!.key)) j++;
    if (j < n && REGROWN_PARTS.has(words[j]!.key) && sameClause(s, j, i) && words[j]!.gap === '') add(s, 'disease', i, j, { condition: conditionSpan(s, [j, j + 1]) });
  }
  // "a 94% success rate with colic", "the highest cure rate for Lyme disease": an efficacy rate for a disease.
  if (w.key === 'rate' && i > 0 && RATED_OUTCOMES.has(words[i - 1]!.key) && JOINERS_OF_RATE.has(words[i + 1]?.key ?? '')) {
    const cond = conditionAfter(s, i + 2, i);
    if (cond && cond[0] <= i + 3) add(s, 'disease', i - 1, cond[1] - 1, { condition: conditionSpan(s, cond), intensified: true });
  }
  // "keeps kids from catching RSV", "keeps you from getting sick": a disease kept away from someone (prevention).
  if ((w.key === 'keep' || w.key === 'keeps' || w.key === 'kept' || w.key === 'keeping' || w.key === 'stop' || w.key === 'stops') && i + 3 < n) {
    for (let j = i + 2; j < n && j <= i + 4 && sameClause(s, j, i); j++) {
      if (words[j]!.key !== 'from') continue;
      const k = ['catching', 'getting', 'developing', 'contracting', 'coming', 'down'].includes(words[j + 1]?.key ?? '') ? (words[j + 2]?.key === 'down' && words[j + 3]?.key === 'with' ? j + 4 : j + 2) : j + 1;
      const cond = conditionAfter(s, k, i);
      if (cond && cond[0] <= k + 1) add(s, 'prevention', i, cond[1] - 1, { condition: conditionSpan(s, cond) });
      break;
    }
  }
  // "strengthens your immune system against the flu", "prepares your body to defend against viruses".
  if (FORTIFY_VERBS.has(w.key)) {
    for (let j = i + 1; j < n && j <= i + 6 && sameClause(s, j, i); j++) {
      if (words[j]!.key !== 'against') continue;
      const cond = conditionAfter(s, j + 1, i);
      if (cond && cond[0] <= j + 3) add(s, 'prevention', i, cond[1] - 1, { condition: conditionSpan(s, cond) });
      break;
    }
  }
  // "virus-fighting essential oils", "our cancer-killing tea": a compound adjective that treats a disease.
  // "#diabetescure", "#anxietyrelief": a hashtag that names the disease treated.
  if (w.text.includes('-') || w.text.startsWith('#')) {
    const part = compoundCondition(w.text);
    const from = w.text.startsWith('#') ? 1 : 0;
    if (part > 0) add(s, 'disease', i, i, { condition: { text: w.text.slice(from, part), start: w.start + from, end: w.start + part } });
  }
  // "can see again thanks to stem cell therapy", "our patients walk again": a lost function given back, by a product
  // named or referred to, the seller's own, or credited with "thanks to".
  if (w.key === 'again' && i > 0 && AGAIN_FUNCTIONS.has(words[i - 1]!.key) && words[i]!.gap === '') {
    const credited = words.some((x, k) => x.key === 'thanks' && words[k + 1]?.key === 'to');
    if (credited || ourBefore(words, i) || (s.subjectAt(i)?.resolved ?? 'document') !== 'document') add(s, 'promise', i - 1, i, {});
  }
  // "COVID-19 complications may be reversible by NAD+ repletion": a disease said to end by a product named after it.
  const ended = conditions[i] ?? -1;
  if (ended > 0) {
    let k = ended;
    while (k < n && k <= ended + 4 && ['complications', 'symptoms', 'is', 'are', 'may', 'can', 'could', 'be', 'become', 'becomes', 'now', 'often', 'fully', 'completely'].includes(words[k]!.key)) k++;
    if (k + 1 < n && ENDABLE.has(words[k]!.key) && ['by', 'with', 'through', 'using'].includes(words[k + 1]!.key) && s.subjectAt(k)?.resolved === 'explicit') {
      add(s, 'disease', i, k + 1, { condition: conditionSpan(s, [i, ended]) });
    }
  }
  // "keeps acid reflux at bay": a condition held off, the prevention verb split around it. Only of a product named or
  // referred to: "the adrenals are vital to keeping inflammation at bay" is physiology.
  if ((w.key === 'keep' || w.key === 'keeps' || w.key === 'keeping' || w.key === 'kept') && i + 3 < n && ((s.subjectAt(i)?.resolved ?? 'document') !== 'document' || ourBefore(words, i))) {
    let cond = conditionAfter(s, i + 1, i);
    // A measure held ("cholesterol levels", "blood sugar") names its disease as when it is lowered.
    for (let j = i + 1; !cond && j < n && j <= i + 3; j++) {
      const me = MARKERS.at(words, j);
      if (me > 0) cond = [j, me];
    }
    // "keeps cholesterol levels under control", "keeps blood sugar in check": the condition managed, a treatment claim.
    const after = cond ? (words[cond[1]]?.key === 'levels' || words[cond[1]]?.key === 'level' ? cond[1] + 1 : cond[1]) : -1;
    const held = words[after]?.key;
    const then = words[after + 1]?.key;
    if (cond && cond[0] <= i + 3 && held === 'at' && then === 'bay') add(s, 'prevention', i, after + 1, { condition: conditionSpan(s, cond) });
    else if (cond && cond[0] <= i + 3 && ((held === 'under' && then === 'control') || (held === 'in' && then === 'check'))) add(s, 'disease', i, after + 1, { condition: conditionSpan(s, cond) });
  }
  // "gives COPD patients their breath back", "gave me my life back": what a disease took, returned. A disease claim when
  // the recipients are named by their disease; otherwise a promised result, only of a product or the seller's own.
  if (w.key === 'give' || w.key === 'gives' || w.key === 'giving' || w.key === 'gave') {
    for (let j = i + 2; j < n && j <= i + 6 && sameClause(s, j, i); j++) {
      if (words[j]!.key !== 'back') continue;
      if (!OWNERS.has(words[j - 2]?.key ?? '') && words[j - 2]?.key !== 'you') break;
      let cond: [number, number] | undefined;
      for (let k = i + 1; k < j - 2 && !cond; k++) if ((conditions[k] ?? -1) > 0 && conditions[k]! <= j - 2) cond = [k, conditions[k]!];
      if (cond) add(s, 'disease', i, j, { condition: conditionSpan(s, cond) });
      else if ((s.subjectAt(i)?.resolved ?? 'document') !== 'document' || ourBefore(words, i)) add(s, 'promise', i, j, {});
      break;
    }
  }
  if (w.key === 'help' || w.key === 'helps' || w.key === 'helped' || w.key === 'helping') {
    // "it has helped their PTSD", "helps your arthritis": help given to the reader's or someone's own condition.
    const ce = OWNERS.has(words[i + 1]?.key ?? '') && words[i + 1]!.gap === '' ? (conditions[i + 2] ?? -1) : -1;
    if (ce > 0 && words[i + 2]!.gap === '') add(s, 'disease', i, ce - 1, { condition: conditionSpan(s, [i + 2, ce]) });
    // "has helped hundreds of patients with autism improve speech": help given to the people who have a disease.
    for (let j = i + 1; j < n && j <= i + 4 && sameClause(s, j, i); j++) {
      const through = populationBefore(words, j);
      if (through === j) continue;
      const cond = conditionAfter(s, through, i);
      if (cond && cond[0] === through) add(s, 'disease', i, cond[1] - 1, { condition: conditionSpan(s, cond) });
      break;
    }
  }
  // "restores vision without glasses or surgery", "lowers blood pressure without statins": a product of the knowledge
  // base said to do without a drug or an operation stands in for it (a clinic's "without surgery" is not a product's).
  if (w.key === 'without' && i > 0 && out.some((c) => c.last < i && sameClause(s, c.last, i)) && s.subjectAt(i)?.productId) {
    for (let j = i + 1; j < n && j <= i + 4 && sameClause(s, j, i); j++) {
      // "without a prescription" says how it is sold, not what it replaces.
      if (words[j]!.key.startsWith('prescription')) break;
      const nouns = EXIT_DRUGS.has(words[j]!.key) ? EXIT_DRUGS : PROCEDURES.has(words[j]!.key) ? PROCEDURES : undefined;
      if (!nouns) continue;
      let e = j;
      while (nouns.has(words[e + 1]?.key ?? '') && words[e + 1]!.gap === '') e++;
      add(s, 'disease', i, e, { condition: conditionSpan(s, [j, e + 1]), substitute: true });
      break;
    }
  }
  // "brings your A1C down": a measure lowered, the verb split around it.
  if ((w.key === 'bring' || w.key === 'brings' || w.key === 'bringing' || w.key === 'brought') && i + 2 < n) {
    for (let j = i + 1; j < n && j <= i + 3 && sameClause(s, j, i); j++) {
      const me = MARKERS.at(words, j);
      if (me < 0) continue;
      if (words[me]?.key === 'down') add(s, 'disease', i, me, { condition: conditionSpan(s, [j, me]) });
      break;
    }
  }
  // "protects the brain against Alzheimer's": the protected organ between the verb and the disease.
  if ((w.key === 'protects' || w.key === 'protect' || w.key === 'protecting' || w.key === 'shields') && PREVENT.at(words, i) < 0) {
    for (let j = i + 2; j < n && j <= i + 4 && sameClause(s, j, i); j++) {
      if (words[j]!.key !== 'against' && words[j]!.key !== 'from') continue;
      const cond = conditionAfter(s, j + 1, i);
      if (cond && cond[0] <= j + 3) add(s, 'prevention', i, cond[1] - 1, { condition: conditionSpan(s, cond) });
      else {
        // "protects patients from the side effects of chemotherapy": a treatment's harm warded off (21 CFR 101.93(g)(2)(x)).
        const harm = harmAfter(words, j + 1, j + 6);
        if (harm >= 0) add(s, 'prevention', i, harm, { condition: conditionSpan(s, [harm - 1, harm + 1]) });
      }
      break;
    }
  }
  // "anticancer properties", "antiviral effects": a disease action named by an adjective.
  // Only with a property noun ("antidepressant effects"; "an antidepressant" is a drug class), or in a pair ("anticancer and antiviral effects").
  const pairNext = words[i + 1]?.key === 'and' && ANTI.has(words[i + 2]?.key ?? '');
  if ((facts & W_ANTI) !== 0 && (ANTI_NOUNS.has(words[i + 1]?.key ?? '') || pairNext) && words[i + 1]?.gap === '') {
    add(s, 'disease', i, pairNext ? i : i + 1, { condition: { text: w.text, start: w.start, end: w.end } });
  }
}

/** Efficacy and promises: an effect verb on an outcome, efficacy intensified or asserted outright, a promised result, at word i. */
function efficacyAt(s: ClaimScope, i: number, w: Word): void {
  const { words, n } = s;
  // Efficacy: an effect verb on a health outcome ("boosts metabolism", "melts away pounds").
  const effectEnd = EFFECT_VERBS.at(words, i);
  const participle = w.key.endsWith('ed') && !['has', 'have', 'had', 'been'].includes(words[i - 1]?.key ?? '');
  // "has been promoted by weight-loss centres": after a passive verb, "by" names the agent, not an outcome.
  const agent = w.key.endsWith('ed') && words[effectEnd]?.key === 'by';
  if (effectEnd > 0 && !isNounUse(words, i) && !participle && !agent) {
    for (let j = effectEnd; j < n && j <= effectEnd + 5 && sameClause(s, j, i); j++) {
      // The outcome is the verb's object: no punctuation between ("repair, inflammation" is a list).
      if (words[j]!.gap !== '' && words[j]!.gap !== '-') break;
      // "who promote it for weight loss", "promoted as a fat burner": to advertise, not to bring about.
      if ((words[j]!.key === 'for' || words[j]!.key === 'as') && w.key.startsWith('promot')) break;
      const oe = OUTCOMES.at(words, j);
      if (oe > 0) {
        // "Testosterone therapy will restore your energy": the effect promised, a guarantee of the outcome.
        if (willBefore(words, i) && (s.subjectAt(i)?.resolved ?? 'document') !== 'document') add(s, 'promise', i, oe - 1, {});
        else add(s, 'efficacy', i, oe - 1, { intensified: intensifiedBefore(words, i) || HYPE_VERBS.has(words, i) });
        break;
      }
    }
  }
  // Intensified efficacy: "highly effective", "works amazingly well".
  const intEnd = INTENSIFIERS.at(words, i);
  if (intEnd > 0 && intEnd < n && EFFECTIVE.has(words, intEnd)) add(s, 'efficacy', i, intEnd, { intensified: true });
  if ((w.key === 'works' || w.key === 'work' || w.key === 'worked') && i + 2 < n) {
    const ie = INTENSIFIERS.at(words, i + 1);
    const after = ie > 0 ? words[ie] : undefined;
    if (after && (after.key === 'well' || after.key === 'wonders')) add(s, 'efficacy', i, ie, { intensified: true });
    else if (words[i + 1]?.key === 'wonders' || words[i + 1]?.key === 'miracles') add(s, 'efficacy', i, i + 1, { intensified: true });
  }
  // "it's FDA-cleared, it works", "this treatment really works.": efficacy asserted outright, the verb ending its clause.
  if ((w.key === 'works' || w.key === 'work') && (i + 1 === n || words[i + 1]!.gap !== '' || words[i + 1]!.key === 'and')) {
    let k = i - 1;
    const adverb = k >= 0 && TRULY.has(words[k]!.key);
    if (adverb) k--;
    const subject = k >= 0 && (WORKS_SUBJECTS.has(words[k]!.key) || s.mentionEndsAt(k + 1));
    // "how it works", "see what works": a question or a topic, not a claim.
    let topic = false;
    for (let j = k - 1; j >= 0 && j >= k - 5 && sameClause(s, j, k); j--) if (WORKS_TOPICS.has(words[j]!.key)) topic = true;
    if (subject && !topic) add(s, 'efficacy', k, i, { intensified: adverb });
  }
  // Promises: "you will feel", "patients will have", "you can expect to have".
  const ps = PROMISE_SUBJECTS.at(words, i);
  if (ps > 0) {
    let k = ps;
    const modal = PROMISE_MODALS.at(words, k);
    if (modal > 0) k = modal;
    else if (words[k]?.key === 'can' && words[k + 1]?.key === 'expect') k += 2;
    else k = -1;
    if (k > 0) {
      if (words[k]?.key === 'to') k++;
      const adverb = words[k];
      if (adverb && /ly$/.test(adverb.key)) k++;
      const ve = k < n ? PROMISE_VERBS.at(words, k) : -1;
      // "you will feel better" promises by itself; "you will get/see/have" only with an outcome after it ("see results").
      const verb = words[k]?.key ?? '';
      const needsOutcome = !/^(feel|look|lose|regain|wake|sleep|walk)/.test(verb);
      let end = ve - 1;
      if (ve > 0 && needsOutcome) {
        end = -1;
        for (let j = ve; j < n && j <= ve + 4 && sameClause(s, j, i); j++) {
          const oe = OUTCOMES.at(words, j);
          // "you will find that …" promises what follows; "you will find links that …" does not.
          if (words[j]!.key === 'that' && j > ve) break;
          if (oe > 0 || ['that', 'greater', 'more', 'improved', 'enhanced', 'lasting', 'deeper', 'results', 'relief', 'improvement', 'improvements', 'benefits', 'difference', 'change', 'changes', 'healthier', 'thicker', 'better', 'younger', 'fuller', 'stronger'].includes(words[j]!.key)) {
            end = oe > 0 ? oe - 1 : j;
            break;
          }
        }
      }
      if (ve > 0 && end >= 0 && !words[i]!.key.startsWith('we')) add(s, 'promise', i, end, { intensified: false });
    }
  }
}

/** Risks denied or minimised, benefits promised to the people who have a disease, products offered for a disease, functions restored, passive effects, at word i. */
function riskAndPopulationAt(s: ClaimScope, i: number, w: Word, facts: number): void {
  const { words, n, out, conditions, sentence } = s;
  // Safety: a risk denied ("no risk of", "never been a single instance of rejection", "will not be toxic").
  const riskEnd = RISKS.at(words, i);
  if (riskEnd > 0) {
    const denial = denialBefore(sentence, i);
    // "this doesn't mean they're without risk": a denied denial is a warning.
    if (denial >= 0 && !sentence.context[denial]?.negated) add(s, 'safety', denial, riskEnd - 1, { negatedIsClaim: true });
    // Minimised: "complications are extremely rare", "side effects are minimal".
    for (let j = riskEnd; j < n && j <= riskEnd + 4 && sameClause(s, j, i); j++) {
      const re = RARITY.at(words, j);
      // Only a linking verb and intensifiers between the risk and its rarity ("are extremely rare").
      if (re < 0 && !LINKING.has(words[j]!.key) && !RARITY_INTENSIFIERS.has(words, j)) break;
      if (re > 0) {
        const intensified = j > 0 && RARITY_INTENSIFIERS.has(words, j - 1);
        const strong = ['minimal', 'negligible', 'nonexistent', 'virtually'].includes(words[j]!.key);
        if (intensified || strong) add(s, 'safety', i, re - 1, { intensified: true, negatedIsClaim: true });
        break;
      }
    }
  }
  // "helps form new cells in cancer patients", "improves sleep for people with fibromyalgia": a benefit
  // promised to people who have a disease is a claim about the disease (21 CFR 101.93(g)(2)).
  // "supports healthy blood sugar in people with type 2 diabetes": a structure/function claim aimed at a disease's patients is a disease claim.
  if ((facts & W_HELP_VERB) !== 0 || (EFFECT_VERBS.has(words, i) && !isNounUse(words, i) && !w.key.endsWith('ed'))) {
    for (let j = i + 1; j < n && j <= i + 8 && sameClause(s, j, i); j++) {
      if (words[j]!.key !== 'in' && words[j]!.key !== 'for') continue;
      const k = j + 1;
      const ce = conditions[k] ?? -1;
      if (ce > 0 && POPULATION.has(words[ce]?.key ?? '')) {
        add(s, 'disease', i, ce, { condition: conditionSpan(s, [k, ce]) });
        break;
      }
      const through = populationBefore(words, k);
      const cond = through > k ? conditions[through] ?? -1 : -1;
      if (cond > 0) {
        add(s, 'disease', i, cond - 1, { condition: conditionSpan(s, [through, cond]) });
        break;
      }
    }
  }
  // "Try our CBD gummies for anxiety", "Shop elderberry syrup for colds": a product offered for a disease, which names
  // its intended use (21 CFR 101.93(g)(2)(iv)); only where the seller offers it, not in "research on CBD for anxiety".
  // Read at the condition, which the skip lets through (a construction at every "for" would cost every sentence).
  const offered = conditions[i] ?? -1;
  if (offered > 0 && w.gap === '') {
    let f = i - 1;
    while (f > i - 4 && f > 0 && FOR_FILLERS.has(words[f]!.key) && words[f]!.gap === '') f--;
    if (f > 0 && words[f]!.key === 'for' && words[f + 1]!.gap === '' && s.mentionEndsAt(f) && (ourBefore(words, f) || SELLING_VERBS.has(words[0]!.key))) {
      add(s, 'disease', f - 1, offered - 1, { condition: conditionSpan(s, [i, offered]) });
    } else if (f > 1 && words[f]!.key === 'for' && words[f - 1]!.key === 'us' && words[f + 1]!.gap === '') {
      // "parents bring their children to us for colic and asthma", "see us for migraines": the seller's care offered for it.
      add(s, 'disease', f - 1, offered - 1, { condition: conditionSpan(s, [i, offered]) });
    }
  }
  // "Natural Anxiety & Depression Relief", "Corona virus treatment.", "our diabetes formula", "X is a proven arthritis
  // remedy": a product named for the disease it treats, as a headline or label, said to be one, or the seller's own.
  if (offered > 0 && CONDITION_PRODUCT_NOUNS.has(words[offered]?.key ?? '') && words[offered]!.gap === '' && !(words[offered + 1]?.key === 'of')) {
    let lead = 0;
    while (lead < i && (FRAGMENT_LEAD.has(words[lead]!.key) || (conditions[lead] ?? -1) > 0 || words[lead]!.key === 'and' || words[lead]!.key === 'or' || (lead > 0 && (conditions[lead - 1] ?? -1) > lead))) lead++;
    // A headline or label: the noun ends it, or a list, a purpose or a qualifier follows ("… Relief, 60 capsules",
    // "treatment to lower blood sugar"); not the subject of a verb ("Cancer treatment has improved").
    const follow = words[offered + 1];
    const head = lead === i && i <= 6 && (!follow || follow.gap.trim() !== '' || FRAGMENT_FOLLOW.has(follow.key));
    // "Take Immune Shield Flu Defense at the first sniffle": a product's name in capitals, mid-sentence, names its disease.
    const named = i > 0 && startsUpper(w.text) && startsUpper(words[offered]!.text) && !ACRONYMS.has(words[i - 1]!.text);
    // "cancer treatment centers", "our depression treatment program": the phrase modifies another noun, a place or a service.
    const modifier = follow !== undefined && follow.gap === '' && SERVICE_NOUNS.has(follow.key);
    if (!modifier && (head || named || predicated(words, i) || ourBefore(words, i))) add(s, 'disease', head ? 0 : i, offered, { condition: conditionSpan(s, [i, offered]) });
  }
  // "Restore your hearing", "regain 20/20 vision": a lost function promised back, by a product named or referred to,
  // the seller's own, or to the reader in the imperative (a promise of the result, which no label states).
  if (RESTORE_VERBS.has(w.key)) {
    let j = i + 1;
    while (j < n && j <= i + 4 && (FUNCTION_MODIFIERS.has(words[j]!.key) || words[j]!.kind === 'number')) j++;
    if (j < n && FUNCTIONS.has(words[j]!.key) && sameClause(s, j, i) && (i === 0 || (s.subjectAt(i)?.resolved ?? 'document') !== 'document' || ourBefore(words, n))) {
      // The promise replaces the plain effect read at the same words ("restore your hearing" as "restores energy").
      const start = w.start;
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.kind === 'efficacy' && out[k]!.start === start) out.splice(k, 1);
      add(s, 'promise', i, j, {});
    }
  }
  // "Women who take estradiol feel more energy", "patients who use it lose weight": an outcome promised to the product's users.
  if ((facts & W_USER_POPULATION) !== 0 && words[i + 1]?.key === 'who' && USE_VERBS.has(words[i + 2]?.key ?? '')) {
    for (let j = i + 3; j < n && j <= i + 7 && sameClause(s, j, i); j++) {
      if (!OUTCOME_VERBS.has(words[j]!.key)) continue;
      // The outcome: a health outcome within four words ("feel more energy"), else a comparative ("feel better").
      let end = -1;
      for (let k = j + 1; k < n && k <= j + 4 && sameClause(s, k, i) && end < 0; k++) {
        const oe = OUTCOMES.at(words, k);
        if (oe > 0) end = oe - 1;
      }
      if (end < 0 && ['more', 'better', 'younger', 'stronger', 'healthier', 'great', 'amazing', 'longer'].includes(words[j + 1]?.key ?? '')) end = j + 1;
      // "Cancer patients who take our mushroom extract live longer": the users named by their disease make it a disease claim.
      const sick = end > 0 ? conditions.indexOf(i) : -1;
      if (sick >= 0) add(s, 'disease', sick, end, { condition: conditionSpan(s, [sick, i]) });
      else if (end > 0) add(s, 'promise', i, end, {});
      break;
    }
  }
  // "Patients with Parkinson's see dramatic improvement": a result promised to the people who have a disease.
  const linked = populationBefore(words, i);
  if (linked > i) {
    const cond = conditionAfter(s, linked, i);
    if (cond && cond[0] === linked) {
      for (let j = cond[1]; j < n && j <= cond[1] + 2 && sameClause(s, j, i); j++) {
        if (!OUTCOME_VERBS.has(words[j]!.key)) continue;
        for (let k = j + 1; k < n && k <= j + 3 && sameClause(s, k, i); k++) {
          if (RESULT_WORDS.has(words[k]!.key)) {
            add(s, 'disease', i, k, { condition: conditionSpan(s, cond) });
            break;
          }
        }
        break;
      }
    }
  }
  // "Healing is greatly boosted by the use of kratom": an effect stated in the passive.
  if ((w.key === 'is' || w.key === 'are') && i + 2 < n) {
    const adverb = INTENSIFIERS.has(words, i + 1);
    const v = adverb ? i + 2 : i + 1;
    if (words[v + 1]?.key === 'by' && words[v]!.key.endsWith('ed') && EFFECT_VERBS.has(words, v)) {
      for (let k = Math.max(0, i - 5); k < i; k++) {
        if (OUTCOMES.has(words, k) && sameClause(s, k, i)) {
          add(s, 'efficacy', k, v, { intensified: adverb });
          break;
        }
      }
    }
  }
}

/** Safety: a treatment said not to cause something, a reader promised not to suffer, a word that denies a risk, safety for everyone, at word i. */
function safetyAt(s: ClaimScope, i: number, w: Word, facts: number): void {
  const { words, n, conditions, sentence } = s;
  // Safety: a treatment said not to cause something ("the dose is low enough not to cause voice changes",
  // "it does not cause drowsiness"), or a reader promised not to get a condition ("you will not experience this condition").
  if ((facts & W_CAUSE_VERB) !== 0 && i > 0 && NEGATORS.has(words[i - 1]!.key === 'to' ? (words[i - 2]?.key ?? '') : words[i - 1]!.key)) {
    const subject = s.subjectAt(i);
    const aboutTreatment = (subject && subject.resolved !== 'document') || factsOf(sentence).firstReferring < i;
    // The object: the words up to punctuation or a conjunction, ending on a content word.
    let end = i;
    for (let j = i + 1; j < n && j <= i + 4 && words[j]!.gap.trim() === '' && !OBJECT_STOPS.has(words[j]!.key); j++) if (!DETERMINERS.has(words[j]!.key)) end = j;
    // "does not cause a high": whether a product intoxicates is what it is, not a risk it denies.
    if (aboutTreatment && end > i && !INTOXICATION.has(words[end]!.key)) add(s, 'safety', i - (words[i - 1]!.key === 'to' ? 2 : 1), end, { negatedIsClaim: true });
  }
  if (PROMISE_SUBJECTS.has(words, i) && i + 3 < n) {
    const modal = PROMISE_MODALS.at(words, i + 1);
    const not = modal > 0 ? modal : -1;
    const negated = not > 0 && (words[not]?.key === 'not' || words[not - 1]!.key.endsWith("n't"));
    const verbAt = words[not]?.key === 'not' ? not + 1 : not;
    if (negated && SUFFER_VERBS.has(words[verbAt]?.key ?? '')) {
      for (let j = verbAt + 1; j < n && j <= verbAt + 4 && sameClause(s, j, i); j++) {
        const re = RISKS.at(words, j);
        const ce = conditions[j] ?? -1;
        const e = re > 0 ? re : ce > 0 ? ce : PROBLEM_NOUNS.has(words[j]!.key) ? j + 1 : -1;
        if (e > 0) {
          add(s, 'safety', i, e - 1, { negatedIsClaim: true });
          break;
        }
      }
    }
  }
  // Safety: one word that denies a risk ("a non-addictive anesthetic", "completely harmless").
  // Not a condition said to be painless ("osteoporosis is painless unless …").
  if ((facts & W_RISK_FREE) !== 0) {
    let aboutCondition = false;
    for (let k = Math.max(0, i - 12); k < i && !aboutCondition; k++) aboutCondition = (conditions[k] ?? -1) > 0 && sameClause(s, k, i);
    if (!aboutCondition) add(s, 'safety', i, i, {});
  }
  // Safety: "safe for everyone", "can be taken by anyone".
  const ev = EVERYONE.at(words, i);
  if (ev > 0 && i > 0) {
    for (let j = Math.max(0, i - 5); j < i; j++) {
      if (SAFE.has(words, j) || ['eaten', 'taken', 'used', 'use', 'take'].includes(words[j]!.key)) {
        add(s, 'safety', j, ev - 1, {});
        break;
      }
    }
  }
}

/** Evidence appeals, puffery, superiority and comparison, at word i. */
function evidenceAndRankAt(s: ClaimScope, i: number, w: Word): void {
  const { words, n, sentence } = s;
  // Evidence appeals: "research shows", "a growing body of evidence proves", "backed by decades of research".
  const en = EVIDENCE_NOUNS.at(words, i);
  if (en > 0 && !whClause(words, i)) {
    let k = en;
    if (words[k]?.key === 'has' || words[k]?.key === 'have' || words[k]?.key === 'had') k++;
    if (words[k]?.key === 'that' && k === en) k++;
    if (words[k]?.key === 'also' || words[k]?.key === 'consistently' || words[k]?.key === 'repeatedly' || words[k]?.key === 'clearly') k++;
    if (words[k]?.key === 'been') k++;
    const ve = k < n ? EVIDENCE_VERBS.at(words, k) : -1;
    // A finite verb ("research shows"), not a participle ("data supporting the use").
    const finite = ve > 0 && !words[k]!.key.endsWith('ing');
    // "researchers have discovered": what is now known, an appeal; "researchers discovered that …" in the past tells a history.
    const history = (words[k]?.key === 'discovered' || words[k]?.key === 'uncovered') && words[en]?.key !== 'has' && words[en]?.key !== 'have';
    if (finite && !history && words[k]!.gap === '' && !(words[k]?.key === 'found' && words[ve]?.key !== 'that')) add(s, 'evidence', i, ve - 1, {});
  }
  // "According to (recent) studies", "according to research": a vague source is an appeal to evidence.
  if (w.key === 'according' && words[i + 1]?.key === 'to' && !sentence.context[i + 2]?.attributed) {
    for (let j = i + 2; j < n && j <= i + 5; j++) {
      const ne = EVIDENCE_NOUNS.at(words, j);
      if (ne > 0) {
        add(s, 'evidence', i, ne - 1, {});
        break;
      }
    }
  }
  if ((w.key === 'backed' || w.key === 'supported' || w.key === 'proven' || w.key === 'proved' || w.key === 'confirmed' || w.key === 'validated') && words[i + 1]?.key === 'by') {
    // "backed by over 30 years of clinical research": the evidence noun up to seven words on.
    for (let j = i + 2; j < n && j <= i + 8; j++) {
      const ne = EVIDENCE_NOUNS.at(words, j);
      if (ne > 0) {
        add(s, 'evidence', i, ne - 1, {});
        break;
      }
    }
  }
  // "has been (clinically) shown to", "has shown to", "is known to", "clinically shown".
  const adv = EVIDENCE_ADVERBS.at(words, i);
  if (adv > 0 && adv < n && ['shown', 'proven', 'proved', 'tested', 'validated', 'demonstrated', 'studied', 'backed'].includes(words[adv]!.key)) add(s, 'evidence', i, adv, {});
  if ((w.key === 'shown' || w.key === 'proven' || w.key === 'proved' || w.key === 'demonstrated') && i > 0 && ['has', 'have', 'been'].includes(words[i - 1]!.key) && words[i + 1]?.key === 'to') add(s, 'evidence', i - 1, i + 1, {});
  if (w.key === 'welldocumented' || w.key === 'wellestablished' || w.key === 'wellresearched') add(s, 'evidence', i, i, {});
  // Puffery.
  const pe = PUFFERY.at(words, i);
  if (pe > 0) add(s, 'puffery', i, pe - 1, {});
  // Superiority: "by far the most effective", "one of the most effective", "the single most successful".
  if (w.key === 'most' || w.key === 'safest') {
    const se = w.key === 'most' ? SUPERIORITY_ADJECTIVES.at(words, i + 1) : i + 1;
    if (se > 0 && !NOT_ABOUT_TREATMENT.has(words[se]?.key ?? '') && !NOT_ABOUT_TREATMENT.has(words[i + 1]?.key ?? '')) {
      let first = i;
      if (words[i - 1]?.key === 'the') first = i - 1;
      if (words[first - 1]?.key === 'single') first--;
      if (words[first - 1]?.key === 'far' && words[first - 2]?.key === 'by') first -= 2;
      if (words[first - 1]?.key === 'of' && words[first - 2]?.key === 'one') first -= 2;
      if (w.key !== 'most' || first < i) add(s, 'superiority', first, se - 1, {});
    }
  }
  // Comparison: "much better than", "more effective than", "far more precise than".
  const ci = COMPARATIVE_INTENSIFIERS.at(words, i);
  const cStart = ci > 0 ? ci : i;
  let ce = COMPARATIVES.at(words, cStart);
  if (ce < 0 && words[cStart]?.key === 'more') ce = SUPERIORITY_ADJECTIVES.at(words, cStart + 1);
  if (ce < 0 && words[cStart]?.key === 'more' && (words[cStart + 1]?.key === 'robust' || words[cStart + 1]?.key === 'precise')) ce = cStart + 2;
  if (ce > 0) {
    for (let j = ce; j < n && j <= ce + 6 && sameClause(s, j, i); j++) {
      if (words[j]!.key === 'than') {
        const stop = Math.min(n - 1, j + 3);
        let last = j;
        for (let k = j + 1; k <= stop && words[k]!.gap === ''; k++) last = k;
        if (ci > 0 || words[cStart]?.key === 'more' || j > ce) add(s, 'superiority', i, last, {});
        break;
      }
    }
  }
}


function wordsText(words: readonly Word[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from ? ' ' : '') + words[i]!.text;
  return s;
}

const PREDICATES = new Set(['is', 'are', 'was', 'be', 'as', "it's", 'offers', 'offer', 'provides', 'provide', 'remains', 'becomes', 'delivers', 'deliver', 'gives', 'give', 'brings', 'bring', 'makes', 'make']);

/** A copula or an offering verb within four words before a noun ("is a safe, effective treatment for"). */
const POPULATION = new Set(['people', 'patients', 'individuals', 'those', 'adults', 'men', 'women', 'children', 'anyone', 'clients', 'sufferers', 'veterans']);
const POPULATION_LINKS = [['with'], ['struggling', 'with'], ['suffering', 'from'], ['living', 'with'], ['who', 'have'], ['who', 'suffer', 'from'], ['dealing', 'with'], ['battling']];

/** Whether claimsOf skips the words no construction starts at (off only in the test that proves ANCHORS complete). */
let skipping = true;

/**
 * Turns the claim model's skipping of words off or on. The skip is only a speed-up: the model must find the same
 * claims either way, which test/engine/skip-lists.test.ts checks, so a construction whose anchor is missing from
 * ANCHORS fails a test instead of silently never firing. Not for use outside that test.
 */
export function setClaimSkipping(on: boolean): void {
  skipping = on;
}

/**
 * The word keys, besides the first words of cue sets and conditions, that a construction of
 * claimsOf can start at (its word sets and the words it names). claimsOf skips every other word
 * at once; a construction that starts at a new kind of word adds it here.
 */
const ANCHORS: ReadonlySet<string> = new Set([
  ...TREAT_NOUNS, ...SUITED, ...DRUG_CLASSES, ...DRUG_NAMES, ...MARKER_VERBS, ...ANTI, ...HELP_VERBS, ...USER_POPULATION, ...POPULATION, ...CAUSE_VERBS, ...RISK_FREE,
  'protects', 'protect', 'protecting', 'shields', 'works', 'work', 'worked', 'is', 'are', 'according',
  'keep', 'keeps', 'keeping', 'kept', 'give', 'gives', 'giving', 'gave', 'help', 'helps', 'helped', 'helping', 'bring', 'brings', 'bringing', 'brought', 'without',
  'backed', 'supported', 'proven', 'proved', 'confirmed', 'validated', 'shown', 'demonstrated',
  'welldocumented', 'wellestablished', 'wellresearched', 'most', 'safest', 'more', ...RESTORE_VERBS, ...FORTIFY_VERBS, ...REGROW_VERBS, 'again', 'rate',
]);

/**
 * The cue sets of claimsOf's constructions that start at the word asked about (`SET.at(words, i)`,
 * each construction needing a whole cue there): claimsOf skips a word that starts no cue of them,
 * is no condition and is none of the ANCHORS. A construction that starts at a cue of another set
 * adds the set here.
 */
const CLAIM_STARTS = startSets([
  CURE, PREVENT, TREAT, EFFECTIVE, OUTCOMES, DRUG_EXIT, AVOID, DRUG_COMPARISONS, EFFECT_VERBS, INTENSIFIERS, PROMISE_SUBJECTS, RISKS, EVERYONE,
  EVIDENCE_NOUNS, EVIDENCE_ADVERBS, PUFFERY, COMPARATIVE_INTENSIFIERS, COMPARATIVES,
]);
/** The cue sets that can change the state of conditionList at a word (with W_LIST words and conditions). */
const LIST_STARTS = startSets([RISKS, CURE, PREVENT, TREAT]);

/** Word-lane facts of a word key (see masksOf). */
const W_ANCHOR = 1;
/** A treatment noun or a list frame word: conditionList's frames. */
const W_LIST = 2;
/** May start a condition by itself (a term of CONDITIONS, a disease suffix, a head that needs no modifier, an injury adjective). */
const W_CONDITION = 4;
/** A head noun of conditions: the word before it may start one ("kidney failure"). */
const W_HEAD = 8;

/** Membership of the word sets claimsOf's constructions start at (word-lane bits from 1 << 4 on). */
const W_TREAT_NOUN = 1 << 4;
const W_SUITED = 1 << 5;
const W_DRUG_CLASS = 1 << 6;
const W_DRUG_NAME = 1 << 7;
const W_MARKER_VERB = 1 << 8;
const W_HELP_VERB = 1 << 9;
const W_ANTI = 1 << 10;
const W_USER_POPULATION = 1 << 11;
const W_CAUSE_VERB = 1 << 12;
const W_RISK_FREE = 1 << 13;
/** Membership of the word sets conditionAt and factsOf ask about every word they look at (kept here, an array read instead of a Set lookup each). */
const W_SUFFIX_DISEASE = 1 << 14;
const W_ACRONYM_KEY = 1 << 15;
const W_HEAD_BLOCKER = 1 << 16;
const W_HEAD_NEEDS_MODIFIER = 1 << 17;
const W_INJURED = 1 << 18;
const W_BODY_PART = 1 << 19;
const W_DENIAL = 1 << 20;
const W_REFERRING = 1 << 21;

/** The W_* facts of a word, found once per distinct key (masksOf). */
function wordFacts(w: Word): number {
  const key = w.key;
  return (
    (TREAT_NOUNS.has(key) ? W_TREAT_NOUN : 0) |
    (SUITED.has(key) ? W_SUITED : 0) |
    (DRUG_CLASSES.has(key) ? W_DRUG_CLASS : 0) |
    (DRUG_NAMES.has(key) ? W_DRUG_NAME : 0) |
    (MARKER_VERBS.has(key) ? W_MARKER_VERB : 0) |
    (HELP_VERBS.has(key) ? W_HELP_VERB : 0) |
    (ANTI.has(key) ? W_ANTI : 0) |
    (USER_POPULATION.has(key) ? W_USER_POPULATION : 0) |
    (CAUSE_VERBS.has(key) ? W_CAUSE_VERB : 0) |
    (RISK_FREE.has(key) ? W_RISK_FREE : 0) |
    (ANCHORS.has(key) || ((w.text.includes('-') || w.text.startsWith('#')) && compoundCondition(w.text) > 0) ? W_ANCHOR : 0) |
    (TREAT_NOUNS.has(key) || LIST_FRAMES.has(key) ? W_LIST : 0) |
    (CONDITIONS.starts(w) || diseaseBySuffix(key) || ACRONYM_KEYS.has(key) || (HEADS.has(key) && !HEADS_NEED_MODIFIER.has(key)) || INJURED.has(key) ? W_CONDITION : 0) |
    (HEADS.has(key) ? W_HEAD : 0) |
    (diseaseBySuffix(key) ? W_SUFFIX_DISEASE : 0) |
    (ACRONYM_KEYS.has(key) ? W_ACRONYM_KEY : 0) |
    (HEAD_BLOCKERS.has(key) ? W_HEAD_BLOCKER : 0) |
    (HEADS_NEED_MODIFIER.has(key) ? W_HEAD_NEEDS_MODIFIER : 0) |
    (INJURED.has(key) ? W_INJURED : 0) |
    (BODY_PARTS.has(key) ? W_BODY_PART : 0) |
    (DENIALS.has(key) ? W_DENIAL : 0) |
    (REFERRING.has(key) ? W_REFERRING : 0)
  );
}

/** After "for", a population and its link to a condition ("people struggling with"): the index after it, or `i`. */
function populationBefore(words: readonly Word[], i: number): number {
  if (!POPULATION.has(words[i]?.key ?? '')) return i;
  for (const link of POPULATION_LINKS) if (link.every((k, d) => words[i + 1 + d]?.key === k)) return i + 1 + link.length;
  return i;
}

/** The end of "side effects" or "adverse effects" from `from` up to `to`, or -1. */
function harmAfter(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < words.length - 1 && k < to; k++) {
    // Safe: k and k + 1 are within bounds.
    const key = words[k]!.key;
    if ((key === 'side' || key === 'adverse') && words[k + 1]!.key.startsWith('effect')) return k + 1;
  }
  return -1;
}

/**
 * The reader's conditions named in a leading subordinate clause ("Whether you're dealing with chronic back pain,
 * arthritis or sports injuries, …", "If you've tried everything for your migraines, …"): the word span from the
 * first condition to the end of the last, or undefined.
 */
function leadingConditions(sentence: Sentence, conditions: readonly number[]): [number, number] | undefined {
  const { words, clauses } = sentence;
  if (!LEADING_SUBORDINATORS.has(words[0]?.key ?? '') || sentence.question) return undefined;
  let reader = false;
  let first = -1;
  let last = -1;
  for (let i = 0; i < words.length && clauses[i] === clauses[0]; i++) {
    const key = words[i]!.key;
    if (key === 'you' || key === 'your' || key === "you're" || key === "you've") reader = true;
    const e = conditions[i] ?? -1;
    if (e > 0) {
      if (first < 0) first = i;
      last = e;
      i = e - 1;
    }
  }
  if (!reader || first < 0) return undefined;
  // "… chronic back pain, stubborn arthritis or sports injuries, our …": the list runs on past the clause's first comma.
  for (let j = last; j < words.length && j <= last + 3; j++) {
    const key = words[j]!.key;
    if (key === 'our' || key === 'we' || key === 'you' || key === 'your') break;
    const e = conditions[j] ?? -1;
    if (e > 0) {
      last = e;
      j = e - 1;
    }
  }
  // A main clause must follow.
  return last < words.length ? [first, last] : undefined;
}

/**
 * A headline or bullet fragment that presents the treatment noun as the product's ("A natural treatment for
 * ADHD that works", "The answer to chronic Lyme disease"): only opening words before it, with an article
 * "a"/"an" or a promotional adjective, or a noun that is a claim by itself after "the".
 */
function fragmentHead(words: readonly Word[], i: number): boolean {
  if (i === 0 || i > 3) return false;
  let indefinite = false;
  for (let j = 0; j < i; j++) {
    const key = words[j]!.key;
    if (!FRAGMENT_LEAD.has(key)) return false;
    if (key !== 'the') indefinite = true;
  }
  // "The treatment for ADHD includes stimulants": a topic, not a claim, unless the noun claims by itself.
  return indefinite || (words[i]!.key !== 'treatment' && FRAGMENT_NOUNS.has(words[i]!.key));
}

function predicated(words: readonly Word[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if (PREDICATES.has(words[j]!.key)) return true;
  return false;
}

/** The seller's own product among the words before `end` ("with our program", "drinking our alkaline water"). */
function ourBefore(words: readonly Word[], end: number): boolean {
  for (let k = 0; k < end; k++) if (words[k]!.key === 'our') return true;
  return false;
}

/** "highly effectively treats", "completely reverses". */
function intensifiedBefore(words: readonly Word[], i: number): boolean {
  return i > 0 && INTENSIFIERS.has(words, i - 1);
}

/** A verb-looking word used as a noun or adjective ("the increase in", "increases in", "improvement", "lowered levels"). */
function isNounUse(words: readonly Word[], i: number): boolean {
  // Safe: i is within bounds.
  const key = words[i]!.key;
  const prev = words[i - 1]?.key;
  const next = words[i + 1]?.key;
  // A noun suffix, unless the word is a listed verb that ends like one ("trigger", "triggers", "lower").
  if (/(?:ment|ments|ness|ful|ers|er|ion|ions|ive)$/.test(key) && !VERB_KEYS.has(key) && !VERB_KEYS.has(key.slice(0, -1))) return true;
  if ((next === 'in' || next === 'of') && key.endsWith('s')) return true;
  // A participle before a noun, not after a subject: "lowered serum testosterone", "with improved mood".
  if (key.endsWith('ed') && (i === 0 || prev === 'and' || prev === 'with' || prev === 'of')) return true;
  return prev === 'the' || prev === 'a' || prev === 'an' || prev === 'this' || prev === 'its' || prev === 'their' || prev === 'any';
}

/** "what the research shows", "how studies show": a wh-clause names evidence without asserting it. */
function whClause(words: readonly Word[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const k = words[j]!.key;
    if (k === 'what' || k === 'whether' || k === 'how' || k === 'if') return true;
  }
  return false;
}

/**
 * Where a denial of the risk at words[i] starts, or -1: a negator within five words before it
 * in its clause ("there is no risk of", "never been a single instance of rejection", "will not
 * be toxic", "without any side effects").
 */
function denialBefore(sentence: Sentence, i: number): number {
  const words = sentence.words;
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    if (sentence.clauses[j] !== sentence.clauses[i]) break;
    // Safe: j is within bounds.
    const k = words[j]!.key;
    if (j < i - 1 && !DENIAL_FILLERS.has(words[j + 1]!.key)) return -1;
    if (NEGATORS.has(k) || k.endsWith("n't")) {
      // "not only", "no more than": not a denial.
      if (k === 'not' && (words[j + 1]?.key === 'only' || words[j + 1]?.key === 'just')) return -1;
      // "free of side effects", "free from complications" deny the risk; "pain-free", with "free" after it, is the phrase lists'.
      if (k === 'free') return words[j + 1]?.key === 'of' || words[j + 1]?.key === 'from' ? j : -1;
      // "to avoid side effects, take it with food": an instruction, not a denial.
      if (k.startsWith('avoid') && (words[j - 1]?.key === 'to' || words[j - 1]?.key === 'help' || words[j - 1]?.key === 'you')) return -1;
      return j;
    }
  }
  return -1;
}
