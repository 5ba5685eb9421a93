/** The CSV formatter: RFC 4180 quoting and line ends, the header, the BOM, formula neutralisation. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsv } from '../../src/formatters/csv.js';
import { lintText } from '../../src/index.js';
import type { Finding, LintResult } from '../../src/types.js';

const finding = (over: Partial<Finding>): Finding => ({ ruleId: 'safety-claim', severity: 'error', message: 'm', line: 2, column: 5, endLine: 2, endColumn: 9, offset: 10, endOffset: 14, excerpt: 'safe', url: 'https://example.org/rule', ...over });

describe('formatCsv', () => {
  it('writes a BOM, a header row and one CRLF-ended row per finding', () => {
    const out = formatCsv([{ file: 'a.md', messages: [finding({}), finding({ ruleId: 'speed-claim', severity: 'warning', line: 3, column: 1, suggestions: ['a', 'b'] })] }]);
    expect(out.startsWith('\ufeff')).toBe(true);
    const lines = out.slice(1).split('\r\n');
    expect(lines).toEqual([
      CSV_COLUMNS.join(','),
      'a.md,2,5,safety-claim,error,safe,m,,https://example.org/rule',
      'a.md,3,1,speed-claim,warning,safe,m,a | b,https://example.org/rule',
      '',
    ]);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, quotes, CR and LF, doubling quotes (RFC 4180), and reads back exactly', () => {
    const tricky = ['one, two', 'say "cure"', 'line\nbreak', 'carriage\rreturn', 'crlf\r\ninside', '“curly” — dash'];
    const results: LintResult[] = [{ file: 'dir/with,comma "q".md', messages: tricky.map((t) => finding({ excerpt: t, message: t, suggestions: [t] })) }];
    const out = formatCsv(results);
    expect(out).toContain('"say ""cure"""');
    expect(out).toContain('"line\nbreak"');
    expect(out).toContain('"carriage\rreturn"');
    const rows = parse(out, { bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[5], r[6], r[7]])).toEqual(tricky.map((t) => ['dir/with,comma "q".md', t, t, t]));
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const payloads = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const out = formatCsv([{ file: '=cmd|"/c calc"!A1.md', messages: payloads.map((p) => finding({ excerpt: p, message: p, suggestions: [p] })) }]);
    const rows = (parse(out, { bom: true }) as string[][]).slice(1);
    for (const [i, row] of rows.entries()) {
      expect(row[0]).toBe(`'=cmd|"/c calc"!A1.md`);
      for (const cell of [row[5], row[6], row[7]]) expect(cell).toBe(`'${payloads[i]}`);
    }
    // Harmless text is untouched, including a minus inside a cell.
    expect(formatCsv([{ file: 'a.md', messages: [finding({ excerpt: 'a-b', message: 'x = y' })] }])).toContain(',a-b,x = y,');
  });

  it('leaves line and column empty for a document-level finding', () => {
    const doc = finding({ line: 1, column: 1, offset: 0, excerpt: '' });
    delete (doc as { endLine?: number }).endLine;
    delete (doc as { endColumn?: number }).endColumn;
    delete (doc as { endOffset?: number }).endOffset;
    const rows = parse(formatCsv([{ file: 'a.md', messages: [doc] }]), { bom: true }) as string[][];
    expect(rows[1]?.slice(0, 5)).toEqual(['a.md', '', '', 'safety-claim', 'error']);
  });

  it('writes the findings of a real article with their excerpts and guidance', () => {
    const result = lintText('Ketamine cures depression. It is 100% safe, with "no side effects".', { path: 'post.md' });
    const rows = parse(formatCsv([result]), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(result.messages.length);
    for (const [i, m] of result.messages.entries()) expect(rows[i]).toMatchObject({ file: 'post.md', rule: m.ruleId, severity: m.severity, excerpt: m.excerpt, guidance_url: m.url });
    expect(formatCsv([])).toBe(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});
