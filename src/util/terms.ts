/**
 * A table of multi-word terms ("brain-derived neurotrophic factor", "NMDA receptors") looked
 * up at a position of a word list: the longest term starting there wins. Terms are matched
 * by word key (lowercase, no hyphens), with a possessive "'s" ignored ("ketamine's").
 *
 * The phrase lexicon (src/engine/lexicon.ts) answers "which phrases occur in a sentence";
 * this answers "which term starts at this word" over a filtered word list (a sentence with
 * its parentheticals removed), which is what the mechanism extractor walks.
 */
import { wordKey } from '../engine/segment.js';
import type { Word } from '../types.js';
import { BytesByKey, IndexByKey } from './by-key.js';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value?: T;
}

/** The key a term table compares: the word key without a possessive ending. */
export function termKey(word: Word | string): string {
  const key = typeof word === 'string' ? wordKey(word) : word.key;
  return key.endsWith("'s") ? key.slice(0, -2) : key.endsWith("'") ? key.slice(0, -1) : key;
}

/** termKey of a word, with the common case (no possessive ending: the key as it is) decided by its last character. */
function wordTermKey(w: Word): string {
  const key = w.key;
  const last = key.charCodeAt(key.length - 1);
  // 115 "s", 39 "'": only these can end a possessive.
  return last === 115 || last === 39 ? termKey(w) : key;
}

/** The term keys of a word list. */
export function termKeys(words: readonly Word[]): string[] {
  return words.map(wordTermKey);
}

/**
 * A set of term keys asked about the words of documents: the answer for a word is kept by its
 * key's id (Word.id), so a rule that asks it about every word reads an array instead of building
 * the word's term key and looking it up in a Set of strings.
 */
export class TermKeySet {
  private readonly keys: ReadonlySet<string>;
  private readonly known = new BytesByKey();

  constructor(keys: Iterable<string>) {
    this.keys = new Set(keys);
  }

  /** Whether the word's term key (termKey) is in the set. */
  has(word: Word): boolean {
    const known = this.known.get(word.id);
    if (known !== 0) return known === 2;
    const has = this.keys.has(wordTermKey(word));
    this.known.set(word.id, has ? 2 : 1);
    return has;
  }
}

/** Any punctuation between two words may stand inside a term. */
function anyGap(): boolean {
  return true;
}

/** A found term: its value and the index after its last word. */
export interface TermHit<T> {
  readonly value: T;
  readonly end: number;
}

export class TermTable<T> {
  private readonly root: Node<T> = { next: new Map() };
  /**
   * The root's child for each word key, by the key's id: 0 when the key starts no term, else
   * the child's index in `firstNodes` plus one. Every word of a document is asked about, most
   * start nothing, and an array read is cheaper than the root map's string lookup.
   */
  private readonly firsts = new IndexByKey();
  private readonly firstNodes: Node<T>[] = [];
  private readonly firstIndex = new Map<Node<T>, number>();

  /** The root's child for a word, or undefined. */
  private first(w: Word): Node<T> | undefined {
    let index = this.firsts.get(w.id);
    if (index < 0) {
      const node = this.root.next.get(wordTermKey(w));
      index = 0;
      if (node) {
        index = this.firstIndex.get(node) ?? this.firstNodes.push(node);
        this.firstIndex.set(node, index);
      }
      this.firsts.set(w.id, index);
    }
    return index === 0 ? undefined : this.firstNodes[index - 1];
  }

  /** Adds a term (words separated by spaces). The first value added for a term is kept. */
  /** True when some word of the list could start a term (a cheap test before walking the list). */
  mentionedIn(words: readonly Word[]): boolean {
    for (const w of words) if (this.first(w)) return true;
    return false;
  }

  /** True when some term starts with this word (a word key decides it). */
  starts(word: Word): boolean {
    return this.first(word) !== undefined;
  }

  add(term: string, value: T): void {
    let node = this.root;
    for (const part of term.trim().split(/\s+/)) {
      const key = termKey(part);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value ??= value;
  }

  /**
   * The longest term starting at `words[i]`. `joined(k, words)` says whether words[k] may
   * continue a term begun before it (no clause punctuation in between). It is given the list
   * too, so a caller asking about every word can pass one function instead of making a
   * closure over the list per word.
   */
  at(words: readonly Word[], i: number, joined: (k: number, words: readonly Word[]) => boolean = anyGap): TermHit<T> | undefined {
    // Each word's term key computed here (two suffix tests): cheaper than finding the list's keys,
    // as tables are asked about words of several lists in turn.
    // In bounds (tables are asked at the end of a sentence too): a read past the end discards optimized code.
    const first = i >= 0 && i < words.length ? words[i] : undefined;
    // Most words start no term, so this is the common exit.
    let node: Node<T> | undefined = first && this.first(first);
    if (!node) return undefined;
    let best: TermHit<T> | undefined = node.value !== undefined ? { value: node.value, end: i + 1 } : undefined;
    for (let k = i + 1; k < words.length; k++) {
      if (!joined(k, words)) break;
      // Safe: k is within bounds.
      node = node.next.get(wordTermKey(words[k]!));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: k + 1 };
    }
    return best;
  }
}
