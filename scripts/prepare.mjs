// npm's `prepare` step: builds dist/ (npm runs it after `npm install`/`npm ci` in a checkout,
// before `npm pack`, and when a git URL is installed). Two things make it safe everywhere:
//
// - A global install from git (`npm install -g git+https://…`) prepares the clone with npm's
//   global flag and prefix leaking into that step, so its devDependencies (TypeScript) are
//   never installed and `tsc` is not found. When TypeScript is missing, it is installed here
//   into the clone, with those settings removed, and no lifecycle scripts.
// - Tools read `npm pack`'s standard output as the tarball's name (pre-commit does), so the
//   build's output goes to standard error. (The repository's .npmrc keeps npm's own banner for
//   this script off standard output too.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.env['npm_execpath'];
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location)$/iu.test(key)));
const toStderr = { stdio: ['ignore', 2, 2], env, shell: false };

function run(args) {
  // npm_execpath is npm's own CLI script when npm runs us; else the npm on PATH.
  const [command, argv] = npm ? [process.execPath, [npm, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  const result = spawnSync(command, argv, toStderr);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/typescript/bin/tsc')) {
  console.error('medlint prepare: TypeScript is missing (a global install from git); installing the build tools into this checkout');
  run(['install', '--include=dev', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--no-progress']);
}
run(['run', 'build']);
