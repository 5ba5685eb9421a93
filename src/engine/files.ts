/**
 * Files: paths, directories and globs -> the sorted list of files to lint. Directories are
 * walked for .md, .markdown, .txt, .html and .htm; node_modules and .git are skipped and
 * .gitignore files (in the walked directory, its ancestors up to the repository root, and
 * below it) are honoured with the `ignore` package.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from './read.js';

/** The extensions linted when a directory is walked. */
export const EXTENSIONS = ['md', 'markdown', 'mdx', 'txt', 'html', 'htm'];

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

interface GitIgnore {
  readonly dir: string;
  readonly rules: Ignore;
}

function loadGitignore(dir: string): GitIgnore | undefined {
  const file = path.join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { dir, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * .gitignore files of a directory's ancestors, up to and including the repository root
 * (none outside a git repository). A directory named on the command line is linted even
 * when an ancestor ignores it: naming it is explicit, so only the rules that ignore it
 * itself are dropped, and the rest still apply below it.
 */
function ancestorGitignores(dir: string): GitIgnore[] {
  const found: GitIgnore[] = [];
  const target = path.resolve(dir);
  let current = target;
  for (;;) {
    if (existsSync(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) return [];
    current = parent;
    const gi = loadGitignore(current);
    if (gi) found.push(gi);
  }
  return found.filter((gi) => !gi.rules.ignores(`${path.relative(gi.dir, target).split(path.sep).join('/')}/`));
}

function isIgnored(file: string, ignores: readonly GitIgnore[]): boolean {
  const abs = path.resolve(file);
  return ignores.some((gi) => {
    const rel = path.relative(gi.dir, abs);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && gi.rules.ignores(rel.split(path.sep).join('/'));
  });
}

async function walk(dir: string): Promise<string[]> {
  const found = await glob([`**/*.{${EXTENSIONS.join(',')}}`, '**/.gitignore'], { cwd: dir, ignore: ALWAYS_IGNORED, dot: true, absolute: false, followSymbolicLinks: false });
  const ignores: GitIgnore[] = ancestorGitignores(dir);
  const own = loadGitignore(path.resolve(dir));
  if (own) ignores.push(own);
  for (const f of found.filter((f) => f.endsWith('.gitignore') && f !== '.gitignore')) {
    const gi = loadGitignore(path.resolve(dir, path.dirname(f)));
    if (gi) ignores.push(gi);
  }
  return found
    .filter((f) => !f.endsWith('.gitignore'))
    .map((f) => (dir === '.' ? f : path.join(dir, f)))
    .filter((f) => !isIgnored(f, ignores));
}

/**
 * Expands the CLI's path arguments. A file named explicitly is linted whatever its
 * extension; a directory is walked; a glob is matched. A path that matches nothing is an
 * InputError. The result is sorted and free of duplicates.
 */
export async function expandPaths(args: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const arg of args.length > 0 ? args : ['.']) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await walk(arg);
      if (found.length === 0) throw new InputError(`${arg}: no .${EXTENSIONS.join(', .')} files to lint`);
      for (const f of found) files.add(f);
    } else if (stat?.isFile()) {
      files.add(arg);
    } else if (isDynamicPattern(arg)) {
      const matched = await glob(arg, { ignore: ALWAYS_IGNORED, dot: false, followSymbolicLinks: false });
      if (matched.length === 0) throw new InputError(`No files matching the pattern "${arg}" were found`);
      for (const f of matched) files.add(f);
    } else {
      throw new InputError(`${arg}: no such file or directory`);
    }
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
