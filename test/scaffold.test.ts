/** The new-rule scaffold refuses ids it must not write, and writes nothing then. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-rule.mjs', ...args], { encoding: 'utf8' });

describe('npm run new-rule', () => {
  it('refuses a missing, non-kebab-case or taken id with status 2 and leaves the registry as it was', () => {
    const registry = readFileSync('rules/registry.ts', 'utf8');
    for (const [args, message] of [[[], /usage/], [['No_Good'], /not a kebab-case rule id/], [['spelling'], /rules\/spelling already exists/], [['data'], /knowledge base/]] as const) {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readFileSync('rules/registry.ts', 'utf8')).toBe(registry);
  });
});
