/**
 * Lexicon: every enabled rule's phrase list compiled once into one word trie, matched in a
 * single pass over each sentence's words. The cost per word depends on the number of trie
 * edges a word can follow (a handful of map lookups), not on the number of phrases: a list
 * of ten thousand phrases costs about what a list of ten does. Each pattern compiles to an
 * automaton with one state per word of the pattern, and the trie is built from those states
 * as the text walks it, so alternatives and optional words do not multiply at start-up.
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
import { readFileSync } from 'node:fs';
import classesData from './data/classes.json' with { type: 'json' };
import type { PhraseEntry, Sentence, Word } from '../types.js';
import { bloomIndex, stemKey, wordKey } from './segment.js';
import { IndexByKey, MasksByKey } from '../util/by-key.js';

interface Terminal {
  readonly ruleId: string;
  readonly entry: PhraseEntry;
}

export type Step = { readonly type: 'key' | 'stem' | 'class'; readonly value: string } | { readonly type: 'any' | 'num' | 'percent' };

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

/** A pattern as parsed: items in sequence, each a word or a group of alternative sequences, either optional. */
type Item = ({ readonly kind: 'word'; readonly step: Step } | { readonly kind: 'group'; readonly alternatives: readonly Item[][] }) & { readonly optional: boolean };

/**
 * Parses a pattern. A small recursive-descent parser: a sequence is items separated by
 * spaces; an item is a word or a group `( seq | seq … )`, either followed by `?` to make it
 * optional.
 */
function parsePattern(phrase: string): Item[] {
  const src = phrase.trim();
  let at = 0;
  const fail = (what: string): never => {
    throw new PhraseError(`${what} at column ${at + 1} of phrase "${phrase}"`);
  };
  const skipSpaces = (): void => {
    while (src[at] === ' ') at++;
  };
  // sequence := item*, ended by ')' or '|' or the end
  const sequence = (): Item[] => {
    const items: Item[] = [];
    for (;;) {
      skipSpaces();
      const c = src[at];
      if (c === undefined || c === ')' || c === '|') return items;
      if (c === '(') {
        at++;
        const alternatives: Item[][] = [];
        for (;;) {
          alternatives.push(sequence());
          if (src[at] === '|') at++;
          else if (src[at] === ')') {
            at++;
            break;
          } else fail('Unclosed "("');
        }
        const optional = src[at] === '?';
        if (optional) at++;
        items.push({ kind: 'group', alternatives, optional });
      } else {
        const begin = at;
        while (at < src.length && !' ()|'.includes(src.charAt(at))) at++;
        let token = src.slice(begin, at);
        if (token.length > 1 && token.endsWith('?')) {
          token = token.slice(0, -1);
          at--;
        }
        const step = parseWord(token, phrase);
        const optional = src[at] === '?';
        if (optional) at++;
        items.push({ kind: 'word', step, optional });
      }
    }
  };
  const items = sequence();
  if (at < src.length) fail(`Unexpected "${src.charAt(at)}"`);
  return items;
}

/** A step as a string: two steps with the same key are the same edge of the trie. */
function stepKeyOf(step: Step): string {
  return 'value' in step ? `${step.type}:${step.value}` : step.type;
}

/**
 * A word of a pattern (a position of its Glushkov automaton): the step it takes, the
 * positions that may follow it, and the terminal it ends when the pattern may end there.
 */
interface Position {
  readonly step: Step;
  readonly follow: number[];
  terminal: number;
}

/** What a (sub)pattern may start and end with, and whether it may be empty. */
interface Glushkov {
  readonly nullable: boolean;
  readonly first: readonly number[];
  readonly last: readonly number[];
}

/** Adds a pattern's words to `positions`, linking each to the words that may follow it. */
function glushkov(items: readonly Item[], positions: Position[]): Glushkov {
  let nullable = true;
  let first: number[] = [];
  let last: number[] = [];
  for (const item of items) {
    let part: Glushkov;
    if (item.kind === 'word') {
      positions.push({ step: item.step, follow: [], terminal: -1 });
      const id = positions.length - 1;
      part = { nullable: false, first: [id], last: [id] };
    } else {
      const parts = item.alternatives.map((alt) => glushkov(alt, positions));
      part = { nullable: parts.some((p) => p.nullable), first: parts.flatMap((p) => p.first), last: parts.flatMap((p) => p.last) };
    }
    if (item.optional) part = { ...part, nullable: true };
    // Safe: every id in `last` was pushed to `positions` above.
    for (const p of last) positions[p]!.follow.push(...part.first);
    first = nullable ? [...first, ...part.first] : first;
    last = part.nullable ? [...last, ...part.last] : [...part.last];
    nullable = nullable && part.nullable;
  }
  return { nullable, first, last };
}

/**
 * A node of the phrase trie: the word sequences read so far lead to these positions.
 * Its edges are built the first time a sentence reaches it (`grow`), so only the part of the
 * trie that the text walks is ever built: the phrase lists stand for some 95,000 word
 * sequences, which expanded one path each took most of a one-file run's start-up.
 */
interface TrieNode {
  /** The positions reached, ascending (ids in rule and entry order); empty for the root, whose successors are every pattern's first words. */
  readonly states: readonly number[];
  grown: boolean;
  keys: Map<string, TrieNode> | undefined;
  stems: Map<string, TrieNode> | undefined;
  /**
   * The bits (bloomIndex) of the values of `keys` and of `stems`: a word whose bit is not set has
   * no edge there. Half of a document's words start some phrase, and its next words were looked
   * up in each node's maps, where six lookups in seven found nothing.
   */
  keyBloom: number;
  stemBloom: number;
  classes: Map<string, TrieNode> | undefined;
  any: TrieNode | undefined;
  num: TrieNode | undefined;
  percent: TrieNode | undefined;
  terminals: Terminal[] | undefined;
}

/**
 * A node with every field present from the start: nodes that gained their edges in different
 * orders had many shapes, and every read of them in the walk (nextNodes) went through V8's
 * megamorphic lookup. One shape keeps those reads monomorphic.
 */
function newNode(states: readonly number[]): TrieNode {
  return { states, grown: false, keys: undefined, stems: undefined, keyBloom: 0, stemBloom: 0, classes: undefined, any: undefined, num: undefined, percent: undefined, terminals: undefined };
}

/** A compiled lexicon; build with `compileLexicon`. */
export interface Lexicon {
  readonly root: TrieNode;
  readonly positions: readonly Position[];
  /** Every pattern's first words: the root's successors. */
  readonly firsts: readonly number[];
  readonly terminals: readonly Terminal[];
  /**
   * The root's successors for a word by its key, stem and classes (see firstSteps), found once
   * per distinct key and kept by its id: the index in `firstLists` plus one, 0 for none.
   */
  readonly starts: IndexByKey;
  readonly firstLists: (readonly TrieNode[])[];
  /**
   * Nodes by the positions they stand for. Two word sequences that lead to the same positions
   * have the same future and the same terminals, so they share one node: what is built stays
   * small however much text is read.
   */
  readonly nodes: Map<string, TrieNode>;
  /** The values of the patterns' key steps and stem steps (any position). */
  readonly stepKeys: ReadonlySet<string>;
  readonly stepStems: ReadonlySet<string>;
  /**
   * Per word-key id, which kinds of step the word can take anywhere in the lexicon, and its
   * key's and stem's bloomIndex (see stepsOf): a word no pattern names by its key, stem or class
   * asks no node's maps, and one whose bit a node's filter lacks asks not that node's (issue 16).
   */
  readonly steps: MasksByKey;
}

/** stepsOf's bits: a key step names the word's key, a stem step its stem, it is in a word class; then the key's bloomIndex from bit 8, the stem's from bit 16. */
const STEP_KEY = 2;
const STEP_STEM = 4;
const STEP_CLASS = 8;

/** Which kinds of step a word can take in the lexicon (the STEP_* bits) and its bloom indexes, found once per distinct key. */
function stepsOf(lexicon: Lexicon, word: Word): number {
  if (!lexicon.steps.has(word.id)) {
    const kinds = (lexicon.stepKeys.has(word.key) ? STEP_KEY : 0) | (lexicon.stepStems.has(word.stem) ? STEP_STEM : 0) | (CLASS_OF.has(word.key) ? STEP_CLASS : 0);
    lexicon.steps.set(word.id, [kinds | (bloomIndex(word.key) << 8) | (bloomIndex(word.stem) << 16)]);
  }
  return lexicon.steps.lane(word.id, 0);
}

function nodeOf(lexicon: Lexicon, states: number[]): TrieNode {
  states.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < states.length; i++) if (i === 0 || states[i] !== states[n - 1]) states[n++] = states[i] as number;
  states.length = n;
  const key = states.join(',');
  let node = lexicon.nodes.get(key);
  if (!node) {
    node = newNode(states);
    let lastTerminal = -1;
    for (const s of states) {
      // Safe: states are ids of lexicon.positions.
      const t = lexicon.positions[s]!.terminal;
      // Ascending ids keep the terminals in rule and entry order, one per entry.
      if (t > lastTerminal) {
        (node.terminals ??= []).push(lexicon.terminals[t] as Terminal);
        lastTerminal = t;
      }
    }
    lexicon.nodes.set(key, node);
  }
  return node;
}

/** Builds a node's edges: the positions that may follow its own, grouped by the step they take. */
function grow(lexicon: Lexicon, node: TrieNode): void {
  node.grown = true;
  const byStep = new Map<string, { step: Step; states: number[] }>();
  const add = (q: number): void => {
    // Safe: follow and first sets hold ids of lexicon.positions.
    const step = lexicon.positions[q]!.step;
    const key = stepKeyOf(step);
    const group = byStep.get(key);
    if (group) group.states.push(q);
    else byStep.set(key, { step, states: [q] });
  };
  if (node === lexicon.root) for (const q of lexicon.firsts) add(q);
  // Safe: states are ids of lexicon.positions.
  else for (const p of node.states) for (const q of lexicon.positions[p]!.follow) add(q);
  for (const { step, states } of byStep.values()) {
    const next = nodeOf(lexicon, states);
    switch (step.type) {
      case 'any':
        node.any = next;
        break;
      case 'num':
        node.num = next;
        break;
      case 'percent':
        node.percent = next;
        break;
      default: {
        const field = step.type === 'key' ? 'keys' : step.type === 'stem' ? 'stems' : 'classes';
        (node[field] ??= new Map<string, TrieNode>()).set(step.value, next);
        if (step.type === 'key') node.keyBloom |= 1 << bloomIndex(step.value);
        else if (step.type === 'stem') node.stemBloom |= 1 << bloomIndex(step.value);
      }
    }
  }
}

/**
 * One phrase list compiled, as data: its positions numbered from 0, each as its step, the
 * positions that may follow it and the index of the entry it ends (-1: none), and the
 * positions the list's patterns start with. Patterns do not refer to one another, so lists
 * compiled apart join into one lexicon by shifting their numbers.
 */
export interface CompiledList {
  readonly positions: readonly (readonly [step: Step, follow: readonly number[], terminal: number])[];
  readonly firsts: readonly number[];
}

/** Compiles one phrase list (a bad pattern throws a PhraseError naming it). */
export function compileList(entries: readonly PhraseEntry[]): CompiledList {
  const positions: Position[] = [];
  const firsts: number[] = [];
  entries.forEach((entry, e) => {
    const from = positions.length;
    const { first, last } = glushkov(parsePattern(entry.phrase), positions);
    if (positions.length === from) throw new PhraseError(`Empty phrase "${entry.phrase}"`);
    // Safe: every id in `last` is a position just added.
    for (const p of last) positions[p]!.terminal = e;
    firsts.push(...first);
  });
  return { positions: positions.map((p) => [p.step, p.follow, p.terminal]), firsts };
}

/** The key of a phrase list in the build's table: its phrases, in order. */
export function listKey(entries: readonly PhraseEntry[]): string {
  return entries.map((e) => e.phrase).join('\n');
}

/**
 * The phrase lists the build compiled (scripts/build-lexicon.mjs: every rule's list with its
 * default options), by list key, read once per process and only when the file is there (a
 * build; not the sources under test). Compiling them took some 35 ms of a one-file run,
 * nearly all of it in code run once and never optimized; reading them takes about 2 ms. A
 * list that differs in any phrase (other options, project words) is compiled as before.
 */
let built: ReadonlyMap<string, CompiledList> | undefined;
function builtLists(): ReadonlyMap<string, CompiledList> {
  if (!built) {
    let table: Record<string, CompiledList> = {};
    try {
      table = JSON.parse(readFileSync(new URL('./data/lexicon-compiled.json', import.meta.url), 'utf8')) as Record<string, CompiledList>;
    } catch {
      // No build table: every list is compiled.
    }
    built = new Map(Object.entries(table));
  }
  return built;
}

/**
 * Compiles the phrase lists of several rules into one lexicon. Every pattern is parsed (a bad
 * pattern fails the run at once), into an automaton with one state per word of the pattern,
 * unless the build compiled the same list already; the trie over it is built as text walks it.
 */
export function compileLexicon(lists: readonly { readonly ruleId: string; readonly entries: readonly PhraseEntry[] }[], prebuilt: ReadonlyMap<string, CompiledList> = builtLists()): Lexicon {
  const positions: Position[] = [];
  const firsts: number[] = [];
  const terminals: Terminal[] = [];
  for (const { ruleId, entries } of lists) {
    const list = (entries.length > 0 ? prebuilt.get(listKey(entries)) : undefined) ?? compileList(entries);
    const base = positions.length;
    const terminalBase = terminals.length;
    for (const entry of entries) terminals.push({ ruleId, entry });
    for (const [step, follow, terminal] of list.positions) positions.push({ step, follow: follow.map((q) => q + base), terminal: terminal < 0 ? -1 : terminal + terminalBase });
    for (const q of list.firsts) firsts.push(q + base);
  }
  const stepKeys = new Set<string>();
  const stepStems = new Set<string>();
  for (const { step } of positions) {
    if (step.type === 'key') stepKeys.add(step.value);
    else if (step.type === 'stem') stepStems.add(step.value);
  }
  return { root: newNode([]), positions, firsts, terminals, starts: new IndexByKey(), firstLists: [], nodes: new Map(), stepKeys, stepStems, steps: new MasksByKey(1) };
}

/** Punctuation that may stand between two words of a phrase (quotes, emphasis marks, the "+" of "NAD+ drip"). */
const SOFT_GAP = /^["“”'’*_+]*$/;

/** Writes the nodes a word leads to from `node` into `out` from index `n`; returns the new count. `steps`: stepsOf the word. */
function nextNodes(lexicon: Lexicon, node: TrieNode, word: Word, steps: number, out: TrieNode[], n: number): number {
  if (!node.grown) grow(lexicon, node);
  if ((steps & STEP_KEY) !== 0 && (node.keyBloom & (1 << ((steps >> 8) & 31))) !== 0) {
    const byKey = node.keys?.get(word.key);
    if (byKey) out[n++] = byKey;
  }
  if ((steps & STEP_STEM) !== 0 && (node.stemBloom & (1 << ((steps >> 16) & 31))) !== 0) {
    const byStem = node.stems?.get(word.stem);
    if (byStem) out[n++] = byStem;
  }
  if (node.classes && (steps & STEP_CLASS) !== 0) {
    const names = CLASS_OF.get(word.key);
    if (names) {
      for (let k = 0; k < names.length; k++) {
        // Safe: k is within bounds.
        const next = node.classes.get(names[k]!);
        if (next) out[n++] = next;
      }
    }
  }
  if (node.any) out[n++] = node.any;
  if (node.num && (word.kind === 'number' || NUMBER_WORDS.has(word.key))) out[n++] = node.num;
  if (node.percent && word.kind === 'percent') out[n++] = node.percent;
  return n;
}

/**
 * The root's successors for a word that depend only on its key (its key, stem and classes, in
 * nextNodes' order), found once per distinct key. Every word of a document is asked about, half
 * of them start a phrase, and the lookups of the root's maps were most of a first step.
 */
function firstSteps(lexicon: Lexicon, word: Word): readonly TrieNode[] {
  const root = lexicon.root;
  if (!root.grown) grow(lexicon, root);
  let index = lexicon.starts.get(word.id);
  if (index < 0) {
    const list: TrieNode[] = [];
    const byKey = root.keys?.get(word.key);
    if (byKey) list.push(byKey);
    const byStem = root.stems?.get(word.stem);
    if (byStem) list.push(byStem);
    if (root.classes) for (const name of CLASS_OF.get(word.key) ?? []) {
      const next = root.classes.get(name);
      if (next) list.push(next);
    }
    index = list.length > 0 ? lexicon.firstLists.push(list) : 0;
    lexicon.starts.set(word.id, index);
  }
  // Safe: a non-zero index is one plus a list's position in firstLists.
  return index === 0 ? NO_NODES : lexicon.firstLists[index - 1]!;
}

const NO_NODES: readonly TrieNode[] = [];

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
  // Two scratch lists with counts, reused for every sentence (the walk is synchronous and never
  // re-entered). Emptying a list by `length = 0` let V8 drop its storage and allocate it again
  // at the next push, at every word: about a tenth of all the bytes a corpus run allocated.
  let active = scratchA;
  let next = scratchB;
  const root = lexicon.root;
  for (let i = 0; i < words.length; i++) {
    // Safe: i is within bounds.
    const first = words[i]!;
    // The first step, as nextNodes from the root gives it: the successors by key, stem and classes (one read per word), then any, num and percent.
    const steps = firstSteps(lexicon, first);
    let activeCount = 0;
    for (let k = 0; k < steps.length; k++) active[activeCount++] = steps[k]!;
    if (root.any) active[activeCount++] = root.any;
    if (root.num && (first.kind === 'number' || NUMBER_WORDS.has(first.key))) active[activeCount++] = root.num;
    if (root.percent && first.kind === 'percent') active[activeCount++] = root.percent;
    if (activeCount === 0) continue;
    for (let k = 0; k < activeCount; k++) {
      // Safe: k < activeCount.
      const terminals = active[k]!.terminals;
      if (terminals) for (const t of terminals) out.push({ ruleId: t.ruleId, entry: t.entry, sentence, first: i, last: i });
    }
    for (let j = i + 1; j < words.length && activeCount > 0; j++) {
      // Safe: j is within bounds.
      const word = words[j]!;
      if (word.gap !== '' && !SOFT_GAP.test(word.gap)) break;
      let nextCount = 0;
      const steps = stepsOf(lexicon, word);
      // Safe: k < activeCount, the entries written for this step.
      for (let k = 0; k < activeCount; k++) nextCount = nextNodes(lexicon, active[k]!, word, steps, next, nextCount);
      for (let k = 0; k < nextCount; k++) {
        // Safe: k < nextCount.
        const terminals = next[k]!.terminals;
        if (terminals) for (const t of terminals) out.push({ ruleId: t.ruleId, entry: t.entry, sentence, first: i, last: j });
      }
      const swap = active;
      active = next;
      next = swap;
      activeCount = nextCount;
    }
  }
  // Nothing of this sentence's walk is kept alive by the scratch lists.
  active.fill(lexicon.root);
  next.fill(lexicon.root);
}

const scratchA: TrieNode[] = [];
const scratchB: TrieNode[] = [];

/**
 * Resolves one rule's raw matches: an `ignore` entry cancels the matches it overlaps
 * (a known look-alike); of overlapping matches, the earliest and then longest is kept.
 */
export function resolveMatches<T extends RawMatch>(matches: readonly T[]): T[] {
  // The ignore entries by sentence: a match is checked against those of its own sentence only
  // (checking every ignore of the file grew with the square of the file's size).
  const ignores = new Map<Sentence, RawMatch[]>();
  for (const m of matches) {
    if (m.entry.ignore !== true) continue;
    const list = ignores.get(m.sentence);
    if (list) list.push(m);
    else ignores.set(m.sentence, [m]);
  }
  const overlaps = (a: RawMatch, b: RawMatch): boolean => a.sentence === b.sentence && a.first <= b.last && b.first <= a.last;
  const kept: T[] = [];
  const candidates = matches
    .filter((m) => m.entry.ignore !== true && !(ignores.get(m.sentence)?.some((ig) => overlaps(ig, m)) ?? false))
    .sort((a, b) => a.sentence.index - b.sentence.index || a.first - b.first || b.last - a.last);
  for (const m of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && overlaps(prev, m)) continue;
    kept.push(m);
  }
  return kept;
}
