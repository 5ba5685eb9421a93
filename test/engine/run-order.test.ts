/**
 * Findings at the same range are ordered by rule id. The engine compares the ids by code unit
 * (no ICU collator at start-up); for every rule id and the engine's own ids that is the order
 * `localeCompare` gave, so the findings' order is what it was.
 */
import { expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { DIRECTIVE_RULE } from '../../src/engine/directives.js';
import { compareRuleIds } from '../../src/engine/run.js';

it('orders every pair of rule ids as localeCompare does', () => {
  const ids = [...rules.map((r) => r.meta.id), DIRECTIVE_RULE, 'medlint/input'];
  for (const a of ids) for (const b of ids) expect([a, b, compareRuleIds(a, b)]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
});
