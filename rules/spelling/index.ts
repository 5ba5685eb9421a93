// Why: a misspelled drug name ("etamine") or a real word in the wrong place ("receptors in the rain") costs medical copy its credibility and can misname a medicine.
import type { RuleContext, RuleModule, Sentence } from '../../src/types.js';
import { docsUrl } from '../../src/util/docs-url.js';
import data from './data.json' with { type: 'json' };
import drugs from './drugs.json' with { type: 'json' };
import { makeChecker, suggest, type Checker, type Locale, type Suggestion } from './lexicon.js';

/** Options of the spelling rule. */
export interface SpellingOptions {
  /** `en-US` (dictionary-en) or `en-GB` (dictionary-en-gb). */
  readonly locale: string;
  /** Project words (names, products) that are spelled correctly; `.medlint-dictionary` adds to them. */
  readonly words: readonly string[];
}

/** A real-word confusion and the context that reveals it (data.json). */
interface Confusable {
  readonly word: string;
  readonly suggest: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly sentence?: readonly string[];
  readonly unless?: readonly string[];
}

const CONFUSABLES = new Map((data.confusables as readonly Confusable[]).map((c) => [c.word, c]));
/** Brand names keep their capitals in suggestions ("spravato" is shown as "Spravato"). */
const BRANDS = new Map(drugs.brand.map((b) => [b.toLowerCase(), b]));

/** What a word is: known, or unknown with its suggestions. Cached per distinct text, per checker. */
interface Verdict {
  /** Unknown parts (a hyphenated word is checked part by part), as offsets into the word. */
  readonly unknown: readonly { readonly from: number; readonly to: number; readonly suggestions: readonly Suggestion[] }[];
}

/** One checker and one verdict cache per options value: the engine passes the same options object for every file of a run. */
const checkers = new WeakMap<object, { readonly checker: Checker; readonly verdicts: Map<string, Verdict> }>();

function stateFor(options: SpellingOptions): { readonly checker: Checker; readonly verdicts: Map<string, Verdict> } {
  let state = checkers.get(options);
  if (!state) {
    const extra = new Set([...data.words, ...options.words].map((w) => normal(w)));
    const preferred = new Set([...options.words, ...drugs.generic, ...drugs.brand].map((w) => normal(w)));
    state = { checker: makeChecker(options.locale as Locale, extra, preferred), verdicts: new Map() };
    checkers.set(options, state);
  }
  return state;
}

function normal(text: string): string {
  return text.toLowerCase().replaceAll('’', "'");
}

/** Words a dictionary cannot judge: abbreviations, mixed-case brands, codes with digits, hashtags, initialisms with dots. */
function skipped(text: string): boolean {
  if (text.length < 2 || /[\d.#_]/.test(text)) return true;
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
  return false;
}

function judge(state: { readonly checker: Checker; readonly verdicts: Map<string, Verdict> }, text: string): Verdict {
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

/** The confusion this word makes in its sentence, if the context reveals one. */
function confusion(sentence: Sentence, i: number): Confusable | undefined {
  // Safe: the caller passes an index within the sentence's words.
  const word = sentence.words[i]!;
  const entry = CONFUSABLES.get(word.key);
  if (!entry) return undefined;
  const prev = i > 0 && word.gap === '' ? sentence.words[i - 1]?.key : undefined;
  const nextWord = sentence.words[i + 1];
  const next = nextWord && nextWord.gap === '' ? nextWord.key : undefined;
  const keys = sentence.words.map((w) => w.key);
  if (startsWithAny(keys, entry.unless)) return undefined;
  const hit = (prev !== undefined && entry.before?.includes(prev) === true) || (next !== undefined && entry.after?.includes(next) === true) || startsWithAny(keys, entry.sentence);
  return hit ? entry : undefined;
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

/** Unknown words the document writes as names somewhere, lower-cased: "nao" is then the name written carelessly. */
function namesOf(state: ReturnType<typeof stateFor>, sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const [i, word] of sentence.words.entries()) {
      if (word.kind !== 'word' || !/^\p{Lu}/u.test(word.text)) continue;
      for (const part of judge(state, word.text).unknown) {
        if (nameLike(i, word.text, part.from)) names.add(normal(word.text.slice(part.from, part.to)));
      }
    }
  }
  return names;
}

/** Unknown words this long with no suggestion are reported at info (see checkWord). */
const RARE_TERM_LENGTH = 8;

function checkWord(context: RuleContext<SpellingOptions>, state: ReturnType<typeof stateFor>, names: ReadonlySet<string>, sentence: Sentence, i: number): void {
  // Safe: the caller passes an index within the sentence's words.
  const word = sentence.words[i]!;
  const confused = confusion(sentence, i);
  if (confused) {
    context.report({ messageId: 'confusable', data: { word: word.text, suggestion: confused.suggest }, start: word.start, end: word.end, suggestions: [cased(word.text, confused.suggest)] });
    return;
  }
  if (/^\p{Lu}/u.test(word.text) && author(sentence, i)) return;
  for (const part of judge(state, word.text).unknown) {
    const text = word.text.slice(part.from, part.to);
    const start = word.start + part.from;
    const end = word.start + part.to;
    const suggestions = part.suggestions.slice(0, 3).map((s) => cased(text, s.word));
    if (nameLike(i, word.text, part.from) || names.has(normal(text))) {
      context.report({ messageId: 'name', data: { word: text }, start, end, severity: 'info', ...(suggestions.length > 0 ? { suggestions } : {}) });
      continue;
    }
    // A long word that no known word is one edit from is far more often a rare correct term
    // ("podoconiosis", "myofibroblastoma") than a slip: one slip leaves the intended word one
    // edit away, and that word would be suggested. Reported, but at info.
    if (suggestions.length === 0 && text.length >= RARE_TERM_LENGTH) {
      context.report({ messageId: 'rareTerm', data: { word: text }, start, end, severity: 'info' });
      continue;
    }
    const fix = safeFix(part.suggestions);
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

const rule: RuleModule<SpellingOptions> = {
  meta: {
    id: 'spelling',
    description: 'Flag misspelled words, drug names included, and real words that the medical context shows to be slips, such as rain for brain',
    docsUrl: docsUrl('spelling'),
    defaultSeverity: 'warning',
    fixable: 'fix',
    messages: {
      unknown: '“{word}” is not in the English, medical or drug dictionaries; check the spelling',
      unknownNoSuggestion: '“{word}” is not in the English, medical or drug dictionaries; check the spelling, or add the word to .medlint-dictionary',
      name: '“{word}” is not in the dictionaries; if it is a name, add it to .medlint-dictionary',
      rareTerm: '“{word}” is not in the dictionaries and no known word is one letter away; if it is a correct technical term, add it to .medlint-dictionary',
      confusable: '“{word}” is a word, but the context suggests “{suggestion}” was meant',
    },
    schema: {
      type: 'object',
      properties: {
        locale: { type: 'string', enum: ['en-US', 'en-GB'], description: 'The English dictionary: en-US (dictionary-en) or en-GB (dictionary-en-gb)' },
        words: { type: 'array', items: { type: 'string' }, description: 'Project words that are spelled correctly (names, products); a .medlint-dictionary file in the working directory adds to them' },
      },
      additionalProperties: false,
    },
    defaultOptions: { locale: 'en-US', words: [] },
    references: [
      { title: 'FDA, Medication Errors Related to CDER-Regulated Drug Products (name confusion)', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/medication-errors-related-cder-regulated-drug-products' },
      { title: 'ISMP List of Confused Drug Names', url: 'https://www.ismp.org/recommendations/confused-drug-names-list' },
    ],
  },
  check(context) {
    const state = stateFor(context.options);
    const names = namesOf(state, context.document.sentences);
    for (const sentence of context.document.sentences) {
      for (const [i, word] of sentence.words.entries()) {
        if (word.kind === 'word') checkWord(context, state, names, sentence, i);
      }
    }
  },
};

export default rule;
