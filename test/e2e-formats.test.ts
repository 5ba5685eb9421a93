/**
 * End-to-end tests of the output formats: the built binary (`node bin/medlint.js`, so run
 * `npm run build` first, as `npm test` does) on a temporary folder holding real articles. Every
 * format is checked against the JSON format's findings of the same run: the same counts, the
 * same ranges.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../src/types.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { children, parseXml, type XmlNode } from './helpers/xml.js';

const BIN = path.resolve('bin/medlint.js');
/** A file name with every character a workflow command or a URI must escape. */
const ODD = 'odd, name: 100%.md';
const FIXABLE = 'Ketamine Clinic\n\nOur clinic manifactured the the tablets in  Ohio for the\nthe patients with depression.\n';

let dir: string;
let reference: LintResult[];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the binary in the temporary folder. A run that writes no file changes nothing, so its
 * outcome is kept and reused: each run costs a second of CPU, and the CLI tests run alongside.
 */
const runs = new Map<string, Run>();
function medlint(args: readonly string[]): Run {
  const key = JSON.stringify(args);
  const writes = args.includes('-o') || args.includes('--output-file');
  const kept = writes ? undefined : runs.get(key);
  if (kept) return kept;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (!writes) runs.set(key, run);
  return run;
}

const findings = (results: readonly LintResult[]): Finding[] => results.flatMap((r) => r.messages);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'medlint-formats-'));
  mkdirSync(path.join(dir, 'articles'));
  mkdirSync(path.join(dir, 'clean'));
  for (const name of readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt'))) copyFileSync(path.join('fixtures/seeds', name), path.join(dir, 'articles', name));
  writeFileSync(path.join(dir, 'articles', 'fixable.md'), FIXABLE);
  writeFileSync(path.join(dir, 'articles', ODD), 'Our treatment cures depression.\n');
  copyFileSync('fixtures/clean/ketamine-depression.md', path.join(dir, 'clean', 'ketamine-depression.md'));
  mkdirSync(path.join(dir, 'broken'));
  writeFileSync(path.join(dir, 'broken', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  const json = medlint(['--format', 'json', 'articles', 'clean']);
  expect(json.status).toBe(1);
  reference = JSON.parse(json.stdout) as LintResult[];
  expect(reference.map((r) => r.file)).toContain(`articles/${ODD}`);
  expect(reference.find((r) => r.file === 'clean/ketamine-depression.md')?.messages).toEqual([]);
});

describe('sarif', () => {
  it('is valid against the official schema and holds the JSON findings, with related locations and fixes', () => {
    const r = medlint(['--format', 'sarif', 'articles', 'clean']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const log = JSON.parse(r.stdout) as Sarif.Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    expect(run?.artifacts?.map((a) => a.location?.uri)).toEqual(reference.map((x) => x.file.split('/').map(encodeURIComponent).join('/')));
    expect(run?.artifacts?.map((a) => a.location?.uri)).toContain('articles/odd%2C%20name%3A%20100%25.md');
    const expected = reference.flatMap((x, index) => x.messages.map((m) => ({ index, m })));
    expect(run?.results).toHaveLength(expected.length);
    for (const [i, { index, m }] of expected.entries()) {
      const result = run?.results?.[i];
      expect(result?.ruleId).toBe(m.ruleId);
      const location = result?.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation?.index).toBe(index);
      expect(location?.region).toEqual(m.endLine === undefined ? { startLine: 1 } : { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, snippet: { text: m.excerpt } });
      expect(result?.relatedLocations?.map((l) => l.physicalLocation?.region)).toEqual(m.related?.map((x) => ({ startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn })));
      expect(result?.fixes?.length ?? 0).toBe(m.fix ? 1 : 0);
    }
    expect(run?.results?.filter((x) => x.relatedLocations).length).toBeGreaterThan(0);
    expect(run?.results?.filter((x) => x.fixes).length).toBeGreaterThanOrEqual(4);
  });
});

describe('github', () => {
  it('writes one escaped workflow command per finding, with the JSON ranges', () => {
    const r = medlint(['--format', 'github', 'articles', 'clean']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const all = reference.flatMap((x) => x.messages.map((m) => ({ file: x.file, m })));
    expect(lines).toHaveLength(all.length);
    const level = { error: 'error', warning: 'warning', info: 'notice' };
    for (const [i, { file, m }] of all.entries()) {
      const escapedFile = file.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
      const range = m.endLine === undefined ? '' : m.endLine === m.line ? `,endLine=${m.endLine},col=${m.column},endColumn=${m.endColumn}` : `,endLine=${m.endLine}`;
      expect(lines[i]?.startsWith(`::${level[m.severity]} file=${escapedFile},line=${m.line}${range},title=medlint (${m.ruleId})::`)).toBe(true);
    }
    expect(lines.filter((l) => l.includes('file=articles/odd%2C name%3A 100%25.md,'))).not.toEqual([]);
    // Related places and suggestions stay on the one line, as escaped line breaks.
    expect(lines.some((l) => /%0ARelated: articles\/003_d2c41bb4dd1c1c1b\.txt:16:94 /.test(l))).toBe(true);
  });
});

describe('junit and checkstyle', () => {
  it('junit parses as XML with one suite per file and one failing test case per finding', () => {
    const r = medlint(['--format', 'junit', 'articles', 'clean']);
    expect(r.status).toBe(1);
    const root = parseXml(r.stdout)['testsuites'] as XmlNode;
    const count = findings(reference).length;
    expect(root).toMatchObject({ tests: String(count + 1), failures: String(count), errors: '0' });
    const suites = children(root, 'testsuite');
    expect(suites.map((s) => [s['name'], s['failures']])).toEqual(reference.map((x) => [x.file, String(x.messages.length)]));
    expect(suites.map((s) => children(s, 'testcase').filter((c) => c['failure']).length)).toEqual(reference.map((x) => x.messages.length));
  });

  it('checkstyle parses as XML with every file and one error per finding', () => {
    const r = medlint(['--format', 'checkstyle', 'articles', 'clean']);
    expect(r.status).toBe(1);
    const files = children(parseXml(r.stdout)['checkstyle'] as XmlNode, 'file');
    expect(files.map((f) => f['name'])).toEqual(reference.map((x) => x.file));
    expect(files.map((f) => children(f, 'error').map((e) => `${e['line']}:${e['column']} ${e['severity']} ${e['source']}`))).toEqual(
      reference.map((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.severity} medlint.${m.ruleId}`)),
    );
  });
});

describe('--quiet', () => {
  it('keeps errors only in every format', () => {
    const errors = reference.map((x) => x.messages.filter((m) => m.severity === 'error').length);
    const total = errors.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(findings(reference).length);
    const sarif = JSON.parse(medlint(['--quiet', '-f', 'sarif', 'articles', 'clean']).stdout) as Sarif.Log;
    expect(sarif.runs[0]?.results?.map((x) => x.level)).toEqual(Array<string>(total).fill('error'));
    expect(medlint(['--quiet', '-f', 'github', 'articles', 'clean']).stdout.trimEnd().split('\n').map((l) => l.slice(0, 8))).toEqual(Array<string>(total).fill('::error '));
    const junit = parseXml(medlint(['--quiet', '-f', 'junit', 'articles', 'clean']).stdout)['testsuites'] as XmlNode;
    expect(children(junit, 'testsuite').map((s) => Number(s['failures']))).toEqual(errors);
    const checkstyle = parseXml(medlint(['--quiet', '-f', 'checkstyle', 'articles', 'clean']).stdout)['checkstyle'] as XmlNode;
    expect(children(checkstyle, 'file').map((f) => children(f, 'error').filter((e) => e['severity'] === 'error').length)).toEqual(errors);
    expect(children(checkstyle, 'file').flatMap((f) => children(f, 'error')).length).toBe(total);
  });
});

describe('--output-file', () => {
  it('writes the report to the file, creating folders, and prints nothing', () => {
    const r = medlint(['--format', 'sarif', '--output-file', 'reports/ci/medlint.sarif', 'articles', 'clean']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const written = readFileSync(path.join(dir, 'reports/ci/medlint.sarif'), 'utf8');
    expect(written).toBe(medlint(['--format', 'sarif', 'articles', 'clean']).stdout);
    expect(readdirSync(path.join(dir, 'reports/ci'))).toEqual(['medlint.sarif']);
    const stylish = medlint(['-o', 'reports/stylish.txt', '--color', 'articles/fixable.md']);
    expect(stylish.stdout).toBe('');
    // --color is honoured when asked for, even into a file.
    expect(readFileSync(path.join(dir, 'reports/stylish.txt'), 'utf8')).toContain('\u001b[');
    medlint(['-o', 'reports/plain.txt', 'articles/fixable.md']);
    expect(readFileSync(path.join(dir, 'reports/plain.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('exits 2 with one line on stderr when the file cannot be written, or when there is no report to write', () => {
    for (const args of [
      ['-o', 'articles', 'articles/fixable.md'],
      ['-o', 'articles/fixable.md/report.json', 'articles/fixable.md'],
      ['-o', 'x.json', '--fix-dry-run', 'articles/fixable.md'],
    ]) {
      const r = medlint(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^medlint: /);
    }
    expect(readFileSync(path.join(dir, 'articles/fixable.md'), 'utf8')).toBe(FIXABLE);
  });
});

describe('--max-warnings and exit status', () => {
  // Two repeated words (warnings) and a double space (info): only the warnings count.
  const only = ['--rule', 'repeated-word,whitespace', 'articles/fixable.md'];

  it('exits 1 when the warnings exceed the maximum, saying so; info does not count', () => {
    const json = JSON.parse(medlint(['-f', 'json', ...only]).stdout) as LintResult[];
    expect(findings(json).map((m) => m.severity).sort()).toEqual(['info', 'warning', 'warning']);
    expect(medlint(only).status).toBe(0);
    const within = medlint(['--max-warnings', '2', ...only]);
    expect([within.status, within.stderr]).toEqual([0, '']);
    const over = medlint(['--max-warnings', '1', ...only]);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('medlint: 2 warnings found; --max-warnings allows 1\n');
    expect(medlint(['--max-warnings', '0', '--rule', 'whitespace', 'articles/fixable.md']).status).toBe(0);
  });

  it('counts warnings that --quiet hides, as ESLint does', () => {
    const r = medlint(['--quiet', '--max-warnings', '1', '-f', 'json', ...only]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ file: 'articles/fixable.md', messages: [] }]);
    expect(r.stderr).toContain('--max-warnings allows 1');
  });

  // Exit 1 on findings at error level is checked with each format above.
  it('exits 0 clean and 2 on usage and input errors, in every format', () => {
    for (const format of ['sarif', 'github', 'junit', 'checkstyle']) {
      expect(medlint(['-f', format, 'clean']).status, format).toBe(0);
      // A file that cannot be read is an input error; the report still covers the rest, and
      // says that the file was not linted (SARIF: the run did not succeed; others: an error).
      const binary = medlint(['-f', format, 'clean', 'broken/binary.md']);
      expect(binary.status, format).toBe(2);
      expect(binary.stderr).toMatch(/^medlint: broken\/binary\.md: .*binary/);
      if (format === 'sarif') {
        const run = (JSON.parse(binary.stdout) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean }[] }[] }).runs[0];
        expect(run?.results).toEqual([]);
        expect(run?.invocations[0]?.executionSuccessful).toBe(false);
        expect(sarifSchemaErrors(JSON.parse(binary.stdout))).toEqual([]);
      } else {
        expect(binary.stdout, format).toContain('medlint/input');
        expect(binary.stdout, format).toContain('broken/binary.md');
      }
      expect(medlint(['-f', format, 'missing.md']).status, format).toBe(2);
    }
    expect(sarifSchemaErrors(JSON.parse(medlint(['-f', 'sarif', 'clean']).stdout))).toEqual([]);
    expect(medlint(['-f', 'github', 'clean']).stdout).toBe('');
    const help = medlint(['--help']);
    expect(help.status).toBe(0);
    for (const text of ['--output-file <path>', '--max-warnings <n>', '-f sarif -o medlint.sarif', ...['sarif', 'github', 'junit', 'checkstyle'].map((f) => `"${f}"`)]) expect(help.stdout).toContain(text);
    for (const args of [['--max-warnings', '-1', 'clean'], ['--max-warnings', 'many', 'clean'], ['--format', 'xml', 'clean']]) {
      const r = medlint(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
