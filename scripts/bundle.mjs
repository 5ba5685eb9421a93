// Bundles the command line into one file, dist/medlint.js, and the lint pool's worker into
// dist/medlint-worker.js (run by `npm run build`, after tsc).
//
// Why: a lint of one file spent about a third of its start-up resolving and reading some 190
// modules (measured with --cpu-prof: module resolution, file opens and compilation); one file
// loads in a fraction of that. The public API (dist/src/index.js) stays as tsc wrote it.
//
// Each bundled module keeps its own `import.meta.url`: it is rewritten to the module's path
// relative to the bundle, so data found beside a module (the spelling word lists, the report's
// client files, package.json for the version, createRequire of lazily loaded packages) is
// found as before. Packages loaded at run time with require() (rehype-parse, diff) stay out of
// the bundle, and so do yaml (see `external` below) and tinypool (which starts its workers
// from its own files).
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Rewrites `import.meta.url` in every bundled module to that module's own URL, relative to the bundle. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(js|mjs)$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      let rel = path.relative(path.join(ROOT, 'dist'), args.path).split(path.sep).join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

// Chunks of an earlier build (their names carry a hash).
for (const f of readdirSync(path.join(ROOT, 'dist'))) if (f.startsWith('medlint-chunk-')) rmSync(path.join(ROOT, 'dist', f));

for (const [entry, name] of [
  ['dist/src/cli/index.js', 'medlint'],
  ['dist/src/worker.js', 'medlint-worker'],
]) {
  await build({
  entryPoints: { [name]: path.join(ROOT, entry) },
  outdir: path.join(ROOT, 'dist'),
  // What a lint run does not load (the language server, the report, the formatters it does not
  // print with, the YAML parser of YAML config files) goes to chunks of its own, loaded when
  // asked for: a one-file run compiled some 2.2 MB of bundle, now about half. The chunks lie
  // beside the bundle, in dist/, so the module URLs rewritten below hold for them too.
  splitting: true,
  chunkNames: 'medlint-chunk-[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's table for node20 lacks Unicode property escapes (`\p{Lu}`), so it rewrote every
  // such regex literal as `new RegExp(…)`, built again at each call in the hot loops of the
  // segmenter, the context pass and the spelling rule (the corpus spent about 4% building
  // them). Node has had them since version 10.
  supported: { 'regexp-unicode-property-escapes': true },
  // yaml is CommonJS: imported dynamically from a chunk it would expose only a default export
  // (config.ts reads `parse` from it); Node's own loader gives its named exports.
  external: ['tinypool', 'yaml'],
  // CommonJS packages in an ES module bundle need a `require`.
  banner: { js: "import { createRequire as __medlintCreateRequire } from 'node:module';\nconst require = __medlintCreateRequire(import.meta.url);" },
  plugins: [ownUrl],
  logLevel: 'warning',
  legalComments: 'none',
  });
}
