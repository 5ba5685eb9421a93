/**
 * The spelling rule's dictionaries and suggester. The word lists are built once by
 * scripts/build-dictionary.mjs (nspell's expansion of dictionary-en / dictionary-en-gb; this
 * folder's drugs.json, the knowledge-base terms and medical words from permissively licensed
 * lists in domain.txt; other rare and scientific words in science.txt) and read here lazily,
 * once per process, as sorted lists searched by binary search.
 *
 * Why suggestions of our own instead of nspell's `suggest`: nspell's constructor expands
 * every affix rule (about 310 ms per process, measured), more than medlint's whole start-up,
 * and it cannot rank medical terms first. Candidates one edit away (Damerau: deletion,
 * insertion, substitution, transposition) are looked up in the same sorted lists and
 * ranked: drug names and project words first, then by a score where medical terms get a bonus, then how likely the slip is (a doubled letter, a
 * swap, a keyboard neighbour), then word frequency (SUBTLEX-US). Two edits away was tried
 * and dropped: about a second per long unknown word (850 x 850 lookups), for typos that
 * are rarely two slips in one word.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The dictionary locales the rule offers. */
export type Locale = 'en-US' | 'en-GB';

/**
 * A sorted list of lower-case words, kept as the built file's text (one word a line, each line
 * ending in `\n`, sorted by UTF-16 code unit) and searched by binary search on that text:
 * loading a list is one read, with no split into 120,000 strings (start-up, issue 16). A line
 * may carry a value after a space (`word count`), which `valueOf` returns.
 */
export class WordList implements ListedWords {
  constructor(private readonly text: string) {}

  /** The number of words (counted on demand: only tests and diagnostics ask). */
  get size(): number {
    let n = 0;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }

  has(word: string): boolean {
    return this.find(word) !== -1;
  }

  /** The number after the word on its line (`word 123`), or undefined when the word is not listed. */
  valueOf(word: string): number | undefined {
    const at = this.find(word);
    if (at === -1) return undefined;
    const end = this.text.indexOf('\n', at);
    return Number(this.text.slice(at + word.length + 1, end));
  }

  /** The offset of the word's line, or -1. */
  private find(word: string): number {
    const text = this.text;
    // [lo, hi) holds line starts; lo is always the start of a line.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const order = compareLine(text, start, word);
      if (order === 0) return start;
      if (order < 0) lo = text.indexOf('\n', start) + 1;
      else hi = start;
    }
    return -1;
  }
}

/** Compares the key of the line at `start` (up to a space or line end) with `word`, by UTF-16 code unit. */
function compareLine(text: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(start + i);
    const lineEnded = a === 10 || a === 32 || Number.isNaN(a);
    if (i === word.length) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const b = word.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/** Thrown when the built word lists are missing (a build was skipped). */
export class DictionaryError extends Error {}

/** Where the built lists are: beside the built module, or in dist/ when the sources run (tests). */
function listDir(): string {
  const candidates = [new URL('./', import.meta.url), new URL('../../dist/rules/spelling/', import.meta.url)];
  for (const url of candidates) if (existsSync(new URL('domain.txt', url))) return fileURLToPath(url);
  throw new DictionaryError('spelling: word lists not built; run npm run build');
}

/** What the lists answer: whether a word is listed, the value on its line, how many there are. */
export interface ListedWords {
  has(word: string): boolean;
  valueOf(word: string): number | undefined;
  readonly size: number;
}

/**
 * A built list read part by part: its index (NAME.idx, written by scripts/build-dictionary.mjs)
 * gives the byte range of the lines of each two-letter start (three-letter where a two-letter
 * part would be large), and a part is read the first
 * time a word with that start is looked up, so one article reads a few dozen small parts
 * rather than the whole list (the science list is 8 MB).
 */
class PartedWordList implements ListedWords {
  private readonly parts = new Map<string, WordList | null>();

  constructor(
    private readonly file: string,
    private readonly index: Readonly<Record<string, readonly [number, number]>>,
  ) {}

  get size(): number {
    return new WordList(readFileSync(this.file, 'utf8')).size;
  }

  has(word: string): boolean {
    return this.part(word)?.has(word) ?? false;
  }

  valueOf(word: string): number | undefined {
    return this.part(word)?.valueOf(word);
  }

  private part(word: string): WordList | null {
    // A large two-letter part is indexed by three-letter starts (its two-letter words keep the
    // two-letter key), so the three letters are looked up first; a word of a split start whose
    // three letters have no part falls to its two-letter part, which cannot hold it.
    const long = word.slice(0, 3);
    const key = Object.hasOwn(this.index, long) ? long : word.slice(0, 2);
    let part = this.parts.get(key);
    if (part === undefined) {
      const range = Object.hasOwn(this.index, key) ? this.index[key] : undefined;
      part = range ? new WordList(readRange(this.file, range[0], range[1])) : null;
      this.parts.set(key, part);
    }
    return part;
  }
}

function readRange(file: string, from: number, to: number): string {
  const bytes = Buffer.allocUnsafe(to - from);
  const fd = openSync(file, 'r');
  try {
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return bytes.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

function readList(name: string): ListedWords {
  const dir = listDir();
  const indexFile = `${dir}${name.replace(/\.txt$/, '.idx')}`;
  // Without an index (a list built before indexes existed) the list is read whole.
  if (!existsSync(indexFile)) return new WordList(readFileSync(`${dir}${name}`, 'utf8'));
  return new PartedWordList(`${dir}${name}`, JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, [number, number]>);
}

const general = new Map<Locale, ListedWords>();
let domainList: ListedWords | undefined;
let scienceList: ListedWords | undefined;
let frequencies: ListedWords | undefined;

/** The English word list of a locale, loaded on first use. */
export function generalWords(locale: Locale): ListedWords {
  let list = general.get(locale);
  if (!list) {
    list = readList(`${locale}.txt`);
    general.set(locale, list);
  }
  return list;
}

/** Words a checker can look up: a sorted list or a set. */
export interface Lookup {
  has(word: string): boolean;
}

/** Medical terms, drug names and knowledge-base terms, loaded on first use. */
export function domainWords(): Lookup {
  domainList ??= readList('domain.txt');
  return domainList;
}

/**
 * Rare English and scientific words (WordNet, SCOWL's larger sizes, a scientific word list) that
 * are not medical-looking: accepted as spelled, but never ranked as medical terms, so a typo of a
 * common word is not "corrected" to a genus name. Loaded on the first word the other lists miss.
 */
function scienceWords(): Lookup {
  scienceList ??= readList('science.txt');
  return scienceList;
}

/** SUBTLEX-US counts (`word count` lines sorted by word), loaded only when a suggestion is first needed. */
function frequency(word: string): number {
  frequencies ??= readList('frequency.txt');
  return frequencies.valueOf(word) ?? 0;
}

/** A checker for one locale and one set of project words. */
export interface Checker {
  readonly locale: Locale;
  /** True when the lower-case word is in a dictionary or the project words. */
  known(lower: string): boolean;
  /** 2 for a drug name or project word, 1 for another medical term, 0 for a general English word. */
  tier(lower: string): number;
}

/** Makes a checker; `extra` holds lower-case project words, `preferred` lower-case drug names and project words. */
export function makeChecker(locale: Locale, extra: ReadonlySet<string>, preferred: ReadonlySet<string>): Checker {
  const words = generalWords(locale);
  const medical = domainWords();
  return {
    locale,
    // The rare-word lists also hold general words in both spellings (WordNet has "colour"): a word
    // the other locale's English list has is that locale's spelling, not a medical term.
    known: (lower) => words.has(lower) || extra.has(lower) || ((medical.has(lower) || scienceWords().has(lower)) && !generalWords(locale === 'en-US' ? 'en-GB' : 'en-US').has(lower)),
    tier: (lower) => (preferred.has(lower) ? 2 : !words.has(lower) && medical.has(lower) ? 1 : 0),
  };
}

/** A ranked suggestion. */
export interface Suggestion {
  readonly word: string;
  /** Edits from the typo; always 1 today, kept so ranking and fixes do not assume it. */
  readonly distance: number;
  /** The checker's tier: drug names and project words first, then medical terms, then English. */
  readonly tier: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** QWERTY neighbours: a substitution by a neighbouring key is a likely slip. Hand-written: a 26-entry table needs no package. */
const KEYBOARD: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** One edit of a word and how likely it is as a typing slip (lower is likelier). */
interface Edit {
  readonly word: string;
  readonly cost: number;
}

/** Every word one edit away from `typo`, with the cost of the slip that edit undoes. */
function edits(typo: string): Edit[] {
  const out: Edit[] = [];
  for (let i = 0; i <= typo.length; i++) {
    const before = typo.slice(0, i);
    const after = typo.slice(i);
    const here = typo.charAt(i);
    if (i < typo.length) {
      // The typist doubled a letter, or hit an extra key.
      const doubled = i > 0 && typo.charAt(i - 1) === here;
      out.push({ word: before + after.slice(1), cost: doubled ? 0 : 1.5 });
      if (i + 1 < typo.length) out.push({ word: before + typo.charAt(i + 1) + here + typo.slice(i + 2), cost: 0.5 });
      for (const c of LETTERS) {
        if (c === here) continue;
        const near = KEYBOARD[here]?.includes(c) === true;
        const vowels = VOWELS.has(c) && VOWELS.has(here);
        out.push({ word: before + c + after.slice(1), cost: near || vowels ? 1 : 2 });
      }
    }
    // The typist left a letter out (a doubled one most often).
    for (const c of LETTERS) out.push({ word: before + c + after, cost: c === here || c === typo.charAt(i - 1) ? 0.5 : 1.5 });
  }
  return out;
}

/** Weights of the ranking, tuned on the misspelling set of test/rules/spelling.test.ts. */
const FREQUENCY_WEIGHT = 0.8;
const MEDICAL_BONUS = 1.5;

/** Longer words get no suggestions: no dictionary word is near them, and edits grow with the square of the length. */
export const MAX_SUGGEST_LENGTH = 40;

/** Suggestions for a lower-case unknown word, best first (none for a word longer than MAX_SUGGEST_LENGTH). */
export function suggest(checker: Checker, typo: string, limit = 5): Suggestion[] {
  if (typo.length > MAX_SUGGEST_LENGTH) return [];
  const best = new Map<string, { distance: number; cost: number }>();
  const first = edits(typo);
  for (const e of first) {
    if (e.word !== typo && checker.known(e.word)) keep(best, e.word, 1, e.cost);
  }
  const ranked = [...best].map(([word, { distance, cost }]) => ({
    word,
    distance,
    tier: checker.tier(word),
    // A medical term outranks a rare English word, not a common one ("aout" is "about", not "aort").
    score: cost - Math.log10(frequency(word) + 1) * FREQUENCY_WEIGHT - (checker.tier(word) === 1 ? MEDICAL_BONUS : 0),
  }));
  ranked.sort((a, b) => a.distance - b.distance || Number(b.tier === 2) - Number(a.tier === 2) || a.score - b.score || (a.word < b.word ? -1 : 1));
  return ranked.slice(0, limit).map(({ word, distance, tier }) => ({ word, distance, tier }));
}

function keep(best: Map<string, { distance: number; cost: number }>, word: string, distance: number, cost: number): void {
  const had = best.get(word);
  if (!had || distance < had.distance || (distance === had.distance && cost < had.cost)) best.set(word, { distance, cost });
}
