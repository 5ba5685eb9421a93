/** Small helpers over a sentence's words, for rules that widen a match's range. */
import type { PhraseMatch, Word } from '../types.js';

/** Words that end a comparator noun phrase ("than other drugs and …"). */
const PHRASE_END = new Set(['and', 'or', 'but', 'which', 'that', 'because', 'for', 'in', 'when', 'with', 'while', 'since', 'as', 'to', 'so']);

/**
 * Widens a comparison ("fewer side effects than") over its comparator ("traditional
 * antidepressants"): up to four following words, stopping at punctuation or a word that
 * starts a new phrase. Returns file offsets.
 */
export function extendOverComparator(match: PhraseMatch): readonly [number, number] {
  const words = match.sentence.words;
  // Safe: match indexes are within the sentence's words.
  const start = words[match.first]!.start;
  let last = match.last;
  for (let j = match.last + 1; j < words.length && j <= match.last + 4; j++) {
    // Safe: j is within bounds.
    const w = words[j]!;
    if (w.gap !== '' || PHRASE_END.has(w.key)) break;
    last = j;
  }
  return [start, words[last]!.end];
}

/**
 * The key of words[i], or '' when i is outside the list. A read past either end of an array
 * (`words[i + 1]?.key` at the last word) makes V8 discard the optimized code of the function
 * that reads it and compile that function again, which for the context pass and the claim
 * model's large functions cost tens of milliseconds each (issue 16); a read kept in bounds
 * does not.
 */
export function keyAt(words: readonly Word[], i: number): string {
  // Safe: i is within bounds.
  return i >= 0 && i < words.length ? words[i]!.key : '';
}
