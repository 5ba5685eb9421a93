// The claim model and the context pass skip the words that can start nothing they look for (ANCHORS in
// src/engine/claims.ts, MAY_CUE in src/engine/context.ts): a speed-up that must not change what they find. A
// construction or cue whose first word is missing from those lists would silently never fire; this test runs both
// with and without the skip on the fixtures, the test sentences of the claim model and, when it is present, the
// shared corpus, and requires the same claims and the same word flags.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setClaimSkipping } from '../../src/engine/claims.js';
import { setContextSkipping } from '../../src/engine/context.js';
import { buildDocument } from '../../src/engine/run.js';
import { knowledgeBase } from '../../src/kb/index.js';

/** Every text file below a folder. */
function textsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|txt|mdx|html)$/.test(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

/** The sentences the claim-model tests are written in, one string each. */
function testSentences(): string[] {
  const source = readFileSync(path.join('test', 'engine', 'claims.test.ts'), 'utf8');
  return [...source.matchAll(/'((?:[^'\\]|\\.){12,})'/g)].map((m) => m[1]!.replace(/\\n/g, '\n').replace(/\\'/g, "'"));
}

/** What the document model holds that the skips could change: each claim, and each word's context flags. */
function reading(text: string): string {
  const doc = buildDocument(text, 'a.md', knowledgeBase);
  const claims = doc.claims.map((c) => `${c.kind}:${c.modality}:${c.start}-${c.end}:${c.condition?.text ?? ''}:${c.substitute ?? ''}`);
  const flags = doc.sentences.map((s) => s.context.map((c) => `${+c.negated}${+c.hedged}${+c.attributed}${+c.quoted}${+c.uncertain}${+c.reported}${+c.conceded}`).join(' '));
  return [...claims, ...flags].join('\n');
}

describe('the skip lists of the claim model and the context pass', () => {
  afterEach(() => {
    setClaimSkipping(true);
    setContextSkipping(true);
  });
  const corpus = path.resolve(process.env.MEDLINT_CORPUS ?? path.join('..', 'shared', 'corpus'));
  const texts = [...textsIn('fixtures'), ...testSentences(), ...textsIn(corpus)];
  it('change nothing the engine finds', () => {
    expect(texts.length).toBeGreaterThan(100);
    const skipped = texts.map(reading);
    setClaimSkipping(false);
    setContextSkipping(false);
    const full = texts.map(reading);
    for (let i = 0; i < texts.length; i++) expect(skipped[i], texts[i]!.slice(0, 200)).toBe(full[i]);
  });
});
