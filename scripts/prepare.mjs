// npm's `prepare` step: builds dist/ (npm runs it after `npm install`/`npm ci` in a checkout,
// before `npm pack`, and when a git URL is installed). Three things make it safe:
//
// - When the build tools are missing (devDependencies left out: `--omit=dev` in a checkout, or
//   npm's preparation of a git dependency under `npm install -g`, where npm's global flag and
//   prefix leak into the step and only the runtime dependencies are installed, while npm is
//   still writing them into the clone), the checkout is copied to a temporary folder, built
//   there (npm ci with those settings removed, no lifecycle scripts), and only dist/ is copied
//   back.
// - A direct `npm install -g git+…`: the same leak makes npm's `npm install` in its temporary
//   clone a global install of the clone itself, which links the global package folder
//   (PREFIX/lib/node_modules/medlint) to the clone. The real install then unpacks the package
//   through that link into the clone, which npm deletes afterwards: a dangling link, and
//   `medlint: not found`. When npm prepares the clone for packing (the second `prepare`, run by
//   the installing npm, not by the install inside the clone), that link is replaced by a folder
//   with the runtime dependencies installed from the lock file (npm's own were unpacked into the
//   folder that the link replaced), so the package is unpacked into a folder of its own. Only a link into one of npm's
//   own temporary git clones is touched: `npm install -g .` from a checkout keeps its link.
// - Tools read `npm pack`'s standard output as the tarball's name (pre-commit does), so the
//   build's output goes to standard error. (The repository's .npmrc keeps npm's own banner for
//   this script off standard output too.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const npm = process.env['npm_execpath'];
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location)$/iu.test(key)));
const here = realpathSync('.');
/** npm's temporary clone of a git dependency (pacote clones into CACHE/_cacache/tmp/git-cloneXXXXXX). */
const inGitClone = path.basename(here).startsWith('git-clone') && here.includes(`${path.sep}_cacache${path.sep}tmp${path.sep}`);

function run(args, cwd = '.') {
  // npm_execpath is npm's own CLI script when npm runs us; else the npm on PATH.
  const [command, argv] = npm ? [process.execPath, [npm, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  const result = spawnSync(command, argv, { cwd, stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Replaces npm's link of the global package folder to this clone with an empty folder (see above). */
function unlinkGlobalClone() {
  const prefix = process.env['npm_config_prefix'];
  const localPrefix = process.env['npm_config_local_prefix'];
  // Inside the clone's own install (local prefix = the clone), npm still needs its link.
  if (!inGitClone || process.env['npm_config_global'] !== 'true' || !prefix || (localPrefix !== undefined && path.resolve(localPrefix) === here)) return;
  const name = JSON.parse(readFileSync('package.json', 'utf8')).name;
  const link = path.join(prefix, process.platform === 'win32' ? '' : 'lib', 'node_modules', name);
  try {
    if (!lstatSync(link).isSymbolicLink() || realpathSync(link) !== here) return;
  } catch {
    return;
  }
  unlinkSync(link);
  mkdirSync(link);
  // The dependencies npm unpacked into the folder before the clone's install replaced it with the
  // link are gone with it: the runtime dependencies are installed into the new folder from the
  // lock file (npm then unpacks the package itself into it).
  for (const file of ['package.json', 'package-lock.json']) cpSync(file, path.join(link, file));
  run(['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-progress'], link);
  rmSync(path.join(link, 'package-lock.json'));
  console.error(`medlint prepare: replaced npm's link of ${link} to its temporary clone with a folder`);
}

unlinkGlobalClone();
if (existsSync('node_modules/typescript/bin/tsc')) {
  run(['run', 'build']);
} else if (inGitClone && existsSync('dist/medlint.js')) {
  // npm prepares a git clone twice (its install inside the clone, then before packing it): built once is enough.
  console.error('medlint prepare: dist/ is already built in this clone');
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
