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

/** The esbuild plugin that applies the patches above. */
export const dependencyPatches = {
  name: 'medlint-dependency-patches',
  setup(build) {
    build.onLoad({ filter: /[\\/]micromark[\\/]lib[\\/]create-tokenizer\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const patched = tokenizerShape(await readFile(args.path, 'utf8'));
      if (patched === undefined) {
        process.stderr.write(`bundle: ${args.path} is not the text its patch knows; bundled unpatched (same findings, slower)\n`);
        return undefined;
      }
      return { contents: patched, loader: 'js' };
    });
  },
};
