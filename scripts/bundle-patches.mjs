// Source patches that scripts/bundle.mjs applies to dependencies as it bundles them. Each one
// changes speed only, never what the code computes; each is checked against the installed
// package by test/bundle-patches.test.ts, and a build where one no longer applies says so and
// bundles the package as it is (slower, same findings).
//
// micromark's tokenizers (micromark 4.0.2, lib/create-tokenizer.js): every tokenizer's
// `context` object starts with ten properties, and the constructs add others as they run
// (`interrupt`, `currentConstruct`, `_labelStarts`, the GFM extensions' flags). So contexts
// of one document have several hidden classes, and the store in `consume` that runs for every
// character (`context.previous = code`) became megamorphic: 1.9% of a corpus run's CPU on that
// one line (issue 16). Declaring those properties up front, as `undefined`, gives every context
// one shape. Nothing in micromark or its extensions tests these properties with `in` or
// hasOwnProperty, only by value, and undefined is the value a missing property reads as.
// To be sent upstream (micromark/micromark), with this measurement.

/** The properties constructs add to a tokenizer's context after it is made (micromark 4.0.2 and the GFM, footnote and MDX extensions). */
export const TOKENIZER_FIELDS = ['interrupt', 'currentConstruct', '_labelStarts', '_contentTypeTextTrailing', '_gfmTasklistFirstContentOfListItem', '_gfmTableDynamicInterruptHack'];

/** The end of the context literal in createTokenizer, as micromark 4.0.2 writes it. */
const CONTEXT_END = /(\n {2}const context = \{\n(?: {4}\w+(?:: [^\n]*)?,\n)+ {4}write)\n {2}\};\n/;

/** micromark's create-tokenizer.js with its context's late properties declared, or undefined when its text is not the one this patch knows. */
export function tokenizerShape(source) {
  if (!CONTEXT_END.test(source)) return undefined;
  return source.replace(CONTEXT_END, (_, head) => `${head},\n${TOKENIZER_FIELDS.map((f) => `    ${f}: undefined`).join(',\n')}\n  };\n`);
}

// micromark-util-subtokenize 2.1.0 (index.js): `subcontent` returns the jumps over the events it
// spliced in as a fresh object with integer keys, and `subtokenize` copies them into its own with
// Object.assign, which enumerates the keys and stores each through the generic path: that line
// alone was 1.3% of a corpus run's CPU (issue 16). Patched, `subcontent` writes the same keys
// and values into the caller's object directly. It never reads that object (its own `jumps` is a
// local array), and only lookups read the keys, so the order they are added in changes nothing.

/** The three edits of the subtokenize patch: each anchor must stand in the file exactly once. */
const SUBCONTENT_EDITS = [
  ['        Object.assign(jumps, subcontent(events, index));\n', '        subcontent(events, index, jumps);\n'],
  ['function subcontent(events, eventIndex) {\n', 'function subcontent(events, eventIndex, gaps) {\n'],
  ['  /** @type {Record<string, number>} */\n  const gaps = {};\n', ''],
];

/** micromark-util-subtokenize's index.js with subcontent writing its jumps into the caller's, or undefined when its text is not the one this patch knows. */
export function subcontentInPlace(source) {
  let patched = source;
  for (const [from, to] of SUBCONTENT_EDITS) {
    if (patched.split(from).length !== 2) return undefined;
    patched = patched.replace(from, to);
  }
  return patched;
}

/** The patches by the module they apply to. */
const PATCHES = [
  { name: "micromark's tokenizer contexts", filter: /[\\/]micromark[\\/]lib[\\/]create-tokenizer\.js$/, apply: tokenizerShape },
  { name: "micromark-util-subtokenize's jumps", filter: /[\\/]micromark-util-subtokenize[\\/]index\.js$/, apply: subcontentInPlace },
];

/** The esbuild plugin that applies the patches above. */
export const dependencyPatches = {
  name: 'medlint-dependency-patches',
  setup(build) {
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.filter }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const patched = patch.apply(await readFile(args.path, 'utf8'));
        if (patched === undefined) {
          process.stderr.write(`bundle: ${args.path} is not the text the patch of ${patch.name} knows; bundled unpatched (same findings, slower)\n`);
          return undefined;
        }
        return { contents: patched, loader: 'js' };
      });
    }
  },
};
