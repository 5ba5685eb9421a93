/** The GitHub Actions formatter: workflow commands with exact properties and @actions/core's escaping. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import type { Finding } from '../../src/types.js';

const base: Finding = { ruleId: 'safety-claim', severity: 'error', message: 'm', line: 3, column: 12, endLine: 3, endColumn: 25, offset: 40, endOffset: 53, excerpt: 'non-addictive', url: 'u' };
const cwd = path.resolve('/repo');

/** Reverses the escaping, as the runner does when it reads a command. */
const unescape = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Splits a command into its name, properties and message, by the separators only an unescaped command can hold. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  expect(match).not.toBeNull();
  const [, command = '', props = '', message = ''] = match ?? [];
  const properties = Object.fromEntries(props.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
  return { command, properties, message: unescape(message) };
}

describe('github formatter', () => {
  it('writes one command per finding with the range, the level and a title', () => {
    const out = formatGithub([{ file: 'posts/a.md', messages: [base, { ...base, severity: 'warning', ruleId: 'speed-claim' }, { ...base, severity: 'info', ruleId: 'whitespace' }] }], { cwd });
    expect(out).toBe(
      [
        '::error file=posts/a.md,line=3,endLine=3,col=12,endColumn=25,title=medlint (safety-claim)::m',
        '::warning file=posts/a.md,line=3,endLine=3,col=12,endColumn=25,title=medlint (speed-claim)::m',
        '::notice file=posts/a.md,line=3,endLine=3,col=12,endColumn=25,title=medlint (whitespace)::m',
        '',
      ].join('\n'),
    );
  });

  it('leaves columns out of a range over several lines, and gives a document-level finding line 1 only', () => {
    const multi: Finding = { ...base, endLine: 4, endColumn: 4 };
    const doc: Finding = { ruleId: 'missing-disclaimer', severity: 'warning', message: 'no disclaimer', line: 1, column: 1, offset: 0, excerpt: '', url: 'u' };
    expect(formatGithub([{ file: 'a.md', messages: [multi, doc] }], { cwd }).split('\n')).toEqual([
      '::error file=a.md,line=3,endLine=4,title=medlint (safety-claim)::m',
      '::warning file=a.md,line=1,title=medlint (missing-disclaimer)::no disclaimer',
      '',
    ]);
  });

  it('escapes hostile file names and messages so that no property or line can be forged', () => {
    const hostile: Finding = {
      ...base,
      message: '100% sure: cures, heals\r\n::error file=x::forged',
      suggestions: ['a, b', 'c%0A'],
      related: [{ message: 'says: here', line: 5, column: 1, endLine: 5, endColumn: 3, offset: 90, endOffset: 92 }],
    };
    const file = 'we,ird:na%me\nx.md';
    const out = formatGithub([{ file, messages: [hostile] }], { cwd });
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toBe(
      '::error file=we%2Cird%3Ana%25me%0Ax.md,line=3,endLine=3,col=12,endColumn=25,title=medlint (safety-claim)::' +
        '100%25 sure: cures, heals%0D%0A::error file=x::forged%0ASuggestion: a, b | c%250A%0ARelated: we,ird:na%25me%0Ax.md:5:1 says: here\n',
    );
    const parsed = parseCommand(out.trimEnd());
    expect(parsed.command).toBe('error');
    expect(parsed.properties).toEqual({ file, line: '3', endLine: '3', col: '12', endColumn: '25', title: 'medlint (safety-claim)' });
    expect(parsed.message).toBe(`${hostile.message}\nSuggestion: a, b | c%0A\nRelated: ${file}:5:1 says: here`);
  });

  it('reports paths relative to the working directory with forward slashes; others as given', () => {
    const out = formatGithub(
      [
        { file: path.join(cwd, 'posts', 'a.md'), messages: [base] },
        { file: path.resolve('/elsewhere/b.md'), messages: [base] },
        { file: 'clean.md', messages: [] },
      ],
      { cwd },
    );
    const lines = out.trimEnd().split('\n');
    expect(lines.map((l) => parseCommand(l).properties['file'])).toEqual(['posts/a.md', path.resolve('/elsewhere/b.md')]);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub([{ file: 'a.md', messages: [] }], { cwd })).toBe('');
  });

  it('escapes like @actions/core', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
  });
});
