/**
 * The lint cache (`--cache`): one JSON file mapping each linted file to its result, valid
 * while the file's content, the resolved configuration and medlint's version are unchanged.
 * A file whose size and modification time match is not even read; one whose metadata changed
 * is read and hashed, and still hits when its content did not change (a `touch`, a checkout).
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../types.js';
import { writeAtomic } from './fix.js';
import { MAX_FILE_BYTES, readRegularFile } from './read.js';

/** Where the cache lives unless --cache-location says otherwise. */
export const DEFAULT_CACHE_LOCATION = path.join('node_modules', '.cache', 'medlint');
const CACHE_FILE = 'cache.json';
/** The cache file's format; a different one is discarded. */
const FORMAT = 1;

interface Entry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
  /** The configuration key the result was computed under. */
  readonly config: string;
  readonly result: Omit<LintResult, 'file'>;
}

interface CacheData {
  readonly format: number;
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

/** The SHA-1 of some bytes, hex. */
export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * The cache file for a --cache-location: a directory (existing, or written with a trailing
 * slash) holds cache.json; anything else is the file itself.
 */
export function cacheFile(location: string = DEFAULT_CACHE_LOCATION): string {
  if (location.endsWith('/') || location.endsWith(path.sep)) return path.join(location, CACHE_FILE);
  try {
    if (statSync(location).isDirectory()) return path.join(location, CACHE_FILE);
  } catch {
    // Does not exist yet: a name with an extension is a file, one without a directory.
  }
  return path.extname(location) ? location : path.join(location, CACHE_FILE);
}

/** A loaded cache. Results are looked up and stored by absolute path; `save` writes it back. */
export class LintCache {
  private readonly entries: Map<string, Entry>;
  private readonly seen = new Set<string>();
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** Loads the cache file; a missing, unreadable or outdated one starts empty. */
  static load(file: string, version: string): LintCache {
    try {
      const data = JSON.parse(readRegularFile(file).toString('utf8')) as CacheData;
      if (data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object') return new LintCache(file, version, data.entries);
    } catch {
      // No usable cache: start afresh.
    }
    return new LintCache(file, version, {});
  }

  /**
   * The cached result of a file under a configuration key, or, on a miss, the file's bytes
   * (read once here, so the caller does not read it again).
   */
  lookup(file: string, config: string): { readonly result: LintResult } | { readonly bytes: Buffer; readonly store: (result: LintResult) => void } {
    const abs = path.resolve(file);
    this.seen.add(abs);
    const stat = statSync(abs);
    // Not a regular file, or too large: the caller's reader gives the one-line error.
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) throw Object.assign(new Error(`${file}: not cached`), { code: 'ENOTREG' });
    const entry = this.entries.get(abs);
    if (entry && entry.config === config && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) return { result: { file, ...entry.result } };
    const bytes = readRegularFile(abs);
    const hash = hashBytes(bytes);
    if (entry && entry.config === config && entry.hash === hash) {
      this.entries.set(abs, { ...entry, size: stat.size, mtimeMs: stat.mtimeMs });
      this.dirty = true;
      return { result: { file, ...entry.result } };
    }
    return {
      bytes,
      store: (result) => {
        const rest = { messages: result.messages, ...(result.suppressed ? { suppressed: result.suppressed } : {}) };
        this.entries.set(abs, { size: stat.size, mtimeMs: stat.mtimeMs, hash, config, result: rest });
        this.dirty = true;
      },
    };
  }

  /** Writes the cache back (atomically) when it changed. Entries of files that no longer exist are dropped. */
  save(): void {
    for (const abs of [...this.entries.keys()]) {
      if (this.seen.has(abs)) continue;
      try {
        statSync(abs);
      } catch {
        this.entries.delete(abs);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheData = { format: FORMAT, version: this.version, entries: Object.fromEntries(this.entries) };
    writeAtomic(this.file, JSON.stringify(data), { create: true });
    this.dirty = false;
  }
}
