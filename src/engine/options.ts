/**
 * Validates a rule's options against its schema before the rule runs, so rules never
 * validate their own options. The schemas are a small JSON Schema subset (an object of
 * typed properties, no unknown keys), which this checks directly rather than pulling in a
 * full JSON Schema validator for four keywords.
 */
import type { RuleMeta } from '../types.js';

/** Thrown for invalid rule options; the message names the rule, the option and what was expected. */
export class OptionsError extends Error {}

/** What is wrong with a rule's options: the offending key (absent: the options value itself) and what was expected. */
export interface OptionsProblem {
  readonly key?: string;
  readonly unknownKey?: boolean;
  readonly value?: unknown;
  readonly expected: string;
}

/** The JSON type name of a value, as schemas spell it. */
export function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** The first problem with `given` under the rule's schema, or undefined when it is valid. */
export function optionsProblem(meta: RuleMeta<object>, given: unknown): OptionsProblem | undefined {
  if (typeOf(given) !== 'object') return { value: given, expected: `an object, got ${typeOf(given)}` };
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    const prop = meta.schema.properties[key];
    if (!prop) {
      const known = Object.keys(meta.schema.properties);
      return { key, unknownKey: true, expected: known.length ? `one of ${known.join(', ')}` : 'no options (the rule takes none)' };
    }
    const actual = typeOf(value);
    const itemsOk = actual !== 'array' || !prop.items || (value as unknown[]).every((v) => typeOf(v) === prop.items?.type);
    if (actual !== prop.type || !itemsOk) return { key, value, expected: prop.type === 'array' && prop.items ? `${prop.items.type}[]` : prop.type };
    if (prop.enum && !prop.enum.includes(value as string)) return { key, value, expected: `one of ${prop.enum.join(', ')}` };
  }
  return undefined;
}

/** Throws an OptionsError when `given` does not satisfy the rule's schema. */
export function validateOptions(meta: RuleMeta<object>, given: unknown): void {
  const problem = optionsProblem(meta, given);
  if (!problem) return;
  if (problem.key === undefined) throw new OptionsError(`Invalid options for rule \`${meta.id}\`: expected ${problem.expected}`);
  if (problem.unknownKey) {
    throw new OptionsError(`Unknown option \`${problem.key}\` for rule \`${meta.id}\`: ${problem.expected.startsWith('no options') ? 'it takes no options' : `expected ${problem.expected}`}`);
  }
  throw new OptionsError(`Invalid value \`${JSON.stringify(problem.value)}\` for option \`${problem.key}\` of \`${meta.id}\`: expected ${problem.expected}`);
}
