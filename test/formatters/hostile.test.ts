/** Hostile file names and text in all eight formats: nothing reaches a terminal, a CI log or a Markdown comment that can act. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import type { Finding, LintResult } from '../../src/types.js';
import { escapeControls, escapeLine } from '../../src/util/escape.js';
import { parseXml } from '../helpers/xml.js';
import { medlint, tempDir } from '../helpers/cli.js';

/** A name with a newline that forges a workflow command, an OSC sequence that retitles the terminal, and a C1 CSI. */
const FILE = 'posts/evil\n::error file=x.md::forged\u001b]0;pwned\u0007\u009b31m.md';
const finding: Finding = {
  ruleId: 'absolute-claim',
  severity: 'error',
  message: 'bad \u001b[2J cleared\r::warning::forged',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 6,
  offset: 0,
  endOffset: 5,
  excerpt: 'cu\u009bres\u0000',
  url: 'https://example.com/rule',
  suggestions: ['heals\u001b[31m red'],
  related: [{ message: 'here\n::error::again', line: 2, column: 1, endLine: 2, endColumn: 3, offset: 10, endOffset: 12 }],
};
const results: LintResult[] = [{ file: FILE, messages: [finding] }];

// eslint-disable-next-line no-control-regex -- the point: no raw control character but line breaks and tab.
const ACTIVE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

describe('hostile names and text in every format', () => {
  for (const name of Object.keys(formatters)) {
    it(`${name}: no control character that acts, no forged line`, () => {
      const out = formatters[name]!(results, { color: false, cwd: process.cwd() });
      expect(out, name).not.toMatch(ACTIVE);
      // No line begins a workflow command except the github format's own, one per finding.
      const commands = out.split(/\r?\n/).filter((line) => line.startsWith('::'));
      expect(commands, name).toHaveLength(name === 'github' ? 1 : 0);
      // A lone CR (which returns the cursor and hides what came before) appears in no output line.
      expect(out.replace(/\r\n/g, ''), name).not.toMatch(name === 'csv' || name === 'junit' || name === 'checkstyle' ? /\r(?!\n)(?![^"]*")/ : /\r/);
    });
  }

  it('parses back: JSON and SARIF keep the real name, XML and CSV keep their structure', () => {
    const json = JSON.parse(formatters['json']!(results, {})) as LintResult[];
    expect(json[0]?.file).toBe(FILE);
    expect(json[0]?.messages[0]?.excerpt).toBe(finding.excerpt);
    const sarif = JSON.parse(formatters['sarif']!(results, { cwd: process.cwd() })) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(1);
    for (const format of ['junit', 'checkstyle']) expect(() => parseXml(formatters[format]!(results, {})), format).not.toThrow();
    const rows = parseCsv(formatters['csv']!(results, {}).replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['file']).toBe(escapeLine(FILE));
  });

  it('the escape helpers show each control as an escape and keep ordinary text', () => {
    expect(escapeLine('a\nb\tc\u001b[0m\u009b\u202e.md')).toBe('a\\nb\\tc\\x1b[0m\\u009b\\u202e.md');
    expect(escapeControls('line one\nline two\ttab\r\n\u0007bell\u007f')).toBe('line one\nline two\ttab\r\n\\x07bell\\x7f');
    expect(escapeLine('Ketamine “cures” — 100% ✓ 😀')).toBe('Ketamine “cures” — 100% ✓ 😀');
  });

  it('stylish through the CLI: a hostile file name stays on one line, and the CLI message too', () => {
    const name = 'a\u001b]0;x\u0007.md';
    const dir = tempDir({ [name]: 'It cures pain.\n' });
    const r = medlint(['--no-config-lookup', name, 'missing\u001b[2J.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(ACTIVE);
    expect(r.stdout).toContain('a\\x1b]0;x\\x07.md');
    expect(r.stderr).toBe('medlint: missing\\x1b[2J.md: no such file or directory\n');
  });

  it('a library warning (odd YAML front matter) is one line of medlint, from the CLI', () => {
    const dir = tempDir({ 'fm.md': '---\n&words: [Nao]\nmedlint:\n  words: [Nao]\n---\n\nHello world.\n' });
    const r = medlint(['--no-config-lookup', 'fm.md'], { cwd: dir });
    expect(r.stderr).toBe('medlint: warning: Anchor ending in : is ambiguous at line 1, column 7\n');
  });
});
