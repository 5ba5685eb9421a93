// Bundles the command line into one file, dist/medlint.cjs, and the lint pool's worker into
// dist/medlint-worker.cjs (run by `npm run build`, after tsc), then writes each bundle's V8 code
// cache (BUNDLE.cache) from a training run over the seed articles.
//
// Why one file: a lint of one file spent about a third of its start-up resolving and reading
// some 190 modules (measured with --cpu-prof: module resolution, file opens and compilation).
// Why CommonJS and a code cache: most of what was left was compiling (the bundle's text parsed,
// then each function compiled as it first ran). Node 20 gives ES modules no code cache, so the
// bundles are CommonJS scripts that src/load-bundle.ts runs as a `vm.Script` with the cache;
// bin/medlint.js and dist/medlint-worker.js (the worker module tinypool starts) load them so.
// A missing or stale cache only costs time (see src/load-bundle.ts). The public API
// (dist/src/index.js) stays as tsc wrote it.
//
// Each bundled module keeps its own `import.meta.url`: it is rewritten to the module's path
// relative to dist/ (given to the bundle by the loader as `__medlintDistUrl`), so data found
// beside a module (the spelling word lists, the report's client files, package.json for the
// version, createRequire of lazily loaded packages) is found as before. What is imported at run
// time (tinypool, which starts its workers from its own files; yaml; a config file written as a
// module) goes through the loader's import(), `__medlintImport`: a `vm.Script` has none.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dependencyPatches } from './bundle-patches.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');

/** Rewrites `import.meta.url` in every bundled module to that module's own URL, relative to dist/. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(js|mjs)$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      let rel = path.relative(DIST, args.path).split(path.sep).join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __medlintDistUrl).href`), loader: 'js' };
    });
  },
};

// What an earlier build wrote: the ES module bundle and its chunks, bundles and caches.
for (const f of readdirSync(DIST)) {
  if (/^medlint(-chunk-.*|-worker)?\.(c?js|cjs\.cache)$/.test(f)) rmSync(path.join(DIST, f));
}

/** Dynamic import() left in a bundle: of a package kept out of it, or of a computed path. */
const DYNAMIC_IMPORT = /(?<![\w$.])import\(/g;

for (const [entry, name] of [
  ['dist/src/cli/index.js', 'medlint'],
  ['dist/src/worker.js', 'medlint-worker'],
]) {
  const outfile = path.join(DIST, `${name}.cjs`);
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // esbuild's table for node20 lacks Unicode property escapes (`\p{Lu}`), so it rewrote every
    // such regex literal as `new RegExp(…)`, built again at each call in the hot loops of the
    // segmenter, the context pass and the spelling rule (the corpus spent about 4% building
    // them). Node has had them since version 10.
    supported: { 'regexp-unicode-property-escapes': true },
    // tinypool starts its workers from its own files; yaml is CommonJS that config.ts imports
    // for its named exports.
    external: ['tinypool', 'yaml'],
    // The dependency patches first: a module they patch is loaded by them (ownUrl passes over
    // modules without import.meta.url).
    plugins: [dependencyPatches, ownUrl],
    logLevel: 'warning',
    legalComments: 'none',
  });
  // The import() calls left (esbuild keeps those of external packages and computed paths) go
  // through the loader's; the last line names the text, for the code cache's header.
  let text = readFileSync(outfile, 'utf8').replace(DYNAMIC_IMPORT, '__medlintImport(');
  text += `//# medlint-bundle ${createHash('sha256').update(text).digest('hex').slice(0, 32)}\n`;
  writeFileSync(outfile, text);
}

// The ES module entry points: the command line's (which bin/medlint.js imports) and the worker
// module tinypool is given (src/builtin.ts finds it).
writeFileSync(
  path.join(DIST, 'medlint.js'),
  `// Written by scripts/bundle.mjs: the command line, from dist/medlint.cjs with its code cache.
import { loadBundle } from './src/load-bundle.js';

export const { main } = loadBundle(new URL('./medlint.cjs', import.meta.url)).exports;
`,
);
writeFileSync(
  path.join(DIST, 'medlint-worker.js'),
  `// Written by scripts/bundle.mjs: the lint pool's worker module, from dist/medlint-worker.cjs with its code cache.
import { loadBundle } from './src/load-bundle.js';

export default loadBundle(new URL('./medlint-worker.cjs', import.meta.url)).exports.default;
`,
);

// The code caches, from a run of each bundle over the seed articles (scripts/train-bundle.mjs),
// so that the functions a lint runs are in the cache compiled. Without them medlint still runs.
const trained = spawnSync(process.execPath, [path.join(ROOT, 'scripts/train-bundle.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (trained.status !== 0) {
  process.stderr.write(`bundle: no code cache written (the training run exited with ${trained.status ?? trained.signal}); medlint runs without it, more slowly\n`);
}
