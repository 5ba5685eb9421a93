/**
 * Word-boundary slips a dictionary lookup misses because each half is a word: a missing space
 * at a case change or after a sentence mark ("results.The", "toIt", "inflammation,which"), a
 * stray digit ("taki8ng", "are3"), a prefix split off its word ("inter cellular") and a
 * backtick or acute accent typed for an apostrophe ("patient´s").
 *
 * Kept apart from the dictionary checks because they read pairs of tokens and the text between
 * them, not one word. Every check needs both halves to be known words, so camel-case brands,
 * codes, file names and chemical names (digits, single letters, dots inside) are left alone.
 */
import type { Sentence, Word } from '../../src/types.js';

/** What the boundary checks report; `index.ts` turns it into a finding. */
export interface BoundarySlip {
  readonly messageId: 'runTogether' | 'strayDigit' | 'splitWord' | 'apostrophe';
  readonly start: number;
  readonly end: number;
  readonly data: Readonly<Record<string, string>>;
  readonly suggestions: readonly string[];
  /** Always present (undefined when there is no fix), so every slip has one shape: see `shifted`. */
  readonly fix: { readonly start: number; readonly end: number; readonly text: string } | undefined;
  /** Indices of the sentence's words the slip covers: the dictionary checks skip them. */
  readonly words: readonly number[];
}

/** Looks a lower-case word up in the dictionaries (project words included). */
export type Known = (lower: string) => boolean;

/** Abbreviations that a period joins to the next word without a space ("Dr.Smith" is rare; "St.John" is a name). */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'vs', 'no', 'fig', 'vol', 'pp', 'ed', 'eds', 'inc', 'ltd', 'co', 'et', 'al']);

/**
 * Prefixes that are not words on their own, so "inter cellular" is one word split in two.
 * Prefixes that are also words ("over", "under", "post", "sub", "co", "bio") are left out, and so
 * are those often written open in good copy ("micro trauma", "hyper responsive").
 */
const BOUND_PREFIXES = new Set(['re', 'pre', 'inter', 'intra', 'non', 'anti', 'multi', 'semi', 'mis']);

/** Short words that a stray digit after them does not make a code ("are3", not "type2" or "omega3"). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its', 'not', 'of', 'on', 'or', 'that', 'the', 'their', 'this', 'to', 'was', 'were', 'will', 'with', 'you', 'your',
]);

/** Endings an apostrophe introduces ("patient´s", "don`t", "they`re"). */
const CONTRACTIONS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

const ODD_APOSTROPHES = new Set(['`', '´']);

const LETTERS = /^\p{L}+$/u;
const DIGIT = /\d/;

/** A word of letters only, at least two, with the dictionaries knowing it in lower case. */
function knownWord(known: Known, text: string): boolean {
  return text.length >= 2 && LETTERS.test(text) && known(text.toLowerCase());
}

/** "results.The": one token, a sentence mark inside, a capital after it. */
function markInside(word: Word, known: Known): BoundarySlip | undefined {
  const m = /^(\p{L}{2,})([.!?])(\p{Lu}\p{Ll}+)$/u.exec(word.text);
  if (!m) return undefined;
  const [, left = '', mark = '', right = ''] = m;
  if (ABBREVIATIONS.has(left.toLowerCase()) || !knownWord(known, left) || !knownWord(known, right)) return undefined;
  const at = word.start + left.length + 1;
  return { messageId: 'runTogether', start: word.start, end: word.end, data: { word: word.text }, suggestions: [`${left}${mark} ${right}`], fix: { start: at, end: at, text: ' ' }, words: [] };
}

/** "toIt": lower case, then a capital, each half a word, the whole not one. */
function caseChange(word: Word, known: Known): BoundarySlip | undefined {
  const m = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(word.text);
  if (!m) return undefined;
  const [, left = '', right = ''] = m;
  if (known(word.text.toLowerCase()) || !knownWord(known, left) || !knownWord(known, right)) return undefined;
  const at = word.start + left.length;
  return { messageId: 'runTogether', start: word.start, end: word.end, data: { word: word.text }, suggestions: [`${left} ${right}`], fix: { start: at, end: at, text: ' ' }, words: [] };
}

/** "taki8ng" (a digit inside a word) and "are3" (a digit after a short function word). */
function strayDigit(word: Word, known: Known): BoundarySlip | undefined {
  const inside = /^(\p{Ll}{2,})(\d)(\p{Ll}{2,})$/u.exec(word.text);
  if (inside) {
    const [, left = '', digit = '', right = ''] = inside;
    const joined = left + right;
    if (!known(joined)) return undefined;
    const at = word.start + left.length;
    return { messageId: 'strayDigit', start: word.start, end: word.end, data: { word: word.text, digit }, suggestions: [joined], fix: { start: at, end: at + 1, text: '' }, words: [] };
  }
  const after = /^(\p{Ll}{2,})(\d)$/u.exec(word.text);
  if (after) {
    const [, left = '', digit = ''] = after;
    if (!FUNCTION_WORDS.has(left)) return undefined;
    // Either a stray key or a missing space before a number: no fix, both suggested.
    return { messageId: 'strayDigit', start: word.start, end: word.end, data: { word: word.text, digit }, suggestions: [left, `${left} ${digit}`], fix: undefined, words: [] };
  }
  return undefined;
}

/**
 * "inflammation,which", "80%.The": a comma, semicolon or sentence mark with a word
 * right after it and no space. Single letters ("N,N-dimethyl"), digits and words with dots
 * inside ("e.g.,the") are left alone.
 */
function markBetween(text: string, sentence: Sentence, i: number, known: Known): BoundarySlip | undefined {
  const word = sentence.words[i];
  if (!word || word.gap === '') return undefined;
  const prev = sentence.words[i - 1];
  // Not a colon: "display:none", "ratio:value" and times are written without a space.
  if (!word || !prev || word.kind !== 'word' || !/^[,;.!?]$/.test(word.gap)) return undefined;
  if (text.slice(prev.end, word.start) !== word.gap) return undefined;
  if (!knownWord(known, word.text)) return undefined;
  const sentenceMark = /[.!?]/.test(word.gap);
  if (sentenceMark && !/^\p{Lu}\p{Ll}/u.test(word.text)) return undefined;
  const prevOk = prev.kind === 'word' ? knownWord(known, prev.text) && !ABBREVIATIONS.has(prev.key) : sentenceMark && prev.kind === 'percent';
  if (!prevOk) return undefined;
  return {
    messageId: 'runTogether',
    start: prev.start,
    end: word.end,
    data: { word: text.slice(prev.start, word.end) },
    suggestions: [`${text.slice(prev.start, word.start)} ${word.text}`],
    fix: { start: word.start, end: word.start, text: ' ' },
    words: [],
  };
}

/** "inter cellular", "re balancing": a bound prefix written as a word of its own. */
function splitPrefix(text: string, sentence: Sentence, i: number, known: Known): BoundarySlip | undefined {
  const word = sentence.words[i];
  const prev = sentence.words[i - 1];
  if (!word || !prev || !BOUND_PREFIXES.has(prev.key) || word.kind !== 'word' || prev.kind !== 'word' || word.gap !== '') return undefined;
  if ( text.slice(prev.end, word.start) !== ' ') return undefined;
  if (!/^\p{Ll}{3,}$/u.test(word.text) || !known(word.text)) return undefined;
  const joined = prev.text + word.text;
  const hyphened = `${prev.text}-${word.text}`;
  const sure = known(joined.toLowerCase()) ? joined : known(hyphened.toLowerCase()) ? hyphened : undefined;
  // Without a dictionary form, only a lower-case prefix before a long word ("re balancing"): "Multi" in a name is not a slip.
  if (!sure && (prev.text !== prev.text.toLowerCase() || word.text.length < 6)) return undefined;
  const best = sure ?? joined;
  return {
    messageId: 'splitWord',
    start: prev.start,
    end: word.end,
    data: { word: text.slice(prev.start, word.end), suggestion: best },
    suggestions: [best],
    fix: sure ? { start: prev.start, end: word.end, text: sure } : undefined,
    words: [i - 1, i],
  };
}

/** "patient´s", "don`t": a backtick or acute accent where an apostrophe belongs. */
function oddApostrophe(text: string, sentence: Sentence, i: number, curly: boolean): BoundarySlip | undefined {
  const word = sentence.words[i];
  if (!word || !ODD_APOSTROPHES.has(word.gap)) return undefined;
  const prev = sentence.words[i - 1];
  if (!prev || prev.kind !== 'word') return undefined;
  if (text.slice(prev.end, word.start) !== word.gap || !CONTRACTIONS.has(word.key)) return undefined;
  const apostrophe = curly ? '’' : "'";
  return {
    messageId: 'apostrophe',
    start: prev.start,
    end: word.end,
    data: { word: text.slice(prev.start, word.end), mark: word.gap },
    suggestions: [`${prev.text}${apostrophe}${word.text}`],
    fix: { start: prev.end, end: word.start, text: apostrophe },
    words: [i - 1, i],
  };
}

/** A slip inside one word, with offsets relative to the word's start: the same for every occurrence of its text. */
type InsideSlip = Omit<BoundarySlip, 'words'>;

/** Only a word with a sentence mark, a digit or a capital after its first letter can hold a slip inside. */
const MAY_SLIP_INSIDE = /[.!?\d]|.\p{Lu}/u;

/** The slip inside a word's text, computed once per distinct text and cached by the caller (`inside`). */
function insideSlip(text: string, known: Known, inside: Map<string, InsideSlip | null>): InsideSlip | undefined {
  let slip = inside.get(text);
  if (slip === undefined) {
    const word = { text, start: 0, end: text.length } as Word;
    slip = MAY_SLIP_INSIDE.test(text) ? (markInside(word, known) ?? caseChange(word, known) ?? strayDigit(word, known) ?? null) : null;
    if (inside.size > 100_000) inside.clear();
    inside.set(text, slip);
  }
  return slip ?? undefined;
}

function shifted(slip: InsideSlip, by: number, i: number): BoundarySlip {
  // Every slip built with the same properties in the same order: objects of one shape keep the spelling rule's
  // optimized code, where a slip with a fix and one without were two shapes that discarded it (issue 16).
  const fix = slip.fix ? { start: slip.fix.start + by, end: slip.fix.end + by, text: slip.fix.text } : undefined;
  return { messageId: slip.messageId, start: slip.start + by, end: slip.end + by, data: slip.data, suggestions: slip.suggestions, fix, words: [i] };
}

/**
 * Every boundary slip of a sentence, in order. `curly`: the document writes its apostrophes
 * curly. `inside` caches the slips inside words by their text, across sentences and files.
 */
export function boundarySlips(text: string, sentence: Sentence, known: Known, curly: boolean, inside: Map<string, InsideSlip | null>): BoundarySlip[] {
  const out: BoundarySlip[] = [];
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    // Safe: i is within bounds (an index loop: entries() made a pair per word).
    const word = words[i]!;
    if (i > 0) {
      const between = markBetween(text, sentence, i, known) ?? splitPrefix(text, sentence, i, known) ?? oddApostrophe(text, sentence, i, curly);
      if (between) out.push(between);
    }
    // Most words are lower-case letters only, their key the same as their text: no slip inside, no lookup.
    if (word.kind !== 'word' || (word.text === word.key && !DIGIT.test(word.text))) continue;
    const slip = insideSlip(word.text, known, inside);
    if (slip) out.push(shifted(slip, word.start, i));
  }
  return out;
}

export type { InsideSlip };

/**
 * Function words that an unknown word may have lost its space before or after. Short ones that
 * are also prefixes or endings of medical terms ("an-", "in-", "-is", "-on") are left out: an
 * unknown "aneruptive" is a rare term, not "an eruptive".
 */
const SPLIT_LEFT = new Set(['of', 'the', 'and', 'for', 'with', 'from', 'that', 'this', 'your', 'are', 'was', 'were', 'has', 'have', 'can', 'will', 'not', 'our', 'their', 'which', 'when', 'then', 'than']);
const SPLIT_RIGHT = new Set(['with', 'that', 'from', 'the', 'and', 'for', 'which', 'this', 'have', 'were', 'will', 'your', 'are', 'can', 'not']);

/**
 * Two known words an unknown lower-case word splits into, one of them a function word
 * ("ofinsulin" -> "of insulin", "colicwith" -> "colic with"). Splits into two content words are
 * not offered: "healthspan" and "shockwave" are compounds, not slips.
 */
export function splitSuggestion(lower: string, known: Known): string | undefined {
  for (let cut = 2; cut <= lower.length - 2; cut++) {
    const left = lower.slice(0, cut);
    const right = lower.slice(cut);
    if ((SPLIT_LEFT.has(left) && right.length >= 4 && known(right)) || (SPLIT_RIGHT.has(right) && left.length >= 4 && known(left))) return `${left} ${right}`;
  }
  return undefined;
}
