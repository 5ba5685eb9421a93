import type { Plugin } from 'esbuild';

/** The properties constructs add to a micromark tokenizer's context after it is made. */
export const TOKENIZER_FIELDS: readonly string[];

/** micromark's create-tokenizer.js with its context's late properties declared, or undefined when its text is not the one the patch knows. */
export function tokenizerShape(source: string): string | undefined;

/** The esbuild plugin that applies the patches. */
export const dependencyPatches: Plugin;

/** micromark-util-subtokenize's index.js with subcontent writing its jumps into the caller's, or undefined when its text is not the one the patch knows. */
export function subcontentInPlace(source: string): string | undefined;
