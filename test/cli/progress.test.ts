/** The progress bar: when it draws, what it draws, how often, and that it clears itself. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, formatDuration, progressAllowed, progressLine } from '../../src/cli/progress.js';
// The built CLI: src/cli/index.ts reads package.json relative to its place in dist/.
import { run, type CliIO } from '../../dist/src/cli/index.js';

/** A fake clock and a terminal that records what was written. */
function terminal() {
  let t = 0;
  const writes: string[] = [];
  return { now: () => t, advance: (ms: number) => void (t += ms), write: (s: string) => void writes.push(s), writes };
}

describe('progressAllowed', () => {
  it('allows a bar only on a terminal outside CI', () => {
    expect(progressAllowed(false, {})).toBe(false);
    expect(progressAllowed(true, {})).toBe(true);
    expect(progressAllowed(true, { CI: 'true' })).toBe(false);
    expect(progressAllowed(true, { CI: '1' })).toBe(false);
    expect(progressAllowed(true, { CI: 'woodpecker' })).toBe(false);
    expect(progressAllowed(true, { CI: 'false' })).toBe(true);
    expect(progressAllowed(true, { CI: '' })).toBe(true);
  });
});

describe('createProgress', () => {
  it('draws nothing when disabled', () => {
    const term = terminal();
    const bar = createProgress(false, { total: 10, label: 'Linting', write: term.write, now: term.now });
    for (let i = 0; i < 10; i++) {
      term.advance(500);
      bar.tick();
    }
    bar.done();
    expect(term.writes).toEqual([]);
  });

  it('shows done of total, elapsed and time left, at most every interval, and clears at the end', () => {
    const term = terminal();
    const bar = createProgress(true, { total: 10, label: 'Linting', write: term.write, now: term.now, columns: 100 });
    term.advance(100);
    bar.tick(); // before the delay: nothing yet
    expect(term.writes).toEqual([]);
    term.advance(900);
    bar.tick(); // 2 of 10 after 1 s: 4 s left
    expect(term.writes).toHaveLength(1);
    expect(term.writes[0]).toBe(`\r\u001b[KLinting  [${'█'.repeat(6)}${'░'.repeat(24)}]   2/10 files  20%  elapsed 0:01  left 0:04`);
    term.advance(50);
    bar.tick(); // within 100 ms of the last draw: throttled
    expect(term.writes).toHaveLength(1);
    term.advance(60);
    bar.tick();
    expect(term.writes).toHaveLength(2);
    expect(term.writes[1]).toContain(' 4/10 files');
    bar.done();
    expect(term.writes.at(-1)).toBe('\r\u001b[K');
    bar.tick();
    expect(term.writes).toHaveLength(3);
  });

  it('draws at most ten times a second however fast the files go', () => {
    const term = terminal();
    const bar = createProgress(true, { total: 10_000, label: 'Linting', write: term.write, now: term.now });
    for (let i = 0; i < 10_000; i++) {
      term.advance(1); // 10 s in all
      bar.tick();
    }
    expect(term.writes.length).toBeLessThanOrEqual(100);
    expect(term.writes.length).toBeGreaterThan(90);
  });

  it('clears its line before another message and draws again on the next tick', () => {
    const term = terminal();
    const bar = createProgress(true, { total: 3, label: 'Linting', write: term.write, now: term.now, delay: 0, interval: 0 });
    bar.tick();
    bar.clear();
    expect(term.writes.at(-1)).toBe('\r\u001b[K');
    bar.tick();
    expect(term.writes.at(-1)).toContain('2/3 files');
  });

  it('fits a narrow terminal and formats durations', () => {
    expect(progressLine('Linting', 5, 10, 2000, 40).length).toBeLessThanOrEqual(39);
    expect(progressLine('Linting', 5, 10, 2000, 40)).not.toContain('█');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(61_000)).toBe('1:01');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(progressLine('Linting', 0, 10, 0, 100)).toContain('left --:--');
  });
});

describe('the CLI', () => {
  afterEach(() => void vi.unstubAllEnvs());

  /** 60 copies of a seed article, so the run lasts longer than the bar's delay. */
  function corpus(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'medlint-progress-'));
    const text = readFileSync('fixtures/seeds/001_47608fdc6364d356.txt', 'utf8');
    for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.txt`), text);
    return dir;
  }

  async function lint(args: string[], stderrIsTTY: boolean): Promise<string> {
    let stderr = '';
    // No delay before the first draw: a warm process lints these files faster than the default 300 ms.
    const io: CliIO = { stdout: () => undefined, stderr: (s) => void (stderr += s), readStdin: async () => new Uint8Array(), isTTY: false, stderrIsTTY, progressDelay: 0 };
    await run(['node', 'medlint', ...args], io);
    return stderr;
  }

  it('shows a progress bar on a terminal and clears it, and none when stderr is not a terminal or in CI', async () => {
    const dir = corpus();
    vi.stubEnv('CI', '');
    const shown = await lint(['--format', 'json', dir], true);
    expect(shown).toMatch(/Linting {2}\[[█░]+\] +\d+\/60 files/);
    expect(shown.endsWith('\r\u001b[K')).toBe(true);
    expect(await lint(['--format', 'json', dir], false)).toBe('');
    vi.stubEnv('CI', 'true');
    expect(await lint(['--format', 'json', dir], true)).toBe('');
    vi.stubEnv('CI', '');
    // `medlint report` shows it too, for linting and for rendering.
    const report = await lint(['report', dir, '--out', path.join(dir, 'out', 'r.html')], true);
    expect(report).toMatch(/Linting {2}\[/);
    expect(report.endsWith('\r\u001b[K')).toBe(true);
  }, 120_000);
});
