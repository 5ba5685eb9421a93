/**
 * The bundle loader (src/load-bundle.ts, built to dist/src/load-bundle.js): a code cache is used
 * only when it fits, and a missing, stale or damaged one changes nothing but time. Each load is
 * its own process: within one, V8 answers a text it has compiled before from memory, cache or not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const LOADER = pathToFileURL(path.resolve('dist/src/load-bundle.js')).href;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bundle as scripts/bundle.mjs writes one: CommonJS, using the loader's parameters, with its hash in the last line. */
function writeBundle(body: string, hash: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'medlint-bundle-'));
  dirs.push(dir);
  const file = path.join(dir, 'b.cjs');
  writeFileSync(file, `${body}\n//# medlint-bundle ${hash}\n`);
  return file;
}

const BODY = `exports.sum = (n) => { let s = 0; for (let i = 1; i <= n; i++) s += i; return s; };
exports.distUrl = __medlintDistUrl;
exports.strict = (function () { return this === undefined; })();
exports.os = async () => (await __medlintImport('node:os')).EOL.length;
exports.self = () => require('node:path').basename(__filename);`;

interface Loaded {
  readonly cached: boolean;
  readonly sum: number;
  readonly distUrl: string;
  readonly strict: boolean;
  readonly eol: number;
  readonly self: string;
}

/** Loads the bundle in a new process (and writes its cache when `save`); what its exports give. */
function load(file: string, save = false): Loaded {
  const script = `const { loadBundle } = await import(${JSON.stringify(LOADER)});
const b = loadBundle(${JSON.stringify(file)});
const e = b.exports;
console.log(JSON.stringify({ cached: b.cached, sum: e.sum(100), distUrl: e.distUrl, strict: e.strict, eol: await e.os(), self: e.self() }));
${save ? 'b.saveCache();' : ''}`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Loaded;
}

describe('loadBundle', () => {
  it('runs a bundle without a cache, then with the cache it wrote', () => {
    const file = writeBundle(BODY, 'aa11');
    const first = load(file, true);
    expect(first).toEqual({ cached: false, sum: 5050, distUrl: pathToFileURL(`${path.dirname(file)}${path.sep}`).href, strict: true, eol: process.platform === 'win32' ? 2 : 1, self: 'b.cjs' });
    expect(readFileSync(`${file}.cache`, 'latin1')).toMatch(/^medlint code cache aa11 /);
    expect(load(file)).toEqual({ ...first, cached: true });
  });

  it('ignores the cache of another text (a rebuilt bundle), and a damaged, cut or empty cache', () => {
    const file = writeBundle(BODY, 'bb22');
    load(file, true);
    const other = readFileSync(`${file}.cache`);
    // The bundle rebuilt: the same length, another hash.
    writeFileSync(file, readFileSync(file, 'utf8').replace('bb22', 'cc33').replace('s += i', 's -= i'));
    expect(load(file, true)).toMatchObject({ cached: false, sum: -5050 });
    const good = readFileSync(`${file}.cache`);
    expect(load(file)).toMatchObject({ cached: true, sum: -5050 });
    const header = good.indexOf(10) + 1;
    // V8's data damaged (which V8 itself may accept, and then fail on or run).
    const damaged = Buffer.from(good);
    for (let i = header; i < damaged.length; i += 5) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    for (const data of [damaged, good.subarray(0, header + 8), good.subarray(0, header), good.subarray(0, header - 1), Buffer.alloc(0), other]) {
      writeFileSync(`${file}.cache`, data);
      expect(load(file)).toMatchObject({ cached: false, sum: -5050 });
    }
  });
});
