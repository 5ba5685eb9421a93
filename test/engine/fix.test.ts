/** --fix and --fix-dry-run on temporary copies: atomic writes, idempotence, untouched files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';

const BIN = path.resolve('bin/medlint.js');
const SEED = 'fixtures/seeds/001_47608fdc6364d356.txt';

function medlint(args: readonly string[], input?: string): { status: number; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { status: r.status ?? -1, stdout: r.stdout };
}

function tempCopy(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'medlint-fix-'));
  const file = path.join(dir, path.basename(source));
  copyFileSync(source, file);
  return file;
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes from the end and skips overlaps', () => {
    const out = applyFixes('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 2, text: 'AB' }, { start: 1, end: 3, text: 'x' }]);
    expect(out).toEqual({ text: 'ABcdEf', applied: 2 });
  });
});

describe('medlint --fix', () => {
  it('fixes the seed in place: only the fixed ranges change, the mode is kept, a second run changes nothing', () => {
    const file = tempCopy(SEED);
    chmodSync(file, 0o640);
    const before = readFileSync(file, 'utf8');
    medlint(['--fix', file]);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('if manufactured through factories');
    expect(after).toContain('Forms of Ketamine');
    // Nothing outside the fixed ranges: the texts differ only where the fixes were.
    expect(after).toBe(before.replace('manifactured', 'manufactured').replace(/Forms of[ \u00a0]{2,}Ketamine/, 'Forms of Ketamine').replace(/The[ \u00a0]{2,}NMDA/, 'The NMDA'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    const mtime = statSync(file).mtimeMs;
    medlint(['--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('leaves a file with nothing to fix untouched, not even rewritten', () => {
    const file = tempCopy('fixtures/clean/ketamine-depression.md');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const mtime = statSync(file).mtimeMs;
    expect(medlint(['--fix', file]).status).toBe(0);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('keeps a BOM', () => {
    const file = tempCopy(SEED);
    writeFileSync(file, '\ufeffWe saw the the patient.\n');
    medlint(['--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe('\ufeffWe saw the patient.\n');
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const file = tempCopy(SEED);
    const before = readFileSync(file, 'utf8');
    const { stdout } = medlint(['--fix-dry-run', file]);
    expect(stdout).toContain(`--- ${file}`);
    expect(stdout).toContain('-Forms of\u00a0 Ketamine');
    expect(stdout).toContain('+Forms of Ketamine');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('with --stdin prints the fixed text and writes no file', () => {
    const { stdout, status } = medlint(['--stdin', '--fix'], 'We saw the the patient.  It was manifactured by etamine.\n');
    expect(stdout).toBe('We saw the patient.  It was manufactured by ketamine.\n');
    expect(status).toBe(0);
  });

  it('refuses --fix with --fix-dry-run', () => {
    expect(medlint(['--fix', '--fix-dry-run', SEED]).status).toBe(2);
  });

  it('json output carries the fix', () => {
    const out = execFileSync(process.execPath, [BIN, '--format', 'json', '--stdin', '--rule', 'spelling'], { input: 'The science behind etamine treatment.', encoding: 'utf8' });
    expect(JSON.parse(out)[0].messages[0].fix).toEqual({ start: 19, end: 26, text: 'ketamine' });
  });
});
