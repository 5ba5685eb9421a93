/** End-to-end tests of `medlint report` and the markdown and csv formats, through the built binary. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/medlint.js');

function medlint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? process.cwd(), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'medlint-report-'));

const oneLineError = (stderr: string): void => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^medlint: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('medlint report', { timeout: 60_000 }, () => {
  it('writes a self-contained HTML report of the seeds and exits 0', () => {
    const out = path.join(temp(), 'r.html');
    const r = medlint(['report', 'fixtures/seeds', '--out', out]);
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html.match(/<script type="application\/json" id="medlint-body-\d+">/g)).toHaveLength(5);
    expect(html).not.toMatch(/\s(src|href)="(?!data:)[^"]*"/);
    // A new file with the default mode: readable, not executable.
    expect(statSync(out).mode & 0o500).toBe(0o400);
  });

  it('writes medlint-report.html by default, into folders it creates, replacing an older report', () => {
    const dir = temp();
    expect(medlint(['report', path.resolve('fixtures/clean')], { cwd: dir }).status).toBe(0);
    expect(existsSync(path.join(dir, 'medlint-report.html'))).toBe(true);
    const nested = path.join(dir, 'a', 'b', 'report.html');
    writeFileSync(path.join(dir, 'old.html'), 'old');
    expect(medlint(['report', 'fixtures/clean', '--out', nested]).status).toBe(0);
    expect(medlint(['report', 'fixtures/clean', '--out', path.join(dir, 'old.html')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'old.html'), 'utf8')).toContain('<!doctype html>');
    expect(existsSync(nested)).toBe(true);
  });

  it('is reproducible with SOURCE_DATE_EPOCH', () => {
    const dir = temp();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    medlint(['report', 'fixtures/seeds', '--out', path.join(dir, '1.html')], { env });
    medlint(['report', 'fixtures/seeds', '--out', path.join(dir, '2.html')], { env });
    const one = readFileSync(path.join(dir, '1.html'), 'utf8');
    expect(one).toBe(readFileSync(path.join(dir, '2.html'), 'utf8'));
    expect(one).toContain('2023-11-14T22:13:20.000Z');
  });

  it('writes CSV and Markdown with --format, to a file or to standard output', () => {
    const dir = temp();
    const csv = medlint(['report', 'fixtures/seeds', '--format', 'csv', '--out', '-']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('\ufefffile,line,column,rule,severity,excerpt,message,suggestion,guidance_url\r\n')).toBe(true);
    expect(medlint(['report', 'fixtures/seeds', '--format', 'markdown', '--title', 'Batch 7', '--out', path.join(dir, 'r.md')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'r.md'), 'utf8')).toMatch(/^## Batch 7\n/);
    // A CSV report written over a file keeps exactly one byte order mark.
    const file = path.join(dir, 'r.csv');
    medlint(['report', 'fixtures/seeds', '--format', 'csv', '--out', file]);
    medlint(['report', 'fixtures/seeds', '--format', 'csv', '--out', file]);
    expect(readFileSync(file, 'utf8')).toBe(csv.stdout);
  });

  it('takes --rule and --disable like the main command', () => {
    const only = medlint(['report', 'fixtures/seeds', '--rule', 'speed-claim', '--format', 'csv', '--out', '-']);
    const rules = new Set(only.stdout.trim().split('\r\n').slice(1).map((line) => line.split(',')[3]));
    expect(rules).toEqual(new Set(['speed-claim']));
    const html = path.join(temp(), 'r.html');
    medlint(['report', 'fixtures/seeds', '--disable', 'spelling,whitespace', '--out', html]);
    const index = JSON.parse(/<script type="application\/json" id="medlint-index">([^<]*)<\/script>/.exec(readFileSync(html, 'utf8'))?.[1] ?? '{}') as { rules: { id: string; severity: number | null }[] };
    expect(index.rules.filter((r) => r.severity === null).map((r) => r.id).sort()).toEqual(['spelling', 'whitespace']);
  });

  it('exits 2 with one line on stderr for usage and input errors, writing nothing', () => {
    const dir = temp();
    const out = path.join(dir, 'r.html');
    for (const args of [
      ['report', '--bogus'],
      ['report', '--format', 'pdf'],
      ['report', 'no/such/dir', '--out', out],
      ['report', 'fixtures/seeds', '--rule', 'no-such-rule', '--out', out],
      ['report', 'fixtures/seeds', '--out', dir],
    ]) {
      const r = medlint(args);
      expect(r.status, args.join(' ')).toBe(2);
      oneLineError(r.stderr);
    }
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin', 'x.md'), Buffer.from([0, 1, 2, 3]));
    const binary = medlint(['report', path.join(dir, 'bin', 'x.md'), '--out', out]);
    expect(binary.status).toBe(2);
    oneLineError(binary.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('has help, and the main help lists it', () => {
    const help = medlint(['report', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--out <file>');
    expect(help.stdout).toContain('--format <name>');
    expect(medlint(['--help']).stdout).toMatch(/report \[paths\.\.\.\]/);
  });
});

describe('--format markdown and --format csv', { timeout: 60_000 }, () => {
  it('are formats of the main command', () => {
    const csv = medlint(['--format', 'csv', 'fixtures/seeds']);
    expect(csv.status).toBe(1);
    const json = JSON.parse(medlint(['--format', 'json', 'fixtures/seeds']).stdout) as { messages: unknown[] }[];
    const findings = json.reduce((n, r) => n + r.messages.length, 0);
    // Header + one record per finding (records may hold quoted line breaks, so count record starts).
    expect(csv.stdout.split('\r\n').filter((line) => line.startsWith('fixtures/seeds/')).length).toBe(findings);
    const md = medlint(['--format', 'markdown', 'fixtures/seeds']);
    expect(md.status).toBe(1);
    expect(md.stdout).toContain('| Rule | Errors | Warnings | Info | Articles |');
    expect(md.stdout.match(/^### `fixtures\/seeds\//gm)).toHaveLength(5);
  });
});
