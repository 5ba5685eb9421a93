/**
 * The dependency patches scripts/bundle.mjs applies (scripts/bundle-patches.mjs): each must apply
 * to the package this lockfile installs, or the bundle silently loses its speed-up. That the
 * patched bundle finds what it found before is test/golden.test.ts's part (it runs the bundle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKENIZER_FIELDS, tokenizerShape } from '../scripts/bundle-patches.mjs';

/** The installed micromark's folder: its exports name no package.json, and under a development condition its entry is in dev/. */
function micromarkDir(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('micromark'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}
// lib/ is what esbuild bundles (no development condition).
const source = readFileSync(path.join(micromarkDir(), 'lib/create-tokenizer.js'), 'utf8');

/** The text of createTokenizer's context literal. */
function contextLiteral(text: string): string {
  const start = text.indexOf('\n  const context = {');
  return text.slice(start, text.indexOf('\n  };', start));
}

describe('micromark tokenizer shape patch', () => {
  it('applies to the installed micromark and declares each late property once, as undefined', () => {
    const patched = tokenizerShape(source);
    expect(patched).toBeDefined();
    const literal = contextLiteral(patched!);
    for (const field of TOKENIZER_FIELDS) expect(literal.split(`\n    ${field}: undefined`).length - 1, field).toBe(1);
    // The properties micromark already declared are all still there, first and in order.
    expect(literal.startsWith(contextLiteral(source))).toBe(true);
    // Nothing outside the literal changed.
    expect(patched!.replace(literal, '')).toBe(source.replace(contextLiteral(source), ''));
  });

  it('declares no property micromark already declares', () => {
    for (const field of TOKENIZER_FIELDS) expect(contextLiteral(source)).not.toMatch(new RegExp(`\\n    ${field}\\b`));
  });

  it('leaves a text it does not know alone', () => {
    expect(tokenizerShape('export function createTokenizer() { return {} }\n')).toBeUndefined();
    expect(tokenizerShape(source.replace('\n  const context = {', '\n  const ctx = {'))).toBeUndefined();
  });

  it('is in the built command-line bundle', () => {
    const bundle = readFileSync('dist/medlint.cjs', 'utf8');
    expect(bundle).toMatch(/_gfmTableDynamicInterruptHack: (?:void 0|undefined)/);
  });
});
