/**
 * The fuzzing properties of scripts/fuzz.mjs (no exception but a one-line InputError; offsets,
 * lines, columns and excerpts agree with the text; same result twice; fixes of one pass never
 * overlap and fixing is idempotent; every format parses back and passes no control character),
 * with a fixed seed and a small budget. Long runs: `npm run fuzz -- --runs 100000`.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createChecker, documentArbitrary } from '../scripts/fuzz.mjs';

describe('fuzzing (fixed seed, small budget)', () => {
  it('keeps every invariant on hostile documents', async () => {
    const check = await createChecker();
    fc.assert(
      fc.property(documentArbitrary(), (document) => check(document)),
      { seed: 20261130, numRuns: 150 },
    );
  }, 60_000);

  it('keeps them on the known hostile cases', async () => {
    const check = await createChecker();
    for (const text of ['It is a cure  cure.', 'cure  cure  cure', '\u001b]0;x\u0007 cures', '- '.repeat(300), '{/* '.repeat(200), 'a\rcures\r\nsafe', '\ud800 cures \udc00']) {
      for (const file of ['doc.md', 'doc.txt', 'doc.html', 'doc.mdx']) check({ text, file });
    }
  }, 60_000);
});
