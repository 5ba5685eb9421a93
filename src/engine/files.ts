/**
 * Files: paths, directories and globs -> the sorted list of files to lint. Directories are
 * walked for .md, .markdown, .mdx, .txt, .html and .htm; node_modules and .git are skipped and
 * .gitignore files (in the walked directory, its ancestors up to the repository root, and
 * below it) are honoured with the `ignore` package.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type * as Tinyglobby from 'tinyglobby';
import { InputError, readRegularFile } from './read.js';

/** The extensions linted when a directory is walked. */
export const EXTENSIONS = ['md', 'markdown', 'mdx', 'txt', 'html', 'htm'];

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** The glob matcher, loaded only for an argument that names no file or folder (start-up, issue 16: about 13 ms with its dependencies). */
let tinyglobby: typeof Tinyglobby | undefined;

interface GitIgnore {
  readonly dir: string;
  readonly rules: Ignore;
}

function loadGitignore(dir: string): GitIgnore | undefined {
  const file = path.join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { dir, rules: ignore().add(readRegularFile(file).toString('utf8')) };
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

function isIgnored(file: string, ignores: readonly GitIgnore[], directory = false): boolean {
  const abs = path.resolve(file);
  return ignores.some((gi) => {
    const rel = path.relative(gi.dir, abs);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && gi.rules.ignores(rel.split(path.sep).join('/') + (directory ? '/' : ''));
  });
}

const LINTED = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** What a walk found: the files to lint, and the folders it could not read. */
export interface Expanded {
  readonly files: string[];
  readonly errors: InputError[];
}

/**
 * Walks a directory for the linted extensions, depth first, honouring .gitignore files as it
 * meets them (an ignored folder is not entered). Symbolic links are not followed (a link with a
 * linted extension is listed, and the reader decides). A folder that cannot be read is an error
 * naming it, never a silent gap.
 */
function walk(dir: string): Expanded {
  const files: string[] = [];
  const errors: InputError[] = [];
  const ignores: GitIgnore[] = ancestorGitignores(dir);
  const stack: string[] = [dir];
  while (stack.length > 0) {
    // Safe: the loop condition guarantees an element.
    const folder = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push(new InputError(`${folder}: ${describeError(error)}; its files were not linted`, folder));
      continue;
    }
    if (entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const gi = loadGitignore(path.resolve(folder));
      if (gi) ignores.push(gi);
    }
    const below: string[] = [];
    for (const entry of entries) {
      const child = dir === '.' && folder === '.' ? entry.name : path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !isIgnored(child, ignores, true)) below.push(child);
      } else if (LINTED.test(entry.name) && !isIgnored(child, ignores)) {
        files.push(child);
      }
    }
    // Reversed, so folders are entered in their listed order.
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]!);
  }
  return { files, errors };
}

/** A file-system error in a few words. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENAMETOOLONG') return 'name too long';
  return code ?? (error instanceof Error ? (error.message.split('\n')[0] ?? 'cannot be read') : 'cannot be read');
}

/**
 * Expands the CLI's path arguments. A file named explicitly is linted whatever its
 * extension; a directory is walked; a glob is matched. The result is sorted and free of
 * duplicates. A path that names nothing, or a FIFO, device or socket, or a symbolic link loop,
 * and a folder of a walk that cannot be read, are errors, each naming its path; the other
 * paths are still expanded.
 */
export async function expandPathsReporting(args: readonly string[]): Promise<Expanded> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    let stat;
    let failure: unknown;
    try {
      stat = statSync(arg);
    } catch (error) {
      failure = error;
    }
    if (stat?.isDirectory()) {
      const found = walk(arg);
      errors.push(...found.errors);
      if (found.files.length === 0 && found.errors.length === 0) errors.push(new InputError(`${arg}: no .${EXTENSIONS.join(', .')} files to lint`, arg));
      for (const f of found.files) files.add(f);
    } else if (stat?.isFile()) {
      files.add(arg);
    } else if (stat) {
      errors.push(new InputError(`${arg}: ${stat.isFIFO() ? 'is a FIFO' : stat.isSocket() ? 'is a socket' : 'is a device'}, not a file; not linted`, arg));
    } else if ((tinyglobby ??= await import('tinyglobby')).isDynamicPattern(arg)) {
      const matched = await tinyglobby.glob(arg, { ignore: ALWAYS_IGNORED, dot: false, followSymbolicLinks: false });
      if (matched.length === 0) errors.push(new InputError(`No files matching the pattern "${arg}" were found`, arg));
      for (const f of matched) files.add(f);
    } else {
      errors.push(new InputError(`${arg}: ${describeError(failure)}`, arg));
    }
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), errors };
}

/** As `expandPathsReporting`, but the first error is thrown (an InputError). */
export async function expandPaths(args: readonly string[]): Promise<string[]> {
  const { files, errors } = await expandPathsReporting(args);
  if (errors[0]) throw errors[0];
  return files;
}
