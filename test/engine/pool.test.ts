/**
 * The worker pool gives what one thread gives: the same findings, in the same order, with
 * the same errors and exit status, on the seeds, the clean and hostile fixtures and the
 * shared corpus (../shared/corpus, when present), with and without the cache and --shard.
 * The expected output is the single-thread run of the same build, never a stored snapshot:
 * the findings themselves change on other branches.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKER_THRESHOLD, workerCount } from '../../src/engine/pool.js';
import { medlintAsync, tempDir, type RunResult } from '../helpers/cli.js';

const SHARED_CORPUS = path.resolve('../shared/corpus');
const INPUTS = ['fixtures/seeds', 'fixtures/clean', 'fixtures/injection', ...(existsSync(SHARED_CORPUS) ? [SHARED_CORPUS] : [])];
const BASE = ['--format', 'json', '--no-config-lookup'];

let singleRun: Promise<RunResult> | undefined;
/** The single-thread run of every input, shared by the tests. */
function single(): Promise<RunResult> {
  singleRun ??= medlintAsync([...BASE, '--workers', '0', ...INPUTS]);
  return singleRun;
}

describe('worker pool', () => {
  it('gives the single-thread output with one and two workers', async () => {
    const [reference, one, two] = await Promise.all([single(), medlintAsync([...BASE, '--workers', '1', ...INPUTS]), medlintAsync([...BASE, '--workers', '2', ...INPUTS])]);
    expect(reference.stderr).toBe('');
    expect(JSON.parse(reference.stdout).length).toBeGreaterThan(10);
    for (const run of [one, two]) {
      expect(run.stdout).toBe(reference.stdout);
      expect(run.stderr).toBe(reference.stderr);
      expect(run.status).toBe(reference.status);
    }
  });

  it('keeps --shard and --cache working: cold and warm cached runs give the uncached output', async () => {
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'medlint-pool-')), 'cache.json');
    const [reference, shardSingle, shardTwo] = await Promise.all([
      single(),
      medlintAsync([...BASE, '--workers', '0', '--shard', '2/3', ...INPUTS]),
      medlintAsync([...BASE, '--workers', '2', '--shard', '2/3', ...INPUTS]),
    ]);
    expect(shardTwo.stdout).toBe(shardSingle.stdout);
    expect(shardTwo.stdout).not.toBe(reference.stdout);
    const cold = await medlintAsync([...BASE, '--workers', '2', '--cache', '--cache-location', cache, ...INPUTS]);
    expect(cold.stdout).toBe(reference.stdout);
    expect(Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as { entries: object }).entries).length).toBe((JSON.parse(reference.stdout) as unknown[]).length);
    const warm = await medlintAsync([...BASE, '--workers', '2', '--cache', '--cache-location', cache, ...INPUTS]);
    expect(warm.stdout).toBe(reference.stdout);
    expect(warm.status).toBe(reference.status);
  });

  it('reports unreadable files and configuration errors as one thread does', async () => {
    const dir = tempDir({
      'a.md': 'Ketamine cures depression.\n',
      'b.md': Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      'c.md': 'It is safe.\n',
      'bad/.medlintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
      'bad/d.md': 'Fine.\n',
    });
    const [single, two] = await Promise.all([medlintAsync(['--format', 'json', '--workers', '0', '.'], { cwd: dir }), medlintAsync(['--format', 'json', '--workers', '2', '.'], { cwd: dir })]);
    expect(single.status).toBe(2);
    expect(two.status).toBe(single.status);
    expect(two.stderr).toBe(single.stderr);
    expect(two.stdout).toBe(single.stdout);
    const [okSingle, okTwo] = await Promise.all([medlintAsync(['--format', 'json', '--workers', '0', 'a.md', 'b.md', 'c.md'], { cwd: dir }), medlintAsync(['--format', 'json', '--workers', '2', 'a.md', 'b.md', 'c.md'], { cwd: dir })]);
    expect(okSingle.stderr).toMatch(/b\.md/);
    expect(okTwo.stderr).toBe(okSingle.stderr);
    expect(okTwo.stdout).toBe(okSingle.stdout);
    expect(okTwo.status).toBe(okSingle.status);
  });

  it('uses workers only from the threshold on, unless asked', () => {
    expect(workerCount(WORKER_THRESHOLD - 1)).toBe(0);
    expect(workerCount(3, 2)).toBe(2);
    expect(workerCount(1, 4)).toBe(1);
    expect(workerCount(0, 2)).toBe(0);
    expect(workerCount(10, 0)).toBe(0);
  });
});
