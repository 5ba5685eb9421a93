/** Every rule medlint has, by id, sorted alphabetically. The ids are a contract. */
import type { RuleModule } from '../src/types.js';
import * as registry from './registry.js';

/** The rules, in id order. */
export const rules: readonly RuleModule<object>[] = (Object.values(registry) as RuleModule<object>[]).sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
