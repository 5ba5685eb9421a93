/** How formatters that feed code hosts name a file: relative to the working directory, with forward slashes. */
import path from 'node:path';

/**
 * The path of `file` relative to `cwd` with `/` separators, or `undefined` when the file lies
 * outside `cwd` (or on another drive), where only an absolute path names it. `file` is a
 * result's path as given: relative to `cwd`, or absolute.
 */
export function relativePath(file: string, cwd: string): string | undefined {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
