/**
 * The dependency patches scripts/bundle.mjs applies (scripts/bundle-patches.mjs): each must apply
 * to the package this lockfile installs, or the bundle silently loses its speed-up. That the
 * patched bundle finds what it found before is test/golden.test.ts's part (it runs the bundle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { subcontentInPlace, TOKENIZER_FIELDS, tokenizerShape } from '../scripts/bundle-patches.mjs';

/** An installed package's folder: micromark's exports name no package.json, and under a development condition its entry is in dev/. */
function packageDir(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}
// lib/ and index.js are what esbuild bundles (no development condition).
const source = readFileSync(path.join(packageDir('micromark'), 'lib/create-tokenizer.js'), 'utf8');
const subtokenizeSource = readFileSync(path.join(packageDir('micromark-util-subtokenize'), 'index.js'), 'utf8');

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

describe('micromark-util-subtokenize jumps patch', () => {
  it('applies to the installed package: subcontent writes into the caller’s jumps, and nothing else changes', () => {
    const patched = subcontentInPlace(subtokenizeSource);
    expect(patched).toBeDefined();
    expect(patched).toContain('subcontent(events, index, jumps);');
    expect(patched).toContain('function subcontent(events, eventIndex, gaps) {');
    expect(patched).not.toContain('Object.assign(jumps');
    expect(patched).not.toMatch(/const gaps = \{\}/);
    // Every other line is the installed one.
    const kept = (text: string): string[] => text.split('\n').filter((l) => !/subcontent\(|const gaps = \{\}|@type \{Record<string, number>\} \*\/$/.test(l));
    expect(kept(patched!)).toEqual(kept(subtokenizeSource));
  });

  it('leaves a text it does not know alone', () => {
    expect(subcontentInPlace(subtokenizeSource.replace('Object.assign(jumps, subcontent(events, index));', 'Object.assign(jumps, subcontent(events, index, 0));'))).toBeUndefined();
    // An anchor twice is not the text the patch knows either.
    expect(subcontentInPlace(`${subtokenizeSource}\nfunction subcontent(events, eventIndex) {\n}\n`)).toBeUndefined();
  });

  it('is in the built command-line bundle', () => {
    expect(readFileSync('dist/medlint.cjs', 'utf8')).toMatch(/subcontent\(events, index\d*, jumps\);/);
  });
});
