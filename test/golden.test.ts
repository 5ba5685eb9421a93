/**
 * Speed work must not change a finding: every finding on the seed articles, the clean articles
 * and the injection fixtures, compared field by field with test/golden/findings.json, which the
 * code before a change wrote. A change that is meant to change findings (a rule's data, a new
 * rule) regenerates the file and shows the difference in review:
 *
 *     UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 *
 * The shared corpus lives outside the repository; compare it by hand, before and after:
 * `node bin/medlint.js --format json ../shared/corpus/*.txt` must print the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { lintFiles } from '../src/index.js';
import type { LintResult } from '../src/types.js';

const GOLDEN = 'test/golden/findings.json';
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
