/** A run that could not look never reports "nothing found": missing paths, FIFOs, link loops, unreadable folders. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, medlint, tempDir } from '../helpers/cli.js';
import { expandPathsReporting } from '../../src/engine/files.js';

interface SarifLog {
  runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[] }[];
}

describe('fail loudly', () => {
  it('a missing path: exit 2, the other paths linted, SARIF says the run failed', () => {
    const dir = tempDir({ 'ok.md': 'Nothing to see here.\n' });
    const r = medlint(['--no-config-lookup', '-f', 'sarif', '-o', 'out.sarif', 'ok.md', 'missing.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('medlint: missing.md: no such file or directory\n');
    const log = JSON.parse(execFileSync('cat', [path.join(dir, 'out.sarif')], { encoding: 'utf8' })) as SarifLog;
    const run = log.runs[0]!;
    expect(run.invocations).toEqual([
      { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'Not linted: missing.md: no such file or directory' }, descriptor: { id: 'medlint/input' } }] },
    ]);
    // A clean run says so too.
    const clean = medlint(['--no-config-lookup', '-f', 'sarif', 'ok.md'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect((JSON.parse(clean.stdout) as SarifLog).runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('every other format carries the failure as an error finding, so no report reads as clean', () => {
    const dir = tempDir({ 'ok.md': 'Nothing to see here.\n' });
    for (const format of ['json', 'junit', 'checkstyle', 'github', 'markdown', 'csv']) {
      const r = medlint(['--no-config-lookup', '-f', format, 'ok.md', 'missing.md'], { cwd: dir });
      expect(r.status, format).toBe(2);
      expect(r.stdout, format).toContain('missing.md');
      expect(r.stdout, format).toContain('medlint/input');
    }
  });

  it('a FIFO and a symbolic link loop are named as such, one line each, and never block', () => {
    const dir = tempDir({ 'ok.md': 'Nothing to see here.\n' });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    symlinkSync('loop.md', path.join(dir, 'loop.md'));
    const r = medlint(['--no-config-lookup', 'pipe.md', 'loop.md', 'ok.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual(['medlint: pipe.md: is a FIFO, not a file; not linted', 'medlint: loop.md: too many levels of symbolic links']);
    // Found by a walk: the reader refuses them the same way.
    const walked = medlint(['--no-config-lookup', '.'], { cwd: dir });
    expect(walked.status).toBe(2);
    expect(walked.stderr).toContain('pipe.md: is a FIFO, not a file; not linted');
    expect(walked.stderr).toContain('loop.md: too many levels of symbolic links');
  }, 30_000);

  it('an unreadable folder in a walk is an error naming it; the rest is linted', () => {
    const dir = tempDir({ 'a/ok.md': 'Fine.\n', 'b/hidden.md': 'Fine.\n' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'b'), 0o000);
    // Root reads every folder: run as nobody then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const r = spawnSync(process.execPath, [BIN, '--no-config-lookup', '-f', 'json', '.'], { cwd: dir, encoding: 'utf8', ...asNobody });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('medlint: b: permission denied; its files were not linted\n');
      expect((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file)).toEqual(['a/ok.md', 'b']);
    } finally {
      chmodSync(path.join(dir, 'b'), 0o755);
    }
  }, 30_000);

  it('names a path that cannot exist with its reason, and still expands the others', async () => {
    const dir = tempDir({ 'a/ok.md': 'Fine.\n' });
    const { files, errors } = await expandPathsReporting([path.join(dir, 'a'), path.join(dir, 'a', 'ok.md', 'below')]);
    expect(files).toEqual([path.join(dir, 'a', 'ok.md')]);
    expect(errors.map((e) => e.message)).toEqual([`${path.join(dir, 'a', 'ok.md', 'below')}: a part of the path is not a folder`]);
  });

  it('--max-file-time stops a slow file with one line and goes on; a bad value is a usage error', () => {
    const dir = tempDir({ 'big.md': 'It cures pain. '.repeat(3000), 'ok.md': 'Nothing to see here.\n' });
    const r = medlint(['--no-config-lookup', '--max-file-time', '0.001', 'big.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('medlint: big.md: stopped after 0.001 s, the per-file time budget (--max-file-time); not linted\n');
    const bad = medlint(['--max-file-time', 'soon', 'ok.md'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^medlint: option '--max-file-time <seconds>' argument 'soon' is invalid/);
  }, 30_000);

  it('report --out refuses a device and writes /dev/stdout to the stream', () => {
    const dir = tempDir({ 'ok.md': 'It cures pain.\n' });
    const refused = medlint(['report', 'ok.md', '--no-config-lookup', '--format', 'csv', '--out', '/dev/null'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^medlint: \/dev\/null: is a device, not a file;[^\n]*\n$/);
    const streamed = medlint(['report', 'ok.md', '--no-config-lookup', '--format', 'csv', '--out', '/dev/stdout'], { cwd: dir });
    expect(streamed.status).toBe(0);
    expect(streamed.stdout).toContain('ok.md,1,4,absolute-claim');
  }, 30_000);

  it('never blocks on a FIFO named as a cache entry or a baseline', () => {
    const dir = tempDir({ 'a.md': 'It cures pain.\n' });
    execFileSync('mkfifo', [path.join(dir, 'p.md')]);
    execFileSync('mkfifo', [path.join(dir, 'base.json')]);
    const cached = medlint(['--no-config-lookup', '--cache', '--cache-location', 'c.json', '.'], { cwd: dir });
    expect(cached.status).toBe(2);
    expect(cached.stderr).toBe('medlint: p.md: is a FIFO, not a file; not linted\n');
    const baseline = medlint(['--no-config-lookup', '--baseline', 'base.json', 'a.md'], { cwd: dir });
    expect(baseline.status).toBe(2);
    expect(baseline.stderr).toBe('medlint: base.json: cannot be read (ENOTREG)\n');
  }, 30_000);
});
