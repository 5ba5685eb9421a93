/**
 * The four lint entry points (the CLI, `medlint report`, `lintFiles` and the remark plugin)
 * run one project pipeline, so they give the same findings: on the seeds and on the clean
 * fixtures, finding for finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { lintFiles, remarkMedlint, type Finding, type LintResult } from '../src/index.js';
import { collectRun } from '../src/cli/report.js';
import { medlint } from './helpers/cli.js';

const FILES = [
  ...readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`),
  ...readdirSync('fixtures/clean').map((f) => `fixtures/clean/${f}`),
].sort();

/** What every entry point can say of a finding (the remark plugin's vfile messages carry no fingerprint or fix). */
function essentials(m: Finding): Record<string, unknown> {
  return { ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, excerpt: m.excerpt, url: m.url, suggestions: m.suggestions };
}

const byFile = (results: readonly LintResult[]): Record<string, unknown[]> => Object.fromEntries(results.map((r) => [r.file, r.messages.map(essentials)]));

describe('entry points', () => {
  it('the CLI, the report, lintFiles and the remark plugin give identical findings on the seeds and the clean fixtures', async () => {
    const cli = JSON.parse(medlint(['--format', 'json', '--workers', '0', ...FILES]).stdout) as LintResult[];
    const api = await lintFiles(FILES);
    const report = (await collectRun(FILES, {}, () => ({ tick: () => undefined, clear: () => undefined, done: () => undefined }))).articles.map((a) => a.result);
    const remark: LintResult[] = [];
    for (const file of FILES) {
      const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
      const processor = unified().use(remarkParse).use(remarkMedlint);
      await processor.run(processor.parse(vfile), vfile);
      remark.push({
        file,
        messages: vfile.messages.map((m) => {
          const place = m.place && 'start' in m.place ? m.place : undefined;
          return {
            ruleId: m.ruleId ?? '',
            severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
            message: m.reason,
            line: place?.start.line ?? m.line ?? 1,
            column: place?.start.column ?? m.column ?? 1,
            ...(place ? { endLine: place.end.line, endColumn: place.end.column } : {}),
            offset: place?.start.offset ?? 0,
            excerpt: m.actual ?? '',
            url: m.url ?? '',
            ...(m.expected && m.expected.length > 0 ? { suggestions: m.expected } : {}),
          };
        }),
      });
    }
    // The seeds hold findings (so the comparison compares something), the clean fixtures none at error level.
    expect(cli.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(FILES.length);
    expect(cli.map((r) => r.file)).toEqual(FILES);
    // Full findings (fingerprints, fixes, suppressed ones) from the three that return results.
    expect(api).toEqual(cli);
    expect(report).toEqual(cli);
    expect(byFile(remark)).toEqual(byFile(cli));
  });
});
