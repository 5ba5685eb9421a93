// Why: agreement slips ("one of the main hypothesis", "91% patients"), wrong participles ("can be ran") and stray capitals make medical copy read as careless, and a reader then doubts its claims too.
import type { RuleContext, Sentence, Word } from '../../src/types.js';
import { defineRule, NO_OPTIONS } from '../../src/util/rule.js';
import { ValuesByKey } from '../../src/util/by-key.js';
import data from './data.json' with { type: 'json' };

/*
 * Why rules of our own and not a grammar checker: harper.js (Apache-2.0, WebAssembly) was
 * measured on ../shared/corpus with its spelling lints off. All its other lints found 13 of 56
 * grammar labels at a precision of 0.15 (36 of 242 findings on a labelled quote); the eleven of
 * its lints that found anything right, alone, found 5 at 0.18. It took 1.3 s to load and 10 s
 * to lint the corpus's 185 KB (4 s with the eleven lints): about 55 ms per KB against medlint's
 * whole run of 2.6 s, so the 2,000-article benchmark would take minutes, far outside the budget of
 * ../shared/performance.md, and its API is asynchronous where a rule's check is synchronous.
 * These checks are patterns over the engine's words, each with no grammatical reading.
 */

const PEOPLE = new Set(data.people);
const QUANTIFIERS = new Set(data.quantifiers);
const DEMONSTRATIVES = new Set(data.demonstratives);
const PARTICIPLES = new Map(Object.entries(data.participles));
const AUXILIARIES = new Set(data.auxiliaries);
const ADVERBS = new Set(data.adverbs);
const CAPITAL_WORDS = new Set(data.capitalWords);
const ACRONYMS = new Set(data.acronyms);
/** The title-case initialisms already reported, per document. */
const ACRONYMS_SEEN = new WeakMap<object, Set<string>>();
const PRONOUNS = new Set(data.pronouns);
const FRACTION_NUMBERS = new Set(data.fractionNumbers);
const FRACTIONS = new Set(data.fractions);
const SINGULAR_HEADS = new Set(data.singularHeads);
const PLURAL_VERBS = new Set(data.pluralVerbs);
const PLURAL_HEADS = new Set(data.pluralHeads);
const SINGULAR_VERBS = new Set(data.singularVerbs);
const SUBJECT_STOPS = new Set(data.subjectStops);
const COUNT_QUANTIFIERS = new Set(data.countQuantifiers);
const IRREGULAR_PLURALS = new Set(data.irregularPlurals);
const MASS_NOUNS = new Set(data.massNouns);
const LIST_ENDS = new Set(data.listEnds);
const COMPARATIVES = new Set(data.comparatives);
const BECAUSE_NEXT = new Set(data.becauseNext);
const MODALS = new Set(data.modals);
const PLURAL_MASS = new Set(data.pluralMass);
const PLURAL_MASS_AFTER = new Set(data.pluralMassAfter);
const LIST_VERBS = new Set(data.listVerbs);
/** Determiners after which "one of the" looks for its noun. */
const OF_DETERMINERS = new Set(['the', 'our', 'my', 'your', 'its', 'their', 'these', 'those', 'his', 'her']);
/** Words after which a noun of "one of the …" ends: punctuation aside, a relative, verb or preposition. */
const NOUN_ENDS = new Set(['that', 'which', 'who', 'is', 'was', 'in', 'for', 'of', 'to', 'and', 'or', 'with', 'on', 'at', 'by', 'from', 'we', 'you', 'they', 'has', 'have', 'can', 'will', 'may', 'used', 'known']);
/** Words that "one of the" takes without a plural: ordinals, superlatives used as nouns, quantifiers. */
const ONE_OF_EXCEPTIONS = new Set(['first', 'second', 'third', 'last', 'best', 'few', 'many', 'most', 'top', 'same', 'following', 'latter', 'former', 'other', 'two', 'three', 'four', 'five', 'only', 'main', 'key', 'lot']);

/** Words after which a clause, and so its subject, starts. */
const CLAUSE_STARTS = new Set(['that', 'and', 'but', 'while', 'because', 'although', 'though', 'since', 'where', 'when', 'whereas', 'so', 'yet']);

/** What the checks learn about a sentence once, for every word of it: a long sentence must not be rescanned per word. */
interface SentenceState {
  title?: boolean;
}

type Check = (context: RuleContext<Record<string, never>>, sentence: Sentence, i: number, state: SentenceState) => boolean;

/** The word at i, if it is a word directly after the previous one (only spaces between). */
function next(sentence: Sentence, i: number): Word | undefined {
  const w = sentence.words[i];
  return w && w.gap === '' ? w : undefined;
}

function plural(noun: string): string {
  if (noun.endsWith('sis')) return `${noun.slice(0, -3)}ses`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** "91% patients": a percentage needs "of" before the group it counts. */
const percentOf: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const n = next(sentence, i + 1);
  if (!w || !n || !(w.kind === 'percent' || (w.key === 'percent' && sentence.words[i - 1]?.kind === 'number')) || !PEOPLE.has(n.key)) return false;
  context.report({ messageId: 'percentOf', data: { text: `${w.text} ${n.text}` }, start: w.start, end: n.end, suggestions: [`${w.text} of ${n.text}`] });
  return true;
};

/** "one of the main hypothesis": the noun after "one of the" is plural. */
const oneOfSingular: Check = (context, sentence, i) => {
  const words = sentence.words;
  if (words[i]?.key !== 'one' || next(sentence, i + 1)?.key !== 'of' || !OF_DETERMINERS.has(next(sentence, i + 2)?.key ?? '')) return false;
  for (let k = i + 3; k < Math.min(words.length, i + 7); k++) {
    const w = next(sentence, k);
    if (!w || !/^\p{Ll}+$/u.test(w.text)) return false;
    const after = words[k + 1];
    const ends = !after || after.gap !== '' || NOUN_ENDS.has(after.key);
    const singularS = /(sis|us|ss)$/.test(w.key);
    if (w.key.endsWith('s') && !singularS) return false;
    if (!ends) continue;
    if (ONE_OF_EXCEPTIONS.has(w.key) || IRREGULAR_PLURALS.has(w.key) || /(est|ly|ing|ed|ic|al|ive|ous|ful|able)$/.test(w.key)) return false;
    context.report({ messageId: 'oneOfSingular', data: { noun: w.text, plural: plural(w.key) }, start: w.start, end: w.end, suggestions: [plural(w.key)] });
    return true;
  }
  return false;
};

/** "many these products": a quantifier before a demonstrative needs "of". */
const quantifierOf: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const n = next(sentence, i + 1);
  if (!w || !n || !QUANTIFIERS.has(w.key) || !DEMONSTRATIVES.has(n.key)) return false;
  // "one these" is rare and "none these" archaic; "each these" and "some those" are slips either way.
  context.report({ messageId: 'quantifierOf', data: { text: `${w.text} ${n.text}` }, start: w.start, end: n.end, suggestions: [`${w.text} of ${n.text}`] });
  return true;
};

/** "has shown to reduce": the passive needs "been". */
const shownTo: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const shown = next(sentence, i + 1);
  const to = next(sentence, i + 2);
  const verb = next(sentence, i + 3);
  if (!w || !shown || !to || !verb || !['has', 'have', 'had'].includes(w.key) || shown.key !== 'shown' || to.key !== 'to') return false;
  if (!/^\p{Ll}+$/u.test(verb.text) || ['the', 'a', 'an', 'patients', 'people', 'his', 'her', 'their', 'our', 'your', 'me', 'us', 'them', 'him', 'everyone', 'others'].includes(verb.key)) return false;
  context.report({ messageId: 'shownTo', data: { text: `${w.text} ${shown.text} to` }, start: w.start, end: to.end, suggestions: [`${w.text} been shown to`] });
  return true;
};

/** "can be ran", "has went": a simple past where the past participle belongs. */
const participle: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  if (!w || !AUXILIARIES.has(w.key)) return false;
  let k = i + 1;
  if (ADVERBS.has(next(sentence, k)?.key ?? '')) k++;
  const verb = next(sentence, k);
  const right = verb ? PARTICIPLES.get(verb.key) : undefined;
  if (!verb || !right || !/^\p{Ll}+$/u.test(verb.text)) return false;
  context.report({ messageId: 'participle', data: { verb: verb.text, participle: right }, start: verb.start, end: verb.end, suggestions: [right] });
  return true;
};

/** True when most longer words of the sentence are capitalized: a title or a heading run into the text. */
function titleCase(sentence: Sentence): boolean {
  const long = sentence.words.filter((w) => w.kind === 'word' && w.text.length >= 4);
  const capitalized = long.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return long.length === 0 || capitalized * 2 >= long.length;
}

/** "Use of Cbd oil", "Adhd symptoms": an initialism written in title case. */
const acronymCase: Check = (context, sentence, i) => {
  // Safe: i is within bounds.
  const w = sentence.words[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
  // Once per spelling and document: a page that writes "Cbd" writes it throughout, and one finding says so.
  let seen = ACRONYMS_SEEN.get(context.document);
  if (!seen) ACRONYMS_SEEN.set(context.document, (seen = new Set()));
  if (seen.has(w.text)) return true;
  seen.add(w.text);
  context.report({ messageId: 'acronymCase', data: { word: w.text, upper: w.text.toUpperCase() }, start: w.start, end: w.end, suggestions: [w.text.toUpperCase()] });
  return true;
};

/** Nouns that a capital letter after them names a kind of ("vitamin A", "hepatitis A", "botulinum toxin type A"). */
const LETTER_KINDS = new Set(['vitamin', 'hepatitis', 'type', 'group', 'class', 'grade', 'plan', 'schedule', 'category', 'phase', 'stage', 'influenza', 'flu', 'strep', 'part', 'section', 'level', 'list', 'factor', 'protein', 'complex', 'blood', 'zone', 'option', 'exhibit', 'appendix', 'table', 'figure', 'kinase', 'coenzyme']);

/** "Botox Is a type", "alone, It is seen": a function word capitalized inside a sentence. */
const capitalInside: Check = (context, sentence, i, state) => {
  const w = sentence.words[i];
  const n = sentence.words[i + 1];
  // An ASCII capital first: this runs on the commonest words ("the", "of", "and").
  const first = w?.text.charCodeAt(0) ?? 0;
  if (i === 0 || !w || first < 65 || first > 90 || !/^\p{Lu}\p{Ll}*$/u.test(w.text) || !CAPITAL_WORDS.has(w.key) || (w.gap !== '' && w.gap !== ',')) return false;
  // A capital after it makes a name ("by The Joint Commission"); the end of the sentence, a title.
  if (!n || !/^\p{Ll}/u.test(n.text) || sentence.block.kind === 'heading') return false;
  state.title ??= titleCase(sentence);
  if (state.title) return false;
  const prev = sentence.words[i - 1];
  // Only spaces or a comma before it: after "mg." or a quotation mark a capital can start a sentence.
  if (!prev || !/^,?\s+$/.test(context.document.text.slice(prev.end, w.start))) return false;
  // "The It is": the article before the pronoun is reported instead (determinerPronoun).
  if (['the', 'a', 'an'].includes(prev.key) && PRONOUNS.has(w.key)) return false;
  // "vitamin A", "hepatitis A", "type A": a letter that names a kind, not the article.
  if (w.key === 'a' && LETTER_KINDS.has(prev.key)) return false;
  context.report({ messageId: 'capitalInside', data: { word: w.text }, start: w.start, end: w.end, suggestions: [w.text.toLowerCase()] });
  return true;
};

/** "The It is": a determiner before a pronoun. */
const determinerPronoun: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const n = next(sentence, i + 1);
  // Initialisms are not pronouns: "the US", "the U.S." ("I" is left out for "the I-band").
  if (!w || !n || !['the', 'a', 'an'].includes(w.key) || !PRONOUNS.has(n.key) || !/^\p{Lu}?\p{Ll}+$/u.test(n.text)) return false;
  context.report({ messageId: 'determinerPronoun', data: { text: `${w.text} ${n.text}` }, start: w.start, end: n.end, suggestions: [n.text] });
  return true;
};

/** "two-third": a fraction above one takes a plural. */
const fraction: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  if (!w) return false;
  // Cheap tests first: this runs on every word.
  const dash = Math.max(w.text.indexOf('-'), w.text.indexOf('‐'));
  if (dash < 3 || !FRACTION_NUMBERS.has(w.text.slice(0, dash).toLowerCase())) return false;
  const m = /^(\p{L}+)[-‐](\p{L}+)$/u.exec(w.text);
  if (!m || !FRACTION_NUMBERS.has((m[1] ?? '').toLowerCase()) || !FRACTIONS.has((m[2] ?? '').toLowerCase())) return false;
  const right = `${w.text}s`;
  context.report({ messageId: 'fraction', data: { text: w.text, plural: right }, start: w.start, end: w.end, suggestions: [right] });
  return true;
};

/** The index of the first verb-like word after a subject that starts at `from`, within five words, or -1. */
function verbAfter(sentence: Sentence, from: number, verbs: ReadonlySet<string>): number {
  for (let k = from; k < Math.min(sentence.words.length, from + 6); k++) {
    const w = sentence.words[k];
    if (!w || w.gap !== '') return -1;
    if (verbs.has(w.key)) return k;
    if (SUBJECT_STOPS.has(w.key)) return -1;
  }
  return -1;
}

/** "the incidence of adverse reactions appear", "the criteria for colic is": the verb agrees with the head noun. */
const agreement: Check = (context, sentence, i) => {
  const det = sentence.words[i];
  const head = next(sentence, i + 1);
  const of = next(sentence, i + 2);
  if (!det || !head || !of || !['the', 'this', 'its', 'their', 'a'].includes(det.key)) return false;
  // The subject of a clause: first in the sentence or after a comma or conjunction, not the object of a preposition ("studies on the use of X were").
  const before = sentence.words[i - 1];
  if (before && det.gap !== ',' && !CLAUSE_STARTS.has(before.key)) return false;
  const singular = SINGULAR_HEADS.has(head.key);
  const pluralHead = PLURAL_HEADS.has(head.key);
  if (!singular && !pluralHead) return false;
  if (of.key !== 'of' && !(pluralHead && of.key === 'for')) return false;
  // "of" needs a noun after it; the verb must follow that noun phrase with nothing but words between.
  const k = verbAfter(sentence, i + 4, singular ? PLURAL_VERBS : SINGULAR_VERBS);
  const verb = k >= 0 ? sentence.words[k] : undefined;
  if (!verb) return false;
  context.report({ messageId: 'agreement', data: { head: head.text, verb: verb.text }, start: head.start, end: verb.end });
  return true;
};

/** "various illness like": a count quantifier before a singular noun. */
const countSingular: Check = (context, sentence, i) => {
  const q = sentence.words[i];
  const noun = next(sentence, i + 1);
  if (!q || !noun || !COUNT_QUANTIFIERS.has(q.key) || !/^\p{Ll}{3,}$/u.test(noun.text)) return false;
  const after = sentence.words[i + 2];
  if (after && after.gap === '' && !LIST_ENDS.has(after.key)) return false;
  if (/((?<!s)s|ly|ing|ed|al|ic|ive|ous|ful|less|able|ible|er|est)$/.test(noun.key) || IRREGULAR_PLURALS.has(noun.key) || MASS_NOUNS.has(noun.key)) return false;
  context.report({ messageId: 'countSingular', data: { quantifier: q.text, noun: noun.text, plural: plural(noun.key) }, start: q.start, end: noun.end, suggestions: [`${q.text} ${plural(noun.key)}`] });
  return true;
};

/** "a superior intervention than": superior and inferior take "to". */
const superiorThan: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  if (!w || !COMPARATIVES.has(w.key) || sentence.words[i - 1]?.key === 'more') return false;
  for (let k = i + 1; k < Math.min(sentence.words.length, i + 5); k++) {
    const t = sentence.words[k];
    if (!t || t.gap !== '') return false;
    if (t.key === 'than') {
      context.report({ messageId: 'superiorThan', data: { word: w.text }, start: w.start, end: t.end, suggestions: [`${context.document.text.slice(w.start, t.start)}to`] });
      return true;
    }
    if (t.key === 'to') return false;
  }
  return false;
};

/** "because, the laser": no comma between "because" and its clause. */
const becauseComma: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const n = sentence.words[i + 1];
  if (!w || !n || w.key !== 'because' || n.gap !== ',' || !BECAUSE_NEXT.has(n.key)) return false;
  context.report({ messageId: 'becauseComma', start: w.start, end: n.end, suggestions: [`${w.text} ${n.text}`] });
  return true;
};

/** "the answer would yes": a modal needs a verb before yes or no. */
const modalYes: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const n = next(sentence, i + 1);
  if (!w || !n || !MODALS.has(w.key) || !['yes', 'no'].includes(n.key)) return false;
  const after = sentence.words[i + 2];
  // "may no longer" is fine.
  if (after && after.gap === '' && n.key === 'no') return false;
  context.report({ messageId: 'modalYes', data: { text: `${w.text} ${n.text}` }, start: w.start, end: n.end, suggestions: [`${w.text} be ${n.text}`] });
  return true;
};

/** "Researches, studies and experiments": a mass noun in the plural. */
const pluralMass: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  if (!w || !PLURAL_MASS.has(w.key)) return false;
  const prev = sentence.words[i - 1];
  const n = sentence.words[i + 1];
  const verbUse = w.key === 'researches' || w.key === 'evidences';
  // As a verb ("she researches", "which evidences") these are fine: only where a noun must stand.
  const nounSlot = i === 0 || (prev !== undefined && w.gap === '' && PLURAL_MASS_AFTER.has(prev.key)) || (n !== undefined && n.gap === ',');
  if (verbUse && !nounSlot) return false;
  const fixed = w.key === 'researches' ? 'research' : w.key.slice(0, -1);
  context.report({ messageId: 'pluralMass', data: { word: w.text, singular: fixed }, start: w.start, end: w.end, suggestions: [fixed] });
  return true;
};

/** "endocrine diseases, endocrine diseases": a list item written twice in a row. */
const repeatedItem: Check = (context, sentence, i) => {
  const words = sentence.words;
  for (let n = 4; n >= 2; n--) {
    const second = i + n;
    if (second + n > words.length || words[second]?.gap !== ',') continue;
    let same = true;
    for (let j = 0; j < n && same; j++) {
      const a = words[i + j];
      const b = words[second + j];
      same = a !== undefined && b !== undefined && a.kind === 'word' && a.key === b.key && (j === 0 || (a.gap === '' && b.gap === ''));
    }
    if (i > 0 && words[i]?.gap !== ',' && words[i]?.gap !== '') same = false;
    if (!same) continue;
    // Safe: the loop above proved both runs are within the sentence.
    const start = words[second]!.start;
    const end = words[second + n - 1]!.end;
    const text = context.document.text.slice(start, end);
    context.report({ messageId: 'repeatedItem', data: { text }, start: words[i + n - 1]!.end, end });
    return true;
  }
  return false;
};

/** "; to increase": a semicolon joins two clauses, and an infinitive after it is a fragment. */
const semicolonTo: Check = (context, sentence, i) => {
  const w = sentence.words[i];
  const verb = next(sentence, i + 1);
  if (!w || !verb || w.key !== 'to' || w.gap !== ';' || !/^\p{Ll}+$/u.test(w.text) || !/^\p{Ll}+$/u.test(verb.text)) return false;
  context.report({ messageId: 'semicolonTo', start: w.start, end: verb.end });
  return true;
};

/** The base form of a series verb, and whether it was written with -s, or undefined for another word. */
function seriesVerb(key: string): SeriesVerb | undefined {
  let verb = SERIES_VERBS.get(key);
  if (verb === undefined) {
    verb = seriesVerbOf(key) ?? null;
    if (SERIES_VERBS.size > 100_000) SERIES_VERBS.clear();
    SERIES_VERBS.set(key, verb);
  }
  return verb ?? undefined;
}

interface SeriesVerb {
  readonly base: string;
  readonly s: boolean;
}

/** seriesVerb's answers by word key (null: not a series verb): asked about the words of every sentence, answered once per key. */
const SERIES_VERBS = new Map<string, SeriesVerb | null>();

function seriesVerbOf(key: string): SeriesVerb | undefined {
  if (LIST_VERBS.has(key)) return { base: key, s: false };
  for (const base of [key.slice(0, -1), key.slice(0, -2)]) if (key.endsWith('s') && LIST_VERBS.has(base) && (base === key.slice(0, -1) || /(s|x|z|ch|sh|o)$/.test(base))) return { base, s: true };
  return undefined;
}

/** Words after which a base form is an infinitive or follows a modal, not a finite verb of a series. */
const INFINITIVE_MARKERS = new Set(['to', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'help', 'helps', 'helped', 'let', 'lets', 'make', 'makes', 'does', 'do', 'did', 'not', 'and', 'or']);

/**
 * "reduces blood sugar, decrease cholesterol and protects the heart": the verbs that start the
 * items of one series take the same form. The minority form is reported (the later one on a tie).
 * Runs once per sentence.
 */
/** Words after which a series verb with -s is a noun ("increases in", "boosts of"). */
const NOUN_AFTER = new Set(['in', 'of', 'and', 'or']);

const seriesAgreement: Check = (context, sentence) => {
  const words = sentence.words;
  // Made at a sentence's first series verb only (most sentences have none).
  let items: { readonly word: Word; readonly s: boolean }[] | undefined;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const prev = words[k - 1];
    if (!w || !prev) continue;
    const starts = w.gap === ',' || (w.gap === '' && (prev.key === 'and' || prev.key === 'or') && prev.gap === ',');
    const form = starts ? seriesVerb(w.key) : undefined;
    if (!form || !/^\p{Ll}+$/u.test(w.text)) continue;
    const after = words[k + 1];
    // "increases in", "boosts of": nouns, not verbs.
    if (form.s && after && NOUN_AFTER.has(after.key)) continue;
    (items ??= []).push({ word: w, s: form.s });
  }
  const withS = items ? items.filter((x) => x.s).length : 0;
  if (items && withS > 0 && withS < items.length) {
    // A series of infinitives after a modal or "help": its items are base forms by right.
    const infinitives = words.some((w, k) => w.gap === '' && seriesVerb(w.key)?.s === false && INFINITIVE_MARKERS.has(words[k - 1]?.key ?? ''));
    const without = items.length - withS;
    // Safe: items is not empty here.
    const flagS = withS !== without ? withS < without : infinitives || items[items.length - 1]!.s;
    const odd = items.filter((x) => x.s === flagS);
    // Only a single outlier is reported: two or more may be a second series.
    if (odd.length === 1 && odd[0]) {
      context.report({ messageId: 'seriesAgreement', data: { verb: odd[0].word.text }, start: odd[0].word.start, end: odd[0].word.end });
      return false;
    }
  }
  // "it helps improve sleep and help reverse ageing": the same verb, with -s and then without it after "and".
  for (let k = 2; k < words.length; k++) {
    const w = words[k];
    const and = words[k - 1];
    if (!w || !and || w.gap !== '' || and.key !== 'and' || and.gap !== '' || !LIST_VERBS.has(w.key)) continue;
    const earlier = words.slice(Math.max(0, k - 14), k - 1).find((x) => seriesVerb(x.key)?.s === true && seriesVerb(x.key)?.base === w.key);
    if (earlier) {
      context.report({ messageId: 'seriesAgreement', data: { verb: w.text }, start: w.start, end: w.end });
      return false;
    }
  }
  return false;
};

/**
 * The checks that start at a word, by the word's key, each list in the order the checks claim a
 * word (the first that reports wins). Indexing by key keeps the cost per word to one lookup:
 * running every check on every word cost as much as the spelling rule.
 */
const BY_KEY = new Map<string, Check[]>();
function on(keys: Iterable<string>, check: Check): void {
  for (const key of keys) {
    const list = BY_KEY.get(key);
    if (list) list.push(check);
    else BY_KEY.set(key, [check]);
  }
}
on(['to'], semicolonTo);
on(['percent'], percentOf);
on(['one'], oneOfSingular);
on(QUANTIFIERS, quantifierOf);
on(['has', 'have', 'had'], shownTo);
on(AUXILIARIES, participle);
on(['the', 'a', 'an'], determinerPronoun);
on(CAPITAL_WORDS, capitalInside);
on(ACRONYMS, acronymCase);
on(['the', 'this', 'its', 'their', 'a'], agreement);
on(COUNT_QUANTIFIERS, countSingular);
on(COMPARATIVES, superiorThan);
on(['because'], becauseComma);
on(MODALS, modalYes);
on(PLURAL_MASS, pluralMass);

/** BY_KEY, complete, read by word-key id (one array read a word). */
const CHECKS_OF_KEY = new ValuesByKey<readonly Check[]>(BY_KEY);

const rule = defineRule({
  meta: {
    id: 'grammar',
    description: 'Flag grammar slips a copy editor would fix: agreement and number, wrong participles, a missing of, and capitals inside a sentence',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      percentOf: '“{text}” needs “of” after the percentage',
      oneOfSingular: '“one of the …” takes a plural noun; write “{plural}” for “{noun}”',
      quantifierOf: '“{text}” needs “of” before the demonstrative',
      shownTo: '“{text}” needs “been”: write “has been shown to”',
      participle: '“{verb}” is the simple past; after this auxiliary write the participle “{participle}”',
      capitalInside: '“{word}” is capitalized inside a sentence; use lower case',
      acronymCase: '“{word}” is an initialism; write it in capitals, “{upper}”, here and wherever else the page writes it so',
      determinerPronoun: '“{text}” puts an article before a pronoun; delete one of them',
      fraction: '“{text}” is more than one part; write “{plural}”',
      agreement: '“{verb}” does not agree with “{head}”, the head of the subject; check the verb',
      countSingular: '“{quantifier}” counts: write “{plural}” for “{noun}”',
      superiorThan: '“{word}” takes “to”, not “than”',
      becauseComma: 'No comma after “because” before its clause',
      modalYes: '“{text}” lacks a verb; write “be” after the modal',
      pluralMass: '“{word}” is a mass noun with no plural in standard English; write “{singular}”',
      repeatedItem: 'The list item “{text}” is repeated; delete one',
      semicolonTo: 'A semicolon joins two clauses; before “to” use a comma, or complete the clause',
      seriesAgreement: '“{verb}” does not match the form of the other verbs in this series; make them agree',
      strayQuote: 'This closing quotation mark has no opening one in the paragraph',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: NO_OPTIONS,
    references: [
      { title: 'Merriam-Webster, Grammar and usage', url: 'https://www.merriam-webster.com/grammar' },
      { title: 'Cambridge Grammar of English, grammar reference', url: 'https://dictionary.cambridge.org/grammar/british-grammar/' },
      { title: 'AMA Manual of Style, 11th ed., 7.0 Grammar', url: 'https://www.amamanualofstyle.com/' },
    ],
  },
  check(context) {
    const { text } = context.document;
    for (const block of context.document.blocks) {
      // One pass over the block's curly quotes: a closing mark at depth 0 was never opened.
      // The block's own text: a search from its start through the file would rescan the rest of the file for each block.
      const own = text.slice(block.start, block.end);
      if (!own.includes('”')) continue;
      let depth = 0;
      for (const m of own.matchAll(/[“”]/g)) {
        if (m[0] === '“') depth++;
        else if (depth > 0) depth--;
        else {
          context.report({ messageId: 'strayQuote', start: block.start + m.index, end: block.start + m.index + 1 });
          break;
        }
      }
    }
    for (const sentence of context.document.sentences) {
      const state: SentenceState = {};
      seriesAgreement(context, sentence, 0, state);
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        // Safe: i < words.length.
        const word = words[i]!;
        let done = word.kind === 'percent' && percentOf(context, sentence, i, state);
        const keyed = done ? undefined : CHECKS_OF_KEY.get(word);
        if (keyed) for (const check of keyed) if ((done = check(context, sentence, i, state))) break;
        // The key drops hyphens: a shorter key is the cheap sign of a hyphenated word ("two-third").
        if (!done && word.key.length !== word.text.length) done = fraction(context, sentence, i, state);
        // A repeated item starts a run whose copy follows a comma two to four words on.
        if (!done && (words[i + 2]?.gap === ',' || words[i + 3]?.gap === ',' || words[i + 4]?.gap === ',')) repeatedItem(context, sentence, i, state);
      }
    }
  },
});

export default rule;
