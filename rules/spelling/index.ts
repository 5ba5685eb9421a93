// Why: a misspelled drug name ("etamine") or a real word in the wrong place ("receptors in the rain") costs medical copy its credibility and can misname a medicine.
import type { RuleContext, RuleSettings, Sentence, Word } from '../../src/types.js';
import { BytesByKey } from '../../src/util/by-key.js';
import { defineRule } from '../../src/util/rule.js';
import confusables from './confusables.json' with { type: 'json' };
import data from './data.json' with { type: 'json' };
import drugs from './drugs.json' with { type: 'json' };
import { boundarySlips, splitSuggestion, type InsideSlip } from './boundaries.js';
import { generalWords, makeChecker, suggest, type Checker, type Locale, type Suggestion } from './lexicon.js';

/** Options of the spelling rule. */
export interface SpellingOptions {
  /** `en-US` (dictionary-en) or `en-GB` (dictionary-en-gb); when absent, the project's locale (settings), else en-US. */
  readonly locale?: string;
  /** Project words (names, products) that are spelled correctly; the shared settings' words (config `words`, `.medlint-dictionary`) add to them. */
  readonly words: readonly string[];
}

/**
 * A real-word confusion and the context that reveals it (confusables.json). `word` and the
 * context entries are one word or a phrase; a context entry matches the words right before or
 * after with no punctuation between.
 */
interface Confusable {
  readonly word: string;
  readonly suggest: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly sentence?: readonly string[];
  readonly unless?: readonly string[];
  readonly unlessBefore?: readonly string[];
  readonly unlessAfter?: readonly string[];
  /** Only as the first word of a sentence. */
  readonly start?: boolean;
}

/** A confusable compiled for matching: its word keys, and each context phrase as keys. */
interface CompiledConfusable {
  readonly entry: Confusable;
  readonly keys: readonly string[];
  readonly before: readonly (readonly string[])[];
  readonly after: readonly (readonly string[])[];
  readonly unlessBefore: readonly (readonly string[])[];
  readonly unlessAfter: readonly (readonly string[])[];
}

/** The engine's word key: lower case, straight apostrophes, no hyphens or dots. */
function keysOf(phrase: string): string[] {
  return phrase.toLowerCase().replaceAll('’', "'").replace(/[-‐.]/g, '').split(/\s+/).filter((k) => k !== '');
}

/** Compiled once per process, indexed by the first key of the confused word or phrase. */
const CONFUSABLES = new Map<string, CompiledConfusable[]>();
for (const entry of confusables.confusables as readonly Confusable[]) {
  const keys = keysOf(entry.word);
  const compiled = {
    entry,
    keys,
    before: (entry.before ?? []).map(keysOf),
    after: (entry.after ?? []).map(keysOf),
    unlessBefore: (entry.unlessBefore ?? []).map(keysOf),
    unlessAfter: (entry.unlessAfter ?? []).map(keysOf),
  };
  // Safe: keysOf of a non-empty word has a first key.
  const first = keys[0]!;
  const list = CONFUSABLES.get(first);
  if (list) list.push(compiled);
  else CONFUSABLES.set(first, [compiled]);
}

/** Brand names keep their capitals in suggestions ("spravato" is shown as "Spravato"). */
const BRANDS = new Map(drugs.brand.map((b) => [b.toLowerCase(), b]));

/** What a word is: known, or unknown with its suggestions. Cached per distinct text, per checker. */
interface Verdict {
  /** Unknown parts (a hyphenated word is checked part by part), as offsets into the word. */
  readonly unknown: readonly { readonly from: number; readonly to: number; readonly suggestions: readonly Suggestion[] }[];
}

/**
 * One checker and one verdict cache per options value and settings: the engine passes the same
 * options object and the same settings' word list for every file of a run.
 */
const checkers = new WeakMap<object, WeakMap<object, Map<string, SpellingState>>>();

/** What the rule keeps per options value: the checker, and its verdicts and slips by word text. */
interface SpellingState {
  readonly checker: Checker;
  readonly verdicts: Map<string, Verdict>;
  readonly inside: Map<string, InsideSlip | null>;
  /** What checkWord needs first of a word, by its text (the W_* bits of wordFacts). */
  readonly facts: Map<string, number>;
  /** The same for words written as their key (most words: lower case, no hyphen), by the key's id. */
  readonly factsOfKeys: BytesByKey;
  /** The same for words written as their key with an ASCII capital first (a sentence's first word), by the key's id. */
  readonly factsOfCapitalized: BytesByKey;
}

function stateFor(options: SpellingOptions, settings: RuleSettings): SpellingState {
  // The rule's own options come first; the project's words and locale (shared settings) fill in.
  const locale = options.locale ?? settings.locale ?? 'en-US';
  let bySettings = checkers.get(options);
  if (!bySettings) checkers.set(options, (bySettings = new WeakMap()));
  let byLocale = bySettings.get(settings.words);
  if (!byLocale) bySettings.set(settings.words, (byLocale = new Map()));
  let state = byLocale.get(locale);
  if (!state) {
    const words = [...options.words, ...settings.words];
    const extra = new Set([...data.words, ...words].map((w) => normal(w)));
    const preferred = new Set([...words, ...drugs.generic, ...drugs.brand].map((w) => normal(w)));
    state = { checker: makeChecker(locale as Locale, extra, preferred), verdicts: new Map(), inside: new Map(), facts: new Map(), factsOfKeys: new BytesByKey(), factsOfCapitalized: new BytesByKey() };
    byLocale.set(locale, state);
  }
  return state;
}

/** The context with the words this file's front matter accepts left unreported: they are spelled right for this file. */
function withFileWords(context: SpellingContext): SpellingContext {
  if (context.settings.fileWords.length === 0) return context;
  const accepted = new Set(context.settings.fileWords.map((w) => w.toLowerCase()));
  const { text } = context.document;
  return {
    ...context,
    report: (report) => {
      const excerpt = report.start !== undefined && report.end !== undefined ? text.slice(report.start, report.end) : '';
      if (!accepted.has(excerpt.toLowerCase())) context.report(report);
    },
  };
}

function normal(text: string): string {
  return text.toLowerCase().replaceAll('’', "'");
}

/** Words a dictionary cannot judge: abbreviations, mixed-case brands, codes with digits, hashtags, initialisms with dots. */
function skipped(text: string): boolean {
  // Greek letters are units and symbols ("μmol", "β-blocker"), not English words.
  if (text.length < 2 || /[\d.#_]/.test(text) || /\p{Script=Greek}/u.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return true;
  // ALL CAPS (NMDA, BDNF) or a capital after the first letter (RestoratIV, mTOR, iPhone).
  return /\p{Lu}/u.test(letters.slice(1)) || (/^\p{Ll}/u.test(letters) && /\p{Lu}/u.test(letters));
}

/** True when the lower-case word, or the word its possessive or plural-possessive ending hangs on, is known. */
function knownForm(checker: Checker, lower: string): boolean {
  if (checker.known(lower)) return true;
  if (lower.endsWith("'s")) return checker.known(lower.slice(0, -2));
  if (lower.endsWith("'")) return checker.known(lower.slice(0, -1));
  // The medical lists hold most nouns in the singular only ("neuromodulator", "catechin").
  if (lower.length > 6 && lower.endsWith('s') && !lower.endsWith('ss')) return checker.known(lower.slice(0, -1));
  return false;
}

function judge(state: SpellingState, text: string): Verdict {
  const cached = state.verdicts.get(text);
  if (cached) return cached;
  const unknown: Verdict['unknown'][number][] = [];
  const lower = normal(text);
  if (!skipped(text) && !knownForm(state.checker, lower)) {
    // A hyphenated compound is fine when each part is ("ketamine-assisted"); otherwise the unknown parts are reported.
    const parts = [...lower.matchAll(/[^-‐]+/g)];
    const whole = parts.length === 1;
    for (const part of parts) {
      const word = part[0];
      if (!whole && (skipped(text.slice(part.index, part.index + word.length)) || knownForm(state.checker, word))) continue;
      unknown.push({ from: part.index, to: part.index + word.length, suggestions: suggest(state.checker, word.replace(/'s?$/, '')) });
    }
  }
  const verdict = { unknown };
  if (state.verdicts.size > 100_000) state.verdicts.clear();
  state.verdicts.set(text, verdict);
  return verdict;
}

/** The suggestion in the word's case: "Etamine" -> "Ketamine", brands as the brand writes itself. */
function cased(original: string, word: string): string {
  const brand = BRANDS.get(word);
  if (brand) return brand;
  return /^\p{Lu}/u.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * A fix is safe when one candidate stands out: the only one at one edit, or the only drug
 * name (or project word) at one edit, or the only medical term when no drug name is near.
 */
function safeFix(suggestions: readonly Suggestion[]): Suggestion | undefined {
  const near = suggestions.filter((s) => s.distance === 1);
  const top = near[0];
  if (!top) return undefined;
  if (near.length === 1) return top;
  return top.tier > 0 && near.filter((s) => s.tier === top.tier).length === 1 ? top : undefined;
}

function startsWithAny(keys: readonly string[], prefixes: readonly string[] | undefined): boolean {
  return prefixes !== undefined && keys.some((k) => prefixes.some((p) => k.startsWith(p)));
}

/** True when the words from index `from` on are `keys`, with nothing but spaces between them. */
function wordsAre(sentence: Sentence, from: number, keys: readonly string[]): boolean {
  if (from < 0 || from + keys.length > sentence.words.length) return false;
  for (let j = 0; j < keys.length; j++) {
    const w = sentence.words[from + j];
    if (w === undefined || w.key !== keys[j] || (j > 0 && w.gap !== '')) return false;
  }
  return true;
}

/** True when one of the phrases ends right before word `i` (no punctuation before `i`). */
function endsBefore(sentence: Sentence, i: number, phrases: readonly (readonly string[])[]): boolean {
  return sentence.words[i]?.gap === '' && phrases.some((p) => wordsAre(sentence, i - p.length, p));
}

/** True when one of the phrases starts right after the word before `i` (no punctuation before `i`). */
function startsAt(sentence: Sentence, i: number, phrases: readonly (readonly string[])[]): boolean {
  return sentence.words[i]?.gap === '' && phrases.some((p) => wordsAre(sentence, i, p));
}

/**
 * The sentence-wide cues of confusables (`unless`, `sentence`), answered once per sentence and
 * entry: a sentence with the same word many times must not be rescanned for each.
 */
interface SentenceCues {
  keys?: readonly string[];
  answers?: Map<Confusable, { readonly unless: boolean; readonly sentence: boolean }>;
}

const NO_CUES = { unless: false, sentence: false } as const;

function cuesOf(sentence: Sentence, cues: SentenceCues, entry: Confusable): { readonly unless: boolean; readonly sentence: boolean } {
  cues.answers ??= new Map();
  let answer = cues.answers.get(entry);
  if (!answer) {
    cues.keys ??= sentence.words.map((w) => w.key);
    answer = { unless: startsWithAny(cues.keys, entry.unless), sentence: startsWithAny(cues.keys, entry.sentence) };
    cues.answers.set(entry, answer);
  }
  return answer;
}

/** The confusion the words from `i` on make in their sentence, if the context reveals one, with the number of words it covers. */
function confusion(sentence: Sentence, i: number, cues: SentenceCues): { readonly entry: Confusable; readonly length: number } | undefined {
  // Safe: the caller passes an index within the sentence's words.
  const word = sentence.words[i]!;
  const candidates = CONFUSABLES.get(word.key);
  if (!candidates) return undefined;
  for (const c of candidates) {
    const { entry } = c;
    const n = c.keys.length;
    if (!wordsAre(sentence, i, c.keys) || (entry.start === true && i !== 0)) continue;
    if (endsBefore(sentence, i, c.unlessBefore) || startsAt(sentence, i + n, c.unlessAfter)) continue;
    const wide = entry.unless || entry.sentence ? cuesOf(sentence, cues, entry) : NO_CUES;
    if (wide.unless) continue;
    const always = c.before.length + c.after.length + (entry.sentence?.length ?? 0) === 0;
    const hit = always || endsBefore(sentence, i, c.before) || startsAt(sentence, i + n, c.after) || wide.sentence;
    if (hit) return { entry, length: n };
  }
  return undefined;
}

/**
 * An author in a citation: "Azevedo et al.", or a reference list's "Moghaddam B, Adams B".
 * Not a finding at all: references are not copy.
 */
function author(sentence: Sentence, i: number): boolean {
  const next = sentence.words[i + 1];
  if (!next || (next.gap !== '' && next.gap !== ',')) return false;
  return next.key === 'et' || (next.gap === '' && /^\p{Lu}{1,3}$/u.test(next.text));
}

/** A capitalized unknown word inside a sentence is most likely a name ("At Nao Medical"). */
function nameLike(i: number, text: string, from: number): boolean {
  return i > 0 && from === 0 && /^\p{Lu}\p{Ll}/u.test(text);
}

/** Whether a word starts with a capital letter (`/^\p{Lu}/u`), answered for ASCII without the pattern: asked of every word. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** Unknown words the document writes as names somewhere, lower-cased: "nao" is then the name written carelessly. */
function namesOf(state: ReturnType<typeof stateFor>, sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      // Safe: i is within bounds (an index loop: entries() made a pair per word).
      const word = words[i]!;
      // A known word has no unknown part (its facts are kept by key id: most capitals start a sentence).
      if (word.kind !== 'word' || !startsUpper(word.text) || (wordFacts(state, word) & W_KNOWN) !== 0) continue;
      for (const part of judge(state, word.text).unknown) {
        if (nameLike(i, word.text, part.from)) names.add(normal(word.text.slice(part.from, part.to)));
      }
    }
  }
  return names;
}

/**
 * A pronunciation respelling in parentheses, as drug leaflets write them: "(es KET a meen)".
 * Its syllables are not words; an upper-case syllable marks the stress.
 */
function inPronunciation(text: string, start: number, end: number): boolean {
  // Windows of 40 characters: a search without a bound would rescan the file for each unknown word.
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const open = before.lastIndexOf('(');
  const close = text.slice(end, end + 40).indexOf(')');
  if (open < 0 || close < 0) return false;
  const inside = text.slice(from + open + 1, end + close);
  if (!/^[A-Za-z -]+$/.test(inside)) return false;
  const syllables = inside.split(/[ -]+/).filter((t) => t !== '');
  return syllables.length >= 3 && syllables.every((t) => t.length <= 5) && syllables.some((t) => /^[A-Z]{2,}$/.test(t)) && syllables.some((t) => /^[a-z]+$/.test(t));
}

/** A quotation's letters changed in brackets ("[m]ost", "[t]reatment"): the word is read with the bracket's letters. */
function bracketed(text: string, start: number, lower: string, known: (word: string) => boolean): boolean {
  if (text.charAt(start - 1) !== ']') return false;
  const open = text.lastIndexOf('[', start - 2);
  const inside = text.slice(open + 1, start - 1);
  return open >= 0 && /^\p{L}{1,3}$/u.test(inside) && known(normal(inside) + lower);
}

/** Unknown words this long with no suggestion are reported at info (see checkWord). */
const RARE_TERM_LENGTH = 8;

/** wordFacts's bits: the facts are known (0 is "not yet"), the dictionaries know the word (judge finds no unknown part), a confusable starts with it. */
const W_SET = 1;
const W_KNOWN = 2;
const W_CONFUSABLE = 4;

/**
 * How a word is written: 1 as its key, 2 as its key with an ASCII capital first, 0 otherwise. Either of the first
 * two is one text per key (a key is in lower case), so what is found of the text can be kept by the key's id.
 */
function keyForm(word: Word): number {
  const { text, key } = word;
  if (text === key) return 1;
  if (text.length !== key.length) return 0;
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90 || key.charCodeAt(0) !== first + 32) return 0;
  for (let k = 1; k < text.length; k++) if (text.charCodeAt(k) !== key.charCodeAt(k)) return 0;
  return 2;
}

/**
 * What checkWord needs first of a word, decided once per text: whether the dictionaries know it and whether a
 * confusable starts with it. Most words are known and start none, and give no finding wherever they stand. A word
 * written as its key, or as its key with a capital first, keeps its facts by the key's id: an array read instead of
 * a string-keyed Map lookup, at every word of every document (issue 16).
 */
function wordFacts(state: SpellingState, word: Word): number {
  const form = keyForm(word);
  const byKey = form === 1 ? state.factsOfKeys : form === 2 ? state.factsOfCapitalized : undefined;
  if (byKey) {
    const known = byKey.get(word.id);
    if (known !== 0) return known;
  }
  let facts = state.facts.get(word.text);
  if (facts === undefined) {
    facts = W_SET | (judge(state, word.text).unknown.length === 0 ? W_KNOWN : 0) | (CONFUSABLES.has(word.key) ? W_CONFUSABLE : 0);
    if (state.facts.size > 100_000) state.facts.clear();
    state.facts.set(word.text, facts);
  }
  byKey?.set(word.id, facts);
  return facts;
}

function checkWord(context: SpellingContext, state: ReturnType<typeof stateFor>, names: ReadonlySet<string>, sentence: Sentence, i: number, cues: SentenceCues): void {
  // Safe: the caller passes an index within the sentence's words.
  const word = sentence.words[i]!;
  const facts = wordFacts(state, word);
  // Known, and no confusable starts with it: nothing to report (most words).
  if ((facts & (W_KNOWN | W_CONFUSABLE)) === W_KNOWN) return;
  const confused = (facts & W_CONFUSABLE) !== 0 ? confusion(sentence, i, cues) : undefined;
  if (confused) {
    // Safe: confusion() matched `length` words from i.
    const last = sentence.words[i + confused.length - 1]!;
    const suggestion = cased(word.text, confused.entry.suggest);
    context.report({ messageId: 'confusable', data: { word: context.document.text.slice(word.start, last.end), suggestion }, start: word.start, end: last.end, suggestions: [suggestion] });
    return;
  }
  if (startsUpper(word.text) && author(sentence, i)) return;
  // A known word that no confusable matched here: judge finds no unknown part, so there is nothing more to report.
  if ((facts & W_KNOWN) !== 0) return;
  const verdict = judge(state, word.text);
  if (verdict.unknown.length > 0 && inPronunciation(context.document.text, word.start, word.end)) return;
  if (verdict.unknown.length > 0 && bracketed(context.document.text, word.start, normal(word.text), (w) => knownForm(state.checker, w))) return;
  for (const part of verdict.unknown) {
    const text = word.text.slice(part.from, part.to);
    const start = word.start + part.from;
    const end = word.start + part.to;
    const lower = normal(text);
    // The other English spelling ("colour" in en-US copy) is a house-style choice, not a slip.
    if (generalWords(state.checker.locale === 'en-US' ? 'en-GB' : 'en-US').has(lower)) {
      context.report({ messageId: 'otherLocale', data: { word: text, locale: state.checker.locale }, start, end, severity: 'info' });
      continue;
    }
    const split = word.text === text && /^\p{Ll}+$/u.test(text) ? splitSuggestion(lower, (w) => knownForm(state.checker, w)) : undefined;
    // Pushed one at a time, not spread from sliced and mapped arrays: an empty list of suggestions meeting the
    // optimized checkWord after filled ones deoptimized it.
    const suggestions: string[] = [];
    if (split) suggestions.push(split);
    const shown = Math.min(part.suggestions.length, split ? 2 : 3);
    // Safe: k is below the list's length.
    for (let k = 0; k < shown; k++) suggestions.push(cased(text, part.suggestions[k]!.word));
    if (nameLike(i, word.text, part.from) || names.has(normal(text))) {
      context.report({ messageId: 'name', data: { word: text }, start, end, severity: 'info', ...(suggestions.length > 0 ? { suggestions } : {}) });
      continue;
    }
    // A long word that no known word is one edit from is far more often a rare correct term
    // ("angiomyofibroblastoma") than a slip: one slip leaves the intended word one
    // edit away, and that word would be suggested. Reported, but at info.
    if (part.suggestions.length === 0 && !split && text.length >= RARE_TERM_LENGTH) {
      context.report({ messageId: 'rareTerm', data: { word: text }, start, end, severity: 'info' });
      continue;
    }
    const fix = split ? undefined : safeFix(part.suggestions);
    context.report({
      messageId: suggestions.length > 0 ? 'unknown' : 'unknownNoSuggestion',
      data: { word: text },
      start,
      end,
      ...(suggestions.length > 0 ? { suggestions } : {}),
      ...(fix ? { fix: { start, end, text: cased(text, fix.word) } } : {}),
    });
  }
}

const MESSAGES = {
  unknown: '“{word}” is not in the English, medical or drug dictionaries; check the spelling',
  unknownNoSuggestion: '“{word}” is not in the English, medical or drug dictionaries; check the spelling, or add the word to .medlint-dictionary',
  name: '“{word}” is not in the dictionaries; if it is a name, add it to .medlint-dictionary',
  rareTerm: '“{word}” is not in the dictionaries and no known word is one letter away; if it is a correct technical term, add it to .medlint-dictionary',
  confusable: '“{word}” is spelled right, but the context suggests “{suggestion}” was meant',
  otherLocale: '“{word}” is the other English spelling; the spelling locale is {locale}',
  runTogether: '“{word}” runs two words together; insert a space',
  strayDigit: '“{word}” has a stray “{digit}”; check the word',
  splitWord: '“{word}” looks like one word split in two; write “{suggestion}”',
  apostrophe: '“{word}” uses “{mark}” as an apostrophe; use an apostrophe',
};

type SpellingContext = RuleContext<SpellingOptions, keyof typeof MESSAGES>;

export default defineRule({
  meta: {
    id: 'spelling',
    description: 'Flag misspelled words, drug names included, and real words that the medical context shows to be slips, such as rain for brain',
    defaultSeverity: 'warning',
    fixable: 'fix',
    messages: MESSAGES,
    schema: {
      type: 'object',
      properties: {
        locale: { type: 'string', enum: ['en-US', 'en-GB'], description: 'The English dictionary: en-US (dictionary-en) or en-GB (dictionary-en-gb); the config\'s locale, else en-US, when absent' },
        words: { type: 'array', items: { type: 'string' }, description: 'Project words that are spelled correctly (names, products); a .medlint-dictionary file in the working directory adds to them' },
      },
      additionalProperties: false,
    },
    defaultOptions: { words: [] } as SpellingOptions,
    references: [
      { title: 'FDA, Medication Errors Related to CDER-Regulated Drug Products (name confusion)', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/medication-errors-related-cder-regulated-drug-products' },
      { title: 'ISMP List of Confused Drug Names', url: 'https://www.ismp.org/recommendations/confused-drug-names-list' },
    ],
  },
  check(given) {
    const context = withFileWords(given);
    const state = stateFor(context.options, context.settings);
    const names = namesOf(state, context.document.sentences);
    const { text } = context.document;
    const curly = text.includes('’');
    const known = (lower: string): boolean => knownForm(state.checker, lower);
    for (const sentence of context.document.sentences) {
      const covered = new Set<number>();
      const cues: SentenceCues = {};
      for (const slip of boundarySlips(text, sentence, known, curly, state.inside)) {
        for (const i of slip.words) covered.add(i);
        context.report({ messageId: slip.messageId, data: slip.data, start: slip.start, end: slip.end, suggestions: slip.suggestions, ...(slip.fix ? { fix: slip.fix } : {}) });
      }
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        // Safe: i is within bounds.
        if (words[i]!.kind === 'word' && !covered.has(i)) checkWord(context, state, names, sentence, i, cues);
      }
    }
  },
});
