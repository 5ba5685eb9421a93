/**
 * End-to-end tests of the built binary on temporary repositories: configuration discovery
 * and precedence, --init and --print-config, ignore files, every suppression form, baselines
 * across edits that shift lines, --changed-since, the cache and its invalidation, shards,
 * and exit codes 0/1/2.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf, medlint, oneLineError, tempDir, writeFiles } from './helpers/cli.js';

const SEEDS = path.resolve('fixtures/seeds');
const seedFiles = (): Record<string, string> => Object.fromEntries(readdirSync(SEEDS).map((f) => [`content/${f}`, readFileSync(path.join(SEEDS, f), 'utf8')]));
const SAFE = 'Ketamine is completely safe.';
const json = (args: string[], cwd: string) => medlint(['--format', 'json', ...args], { cwd });

describe('configuration from the command line', () => {
  it('finds the nearest config for each file, merges up to root, and exits 2 with one line on a bad one', () => {
    const dir = tempDir({
      '.medlintrc.json': JSON.stringify({ root: true, rules: { 'safety-claim': 'warning' } }),
      'a.md': `${SAFE}\n`,
      'sub/.medlintrc.yaml': 'rules:\n  safety-claim: "off"\n',
      'sub/b.md': `${SAFE}\n`,
      'pkg/package.json': JSON.stringify({ name: 'p', medlint: { rules: { 'safety-claim': 'info' } } }),
      'pkg/c.md': `${SAFE}\n`,
    });
    const r = json(['.'], dir);
    expect(r.status).toBe(0);
    const found = JSON.parse(r.stdout) as { file: string; messages: { ruleId: string; severity: string }[] }[];
    expect(found.map((f) => [f.file, f.messages.filter((m) => m.ruleId === 'safety-claim').map((m) => m.severity)])).toEqual([
      ['a.md', ['warning']],
      ['pkg/c.md', ['info']],
      ['sub/b.md', []],
    ]);
    // Naming a rule with --rule is explicit: it runs even where a config turned it off, at its default severity.
    expect(JSON.parse(json(['--rule', 'safety-claim', 'sub'], dir).stdout)).toMatchObject([{ file: 'sub/b.md', messages: [{ severity: 'error' }] }]);
    writeFiles(dir, { 'sub/.medlintrc.yaml': 'rules:\n  safety-claim: [warning, { ignorePhrases: [completely safe] }]\n' });
    expect(findingsOf(json(['--rule', 'safety-claim', 'sub'], dir).stdout)).toEqual([]);
    writeFiles(dir, { 'sub/.medlintrc.yaml': 'rules:\n  safety-claim: [warning, { ignorePhrase: [x] }]\n' });
    const bad = json(['.'], dir);
    expect(bad.status).toBe(2);
    oneLineError(bad.stderr);
    expect(bad.stderr).toBe('medlint: sub/.medlintrc.yaml: rules.safety-claim[1].ignorePhrase: expected an option of safety-claim (one of extraPhrases, ignorePhrases)\n');
    // --config replaces discovery; --no-config-lookup ignores config files.
    writeFiles(dir, { 'strict.json': JSON.stringify({ extends: 'medlint:strict' }), 'fast.md': 'Ketamine works within minutes.\n' });
    const speed = (args: string[]) => (JSON.parse(json(['--rule', 'speed-claim', ...args, 'fast.md'], dir).stdout) as { messages: { severity: string }[] }[])[0]?.messages.map((m) => m.severity);
    expect(speed([])).toEqual(['warning']);
    expect(speed(['--config', 'strict.json'])).toEqual(['error']);
    const stdin = medlint(['--config', 'strict.json', '--format', 'json', '--rule', 'speed-claim', '--stdin', '--stdin-filename', 'x.md'], { cwd: dir, input: 'Ketamine works within minutes.\n' });
    expect(stdin.status).toBe(1);
    // The broken sub/.medlintrc.yaml is not even read.
    const noLookup = json(['--no-config-lookup', '.'], dir);
    expect(noLookup.status).toBe(1);
    expect(noLookup.stderr).toBe('');
    expect(findingsOf(json(['--no-config-lookup', '--rule', 'safety-claim', 'sub/b.md'], dir).stdout)).toEqual(['sub/b.md:1:13 safety-claim']);
  });

  it('--init writes a starter config that validates, and refuses to overwrite one', () => {
    const dir = tempDir({ 'a.md': `${SAFE}\n` });
    const r = medlint(['--init'], { cwd: dir });
    expect(r.status).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, '.medlintrc.json'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ root: true, extends: 'medlint:recommended' });
    expect(json(['a.md'], dir).status).toBe(1);
    const again = medlint(['--init'], { cwd: dir });
    expect(again.status).toBe(2);
    oneLineError(again.stderr);
  });

  it('--print-config prints every rule with its severity and full options for a file', () => {
    const dir = tempDir({
      '.medlintrc.json': JSON.stringify({ root: true, extends: 'medlint:strict', words: ['Nao'], rules: { whitespace: 'off' }, overrides: [{ files: 'uk/**', locale: 'en-GB' }] }),
      'uk/a.md': '',
    });
    const r = medlint(['--print-config', 'uk/a.md'], { cwd: dir });
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as { configFiles: string[]; locale: string; words: string[]; rules: Record<string, unknown> };
    expect(printed.configFiles).toEqual(['medlint:recommended', 'medlint:strict', '.medlintrc.json']);
    expect(printed.locale).toBe('en-GB');
    expect(printed.rules['whitespace']).toBe('off');
    // Words and locale are shared settings every rule reads, printed once; a rule's options are its own.
    expect(printed.words).toEqual(['Nao']);
    expect(printed.rules['spelling']).toEqual(['error', { words: [] }]);
    expect(printed.rules['absolute-claim']).toEqual(['error', { extraPhrases: [], ignorePhrases: [] }]);
  });

  it('honours .medlintignore and config ignores, and --no-ignore', () => {
    const dir = tempDir({
      '.medlintignore': '# generated pages\ngenerated/\n',
      '.medlintrc.json': JSON.stringify({ root: true, ignores: ['*.draft.md'] }),
      'a.md': `${SAFE}\n`,
      'b.draft.md': `${SAFE}\n`,
      'generated/c.md': `${SAFE}\n`,
    });
    const files = (args: string[]) => (JSON.parse(json(['--rule', 'safety-claim', ...args], dir).stdout) as { file: string }[]).map((f) => f.file);
    expect(files(['.'])).toEqual(['a.md']);
    expect(files(['b.draft.md', 'a.md'])).toEqual(['a.md']);
    expect(files(['--no-ignore', '.'])).toEqual(['a.md', 'b.draft.md', 'generated/c.md']);
  });
});

describe('suppressions from the command line', () => {
  const files = {
    'a.md': `<!-- medlint-disable-next-line safety-claim -- quoted from the label -->\n${SAFE}\n\n${SAFE} <!-- medlint-disable-line safety-claim -->\n\n<!-- medlint-disable safety-claim -->\n${SAFE}\n<!-- medlint-enable safety-claim -->\n`,
    'b.html': `<!-- medlint-disable-next-line safety-claim -- label -->\n<p>${SAFE}</p>\n`,
    'c.mdx': `{/* medlint-disable-next-line safety-claim -- label */}\n${SAFE}\n`,
    'd.txt': `medlint-disable-next-line safety-claim -- label\n${SAFE}\n`,
    'e.md': `---\nmedlint:\n  disable: [safety-claim]\n---\n\n${SAFE}\n`,
    'f.md': `<!-- medlint-disable-next-line safety-claim -- nothing to suppress -->\nKetamine may help.\n`,
  };

  it('every form suppresses, and suppressed findings are kept in the JSON with their reason', () => {
    const dir = tempDir(files);
    const r = json(['--rule', 'safety-claim', '.'], dir);
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as { file: string; messages: unknown[]; suppressed?: { line: number; suppressions: { kind: string; justification: string }[] }[] }[];
    expect(results.flatMap((x) => x.messages)).toEqual([]);
    expect(results.map((x) => [x.file, (x.suppressed ?? []).map((s) => `${s.line} ${s.suppressions[0]?.kind} ${s.suppressions[0]?.justification}`)])).toEqual([
      ['a.md', ['2 directive quoted from the label', '4 directive ', '7 directive ']],
      ['b.html', ['2 directive label']],
      ['c.mdx', ['2 directive label']],
      ['d.txt', ['2 directive label']],
      ['e.md', ['6 front-matter disabled in front matter']],
      ['f.md', []],
    ]);
  });

  it('--require-reason and --report-unused-disable-directives turn audit gaps into errors (exit 1)', () => {
    const dir = tempDir(files);
    const reason = json(['--rule', 'safety-claim', '--require-reason', '.'], dir);
    expect(reason.status).toBe(1);
    expect(findingsOf(reason.stdout)).toEqual(['a.md:4:30 medlint/directive', 'a.md:6:1 medlint/directive']);
    const unused = json(['--rule', 'safety-claim', '--report-unused-disable-directives', '.'], dir);
    expect(unused.status).toBe(1);
    expect(findingsOf(unused.stdout)).toEqual(['f.md:1:1 medlint/directive']);
  });
});

describe('baselines', () => {
  it('round trip: edits that shift lines keep baselined findings quiet; new ones are reported; gone ones are counted', () => {
    const dir = tempDir(seedFiles());
    const write = medlint(['--baseline-write', 'medlint-baseline.json', 'content'], { cwd: dir });
    expect(write.status).toBe(0);
    expect(write.stderr).toMatch(/^medlint: wrote \d+ findings in 5 file\(s\) to medlint-baseline\.json\n$/);
    const clean = json(['--baseline', 'medlint-baseline.json', 'content'], dir);
    expect(clean.status).toBe(0);
    expect(findingsOf(clean.stdout)).toEqual([]);

    const file = path.join(dir, 'content/001_47608fdc6364d356.txt');
    const original = readFileSync(file, 'utf8');
    // Shift every line down by three, add a new claim, and fix one old finding (a typo).
    expect(original).toContain('manifactured');
    const edited = `A new introduction.\n\nAnother line.\n${original}\n${SAFE}\n`.replace('manifactured', 'manufactured');
    writeFileSync(file, edited);
    const after = json(['--baseline', 'medlint-baseline.json', 'content'], dir);
    expect(after.status).toBe(1);
    const lines = edited.split('\n');
    expect(findingsOf(after.stdout)).toEqual([`content/001_47608fdc6364d356.txt:${lines.length - 1}:13 safety-claim`]);
    expect(after.stderr).toMatch(/^medlint: [1-9]\d* baselined findings? no longer occurs?; run --baseline-write medlint-baseline\.json to update the baseline\n$/);
  });

  it('a missing or foreign baseline is a one-line error', () => {
    const dir = tempDir({ ...seedFiles(), 'other.json': '{"version":2}' });
    for (const file of ['nope.json', 'other.json']) {
      const r = json(['--baseline', file, 'content'], dir);
      expect(r.status).toBe(2);
      oneLineError(r.stderr);
    }
  });
});

describe('--changed-since', () => {
  it('lints only changed files and reports findings on changed lines (and new files in full)', () => {
    const dir = tempDir({ 'a.md': `# A\n\n${SAFE}\n`, 'b.md': `# B\n\n${SAFE}\n` });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'empty');
    git('add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'articles');
    writeFileSync(path.join(dir, 'a.md'), `# A\n\n${SAFE}\n\nKetamine cures depression.\n`);
    writeFileSync(path.join(dir, 'new.md'), `${SAFE}\n`);
    const r = json(['--rule', 'safety-claim,absolute-claim', '--changed-since', 'HEAD', '.'], dir);
    expect(findingsOf(r.stdout)).toEqual(['a.md:5:10 absolute-claim', 'new.md:1:13 safety-claim']);
    const all = json(['--rule', 'safety-claim,absolute-claim', '--changed-since', 'HEAD~1', '.'], dir);
    expect(findingsOf(all.stdout)).toEqual(['a.md:3:13 safety-claim', 'a.md:5:10 absolute-claim', 'b.md:3:13 safety-claim', 'new.md:1:13 safety-claim']);
    const bad = json(['--changed-since', 'no-such-ref', '.'], dir);
    expect(bad.status).toBe(2);
    oneLineError(bad.stderr);
  });
});

describe('cache', () => {
  /** Plants a marker finding in every cached result, so a run that used the cache shows it. */
  function poison(cacheFile: string): void {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: { messages: unknown[] } }> };
    for (const entry of Object.values(data.entries)) entry.result.messages = [{ ruleId: 'from-cache', severity: 'info', message: 'cached', line: 1, column: 1, offset: 0, excerpt: '', url: '' }];
    writeFileSync(cacheFile, JSON.stringify(data));
  }
  const fromCache = (stdout: string) => (JSON.parse(stdout) as { file: string; messages: { ruleId: string }[] }[]).filter((r) => r.messages.some((m) => m.ruleId === 'from-cache')).map((r) => r.file);

  it('reuses results of unchanged files and relints files whose content, config or medlint version changed', () => {
    const dir = tempDir({ ...seedFiles(), 'package.json': '{"name":"site"}' });
    const cacheFile = path.join(dir, 'node_modules/.cache/medlint/cache.json');
    const first = json(['--cache', 'content'], dir);
    expect(first.status).toBe(1);
    poison(cacheFile);
    const all = ['content/000_9d4c36eb3ef5bdd5.txt', 'content/001_47608fdc6364d356.txt', 'content/002_512fe603eb64f184.txt', 'content/003_d2c41bb4dd1c1c1b.txt', 'content/004_a6e6d1886f08fb16.txt'];
    expect(fromCache(json(['--cache', 'content'], dir).stdout)).toEqual(all);
    // Same content, new mtime: still a hit (content hash).
    const f0 = path.join(dir, all[0]!);
    writeFileSync(f0, readFileSync(f0));
    expect(fromCache(json(['--cache', 'content'], dir).stdout)).toEqual(all);
    // Changed content: that file is linted again.
    writeFileSync(f0, `${readFileSync(f0, 'utf8')}\nOne more line.\n`);
    expect(fromCache(json(['--cache', 'content'], dir).stdout)).toEqual(all.slice(1));
    // Changed config: every file is linted again.
    poison(cacheFile);
    writeFileSync(path.join(dir, '.medlintrc.json'), JSON.stringify({ rules: { whitespace: 'off' } }));
    expect(fromCache(json(['--cache', 'content'], dir).stdout)).toEqual([]);
    // Another medlint version: the cache is discarded.
    poison(cacheFile);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string };
    data.version = '0.0.0-older';
    writeFileSync(cacheFile, JSON.stringify(data));
    expect(fromCache(json(['--cache', 'content'], dir).stdout)).toEqual([]);
    // Without --cache nothing is read from it.
    poison(cacheFile);
    expect(fromCache(json(['content'], dir).stdout)).toEqual([]);
  });

  it('--cache-location takes a file or a folder', () => {
    const dir = tempDir(seedFiles());
    json(['--cache', '--cache-location', 'tmp/lint-cache.json', 'content'], dir);
    json(['--cache', '--cache-location', 'cachedir/', 'content'], dir);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual(['lint-cache.json']);
    expect(readdirSync(path.join(dir, 'cachedir'))).toEqual(['cache.json']);
  });
});

describe('shards and exit codes', () => {
  it('shards together cover every file exactly once, deterministically', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 11; i++) files[`p${String(i).padStart(2, '0')}.md`] = `${SAFE}\n`;
    const dir = tempDir(files);
    const shard = (s: string) => (JSON.parse(json(['--rule', 'safety-claim', '--shard', s, '.'], dir).stdout) as { file: string }[]).map((r) => r.file);
    const parts = ['1/3', '2/3', '3/3'].map(shard);
    expect(parts.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(parts.flat().sort()).toEqual(Object.keys(files).sort());
    expect(shard('2/3')).toEqual(parts[1]);
    for (const bad of ['0/3', '4/3', '1/0', 'x']) {
      const r = json(['--shard', bad, '.'], dir);
      expect(r.status, bad).toBe(2);
      oneLineError(r.stderr);
    }
  });

  it('exits 0 without errors, 1 with errors, 2 on usage errors', () => {
    const dir = tempDir({ 'ok.md': 'Ketamine may help some patients.\n', 'bad.md': `${SAFE}\n` });
    expect(medlint(['--rule', 'safety-claim', 'ok.md'], { cwd: dir }).status).toBe(0);
    expect(medlint(['--rule', 'safety-claim', 'bad.md'], { cwd: dir }).status).toBe(1);
    for (const args of [['--baseline', 'a', '--baseline-write', 'b', '.'], ['--fix', '--fix-dry-run', '.'], ['--config', 'missing.json', '.']]) {
      const r = medlint(args, { cwd: dir });
      expect(r.status, args.join(' ')).toBe(2);
      oneLineError(r.stderr);
    }
  });
});
