/**
 * Lexicon: every enabled rule's phrase list compiled once into one word trie, matched in a
 * single pass over each sentence's words. The cost per word depends on the number of trie
 * edges a word can follow (a handful of map lookups), not on the number of phrases: a list
 * of ten thousand phrases costs about what a list of ten does.
 *
 * Pattern syntax (one phrase per entry, tokens separated by spaces):
 * - `cure`      the word or any inflection of it (same Porter stem: cures, cured, curing)
 * - `=leading`  exactly this word (no inflections)
 * - `(a|b|=c)`  one of several tokens
 * - `tok?`      an optional token
 * - `<name>`    a word of the class `name` in src/engine/data/classes.json (e.g. `<disease>`)
 * - `<num>`     a number (digits or a number word); `<percent>` "70%"; `<any>` any one word
 * Hyphens and dots inside words are ignored ("non-addictive" = "nonaddictive").
 */
import classesData from './data/classes.json' with { type: 'json' };
import type { PhraseEntry, Sentence, Word } from '../types.js';
import { stemKey, wordKey } from './segment.js';

/** A compiled lexicon; build with `compileLexicon`. */
export interface Lexicon {
  readonly root: TrieNode;
}

interface Terminal {
  readonly ruleId: string;
  readonly entry: PhraseEntry;
  readonly length: number;
}

interface TrieNode {
  keys?: Map<string, TrieNode>;
  stems?: Map<string, TrieNode>;
  classes?: Map<string, TrieNode>;
  any?: TrieNode;
  num?: TrieNode;
  percent?: TrieNode;
  terminals?: Terminal[];
}

type Step = { readonly type: 'key' | 'stem' | 'class'; readonly value: string } | { readonly type: 'any' | 'num' | 'percent' };

const CLASSES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(classesData)
    .filter(([name]) => !name.startsWith('_'))
    .map(([name, words]) => [name, new Set((words as string[]).map(wordKey))]),
);

/** Word key -> names of the classes it belongs to. */
const CLASS_OF = new Map<string, string[]>();
for (const [name, words] of CLASSES) {
  for (const w of words) {
    const list = CLASS_OF.get(w);
    if (list) list.push(name);
    else CLASS_OF.set(w, [name]);
  }
}

const NUMBER_WORDS = CLASSES.get('numberWord') ?? new Set<string>();

/** Thrown for a phrase that cannot be compiled; the message names the phrase. */
export class PhraseError extends Error {}

function parseWord(token: string, phrase: string): Step {
  if (token === '<any>') return { type: 'any' };
  if (token === '<num>') return { type: 'num' };
  if (token === '<percent>') return { type: 'percent' };
  if (token.startsWith('<') && token.endsWith('>')) {
    const name = token.slice(1, -1);
    if (!CLASSES.has(name)) throw new PhraseError(`Unknown word class <${name}> in phrase "${phrase}"`);
    return { type: 'class', value: name };
  }
  if (token.startsWith('=')) return { type: 'key', value: wordKey(token.slice(1)) };
  if (!/^[\p{L}\p{N}'’#$%-]+$/u.test(token)) throw new PhraseError(`Invalid token "${token}" in phrase "${phrase}"`);
  return { type: 'stem', value: stemKey(wordKey(token)) };
}

/**
 * Expands a pattern into every word sequence it stands for. A small recursive-descent
 * parser: a sequence is items separated by spaces; an item is a word or a group
 * `( seq | seq … )`, either followed by `?` to make it optional.
 */
function expand(phrase: string): Step[][] {
  const src = phrase.trim();
  let at = 0;
  const fail = (what: string): never => {
    throw new PhraseError(`${what} at column ${at + 1} of phrase "${phrase}"`);
  };
  const skipSpaces = (): void => {
    while (src[at] === ' ') at++;
  };
  // sequence := item*, ended by ')' or '|' or the end
  const sequence = (): Step[][] => {
    let paths: Step[][] = [[]];
    for (;;) {
      skipSpaces();
      const c = src[at];
      if (c === undefined || c === ')' || c === '|') return paths;
      let alternatives: Step[][];
      if (c === '(') {
        at++;
        alternatives = [];
        for (;;) {
          alternatives.push(...sequence());
          if (src[at] === '|') at++;
          else if (src[at] === ')') {
            at++;
            break;
          } else fail('Unclosed "("');
        }
      } else {
        const begin = at;
        while (at < src.length && !' ()|'.includes(src.charAt(at))) at++;
        let token = src.slice(begin, at);
        if (token.length > 1 && token.endsWith('?')) {
          token = token.slice(0, -1);
          at--;
        }
        alternatives = [[parseWord(token, phrase)]];
      }
      const optional = src[at] === '?';
      if (optional) at++;
      // Identical sequences are one: inflections of a stem ("remove|removes|removing") and runs
      // of optional words ("<any>? <any>?" has two ways to take one word) would otherwise multiply
      // the paths of every later item (a myth pattern expanded to 134,784 paths, 500 ms of start-up).
      const next = new Map<string, Step[]>();
      for (const path of paths) {
        if (optional) next.set(pathKey(path), path);
        for (const alt of uniquePaths(alternatives)) {
          const longer = [...path, ...alt];
          next.set(pathKey(longer), longer);
        }
      }
      paths = [...next.values()];
    }
  };
  const paths = sequence();
  if (at < src.length) fail(`Unexpected "${src.charAt(at)}"`);
  const nonEmpty = paths.filter((p) => p.length > 0);
  if (nonEmpty.length === 0) throw new PhraseError(`Empty phrase "${phrase}"`);
  return nonEmpty;
}

/** A step sequence as a string, to tell identical sequences apart. */
function pathKey(path: readonly Step[]): string {
  return path.map((s) => ('value' in s ? `${s.type}:${s.value}` : s.type)).join(' ');
}

function uniquePaths(paths: readonly Step[][]): Step[][] {
  return [...new Map(paths.map((p) => [pathKey(p), p])).values()];
}

function child(node: TrieNode, step: Step): TrieNode {
  switch (step.type) {
    case 'any':
      return (node.any ??= {});
    case 'num':
      return (node.num ??= {});
    case 'percent':
      return (node.percent ??= {});
    default: {
      const field = step.type === 'key' ? 'keys' : step.type === 'stem' ? 'stems' : 'classes';
      const map = (node[field] ??= new Map<string, TrieNode>());
      let next = map.get(step.value);
      if (!next) {
        next = {};
        map.set(step.value, next);
      }
      return next;
    }
  }
}

/** Compiles the phrase lists of several rules into one lexicon. */
export function compileLexicon(lists: readonly { readonly ruleId: string; readonly entries: readonly PhraseEntry[] }[]): Lexicon {
  const root: TrieNode = {};
  for (const { ruleId, entries } of lists) {
    for (const entry of entries) {
      for (const path of expand(entry.phrase)) {
        let node = root;
        for (const step of path) node = child(node, step);
        (node.terminals ??= []).push({ ruleId, entry, length: path.length });
      }
    }
  }
  return { root };
}

/** Punctuation that may stand between two words of a phrase (quotes, emphasis marks). */
const SOFT_GAP = /^["“”'’*_]*$/;

function nextNodes(node: TrieNode, word: Word, out: TrieNode[]): void {
  const byKey = node.keys?.get(word.key);
  if (byKey) out.push(byKey);
  const byStem = node.stems?.get(word.stem);
  if (byStem) out.push(byStem);
  if (node.classes) {
    const names = CLASS_OF.get(word.key);
    if (names) for (const name of names) {
      const next = node.classes.get(name);
      if (next) out.push(next);
    }
  }
  if (node.any) out.push(node.any);
  if (node.num && (word.kind === 'number' || NUMBER_WORDS.has(word.key))) out.push(node.num);
  if (node.percent && word.kind === 'percent') out.push(node.percent);
}

/** A raw match: rule, entry and the words it covers in one sentence. */
export interface RawMatch {
  readonly ruleId: string;
  readonly entry: PhraseEntry;
  readonly sentence: Sentence;
  readonly first: number;
  readonly last: number;
}

/** Finds every phrase of the lexicon in a sentence (all rules at once). */
export function matchSentence(lexicon: Lexicon, sentence: Sentence, out: RawMatch[]): void {
  const words = sentence.words;
  let active: TrieNode[] = [];
  let next: TrieNode[] = [];
  for (let i = 0; i < words.length; i++) {
    active.length = 0;
    active.push(lexicon.root);
    for (let j = i; j < words.length && active.length > 0; j++) {
      // Safe: j is within bounds.
      const word = words[j]!;
      if (j > i && word.gap !== '' && !SOFT_GAP.test(word.gap)) break;
      next.length = 0;
      for (const node of active) nextNodes(node, word, next);
      for (const node of next) {
        if (node.terminals) for (const t of node.terminals) out.push({ ruleId: t.ruleId, entry: t.entry, sentence, first: i, last: j });
      }
      [active, next] = [next, active];
    }
  }
}

/**
 * Resolves one rule's raw matches: an `ignore` entry cancels the matches it overlaps
 * (a known look-alike); of overlapping matches, the earliest and then longest is kept.
 */
export function resolveMatches<T extends RawMatch>(matches: readonly T[]): T[] {
  const ignores = matches.filter((m) => m.entry.ignore === true);
  const overlaps = (a: RawMatch, b: RawMatch): boolean => a.sentence === b.sentence && a.first <= b.last && b.first <= a.last;
  const kept: T[] = [];
  const candidates = matches
    .filter((m) => m.entry.ignore !== true && !ignores.some((ig) => overlaps(ig, m)))
    .sort((a, b) => a.sentence.index - b.sentence.index || a.first - b.first || b.last - a.last);
  for (const m of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && overlaps(prev, m)) continue;
    kept.push(m);
  }
  return kept;
}
