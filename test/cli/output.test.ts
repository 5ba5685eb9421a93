/** Report delivery and --max-warnings, below the command line. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { countWarnings, deliverReport, exceedsMaxWarnings, parseMaxWarnings } from '../../src/cli/output.js';
import type { Finding, LintResult } from '../../src/types.js';

const finding = (severity: Finding['severity']): Finding => ({ ruleId: 'r', severity, message: 'm', line: 1, column: 1, offset: 0, excerpt: '', url: '' });
const results: LintResult[] = [
  { file: 'a.md', messages: [finding('warning'), finding('info'), finding('error'), finding('warning')] },
  { file: 'b.md', messages: [finding('warning'), finding('info')] },
];

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) }, out, err };
}

describe('--max-warnings', () => {
  it('accepts non-negative integers only', () => {
    expect(parseMaxWarnings('0')).toBe(0);
    expect(parseMaxWarnings('25')).toBe(25);
    for (const bad of ['-1', '1.5', 'abc', '', '1e3', '99999999999999999999']) expect(() => parseMaxWarnings(bad)).toThrow(InvalidArgumentError);
  });

  it('counts warnings only, and says so on stderr when they exceed the maximum', () => {
    expect(countWarnings(results)).toBe(3);
    const { io, err } = capture();
    expect(exceedsMaxWarnings(results, undefined, io.stderr)).toBe(false);
    expect(exceedsMaxWarnings(results, 3, io.stderr)).toBe(false);
    expect(err).toEqual([]);
    expect(exceedsMaxWarnings(results, 2, io.stderr)).toBe(true);
    expect(err).toEqual(['medlint: 3 warnings found; --max-warnings allows 2\n']);
  });
});

describe('deliverReport', () => {
  it('prints to stdout with a final newline, and nothing for an empty report', () => {
    const { io, out } = capture();
    expect(deliverReport('report', undefined, io)).toBe(true);
    expect(deliverReport('done\n', undefined, io)).toBe(true);
    expect(deliverReport('', undefined, io)).toBe(true);
    expect(out).toEqual(['report\n', 'done\n']);
  });

  it('writes the file, creating folders, leaving no temporary file, printing nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medlint-out-'));
    const file = path.join(dir, 'reports', 'deep', 'medlint.sarif');
    const { io, out, err } = capture();
    expect(deliverReport('{"a":1}\n', file, io)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(path.dirname(file))).toEqual(['medlint.sarif']);
    expect(out).toEqual([]);
    expect(err).toEqual([]);
  });

  it('replaces an existing file and keeps its mode', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medlint-out-'));
    const file = path.join(dir, 'report.xml');
    writeFileSync(file, 'old report that is longer than the new one');
    chmodSync(file, 0o640);
    expect(deliverReport('new', file, capture().io)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('gives one line on stderr and false when the file cannot be written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medlint-out-'));
    mkdirSync(path.join(dir, 'taken'));
    writeFileSync(path.join(dir, 'plain'), 'x');
    for (const target of [path.join(dir, 'taken'), path.join(dir, 'plain', 'under-a-file.json')]) {
      const { io, out, err } = capture();
      expect(deliverReport('x', target, io)).toBe(false);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^medlint: cannot write the output file .*(is a directory|ENOTDIR|EEXIST)[^\n]*\n$/);
    }
    expect(readdirSync(dir).sort()).toEqual(['plain', 'taken']);
    expect(readdirSync(path.join(dir, 'taken'))).toEqual([]);
  });
});
