// npm's `prepare` step: builds dist/ (npm runs it after `npm install`/`npm ci` in a checkout,
// before `npm pack`, and when a git URL is installed). Two things make it safe:
//
// - When the build tools are missing (devDependencies left out: `--omit=dev` in a checkout, or
//   npm's preparation of a git dependency under `npm install -g`, where npm's global flag and
//   prefix leak into the step and only the runtime dependencies are installed, while npm is
//   still writing them into the clone), the checkout is copied to a temporary folder, built
//   there (npm ci with those settings removed, no lifecycle scripts), and only dist/ is copied
//   back. A direct `npm install -g git+…` still fails afterwards (npm links the temporary
//   clone into the global folder); `npm pack git+…` and installing the tarball works (README).
// - Tools read `npm pack`'s standard output as the tarball's name (pre-commit does), so the
//   build's output goes to standard error. (The repository's .npmrc keeps npm's own banner for
//   this script off standard output too.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const npm = process.env['npm_execpath'];
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location)$/iu.test(key)));

function run(args, cwd = '.') {
  // npm_execpath is npm's own CLI script when npm runs us; else the npm on PATH.
  const [command, argv] = npm ? [process.execPath, [npm, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  const result = spawnSync(command, argv, { cwd, stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (existsSync('node_modules/typescript/bin/tsc')) {
  run(['run', 'build']);
} else {
  console.error('medlint prepare: the build tools are missing; building in a temporary copy');
  const work = mkdtempSync(path.join(tmpdir(), 'medlint-build-'));
  try {
    cpSync('.', work, { recursive: true, filter: (from) => !/(^|[\\/])(node_modules|\.git)$/u.test(from) });
    run(['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--no-progress'], work);
    run(['run', 'build'], work);
    rmSync('dist', { recursive: true, force: true });
    cpSync(path.join(work, 'dist'), 'dist', { recursive: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
