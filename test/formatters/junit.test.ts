/** The JUnit formatter: parsed as XML, with the counts and values of the findings it came from. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/formatters/junit.js';
import { lintFiles } from '../../src/index.js';
import type { Finding, LintResult } from '../../src/types.js';
import { children, parseXml, type XmlNode } from '../helpers/xml.js';

let seeds: LintResult[];
beforeAll(async () => {
  seeds = [...(await lintFiles(['fixtures/seeds'])), { file: 'clean.md', messages: [] }];
});

describe('junit formatter', () => {
  it('writes one suite per file and one failing test case per finding, with the right counts', () => {
    const root = parseXml(formatJunit(seeds))['testsuites'] as XmlNode;
    const findings = seeds.reduce((n, r) => n + r.messages.length, 0);
    expect(findings).toBeGreaterThan(50);
    // One passing test case for the file without findings.
    expect(root).toMatchObject({ name: 'medlint', tests: String(findings + 1), failures: String(findings), errors: '0' });
    const suites = children(root, 'testsuite');
    expect(suites.map((s) => s['name'])).toEqual(seeds.map((r) => r.file));
    for (const [i, result] of seeds.entries()) {
      const suite = suites[i];
      const cases = children(suite, 'testcase');
      expect(suite).toMatchObject({ tests: String(Math.max(1, result.messages.length)), failures: String(result.messages.length), errors: '0' });
      if (result.messages.length === 0) {
        expect(cases).toEqual([{ name: 'medlint', classname: result.file }]);
        continue;
      }
      expect(cases.map((c) => c['name'])).toEqual(result.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}`));
      for (const [j, m] of result.messages.entries()) {
        expect(cases[j]?.['classname']).toBe(result.file);
        const failure = cases[j]?.['failure'] as XmlNode;
        expect(failure['message']).toBe(m.message);
        expect(failure['type']).toBe(m.ruleId);
        const body = failure['#text'] as string;
        expect(body.startsWith(`${m.severity}: ${m.message}\n`)).toBe(true);
        expect(body).toContain(`Guidance: ${m.url}`);
        if (m.excerpt) expect(body).toContain(`Excerpt: “${m.excerpt}”`);
        if (m.suggestions?.[0]) expect(body).toContain(m.suggestions[0]);
        for (const r of m.related ?? []) expect(body).toContain(`Related: ${result.file}:${r.line}:${r.column} ${r.message}`);
      }
    }
  });

  it('survives hostile messages, excerpts and file names', () => {
    const hostile: Finding = {
      ruleId: 'safety-claim', severity: 'error', message: `a < b && "c" > 'd' ]]> \u0000\u0008nul\r\nnext`, line: 2, column: 3, endLine: 2, endColumn: 9, offset: 5, endOffset: 11,
      excerpt: '<b>&amp;</b>', url: 'https://example.com/?a=1&b=2', suggestions: ['x < y'],
    };
    const file = `we"ird & <odd> 'name'.md`;
    const root = parseXml(formatJunit([{ file, messages: [hostile] }]))['testsuites'] as XmlNode;
    const suite = children(root, 'testsuite')[0];
    expect(suite?.['name']).toBe(file);
    const testcase = children(suite, 'testcase')[0];
    expect(testcase?.['classname']).toBe(file);
    const failure = testcase?.['failure'] as XmlNode;
    expect(failure['message']).toBe(`a < b && "c" > 'd' ]]> \\x00\\x08nul\r\nnext`);
    expect(failure['#text']).toBe(
      `error: a < b && "c" > 'd' ]]> \\x00\\x08nul\\r\\nnext\nat ${file}:2:3-2:9\nExcerpt: “<b>&amp;</b>”\nSuggestion: x < y\nGuidance: https://example.com/?a=1&b=2`,
    );
  });

  it('marks a document-level finding as covering the whole document', () => {
    const doc: Finding = { ruleId: 'missing-disclaimer', severity: 'warning', message: 'no disclaimer', line: 1, column: 1, offset: 0, excerpt: '', url: 'u' };
    const root = parseXml(formatJunit([{ file: 'a.md', messages: [doc] }]))['testsuites'] as XmlNode;
    const failure = children(children(root, 'testsuite')[0], 'testcase')[0]?.['failure'] as XmlNode;
    expect(failure['#text']).toBe('warning: no disclaimer\nat a.md:1:1 (the whole document)\nGuidance: u');
  });

  it('writes an empty report for no files', () => {
    expect(parseXml(formatJunit([]))['testsuites']).toEqual({ name: 'medlint', tests: '0', failures: '0', errors: '0' });
  });
});
