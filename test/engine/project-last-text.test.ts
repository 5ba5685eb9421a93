import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ruleSet } from '../../src/builtin.js';
import { LintCache } from '../../src/engine/cache.js';
import { Project } from '../../src/engine/project.js';

// The report printed as files are linted shows a file's lines from the text just linted
// (Project.lastText), instead of reading and decoding the file a second time.
describe('Project.lastText', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'medlint-last-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const a = path.join(dir, 'a.md');
  const b = path.join(dir, 'b.md');
  writeFileSync(a, '\uFEFFOur clinic offers the safest care.\n');
  writeFileSync(b, 'Ketamine is non-addictive.\n');

  it('gives the text of the file linted last, without its byte order mark, and nothing for any other file', async () => {
    const project = new Project(ruleSet, { cwd: dir, ignore: false, words: false });
    expect(project.lastText(a)).toBeUndefined();
    await project.lint(a);
    expect(project.lastText(a)).toBe('Our clinic offers the safest care.\n');
    expect(project.lastText(b)).toBeUndefined();
    await project.lint(b);
    expect(project.lastText(b)).toBe('Ketamine is non-addictive.\n');
    expect(project.lastText(a)).toBeUndefined();
  });

  it('gives nothing for a result the cache answered (no text was linted)', async () => {
    const cache = LintCache.load(path.join(dir, '.cache.json'), 'test');
    const first = new Project(ruleSet, { cwd: dir, ignore: false, words: false, cache });
    await first.lint(a);
    expect(first.lastText(a)).toBe('Our clinic offers the safest care.\n');
    const second = new Project(ruleSet, { cwd: dir, ignore: false, words: false, cache });
    await second.lint(a);
    expect(second.lastText(a)).toBeUndefined();
  });
});
