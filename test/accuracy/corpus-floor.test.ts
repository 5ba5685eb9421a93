// The floor of medlint's accuracy on the labelled development corpus of real copy (../shared/corpus,
// read in place: third-party text is never copied into the project). Later work may raise these
// figures, never silently lower them: a change that does must lower the floor here, in review.
// Without the corpus (a checkout on its own) there is nothing to measure and the test says so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const corpus = path.resolve(process.env.MEDLINT_CORPUS ?? path.join('..', 'shared', 'corpus'));
const present = existsSync(path.join(corpus, 'labels.json'));

/** The figures this work reached (recall and precision of the claims group, the whole corpus, and claim findings per 1,000 words of reference text). */
const FLOOR = {
  claimsRecall: 0.93,
  claimsPrecision: 0.85,
  documentRecall: 0.91,
  documentPrecision: 0.91,
  mechanismRecall: 0.75,
  recall: 0.82,
  precision: 0.87,
  referenceRateAtMost: 0.2,
};

describe.skipIf(!present)('accuracy on the development corpus', () => {
  it('stays at or above the floor', () => {
    const out = execFileSync(process.execPath, ['scripts/accuracy.mjs', '--json'], { encoding: 'utf8', env: { ...process.env, MEDLINT_CORPUS: corpus } });
    const figures = JSON.parse(out) as Record<keyof typeof FLOOR | 'referenceRate', number>;
    expect(figures.claimsRecall).toBeGreaterThanOrEqual(FLOOR.claimsRecall);
    expect(figures.claimsPrecision).toBeGreaterThanOrEqual(FLOOR.claimsPrecision);
    expect(figures.documentRecall).toBeGreaterThanOrEqual(FLOOR.documentRecall);
    expect(figures.documentPrecision).toBeGreaterThanOrEqual(FLOOR.documentPrecision);
    expect(figures.mechanismRecall).toBeGreaterThanOrEqual(FLOOR.mechanismRecall);
    expect(figures.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(figures.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(figures.referenceRate).toBeLessThanOrEqual(FLOOR.referenceRateAtMost);
  });
});
