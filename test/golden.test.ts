/**
 * Speed work must not change a finding: every finding on the seed articles, the clean articles
 * and the injection fixtures, compared field by field with test/golden/findings.json, which the
 * code before a change wrote. A change that is meant to change findings (a rule's data, a new
 * rule) regenerates the file and shows the difference in review:
 *
 *     UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 *
 * The shared corpus (../shared/corpus) lives outside the repository and is third-party text,
 * so only a hash of its findings is kept (test/golden/corpus-findings.sha256): no excerpt of it
 * enters the project. Without the corpus beside the checkout that comparison is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { lintFiles } from '../src/index.js';
import type { LintResult } from '../src/types.js';

const GOLDEN = 'test/golden/findings.json';
const CORPUS_GOLDEN = 'test/golden/corpus-findings.sha256';
const corpus = path.resolve(process.env['MEDLINT_CORPUS'] ?? path.join('..', 'shared', 'corpus'));
const corpusPresent = existsSync(path.join(corpus, 'labels.json'));
const INPUTS = ['fixtures/seeds', 'fixtures/clean', 'fixtures/injection'];

/** One result per line and one finding per line: a changed finding is one line of the diff. */
function serialize(results: readonly LintResult[]): string {
  const files = results.map((r) => {
    const { messages, ...rest } = r;
    const head = JSON.stringify(rest).slice(0, -1);
    const body = messages.map((m) => `    ${JSON.stringify(m)}`).join(',\n');
    return `  ${head}${head.endsWith('{') ? '' : ','}"messages":[${messages.length > 0 ? `\n${body}\n  ` : ''}]}`;
  });
  return `[\n${files.join(',\n')}\n]\n`;
}

it('finds exactly the findings of test/golden/findings.json on the seeds, clean and injection fixtures', async () => {
  const results = await lintFiles(INPUTS, { useConfigFiles: false });
  const actual = serialize(results);
  expect(JSON.parse(actual)).toEqual(JSON.parse(JSON.stringify(results)));
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, actual);
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as unknown;
  expect(results.length).toBeGreaterThan(10);
  expect(JSON.parse(actual)).toEqual(golden);
});

it.skipIf(!corpusPresent)('finds exactly the findings whose hash test/golden/corpus-findings.sha256 holds on the shared corpus', async () => {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(corpus, f));
  const results = await lintFiles(files, { useConfigFiles: false, ignore: false });
  // File names without the corpus's folder, so the hash is the same wherever the corpus is.
  const named = results.map((r) => ({ ...r, file: path.basename(r.file) }));
  const digest = createHash('sha256').update(serialize(named)).digest('hex');
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(CORPUS_GOLDEN, `${digest}\n`);
  // A different hash: the findings changed, or the corpus did (then regenerate, with UPDATE_GOLDEN=1, and say so in review).
  expect(digest).toBe(readFileSync(CORPUS_GOLDEN, 'utf8').trim());
});
