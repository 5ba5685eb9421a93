/**
 * Segment: prose blocks -> sentences -> words, each with exact file offsets.
 *
 * Why a tokenizer of our own instead of nlcst (mdast-util-to-nlcst + parse-english):
 * measured on this machine, parse-english costs ~196 ms per MB even when fed one paragraph
 * at a time, about 80% of remark-parse itself (~243 ms/MB), and fed a whole document it
 * grows faster than the input (22 s on a 5 MB file, ../shared/performance.md). medlint's
 * rules need only words with offsets, the punctuation between them, and sentence
 * boundaries; one sticky regular expression over the block's masked text gives those in
 * one linear pass at a small fraction of that cost, and offsets need no mapping back
 * because masking keeps every character where it was.
 */
import { stemmer } from 'stemmer';
import type { Block, Sentence, Word, WordKind } from '../types.js';
import type { ProseBlock } from './parse.js';
import { analyzeSentence } from './context.js';
import { nextKeyEpoch } from '../util/by-key.js';

/**
 * The tokens (see `tokenize`), as one pattern: what the scanner matches, and what the tests
 * compare it with. Word: letters/digits, joined by inner hyphens, apostrophes or dots
 * ("non-addictive", "isn't", "U.S", "3.8"), and by a comma only between digit groups
 * ("3,000"); an optional "$" before it makes an amount, a trailing "%" a percentage. Entity
 * references (&amp;) and everything else that is not a space are single punctuation tokens.
 */
export const TOKEN = /(\$)?(#?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-‐'’.]|,(?=\d{3}(?!\d)))[\p{L}\p{M}\p{N}]+)*)(%)?|(&(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);)|(\S)/gu;

/**
 * Units written against their number ("30lbs", "10kg", "500mg", "24hrs", "10x"): the number and the unit are
 * two words, as when spaced, so "lose 30lbs in 30 days" reads like "lose 30 lbs in 30 days". Lowercase.
 */
const GLUED_UNITS = new Set(['lb', 'lbs', 'kg', 'kgs', 'kilo', 'kilos', 'g', 'mg', 'mcg', 'ml', 'oz', 'iu', 'cc', 'cm', 'mm', 'h', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'x']);

/**
 * Where the number of a number glued to its unit ends ("30lbs" -> 2, "2.5kg" -> 3), or -1 when `word` is not one.
 * The tokenizer splits such a word in two; test/engine/segment.test.ts does the same to TOKEN's matches.
 */
export function gluedUnitAt(word: string): number {
  let i = 0;
  while (i < word.length && isAsciiDigit(word.charCodeAt(i))) i++;
  if (i === 0 || i === word.length) return -1;
  if (word.charCodeAt(i) === 46 /* . */ && isAsciiDigit(word.charCodeAt(i + 1))) {
    i++;
    while (i < word.length && isAsciiDigit(word.charCodeAt(i))) i++;
  }
  return i < word.length && GLUED_UNITS.has(word.slice(i).toLowerCase()) ? i : -1;
}

/** Lowercase words that a following period does not end a sentence after. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'e.g', 'i.e', 'vs', 'al', 'approx', 'fig', 'st', 'jr', 'sr', 'inc', 'ltd', 'no', 'ca', 'cf', 'u.s', 'mg', 'ml']);

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '*', '_']);
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|us|uk|info|health)(?:\/[^\s<>"'“”]*)?/giu;

/** A token of a block: a word or a punctuation mark. */
export interface Token {
  readonly word: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: WordKind;
}

const stemCache = new Map<string, string>();

/** A distinct word text with its key, stem and key id; every word of that text shares the entry's text. */
interface Normalized {
  readonly text: string;
  readonly key: string;
  readonly stem: string;
  readonly id: number;
  /** hashAt of the text. */
  readonly hash: number;
}

/**
 * Key and stem per distinct word text: words repeat, so each is normalized once per process.
 * Every word of a text shares the entry's string: one string whose hash V8 has already
 * computed, so the maps rules keep by word text find it without hashing it again.
 *
 * Written by hand, not a Map from text: a Map needs the word as a string of its own, cut from
 * the block's text and hashed at each word, and that lookup was the costliest line of a corpus
 * run (3% of its CPU, issue 16). This table is probed with a hash of the block's characters where
 * the word stands, and a word whose text was seen before is never cut out at all. Open
 * addressing with linear probing; `slots` holds an entry's index plus one, 0 when empty.
 */
let slots = new Int32Array(1 << 12);
let entries: Normalized[] = [];
/** Distinct texts after which the table starts again (as the Map it replaces did), so a long-running process keeps no unbounded table. */
const MAX_WORD_TEXTS = 200_000;

/** FNV-1a over the UTF-16 code units of text[from, end). */
function hashAt(text: string, from: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = from; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * A word key's or stem's bit among 32 (from a hash of its text), for the filters of the
 * lexicon's trie nodes: a node keeps the bits of its edges' values, and a word whose bit a node
 * lacks has no edge there, without a Map lookup (issue 16).
 */
export function bloomIndex(value: string): number {
  return (hashAt(value, 0, value.length) >>> 27) & 31;
}

/** Whether `word` stands in `text` at `from` (compared here: startsWith's own call cost more than a word's few characters). */
function sameAt(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(from + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The entry of the word text[from, end), made on first sight. */
function internAt(text: string, from: number, end: number): Normalized {
  const hash = hashAt(text, from, end);
  const length = end - from;
  const mask = slots.length - 1;
  let at = hash & mask;
  for (let probes = 0, slot = slots[at]!; slot !== 0 && probes < MAX_PROBES; probes++, slot = slots[at]!) {
    // Safe: a non-zero slot is one plus an index of entries.
    const entry = entries[slot - 1]!;
    if (entry.hash === hash && entry.text.length === length && sameAt(text, from, entry.text)) return entry;
    at = (at + 1) & mask;
  }
  // Not in the table: a word not seen before, or one the overflow map holds.
  const word = from === 0 && end === text.length ? text : text.slice(from, end);
  const kept = overflow.size > 0 ? overflow.get(word) : undefined;
  if (kept) return kept;
  if (entries.length >= MAX_WORD_TEXTS) clearWords();
  const key = wordKey(word);
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size));
  const entry: Normalized = { text: word, key, stem: stemKey(key), id, hash };
  entries.push(entry);
  place(entries.length - 1);
  // At most half full: probes stay short.
  if (2 * entries.length > slots.length) rehash(2 * slots.length);
  return entry;
}

/**
 * Probes a lookup makes at most. Words whose hashes collide, which text can be written to do
 * (the hash is not keyed), would otherwise make every lookup walk all of them, and a file of
 * such words quadratic; past this many probes a word is kept in a Map instead (overflow).
 */
const MAX_PROBES = 32;
let overflow = new Map<string, Normalized>();

/** Puts entries[i] in a free slot within MAX_PROBES of its hash's slot, or in the overflow map. */
function place(i: number): void {
  // Safe: i is within bounds.
  const entry = entries[i]!;
  const mask = slots.length - 1;
  let at = entry.hash & mask;
  for (let probes = 0; probes < MAX_PROBES; probes++, at = (at + 1) & mask) {
    if (slots[at] === 0) {
      slots[at] = i + 1;
      return;
    }
  }
  overflow.set(entry.text, entry);
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  // Safe: i is within bounds. Entries in the overflow map stay there.
  for (let i = 0; i < entries.length; i++) if (overflow.get(entries[i]!.text) !== entries[i]) place(i);
}

function clearWords(): void {
  slots = new Int32Array(1 << 12);
  entries = [];
  overflow = new Map();
}

/** How many word texts the table holds, and how many of them its overflow map does (for tests). */
export function wordTableSize(): { readonly entries: number; readonly overflow: number } {
  return { entries: entries.length, overflow: overflow.size };
}

/**
 * The entries of the word tokens of the block tokenize saw last, by token index (punctuation
 * leaves its index unset): buildSentence reads a word's entry here instead of looking it up again.
 */
const tokenEntries: Normalized[] = [];

/** The id of each distinct word key (Word.id), numbered from 0 in order of first sight. */
const keyIds = new Map<string, number>();
/** Distinct keys after which the ids are numbered again (between documents), so a long-running process keeps no unbounded table. */
const MAX_KEY_IDS = 1 << 20;

/** Normalizes a word for matching: lower case, straight apostrophes, no hyphens or dots. */
export function wordKey(text: string): string {
  // A hashtag is its word ("#anxiety" is "anxiety"); "#1" stays a rank.
  const tag = text.charCodeAt(0) === 35 && /^#\p{L}/u.test(text);
  return (tag ? text.slice(1) : text).toLowerCase().replace(/[’‘]/g, "'").replace(/[-‐.]/g, '');
}

/** The Porter stem of a word key, cached per distinct key. */
export function stemKey(key: string): string {
  let stem = stemCache.get(key);
  if (stem === undefined) {
    stem = /^[a-z']+$/.test(key) ? stemmer(key) : key;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem;
}

/** Cheap test for text that may hold a URL or e-mail address; the full pattern runs only then. */
const MAY_HOLD_URL = /:\/\/|www\.|@|\.(?:com|org|net|gov|edu|io|co|us|uk|info|health)\b/i;

/**
 * Builds the block's text with everything outside its prose ranges (and URLs) blanked out.
 * Bare URLs (not e-mail addresses) are added to the block's citations.
 */
function maskedText(text: string, block: ProseBlock, citations: (readonly [number, number])[]): string {
  const parts: string[] = [];
  let at = block.start;
  for (const [s, e] of block.ranges) {
    if (s > at) parts.push(' '.repeat(s - at));
    parts.push(text.slice(Math.max(s, at), e));
    at = Math.max(at, e);
  }
  let masked = parts.join('');
  if (MAY_HOLD_URL.test(masked)) {
    masked = masked.replace(URL, (m: string, offset: number) => {
      if (!m.includes('@')) citations.push([block.start + offset, block.start + offset + m.length]);
      return ' '.repeat(m.length);
    });
  }
  return masked;
}

/** Character classes of the scanner, per UTF-16 unit of the Basic Multilingual Plane, found on first use. */
const CLASSIFIED = 1;
const SPACE = 2;
/** \p{L} or \p{N}: may start a word. */
const LETTER_OR_NUMBER = 4;
/** \p{L}, \p{M} or \p{N}: may continue a word. */
const WORD_CHAR = 8;
const CLASSES = new Uint8Array(0x10000);
const SPACE_PATTERN = /^\s$/u;
const START_PATTERN = /^[\p{L}\p{N}]$/u;
const CONTINUE_PATTERN = /^[\p{L}\p{M}\p{N}]$/u;

function classify(char: string): number {
  return CLASSIFIED | (SPACE_PATTERN.test(char) ? SPACE : 0) | (START_PATTERN.test(char) ? LETTER_OR_NUMBER : 0) | (CONTINUE_PATTERN.test(char) ? WORD_CHAR : 0);
}

/** The classes of the code point at `i` (a surrogate pair is one code point, a lone surrogate is none of the classes). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    // Astral letters and digits are rare: asked of the pattern each time.
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2));
  }
  if (Number.isNaN(c)) return 0;
  let classes = CLASSES[c]!;
  if (classes === 0) classes = CLASSES[c] = classify(String.fromCharCode(c));
  return classes;
}

/** The UTF-16 length of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The code unit at i, or -1 past the end: `charCodeAt` past the end gives NaN, and the first
 * such read in optimized code discards that code (tokenize and wordEnd reach the end of every
 * block whose last token is a word), so reads that can reach the end go through this.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Past the word characters (\p{L}, \p{M}, \p{N}) from `i`. */
function skipWordChars(text: string, i: number): number {
  while (i < text.length && (classAt(text, i) & WORD_CHAR) !== 0) i += widthAt(text, i);
  return i;
}

/**
 * The end of a word starting at `i` (`#?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*` and joined parts, as in
 * TOKEN), or -1. A joiner (a hyphen, an apostrophe, a period, or a comma before exactly three
 * digits) is part of the word only with a word character after it.
 */
function wordEnd(text: string, i: number): number {
  if (codeAt(text, i) === 35 /* # */) i++;
  if (i >= text.length || (classAt(text, i) & LETTER_OR_NUMBER) === 0) return -1;
  let end = skipWordChars(text, i + widthAt(text, i));
  for (;;) {
    const c = codeAt(text, end);
    // 45 "-", 0x2010 "‐", 39 "'", 0x2019 "’", 46 ".".
    const joiner =
      c === 45 || c === 0x2010 || c === 39 || c === 0x2019 || c === 46
        ? true
        : // 44 ",": only before exactly three digits ("3,000").
          c === 44 && isAsciiDigit(codeAt(text, end + 1)) && isAsciiDigit(codeAt(text, end + 2)) && isAsciiDigit(codeAt(text, end + 3)) && !isAsciiDigit(codeAt(text, end + 4));
    if (!joiner || end + 1 >= text.length || (classAt(text, end + 1) & WORD_CHAR) === 0) return end;
    end = skipWordChars(text, end + 1);
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHex(c: number): boolean {
  return isAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** The end of an entity reference at `i` (`&amp;`, `&#8217;`, `&#x2019;`), or -1. */
function entityEnd(text: string, i: number): number {
  let j = i + 1;
  if (isAsciiLetter(text.charCodeAt(j))) {
    while (isAsciiLetter(text.charCodeAt(j))) j++;
  } else if (text.charCodeAt(j) === 35 /* # */ && isAsciiDigit(text.charCodeAt(j + 1))) {
    j++;
    while (isAsciiDigit(text.charCodeAt(j))) j++;
  } else if (text.charCodeAt(j) === 35 && text.charCodeAt(j + 1) === 120 /* x */ && isHex(text.charCodeAt(j + 2))) {
    j += 2;
    while (isHex(text.charCodeAt(j))) j++;
  } else return -1;
  return text.charCodeAt(j) === 59 /* ; */ ? j + 1 : -1;
}

/**
 * The tokens of a block's masked text: what TOKEN matches, scanned by hand. The pattern's
 * match arrays and captured strings were a tenth of the segmenter's time; the scanner asks the
 * Unicode classes of each character once per process (test/engine/segment.test.ts checks the
 * two agree on random text).
 */
export function tokenize(masked: string, base: number): Token[] {
  const tokens: Token[] = [];
  const n = masked.length;
  let i = 0;
  while (i < n) {
    const classes = classAt(masked, i);
    if ((classes & SPACE) !== 0) {
      i++;
      continue;
    }
    const c = masked.charCodeAt(i);
    const dollar = c === 36 /* $ */ && wordEnd(masked, i + 1) >= 0;
    const from = dollar ? i + 1 : i;
    let end = wordEnd(masked, from);
    if (end >= 0) {
      const percent = codeAt(masked, end) === 37; /* % */
      // The word without its "%": its entry's text, not a string cut out of the block again.
      const entry = internAt(masked, from, end);
      const word = entry.text;
      if (percent) end++;
      const start = base + i;
      const kind: WordKind = dollar ? 'money' : percent ? 'percent' : isAsciiDigit(word.charCodeAt(0)) && /^[\d.,]+(?:[-‐][\d.,]+)?$/.test(word) ? 'number' : 'word';
      if (dollar) tokens.push({ word: false, text: '$', start, end: start + 1, kind: 'word' });
      const unit = kind === 'word' && !percent ? gluedUnitAt(word) : -1;
      if (unit > 0) {
        pushWord(tokens, internAt(masked, from, from + unit), base + from, base + from + unit, 'number');
        pushWord(tokens, internAt(masked, from + unit, end), base + from + unit, base + end, 'word');
      } else pushWord(tokens, percent ? internAt(masked, from, end) : entry, base + from, base + end, kind);
      i = end;
      continue;
    }
    end = c === 38 /* & */ ? entityEnd(masked, i) : -1;
    if (end < 0) end = i + widthAt(masked, i);
    tokens.push({ word: false, text: masked.slice(i, end), start: base + i, end: base + end, kind: 'word' });
    i = end;
  }
  return tokens;
}

/** Pushes a word token with its entry (tokenEntries). */
function pushWord(tokens: Token[], entry: Normalized, start: number, end: number, kind: WordKind): void {
  tokenEntries[tokens.length] = entry;
  tokens.push({ word: true, text: entry.text, start, end, kind });
}

/** True when a sentence ends after token i (a terminal mark, then space or the end, and no abbreviation before). */
function endsSentence(tokens: readonly Token[], i: number, masked: string, base: number): boolean {
  // Safe: callers pass i < tokens.length.
  const tok = tokens[i]!;
  // A word is never a terminal mark: asked first, it spares most tokens a Set lookup.
  if (tok.word || !SENTENCE_END.has(tok.text)) return false;
  let j = i + 1;
  while (j < tokens.length && (SENTENCE_END.has(tokens[j]!.text) || CLOSERS.has(tokens[j]!.text))) j++;
  const last = tokens[j - 1]!;
  const next = tokens[j];
  if (!next) return true;
  // No space after the mark ("3.8" is one token; "strategies.ADHD" is a typo, not a boundary).
  if (!/\s/.test(masked.charAt(last.end - base))) return false;
  if (tok.text === '.') {
    const prev = tokens[i - 1];
    if (prev && prev.word && prev.end === tok.start) {
      const key = prev.text.toLowerCase();
      // "No. 1" is an abbreviation, "… said no." is not.
      if (key === 'no' ? next.kind === 'number' : ABBREVIATIONS.has(key)) return false;
      // An initial ("J. Smith").
      if (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return false;
    }
    if (/^\p{Ll}/u.test(next.text)) return false;
  }
  return true;
}

/** Splits prose blocks into sentences and words and runs the context pass on each sentence. */
export function segment(text: string, proseBlocks: readonly ProseBlock[]): { blocks: Block[]; sentences: Sentence[] } {
  if (keyIds.size > MAX_KEY_IDS) {
    // New numbers for the keys: the words cached with the old ones go, and every cache by id forgets them (by-key.ts).
    keyIds.clear();
    clearWords();
    nextKeyEpoch();
  }
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const pb of proseBlocks) {
    const citations: (readonly [number, number])[] = [...pb.citations];
    const masked = maskedText(text, pb, citations);
    const tokens = tokenize(masked, pb.start);
    if (!tokens.some((t) => t.word)) continue;
    const blockSentences: Sentence[] = [];
    const block: Block = {
      index: blocks.length,
      kind: pb.kind,
      start: pb.start,
      end: pb.end,
      cited: false,
      sentences: blockSentences,
    };
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i === tokens.length - 1 || endsSentence(tokens, i, masked, pb.start)) {
        let to = i + 1;
        while (to < tokens.length && CLOSERS.has(tokens[to]!.text)) to++;
        if (hasWord(tokens, from, to)) {
          const sentence = buildSentence(text, tokens, from, to, block, sentences.length);
          blockSentences.push(sentence);
          sentences.push(sentence);
        }
        from = to;
        i = to - 1;
      }
    }
    // A citation belongs to the sentence it stands in, or to the one it follows ("….[^1]").
    for (const [citeStart] of citations) {
      let owner = blockSentences[0];
      for (const s of blockSentences) if (s.start <= citeStart) owner = s;
      if (owner) {
        (owner as { cited: boolean }).cited = true;
        REFERENCES.add(owner);
      }
    }
    // A reference sources its paragraph; "according to X" names the source of its own sentence only.
    (block as { cited: boolean }).cited = blockSentences.some((s) => REFERENCES.has(s));
    blocks.push(block);
  }
  return { blocks, sentences };
}

/** Sentences whose citation is a reference (not only "according to X"), which sources the whole paragraph. */
const REFERENCES = new WeakSet<Sentence>();

/** Whether tokens[from, to) hold a word. */
function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  // Safe: from <= k < to <= tokens.length.
  for (let k = from; k < to; k++) if (tokens[k]!.word) return true;
  return false;
}

/** The sentence of tokens[from, to) (a range of the block's tokens, not a copy of them). */
function buildSentence(text: string, tokens: readonly Token[], from: number, to: number, block: Block, index: number): Sentence {
  const words: Word[] = [];
  const puncts: { text: string; start: number; before: number }[] = [];
  let gap = '';
  for (let k = from; k < to; k++) {
    // Safe: from <= k < to <= tokens.length.
    const t = tokens[k]!;
    if (t.word) {
      // Safe: tokenize gave every word token of this block its entry.
      const { text: shared, key, stem, id } = tokenEntries[k]!;
      words.push({ text: shared, key, stem, id, kind: t.kind, start: t.start, end: t.end, gap });
      gap = '';
    } else {
      // The period of an abbreviation ("U.S.", "e.g.") belongs to the word, not to the gap after it.
      const prev = words[words.length - 1];
      if (t.text === '.' && gap === '' && prev && prev.end === t.start && (prev.text.includes('.') || (prev.key !== 'no' && ABBREVIATIONS.has(prev.text.toLowerCase())))) continue;
      gap += t.text;
      puncts.push({ text: t.text, start: t.start, before: words.length });
    }
  }
  // Safe: the caller only builds sentences from token runs with at least one word.
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const analysis = analyzeSentence(words, puncts, text.slice(start, end));
  const sentence: Sentence = {
    index,
    start,
    end,
    words,
    context: analysis.context,
    question: analysis.question,
    cited: analysis.cited,
    clauses: analysis.clauses,
    block,
  };
  if (analysis.reference) REFERENCES.add(sentence);
  return sentence;
}
