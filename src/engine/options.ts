/**
 * Validates a rule's options against its schema before the rule runs, so rules never
 * validate their own options. The schemas are a small JSON Schema subset (an object of
 * typed properties, no unknown keys), which this checks directly rather than pulling in a
 * full JSON Schema validator for four keywords.
 */
import type { RuleMeta } from '../types.js';

/** Thrown for invalid rule options; the message names the rule, the option and what was expected. */
export class OptionsError extends Error {}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** Throws an OptionsError when `given` does not satisfy the rule's schema. */
export function validateOptions(meta: RuleMeta<object>, given: unknown): void {
  if (typeOf(given) !== 'object') throw new OptionsError(`Invalid options for rule \`${meta.id}\`: expected an object, got ${typeOf(given)}`);
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    const prop = meta.schema.properties[key];
    if (!prop) {
      const known = Object.keys(meta.schema.properties);
      throw new OptionsError(`Unknown option \`${key}\` for rule \`${meta.id}\`${known.length ? `: expected one of ${known.join(', ')}` : ': it takes no options'}`);
    }
    const actual = typeOf(value);
    const itemsOk = actual !== 'array' || !prop.items || (value as unknown[]).every((v) => typeOf(v) === prop.items?.type);
    if (actual !== prop.type || !itemsOk) {
      const expected = prop.type === 'array' && prop.items ? `${prop.items.type}[]` : prop.type;
      throw new OptionsError(`Invalid value \`${JSON.stringify(value)}\` for option \`${key}\` of \`${meta.id}\`: expected ${expected}`);
    }
    if (prop.enum && !prop.enum.includes(value as string)) {
      throw new OptionsError(`Invalid value \`${JSON.stringify(value)}\` for option \`${key}\` of \`${meta.id}\`: expected one of ${prop.enum.join(', ')}`);
    }
  }
}
