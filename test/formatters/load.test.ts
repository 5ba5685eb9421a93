/** The CLI's lazily loaded formatters are the public registry's, name for name. */
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/formatters/load.js';
import { lintText } from '../../src/index.js';

describe('loadFormatter', () => {
  const results = [lintText('Ketamine cures depression instantly. It is 100% safe.', { path: 'post.md' })];

  it('knows every format of the registry, and no other', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatters).sort());
  });

  it.each(FORMAT_NAMES)('loads %s, which prints what the registry prints', async (name) => {
    const loaded = await loadFormatter(name);
    for (const options of [{ color: false, cwd: process.cwd() }, { color: true, cwd: '/' }]) {
      // Safe: the names are the registry's keys (the test above).
      expect(loaded(results, options)).toBe(formatters[name]!(results, options));
    }
  });

  it('refuses an unknown name', async () => {
    await expect(loadFormatter('xml')).rejects.toThrow(/Unknown format/);
  });
});
