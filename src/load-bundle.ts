/**
 * Loads one of the bundles scripts/bundle.mjs writes (dist/medlint.cjs, the command line, and
 * dist/medlint-worker.cjs, the lint pool's worker) with V8's code cache, so that a process
 * starts with the code already compiled: the bundle's text need not be parsed again, nor each
 * function compiled when it first runs (start-up, issue 16).
 *
 * Why a `vm.Script` and not `import()`: Node 20 gives no way to hand a code cache to its
 * module loaders (`module.enableCompileCache` is Node 22), and a V8 startup snapshot must be
 * named on node's own command line, which a `bin` script cannot do without starting a second
 * process. So the bundles are CommonJS, run here as a `vm.Script` with the cache the build
 * wrote beside them (BUNDLE.cache: a header line, then V8's data).
 *
 * The cache is only ever an aid. It is used when its header names this bundle (the hash of its
 * text, which the build writes in the bundle's last line), this Node and this architecture, and
 * the hash of the data that follows, and when V8 accepts it (V8 checks its own version, flags
 * and the text's length); a missing, stale or rejected cache means the bundle is compiled as it
 * runs, with the same results. The data's hash is checked because V8 (in Node 20) does not:
 * damaged data it accepts can end the process with a fatal error or run wrong code.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/** A loaded bundle: its exports, and how to write its code cache (the build's training run). */
export interface LoadedBundle {
  readonly exports: Record<string, unknown>;
  /** Whether the code cache was found and accepted. */
  readonly cached: boolean;
  /** Writes the code cache of what has been compiled so far (functions run so far included). */
  saveCache(): void;
}

/** The last line of a bundle names its text's hash: `//# medlint-bundle <hash>`. */
const TRAILER = /\/\/# medlint-bundle ([0-9a-f]+)\s*$/;

/** What a cache must have been made for, besides the bundle's text. */
const RUNTIME = `${process.version} ${process.arch} ${process.versions.v8}`;

/**
 * The import() the bundles use for what they load at run time (a config file written as a
 * module, yaml, tinypool): a script run by `vm` has no module loader of its own in Node 20, so
 * the bundle calls this one, which resolves packages from medlint's own folder.
 */
const importModule = (specifier: string): Promise<unknown> => import(specifier);

/**
 * TurboFan's budget for inlining into one optimized function, in bytecode bytes (V8's default
 * is 920). The engine's hot functions (the claim model, the context pass, the rules' checks) are
 * large, and with the default budget each isolate spends seconds optimizing them: a lint of the
 * first 500 corpus articles took about 5.4 s of CPU against 2.7 s for the next 500 (issue 16).
 * With 300 the first 500 take about 0.7 s less, and the steady speed is the same (measured over
 * 1,000 articles, five runs of each, process CPU). Every lint thread pays that warm-up, so two
 * workers pay it twice. A process-wide V8 flag: set here, before a bundle is compiled, so that the
 * command line, its workers (the same process) and the training run that writes the code cache
 * (whose header V8 checks against the flags) all run with it.
 */
const INLINE_BUDGET = '--max-inlined-bytecode-size-cumulative=300';

/** Loads a bundle (a file path or URL), with its code cache when there is a good one. */
export function loadBundle(file: string | URL): LoadedBundle {
  v8.setFlagsFromString(INLINE_BUDGET);
  const filename = typeof file === 'string' ? file : fileURLToPath(file);
  const source = readFileSync(filename, 'utf8');
  const cacheFile = `${filename}.cache`;
  const header = `medlint code cache ${TRAILER.exec(source)?.[1] ?? 'unhashed'} ${RUNTIME}`;
  const cachedData = readCache(cacheFile, header);
  // The bundle's text is wrapped as Node wraps a CommonJS module, with two more parameters: the
  // importer above, and the URL of dist/ (what `import.meta.url` of each bundled module is
  // rebuilt from). Strict, as the ES modules it was bundled from are.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __medlintImport, __medlintDistUrl) {'use strict';${source}\n})`;
  const script = new vm.Script(wrapped, { filename, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const dir = path.dirname(filename);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(filename), module, filename, dir, importModule, pathToFileURL(`${dir}${path.sep}`).href);
  return {
    exports: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      // Written whole under another name, then renamed: a reader never sees half a cache.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        const data = script.createCachedData();
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${header} ${digest(data)}\n`), data]));
        renameSync(temporary, cacheFile);
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}

/** The cache's data when the file is there, its header starts with `header` and the data has the hash the header ends with; else undefined. */
function readCache(cacheFile: string, header: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = file.indexOf(10);
  if (end === -1) return undefined;
  const line = file.toString('latin1', 0, end);
  if (!line.startsWith(`${header} `)) return undefined;
  const data = file.subarray(end + 1);
  return line === `${header} ${digest(data)}` ? data : undefined;
}

/** The hash of a cache's data, as its header records it. */
function digest(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}
