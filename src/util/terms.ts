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

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value?: T;
}

/** The key a term table compares: the word key without a possessive ending. */
export function termKey(word: Word | string): string {
  const key = typeof word === 'string' ? wordKey(word) : word.key;
  return key.endsWith("'s") ? key.slice(0, -2) : key.endsWith("'") ? key.slice(0, -1) : key;
}

/** A found term: its value and the index after its last word. */
export interface TermHit<T> {
  readonly value: T;
  readonly end: number;
}

export class TermTable<T> {
  private readonly root: Node<T> = { next: new Map() };

  /** Adds a term (words separated by spaces). The first value added for a term is kept. */
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
   * The longest term starting at `words[i]`. `joined(k)` says whether words[k] may continue
   * a term begun before it (no clause punctuation in between).
   */
  at(words: readonly Word[], i: number, joined: (k: number) => boolean = () => true): TermHit<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: TermHit<T> | undefined;
    for (let k = i; k < words.length; k++) {
      if (k > i && !joined(k)) break;
      // Safe: k is within bounds.
      node = node.next.get(termKey(words[k]!));
      if (!node) break;
      if (node.value !== undefined) best = { value: node.value, end: k + 1 };
    }
    return best;
  }
}
