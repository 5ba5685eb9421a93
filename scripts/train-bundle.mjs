// The training run of scripts/bundle.mjs: loads each bundle (dist/medlint.cjs and
// dist/medlint-worker.cjs) as medlint does, lints the seed articles with it, and writes the
// bundle's V8 code cache, which then holds compiled every function that lint ran. Its own
// process, so that nothing else it compiles lands in the caches.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadBundle } = await import(path.join(ROOT, 'dist/src/load-bundle.js'));
const seeds = readdirSync(path.join(ROOT, 'fixtures/seeds'))
  .filter((f) => /\.(md|txt|html?)$/.test(f))
  .map((f) => path.join(ROOT, 'fixtures/seeds', f));
if (seeds.length === 0) throw new Error('train-bundle: no seed articles in fixtures/seeds');

// The command line, in the formats a run most often prints (its output is dropped).
const cli = loadBundle(path.join(ROOT, 'dist/medlint.cjs'));
const io = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => new Uint8Array(), isTTY: false };
for (const format of ['stylish', 'json']) {
  await cli.exports.run([process.execPath, 'medlint', '--no-config-lookup', '--workers', '0', '--format', format, ...seeds], io);
}
cli.saveCache();

// The worker: one task of the seed articles, as the pool sends it.
const worker = loadBundle(path.join(ROOT, 'dist/medlint-worker.cjs'));
await worker.exports.default({ options: { cwd: ROOT, config: { lookup: false } }, jobs: seeds.map((file) => ({ file })) });
worker.saveCache();
