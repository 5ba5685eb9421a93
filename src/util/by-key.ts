/**
 * Facts of word keys kept by the key's id (`Word.id`): one byte per key in a typed array that
 * grows with the ids, instead of a Map from key strings. The pipeline asks facts of every word
 * (can it start a phrase, a cue, a term?) and most words are a few thousand keys: an array read
 * costs a fraction of a string-keyed Map lookup.
 *
 * The ids are numbered by the segmenter (src/engine/segment.ts). When it renumbers them (after
 * very many distinct keys, between documents) it moves `keyEpoch` on, and every cache forgets
 * what it had.
 */

let epoch = 0;

/** The numbering of word ids now in use; it changes when the segmenter renumbers them. */
export function keyEpoch(): number {
  return epoch;
}

/** Starts a new numbering of word ids (the segmenter's call, between documents). */
export function nextKeyEpoch(): void {
  epoch++;
}

/** A byte per word-key id; 0 means not known yet, so callers store their facts plus one or as bits with a "known" bit. */
export class BytesByKey {
  private bytes = new Uint8Array(1024);
  private epoch = epoch;

  /** The byte of a key's id (0 until set). */
  get(id: number): number {
    if (this.epoch !== epoch) this.reset();
    return id < this.bytes.length ? this.bytes[id]! : 0;
  }

  set(id: number, value: number): void {
    if (this.epoch !== epoch) this.reset();
    if (id >= this.bytes.length) {
      const grown = new Uint8Array(Math.max(id + 1, 2 * this.bytes.length));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[id] = value;
  }

  private reset(): void {
    this.bytes = new Uint8Array(1024);
    this.epoch = epoch;
  }
}

/**
 * A non-negative integer per word-key id (an index into a caller's list, say) and whether it is
 * known yet, in one array read: the value plus one is kept, 0 meaning not known. Asked of every
 * word by the term tables and the lexicon, where a "known" byte beside the value cost a second
 * read at a second place in memory (issue 16).
 */
export class IndexByKey {
  private values: Int32Array = new Int32Array(1024);
  private epoch = epoch;

  /** The value of a key's id, or -1 until it is set. */
  get(id: number): number {
    if (this.epoch !== epoch) this.reset();
    return id < this.values.length ? this.values[id]! - 1 : -1;
  }

  set(id: number, value: number): void {
    if (this.epoch !== epoch) this.reset();
    if (id >= this.values.length) this.values = withRoom(this.values, id);
    this.values[id] = value + 1;
  }

  private reset(): void {
    this.values = new Int32Array(1024);
    this.epoch = epoch;
  }
}

/** A copy of `values` with room for index `id` (at least twice as long). */
function withRoom(values: Int32Array, id: number): Int32Array {
  const grown = new Int32Array(Math.max(id + 1, 2 * values.length));
  grown.set(values);
  return grown;
}

/** A few 32-bit masks per word-key id (bits of sets a key starts, say), with whether they are known yet. */
export class MasksByKey {
  private readonly known = new BytesByKey();
  private values: Int32Array;

  constructor(private readonly lanes: number) {
    this.values = new Int32Array(1024 * lanes);
  }

  /** Whether the masks of a key's id have been set (in this numbering of the ids). */
  has(id: number): boolean {
    return this.known.get(id) !== 0;
  }

  /** Mask `lane` of a key's id (0 until set), as a 32-bit signed integer: a small integer to V8 whatever its top bit, so returning it allocates nothing. */
  lane(id: number, lane: number): number {
    const at = id * this.lanes + lane;
    return at < this.values.length ? this.values[at]! | 0 : 0;
  }

  /**
   * Copies the masks of a key's id into `out` from `at` (they must be set). Kept and copied as
   * signed 32-bit integers: a mask read from an unsigned array with its top bit set is no small
   * integer to V8, and returning one boxed it as a heap number (a twentieth of all the bytes a
   * corpus run allocated) and made optimized code that read it be discarded (issue 16).
   */
  copy(id: number, out: Int32Array, at: number): void {
    const from = id * this.lanes;
    // Safe: the id's masks were set, so its lanes are within `values`.
    for (let lane = 0; lane < this.lanes; lane++) out[at + lane] = this.values[from + lane]!;
  }

  set(id: number, masks: readonly number[]): void {
    const at = id * this.lanes;
    if (at + this.lanes > this.values.length) {
      const grown = new Int32Array(Math.max(at + this.lanes, 2 * this.values.length));
      grown.set(this.values);
      this.values = grown;
    }
    for (let lane = 0; lane < this.lanes; lane++) this.values[at + lane] = masks[lane] ?? 0;
    this.known.set(id, 1);
  }
}

/**
 * A Map from word keys to values, asked about words: the value's index is kept by the key's id
 * (Word.id), so a rule that asks it about every word reads an array instead of looking the key
 * up in a string-keyed Map (issue 16). The map's entries are read when it is made: it must be
 * complete by then.
 */
export class ValuesByKey<T> {
  private readonly slots = new Map<string, number>();
  private readonly values: T[] = [];
  /** The value's index plus one, 0 for a key with none, by the key's id. */
  private readonly index = new IndexByKey();

  constructor(map: ReadonlyMap<string, T>) {
    for (const [key, value] of map) this.slots.set(key, this.values.push(value));
  }

  /** The value of the word's key, or undefined. */
  get(word: { readonly id: number; readonly key: string }): T | undefined {
    let slot = this.index.get(word.id);
    if (slot < 0) {
      slot = this.slots.get(word.key) ?? 0;
      this.index.set(word.id, slot);
    }
    return slot === 0 ? undefined : this.values[slot - 1];
  }
}
