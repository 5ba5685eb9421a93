// Facts kept by word-key id (src/util/by-key.ts): what the hot paths' caches read instead of string-keyed maps.
import { describe, expect, it } from 'vitest';
import { BytesByKey, IndexByKey, MasksByKey, ValuesByKey, keyEpoch, nextKeyEpoch } from '../../src/util/by-key.js';

describe('caches by word-key id', () => {
  it('keep a byte per id, growing with the ids, and forget them in a new numbering', () => {
    const bytes = new BytesByKey();
    expect(bytes.get(5)).toBe(0);
    bytes.set(5, 2);
    bytes.set(100_000, 1);
    expect([bytes.get(5), bytes.get(100_000), bytes.get(6)]).toEqual([2, 1, 0]);
    const epoch = keyEpoch();
    nextKeyEpoch();
    expect(keyEpoch()).toBe(epoch + 1);
    expect([bytes.get(5), bytes.get(100_000)]).toEqual([0, 0]);
  });

  it('keep an index per id, known or not in one read (0 is an index), and forget them in a new numbering', () => {
    const index = new IndexByKey();
    expect(index.get(7)).toBe(-1);
    index.set(7, 0);
    index.set(200_000, 41);
    expect([index.get(7), index.get(200_000), index.get(8), index.get(5_000_000)]).toEqual([0, 41, -1, -1]);
    nextKeyEpoch();
    expect([index.get(7), index.get(200_000)]).toEqual([-1, -1]);
  });

  it('keep 32-bit masks per id, top bit included, and copy them out', () => {
    const masks = new MasksByKey(2);
    expect(masks.has(3)).toBe(false);
    masks.set(3, [0x8000_0001, 7]);
    masks.set(50_000, [1, 2]);
    expect(masks.has(3)).toBe(true);
    expect(masks.lane(3, 0) >>> 0).toBe(0x8000_0001);
    expect(masks.lane(50_000, 1)).toBe(2);
    // Copied as signed 32-bit integers (V8's small integers): the same bits.
    const out = new Int32Array(4);
    masks.copy(3, out, 1);
    expect([...out].map((m) => m >>> 0)).toEqual([0, 0x8000_0001, 7, 0]);
    expect(out[1]).toBe(0x8000_0001 | 0);
    nextKeyEpoch();
    expect(masks.has(3)).toBe(false);
  });

  it('answer a map of word keys by id, asking the map once per id and again in a new numbering', () => {
    const map = new Map([
      ['to', ['a', 'b']],
      ['of', ['c']],
    ]);
    const values = new ValuesByKey(map);
    expect(values.get({ id: 1, key: 'to' })).toBe(map.get('to'));
    expect(values.get({ id: 2, key: 'the' })).toBeUndefined();
    // Kept by id: the key is not read again (a word's id names its key).
    expect(values.get({ id: 1, key: 'of' })).toBe(map.get('to'));
    expect(values.get({ id: 2, key: 'of' })).toBeUndefined();
    nextKeyEpoch();
    // A new numbering: ids mean other keys, and the map is asked again.
    expect(values.get({ id: 1, key: 'of' })).toBe(map.get('of'));
    expect(values.get({ id: 2, key: 'to' })).toBe(map.get('to'));
  });
});
