/**
 * An editor's real LSP client: Neovim (Debian's `neovim`; .ci/run installs it) runs headless
 * with test/lsp/neovim.lua, opens a seed article through `medlint lsp`, and applies a quick fix.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/cli.js';

const NVIM = process.env['MEDLINT_NVIM'] ?? '/usr/bin/nvim';
const available = spawnSync(NVIM, ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs Neovim; a missing one there is a failure, not a skip.
const run = available || process.env['CI'] === 'true' ? describe : describe.skip;

interface Outcome {
  diagnostics: { line: number; character: number; code: string; severity: number }[];
  after: { line: number; character: number; code: string }[];
  applied: string | null;
  shown: number;
  error?: string;
}

run(`Neovim's LSP client${available ? '' : ' (skipped: no nvim; apt-get install neovim)'}`, () => {
  it('shows the diagnostics of a seed article and applies a quick fix', () => {
    const dir = tempDir({});
    const seed = path.join(dir, 'seed.txt');
    copyFileSync('fixtures/seeds/000_9d4c36eb3ef5bdd5.txt', seed);
    const out = path.join(dir, 'outcome.json');
    // The CLI's findings for the file, before the fix.
    const cli = spawnSync(process.execPath, [BIN, '--format', 'json', 'seed.txt'], { cwd: dir, encoding: 'utf8' });
    const expected = (JSON.parse(cli.stdout) as { messages: { line: number; column: number; ruleId: string }[] }[])[0]!.messages;

    const r = spawnSync(NVIM, ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.resolve('test/lsp/neovim.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, MEDLINT_ROOT: dir, MEDLINT_FILE: seed, MEDLINT_OUT: out, MEDLINT_RULE: 'spelling', MEDLINT_NODE: process.execPath, MEDLINT_BIN: BIN },
    });
    expect(r.error).toBeUndefined();
    const outcome = JSON.parse(readFileSync(out, 'utf8')) as Outcome;
    expect(outcome.error).toBeUndefined();
    // The same findings as the CLI's.
    expect(outcome.diagnostics.map((d) => `${d.line + 1}:${d.character + 1} ${d.code}`)).toEqual(expected.map((m) => `${m.line}:${m.column} ${m.ruleId}`));
    expect(outcome.shown).toBe(expected.length);
    // The preferred quick fix of "etamine" is the safe fix; it is applied, saved, and the finding is gone.
    expect(outcome.applied).toBe('Replace with “ketamine” (safe fix)');
    const text = readFileSync(seed, 'utf8');
    expect(text).not.toContain(' etamine');
    expect(text.split('\n')[28]).toContain('ketamine');
    expect(outcome.after.map((d) => `${d.line + 1}:${d.character + 1} ${d.code}`)).not.toContain('29:20 spelling');
    expect(outcome.after.length).toBe(expected.length - 1);
  }, 90_000);
});
