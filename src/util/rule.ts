/**
 * `defineRule`: how a rule module is written. It only infers types and fills in what is
 * derived: the message ids are the keys of `meta.messages`, so `report({ messageId })` with
 * an id the rule does not declare does not compile, and `docsUrl` comes from the id.
 */
import type { RuleMeta, RuleModule, RulesMeta } from '../types.js';
import { docsUrl } from './docs-url.js';

/** A rule as its module declares it: everything but what `defineRule` derives. */
export interface RuleDefinition<O extends object, M extends string> extends Omit<RuleModule<O, M>, 'meta'> {
  readonly meta: Omit<RuleMeta<O, M>, 'docsUrl'>;
}

/** Defines a rule module: message ids typed from `meta.messages`, options from `meta.defaultOptions`, docs URL from the id. */
export function defineRule<O extends object, const M extends string>(definition: RuleDefinition<O, M>): RuleModule<O, M> {
  return { ...definition, meta: { ...definition.meta, docsUrl: docsUrl(definition.meta.id) } };
}

/** The metadata of some rules by id, for formatters and the report (they never see the registry). */
export function rulesMetaOf(rules: readonly RuleModule<object>[]): RulesMeta {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta]));
}

/** The options of a rule that takes none. */
export type NoOptions = Record<string, never>;

/** The default options of a rule that takes none. */
export const NO_OPTIONS: Readonly<NoOptions> = {};
