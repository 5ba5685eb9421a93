/**
 * Installs that work on a machine that has never seen the project: the packed tarball, a git
 * URL (`npm install -g git+URL`, and `npm pack git+URL` then the tarball), and the pre-commit
 * hook (Debian's pre-commit), each into a new temporary folder. They
 * take a minute or two (a git install builds from source), so they run only when
 * MEDLINT_INSTALL_TESTS=1 (.ci/run sets it); npm's package cache is shared, nothing else.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENABLED = process.env['MEDLINT_INSTALL_TESTS'] === '1';
const ROOT = process.cwd();
/** The environment of a fresh shell: none of the npm settings of the process that runs the tests. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/iu.test(key)));

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without blocking, so the installs below run side by side. */
function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, timeout: 400_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ status: null, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function scratch(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `medlint-install-${name}-`));
}

/** Installs a package spec (a tarball or a git URL) globally into a new prefix and runs the installed command. */
async function installAndRun(spec: string, cwd: string): Promise<void> {
  const prefix = scratch('prefix');
  const install = await sh('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', spec], cwd);
  expect(install.status, install.stderr).toBe(0);
  const work = scratch('work');
  writeFileSync(path.join(work, 'post.md'), '# Care\n\nOur clinic cures depression.\n');
  // HTML needs a runtime dependency loaded only then (rehype-parse): the dependencies are installed too.
  writeFileSync(path.join(work, 'page.html'), '<p>The science behind etamine treatment is fascinating.</p>\n');
  const bin = path.join(prefix, 'bin', 'medlint');
  const r = await sh(bin, ['post.md', 'page.html'], work, { ...ENV, NO_COLOR: '1' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('absolute-claim');
  expect(r.stdout).toContain('etamine');
  expect((await sh(bin, ['--version'], work)).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
}

const head = (): string => spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

// Concurrent (with non-blocking child processes): each mostly waits on npm, so together they take about as long as the slowest.
describe.skipIf(!ENABLED).concurrent('clean installs (MEDLINT_INSTALL_TESTS=1)', () => {
  it('the packed tarball holds only what runs, prints only its name, and installs globally', async () => {
    const out = scratch('pack');
    // dist/ is built (pretest); --ignore-scripts skips the rebuild that `prepare` would do.
    const pack = await sh('npm', ['pack', '--ignore-scripts', '--pack-destination', out, '--json'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const tops = [...new Set(info!.files.map((f) => f.path.split('/')[0]))].sort();
    expect(tops).toEqual(['LICENSE', 'NOTICE.md', 'README.md', 'bin', 'dist', 'package.json', 'schema']);
    expect(info!.files.filter((f) => /\.test\.|^dist\/test\//u.test(f.path))).toEqual([]);
    await installAndRun(path.join(out, info!.filename), out);
  }, 300_000);

  // The README's command: npm clones the repository, installs its dependencies and builds it in the
  // clone (scripts/prepare.mjs), then installs it; once it left a dangling link to the deleted clone.
  it('a git URL installs globally with npm install -g git+URL', async () => {
    await installAndRun(`git+file://${ROOT}#${head()}`, scratch('git'));
  }, 420_000);

  it('a git URL: npm packs it (building it from source) and the tarball installs globally', async () => {
    const out = scratch('git-pack');
    const pack = await sh('npm', ['pack', '--pack-destination', out, `git+file://${ROOT}#${head()}`], out);
    expect(pack.status, pack.stderr).toBe(0);
    const tarballs = readdirSync(out).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toHaveLength(1);
    await installAndRun(path.join(out, tarballs[0]!), out);
  }, 300_000);

  it.skipIf(spawnSync('pre-commit', ['--version']).status !== 0)('the pre-commit hook installs and reports a staged article', async () => {
    const repo = scratch('pre-commit');
    const git = (...args: string[]): Promise<Ran> => sh('git', args, repo);
    await git('init', '-q');
    await git('config', 'user.email', 'ci@example.com');
    await git('config', 'user.name', 'ci');
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${ROOT}\n    rev: ${head()}\n    hooks:\n      - id: medlint\n`);
    writeFileSync(path.join(repo, 'post.md'), '# Care\n\nOur clinic cures depression.\n');
    mkdirSync(path.join(repo, 'notes'));
    writeFileSync(path.join(repo, 'notes/ok.md'), 'Our clinic is open on Mondays.\n');
    await git('add', '-A');
    const env = { ...ENV, PRE_COMMIT_HOME: scratch('pre-commit-home'), NO_COLOR: '1' };
    const all = await sh('pre-commit', ['run', '--all-files'], repo, env);
    expect(all.stdout).toMatch(/medlint\.+Failed/u);
    expect(all.stdout).toContain('post.md');
    expect(all.stdout).toContain('absolute-claim');
    const clean = await sh('pre-commit', ['run', '--files', 'notes/ok.md'], repo, env);
    expect(clean.stdout, clean.stderr).toMatch(/medlint\.+Passed/u);
  }, 300_000);
});
