/**
 * The CLI prints json and stylish reports a file at a time, as the files are linted, so that
 * no result is kept (issue 16: memory flat in the number of files). What it prints must be
 * the report the format gives for all results at once: the same bytes as the report written
 * whole to --output-file, with the same exit status, with and without worker threads, with
 * --quiet and --max-warnings, and with inputs that could not be linted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson, jsonStream } from '../../src/formatters/json.js';
import { formatStylish, stylishStream } from '../../src/formatters/stylish.js';
import type { LintResult } from '../../src/types.js';
import { medlintAsync, tempDir } from '../helpers/cli.js';

const INPUTS = ['fixtures/seeds', 'fixtures/clean', 'missing-file.md'];

describe('report streams', () => {
  it('join to the whole report', () => {
    const results: LintResult[] = [
      { file: 'a.md', messages: [] },
      { file: 'b.md', messages: [{ ruleId: 'spelling', severity: 'warning', message: 'm', line: 1, column: 1, offset: 0, excerpt: 'x', url: 'u' }] },
    ];
    for (const list of [[], results.slice(0, 1), results]) {
      const json = jsonStream();
      expect(list.map((r) => json.file(r)).join('') + json.end()).toBe(formatJson(list));
      const stylish = stylishStream({ columns: 80 });
      expect(list.map((r) => stylish.file(r)).join('') + stylish.end()).toBe(formatStylish(list, { columns: 80 }));
    }
  });

  for (const format of ['json', 'stylish']) {
    for (const extra of [[], ['--quiet'], ['--max-warnings', '0'], ['--workers', '2']]) {
      it(`prints the ${format} report${extra.length ? ` with ${extra.join(' ')}` : ''} as written whole to a file`, async () => {
        const out = path.join(tempDir({}), `report.${format}`);
        const args = ['--format', format, '--no-config-lookup', ...extra, ...INPUTS];
        const [streamed, whole] = await Promise.all([medlintAsync(args), medlintAsync([...args, '-o', out])]);
        expect(streamed.status).toBe(whole.status);
        expect(streamed.stdout.length).toBeGreaterThan(100);
        // Written to a file, stylish carries the inputs that could not be linted as findings (on a terminal they are on stderr).
        const written = readFileSync(out, 'utf8');
        // Standard output gets a final newline; a file gets the report as it is.
        if (format === 'json') expect(streamed.stdout).toBe(`${written}\n`);
        else expect(streamed.stdout).toBe(written.replace(/missing-file\.md\n[\s\S]*?\n\n/, '').replace(/(\d+) findings? \((\d+) errors?/, (_, n: string, e: string) => `${Number(n) - 1} findings (${Number(e) - 1} error${Number(e) - 1 === 1 ? '' : 's'}`).replace(/in (\d+) files/, (_, n: string) => `in ${Number(n) - 1} files`));
      });
    }
  }
});
