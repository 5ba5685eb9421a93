/**
 * Writes that respect the file system. Two kinds:
 *
 * - **Generated files** (`-o`, `report --out`, caches, baselines, `--init`): only a regular file
 *   (or a path that does not exist yet) is written. A symbolic link is written through, so the
 *   link stays and its target gets the text; a directory, a device (`/dev/null`, `/dev/full`), a
 *   FIFO or a socket is refused with one line, and so is any path whose real location is under
 *   /proc or /sys (their files look regular but are kernel interfaces). The standard streams
 *   (`/dev/stdout`, `/dev/stderr` and their /dev/fd and /proc/self/fd names) are recognized by
 *   the caller (`standardStream`) and written directly, never opened or replaced.
 * - **Fixed articles** (`--fix`): the file keeps its identity. A symbolic link is followed and
 *   its target fixed; a file with several hard links is rewritten in place, so every link sees
 *   the fix; otherwise a temporary file beside the target (same mode, same owner when the
 *   process may set it) replaces it by rename, so a reader never sees half a file. A file
 *   without write permission is refused with one line, even for root.
 *
 * Temporary files are removed when the write fails, and on SIGINT and SIGTERM (see
 * `cleanTemporaryFilesOnSignal`). Nothing is read from a target beyond its first three bytes
 * (a BOM to keep).
 */
import { chmodSync, chownSync, closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from './read.js';

/** Which standard stream a path names, if any: `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1` and the same for stderr. */
export function standardStream(file: string): 'stdout' | 'stderr' | undefined {
  const resolved = path.resolve(file);
  if (resolved === '/dev/stdout' || resolved === '/dev/fd/1' || resolved === '/proc/self/fd/1') return 'stdout';
  if (resolved === '/dev/stderr' || resolved === '/dev/fd/2' || resolved === '/proc/self/fd/2') return 'stderr';
  return undefined;
}

/** Temporary files being written now; removed on SIGINT and SIGTERM. */
const pending = new Set<string>();
let cleanupInstalled = false;

/** Removes the temporary files of writes in progress (synchronously; safe to call at any time). */
export function removeTemporaryFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/**
 * On SIGINT and SIGTERM, removes the temporary files of writes in progress and ends the
 * process with the conventional status (128 + signal number). Installed once, by the CLI; a
 * library caller decides its own signal handling. `onSignal` lets the caller stop its work.
 */
export function cleanTemporaryFilesOnSignal(onSignal?: (signal: NodeJS.Signals) => void): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      removeTemporaryFiles();
      onSignal?.(signal);
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'failed';
}

/** Why a non-regular file is not written, in words. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'is a directory';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a file';
  if (stat.isFIFO()) return 'is a FIFO, not a file';
  if (stat.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
}

/** Kernel interfaces: their files look regular, but writing them is never what a report means. */
function isKernelPath(real: string): boolean {
  return ['/proc', '/sys'].some((root) => real === root || real.startsWith(`${root}/`));
}

/**
 * Where a generated file really goes: the path itself, or the end of its symbolic links, with
 * that file's stat when it exists. Throws InputError for anything but a regular file or a
 * missing one in a real folder.
 */
function outputTarget(file: string): { readonly target: string; readonly stat: Stats | undefined } {
  let target = path.resolve(file);
  try {
    lstatSync(target);
    // Exists (maybe as a link): follow every link to the file itself.
    target = realpathSync(target);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ELOOP') throw new InputError(`${file}: too many levels of symbolic links; not written`, file);
    if (code !== 'ENOENT') throw new InputError(`${file}: cannot be written (${code})`, file);
    // A dangling link: write its target.
    try {
      if (lstatSync(target).isSymbolicLink()) throw new InputError(`${file}: is a symbolic link to a missing file; not written`, file);
    } catch (inner) {
      if (inner instanceof InputError) throw inner;
    }
  }
  let folder = path.dirname(target);
  try {
    folder = realpathSync(folder);
  } catch {
    // A folder yet to be created: its nearest existing ancestor decides.
    let up = folder;
    for (;;) {
      const parent = path.dirname(up);
      if (parent === up) break;
      up = parent;
      try {
        folder = realpathSync(up);
        break;
      } catch {
        continue;
      }
    }
  }
  if (isKernelPath(target) || isKernelPath(folder)) throw new InputError(`${file}: is under /proc or /sys; not written`, file);
  let stat: Stats | undefined;
  try {
    stat = statSync(target);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw new InputError(`${file}: cannot be written (${codeOf(error)})`, file);
  }
  if (stat && !stat.isFile()) throw new InputError(`${file}: ${kindOf(stat)}; the report is written only to a regular file or /dev/stdout`, file);
  return { target, stat };
}

/**
 * Writes a generated file (a report, a cache, a baseline, a config): its folders are created,
 * a symbolic link is written through, an existing file keeps its mode, owner and hard links,
 * and anything but a regular file is refused with an InputError of one line. Standard streams
 * are not handled here (see `standardStream`).
 */
export function writeGeneratedFile(file: string, text: string): void {
  const { target, stat } = outputTarget(file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
  } catch (error) {
    throw new InputError(`${file}: cannot create its folder (${codeOf(error)})`, file);
  }
  if (stat && stat.nlink > 1) writeInPlace(file, target, text);
  else replaceByRename(file, target, text, stat);
}

/**
 * Writes a fixed article back, keeping the file's identity: through its symbolic links to the
 * file itself, in place when it has several hard links, else by an atomic rename with the same
 * mode and owner. A UTF-8 BOM the file had is kept. Refuses (InputError, one line) a file
 * nobody may write, anything but a regular file, and a path under /proc or /sys.
 */
export function writeFixedFile(file: string, text: string): void {
  let target: string;
  let stat: Stats;
  try {
    target = realpathSync(file);
    stat = statSync(target);
  } catch (error) {
    const code = codeOf(error);
    throw new InputError(`${file}: cannot be fixed (${code === 'ELOOP' ? 'too many levels of symbolic links' : code})`, file);
  }
  if (!stat.isFile()) throw new InputError(`${file}: ${kindOf(stat)}; not fixed`, file);
  if (isKernelPath(target)) throw new InputError(`${file}: is under /proc or /sys; not fixed`, file);
  // Root may write anything; a file whose mode grants no write is still left alone.
  if ((stat.mode & 0o222) === 0 || !writable(target)) throw new InputError(`${file}: is read-only; not fixed`, file);
  const content = (hasBom(target) ? '\ufeff' : '') + text;
  if (stat.nlink > 1) writeInPlace(file, target, content);
  else replaceByRename(file, target, content, stat);
}

function writable(file: string): boolean {
  try {
    closeSync(openSync(file, 'r+'));
    return true;
  } catch {
    return false;
  }
}

function hasBom(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(3);
    const n = readSync(fd, head, 0, 3, 0);
    return n === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Rewrites a file through its own inode (hard links and owner stay); not atomic, so used only when identity needs it. */
function writeInPlace(file: string, target: string, text: string): void {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: target is already the real path; a link swapped in since is not followed.
    fd = openSync(target, constants.O_WRONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    ftruncateSync(fd, 0);
    writeAll(fd, Buffer.from(text, 'utf8'));
  } catch (error) {
    throw new InputError(`${file}: cannot be written (${codeOf(error)})`, file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** A temporary file beside the target, then a rename over it: readers see the old file or the new one. */
function replaceByRename(file: string, target: string, text: string, stat: Stats | undefined): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.medlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  pending.add(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', stat ? stat.mode & 0o7777 : 0o666);
    writeAll(fd, Buffer.from(text, 'utf8'));
    if (stat) {
      // openSync's mode is filtered by the umask; set it exactly, and the owner when allowed.
      chmodSync(temp, stat.mode & 0o7777);
      if (process.getuid?.() === 0 && (stat.uid !== fstatSync(fd).uid || stat.gid !== fstatSync(fd).gid)) chownSync(temp, stat.uid, stat.gid);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new InputError(`${file}: cannot be written (${codeOf(error)})`, file);
  } finally {
    pending.delete(temp);
  }
}
