/** End-to-end tests of the built binary: exit codes, output formats, inputs, errors. */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { medlint, oneLineError, tempDir } from './helpers/cli.js';

describe('exit status and formats', () => {
  it('exits 1 on the seeds, with a stylish report naming every file', () => {
    const r = medlint(['fixtures/seeds']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    for (const f of ['001_47608fdc6364d356.txt', '002_512fe603eb64f184.txt', '004_a6e6d1886f08fb16.txt']) expect(r.stdout).toContain(`fixtures/seeds/${f}`);
    expect(r.stdout).toMatch(/45:115 +error +“non-addictive” denies addiction risk[^]*?\n +\S.*safety-claim\n/u);
  });

  it('exits 0 on the clean articles', () => {
    const r = medlint(['fixtures/clean']);
    expect(r.status).toBe(0);
  });

  it('prints the JSON contract, with offsets that index the file', () => {
    const r = medlint(['--format', 'json', 'fixtures/seeds']);
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout) as { file: string; messages: Record<string, unknown>[] }[];
    expect(results.map((x) => x.file)).toEqual([...results.map((x) => x.file)].sort());
    expect(results).toHaveLength(5);
    for (const result of results) {
      const text = readFileSync(result.file, 'utf8');
      const lines = text.split('\n');
      for (const m of result.messages) {
        if (m['excerpt'] === '') {
          // A document-level finding: line 1, column 1, offset 0, no range.
          expect(m).toMatchObject({ line: 1, column: 1, offset: 0 });
          expect(Object.keys(m)).not.toContain('endOffset');
          continue;
        }
        expect(Object.keys(m).sort()).toEqual(expect.arrayContaining(['column', 'endColumn', 'endLine', 'endOffset', 'excerpt', 'line', 'message', 'offset', 'ruleId', 'severity', 'url']));
        expect(['error', 'warning', 'info']).toContain(m['severity']);
        const offset = m['offset'] as number;
        expect(text.slice(offset, m['endOffset'] as number)).toBe(m['excerpt']);
        const line = lines[(m['line'] as number) - 1] ?? '';
        expect(line.slice((m['column'] as number) - 1, (m['endColumn'] as number) - 1)).toBe(m['excerpt']);
      }
    }
  });

  it('--quiet keeps errors only; --rule and --disable pick rules', () => {
    const quiet = JSON.parse(medlint(['--format', 'json', '--quiet', 'fixtures/seeds']).stdout) as { messages: { severity: string }[] }[];
    expect(quiet.flatMap((r) => r.messages).every((m) => m.severity === 'error')).toBe(true);
    const only = JSON.parse(medlint(['--format', 'json', '--rule', 'speed-claim', 'fixtures/seeds']).stdout) as { messages: { ruleId: string }[] }[];
    expect(new Set(only.flatMap((r) => r.messages.map((m) => m.ruleId)))).toEqual(new Set(['speed-claim']));
    const errorRules = ['safety-claim', 'absolute-claim', 'mechanism-contradiction', 'regulatory-claim'];
    const r = medlint(['--format', 'json', '--disable', errorRules.join(','), 'fixtures/seeds']);
    expect(r.status).toBe(0);
    const rest = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(rest.flatMap((x) => x.messages).some((m) => errorRules.includes(m.ruleId))).toBe(false);
  });

  it('--version and --help exit 0', () => {
    const version = medlint(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    const help = medlint(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--stdin-filename');
  });
});

describe('medlint facts', () => {
  it('lists the knowledge base with sources, filtered by a query', () => {
    const all = medlint(['facts']);
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('Mechanism facts');
    expect(all.stdout).toContain('https://pmc.ncbi.nlm.nih.gov/articles/PMC6573099');
    expect(all.stdout).toContain('Regulatory status');
    const one = medlint(['facts', 'spravato']);
    expect(one.stdout).toContain('FDA-approved 2019-03-05');
    expect(one.stdout).not.toContain('Ketalar');
  });
  it('prints JSON, and exits 1 when nothing matches and 2 on a bad flag', () => {
    const json = JSON.parse(medlint(['facts', 'ketanest', '--format', 'json']).stdout) as { regulatory: { products: { id: string; approved: unknown[] }[] } };
    expect(json.regulatory.products).toEqual([expect.objectContaining({ id: 'ketanest', approved: [] })]);
    expect(medlint(['facts', 'no-such-drug']).status).toBe(1);
    const bad = medlint(['facts', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('lists stale facts with --stale, and exits 1 when there are any', () => {
    const fresh = medlint(['facts', '--stale', '--today', '2026-12-01']);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain('No fact of the knowledge base is older than 12 months');
    const old = medlint(['facts', '--stale', '6', '--today', '2028-01-01']);
    expect(old.status).toBe(1);
    expect(old.stdout).toContain('checked more than 6 months before 2028-01-01');
    expect(old.stdout).toContain('[regulatory: tms]');
    expect(old.stdout).toContain('[myths: detox-through-feet-or-skin]');
    const json = JSON.parse(medlint(['facts', '--stale', '--today', '2028-01-01', '--format', 'json']).stdout) as { months: number; stale: { where: string; asOf: string; source: { url: string } }[] };
    expect(json.months).toBe(12);
    expect(json.stale.length).toBeGreaterThan(100);
    expect(json.stale.every((f) => f.asOf < '2027-01-01' && f.source.url.startsWith('https://'))).toBe(true);
    expect(medlint(['facts', '--stale', 'soon']).status).toBe(2);
    expect(medlint(['facts', '--stale', '--today', 'tomorrow']).status).toBe(2);
  });
});

describe('stylish output', () => {
  it('shows the related places of a contradiction', () => {
    const r = medlint(['--rule', 'mechanism-contradiction', 'fixtures/seeds/003_d2c41bb4dd1c1c1b.txt']);
    expect(r.stdout).toMatch(/= related: fixtures\/seeds\/003_d2c41bb4dd1c1c1b\.txt:16:94 says ketamine\s+decreases glutamate release here/);
  });
});

describe('inputs', () => {
  it('reads standard input, picking the format from --stdin-filename', () => {
    const r = medlint(['--stdin', '--stdin-filename', 'post.md', '--format', 'json'], { input: 'It is `safe`. It cures pain.\n' });
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as { file: string; messages: { excerpt: string }[] }[];
    expect(result?.file).toBe('post.md');
    expect(result?.messages.map((m) => m.excerpt)).toEqual(['cures']);
    expect(medlint(['-'], { input: 'Nothing to see.' }).status).toBe(0);
  });

  it('walks directories in a stable order, honouring .gitignore and skipping node_modules', () => {
    const dir = tempDir({
      '.gitignore': 'drafts/\n',
      'b.md': 'It cures pain.',
      'a/z.txt': 'It cures pain.',
      'a/y.html': '<p>It cures pain.</p>',
      'drafts/x.md': 'It cures pain.',
      'node_modules/pkg/readme.md': 'It cures pain.',
      'notes.json': '{"a": "It cures pain."}',
    });
    const r = medlint(['--format', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file)).toEqual(['a/y.html', 'a/z.txt', 'b.md']);
  });

  it('lints a directory named explicitly even when an ancestor .gitignore ignores it', () => {
    const dir = tempDir({ '.gitignore': 'build/\n', 'build/a.md': 'It cures pain.', 'build/skip/.gitignore': '*.md\n', 'build/skip/b.md': 'It cures pain.' });
    mkdirSync(path.join(dir, '.git'));
    const r = medlint(['--format', 'json', 'build'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file)).toEqual(['build/a.md']);
    const none = medlint(['.'], { cwd: tempDir({ 'notes.json': '{}' }) });
    expect(none.status).toBe(2);
    oneLineError(none.stderr);
  });

  it('gives a one-line error and exit 2 for binary, non-UTF-8, missing and hostile input, still linting the rest', () => {
    const dir = tempDir({
      'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x75, 0x72, 0x65]),
      'utf16.txt': Buffer.from([0xff, 0xfe, 0x61, 0x00]),
      'deep.html': `${'<div>'.repeat(50000)}<p>It cures pain.</p>`,
      'ok.md': 'It cures pain.',
    });
    for (const [file, pattern] of [
      ['bin.md', /binary file/],
      ['latin1.txt', /not valid UTF-8/],
      ['utf16.txt', /UTF-16/],
      ['deep.html', /too deeply nested/],
      ['missing.md', /no such file or directory/],
    ] as const) {
      const r = medlint([file], { cwd: dir });
      expect(r.status, file).toBe(2);
      oneLineError(r.stderr);
      expect(r.stderr).toMatch(pattern);
    }
    const mixed = medlint(['--format', 'json', 'bin.md', 'ok.md'], { cwd: dir });
    expect(mixed.status).toBe(2);
    // The file that could not be read is in the report as an error, so the report does not read as clean.
    const parsed = JSON.parse(mixed.stdout) as { file: string; messages: { ruleId: string; message: string }[] }[];
    expect(parsed.map((x) => x.file)).toEqual(['ok.md', 'bin.md']);
    expect(parsed[1]?.messages).toEqual([expect.objectContaining({ ruleId: 'medlint/input', message: expect.stringMatching(/^not linted: bin\.md: looks like a binary file/) as string })]);
  }, 30_000);

  it('gives a one-line usage error and exit 2 for bad flags and unknown rules', () => {
    for (const args of [['--bogus'], ['--format', 'xml', '.'], ['--rule', 'no-such-rule', '.'], ['nothing-*.md']]) {
      const r = medlint(args, { cwd: tempDir({}) });
      expect(r.status, args.join(' ')).toBe(2);
      oneLineError(r.stderr);
    }
  });
});
