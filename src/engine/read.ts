/**
 * Read: bytes -> text. A file is read once, must be UTF-8 (a BOM is dropped), and must
 * not be binary; anything else is an InputError with a one-line message.
 */
import { readFileSync, statSync } from 'node:fs';

/** An input medlint cannot lint; its message is one line, fit for stderr. `file` names the input when known. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** Files larger than this are refused rather than risking minutes of work or memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8 text, dropping a BOM; throws InputError for binary or non-UTF-8 data. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`${name}: UTF-16 text is not supported; save the file as UTF-8`, name);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(`${name}: looks like a binary file (contains NUL bytes); not linted`, name);
  try {
    // The decoder drops a leading BOM itself (ignoreBOM: false).
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8; save the file as UTF-8`, name);
  }
}

/**
 * Reads a file's bytes only when it is a regular file: a FIFO or a device (`/dev/zero`, a
 * named pipe nobody writes to) would block or never end. Anything else throws an error whose
 * `code` is `ENOTREG`, as fs errors carry theirs.
 */
export function readRegularFile(path: string): Buffer {
  if (!statSync(path).isFile()) throw Object.assign(new Error(`${path}: not a regular file`), { code: 'ENOTREG' });
  return readFileSync(path);
}

/** Reads a file as UTF-8 text. */
export function readText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory`, path);
    // Reading a FIFO or a device could block forever or never end: only regular files are read.
    if (!stat.isFile()) throw new InputError(`${path}: ${stat.isFIFO() ? 'is a FIFO' : stat.isSocket() ? 'is a socket' : 'is a device'}, not a file; not linted`, path);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describe(error)}`, path);
  }
  if (size > MAX_FILE_BYTES) throw new InputError(`${path}: file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: ${describe(error)}`, path);
  }
  return decodeText(bytes, path);
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return error instanceof Error ? error.message.split('\n')[0] ?? 'cannot be read' : 'cannot be read';
}
