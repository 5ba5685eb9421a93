/**
 * The configuration file's shape: the validator the loader uses, the JSON Schema shipped for
 * editors (generated from the same rule metadata), and the two presets. Each takes the rules'
 * metadata from its caller (`RulesMeta`: ids, severities, option schemas); the engine imports
 * no rule.
 *
 * The validator is hand-written rather than run through a JSON Schema library at start-up:
 * the format is small, its errors must name the key path in one line, and loading ajv costs
 * more than linting a short article. test/config-schema.test.ts checks that the generated
 * schema and this validator accept and reject the same configs.
 */
import type { RuleMeta, RulesMeta, Severity } from '../types.js';
import { optionsProblem, typeOf } from './options.js';

/** A rule's severity in a config, or off. */
export type RuleLevel = Severity | 'off';

/** A rule's entry in a config: a level, or a level with options. */
export type RuleSetting = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, Readonly<Record<string, unknown>>];

export const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
export const LOCALES = ['en-US', 'en-GB'] as const;
export const PRESETS = ['medlint:recommended', 'medlint:strict'] as const;

/** Settings that apply to a set of files: a config's base, or one of its overrides. */
export interface ConfigSettings {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly words?: readonly string[];
  readonly locale?: (typeof LOCALES)[number];
}

export interface ConfigOverride extends ConfigSettings {
  readonly files: readonly string[];
  readonly excludedFiles?: readonly string[];
}

/** A configuration file, validated. */
export interface ConfigData extends ConfigSettings {
  readonly root?: boolean;
  readonly extends?: readonly string[];
  readonly ignores?: readonly string[];
  readonly overrides?: readonly ConfigOverride[];
}

/** An invalid or unreadable configuration: one line naming the file, the key path and what was expected. */
export class ConfigFileError extends Error {}

const TOP_KEYS = ['$schema', 'root', 'extends', 'rules', 'overrides', 'ignores', 'words', 'locale'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'words', 'locale'];

/** Validates a parsed config file against the rules of `rulesMeta`; throws ConfigFileError naming `file` and the key path. */
export function validateConfig(raw: unknown, file: string, rulesMeta: RulesMeta): ConfigData {
  const fail = (path: string, expected: string): never => {
    throw new ConfigFileError(`${file}: ${path || '(top level)'}: expected ${expected}`);
  };
  if (typeOf(raw) !== 'object') fail('', `an object, got ${typeOf(raw)}`);
  const data = raw as Record<string, unknown>;
  checkKeys(data, TOP_KEYS, '', fail);
  if (data['$schema'] !== undefined && typeof data['$schema'] !== 'string') fail('$schema', 'a string');
  if (data['root'] !== undefined && typeof data['root'] !== 'boolean') fail('root', 'true or false');
  const ext = data['extends'];
  const extendsList = ext === undefined ? undefined : typeof ext === 'string' ? [ext] : ext;
  if (extendsList !== undefined) stringList(extendsList, 'extends', fail, 'a preset (medlint:recommended, medlint:strict), a path or a package name');
  if (data['ignores'] !== undefined) stringList(data['ignores'], 'ignores', fail, 'a list of glob patterns');
  const settings = validateSettings(data, '', fail, rulesMeta);
  let overrides: ConfigOverride[] | undefined;
  if (data['overrides'] !== undefined) {
    if (!Array.isArray(data['overrides'])) fail('overrides', 'a list of { files, rules, words, locale } objects');
    overrides = (data['overrides'] as unknown[]).map((o, i) => {
      const path = `overrides[${i}]`;
      if (typeOf(o) !== 'object') fail(path, `an object, got ${typeOf(o)}`);
      const entry = o as Record<string, unknown>;
      checkKeys(entry, OVERRIDE_KEYS, path, fail);
      const files = typeof entry['files'] === 'string' ? [entry['files']] : entry['files'];
      if (files === undefined) fail(`${path}.files`, 'a glob pattern or a list of them (required)');
      stringList(files, `${path}.files`, fail, 'a glob pattern or a list of them');
      if ((files as string[]).length === 0) fail(`${path}.files`, 'at least one glob pattern');
      const excluded = typeof entry['excludedFiles'] === 'string' ? [entry['excludedFiles']] : entry['excludedFiles'];
      if (excluded !== undefined) stringList(excluded, `${path}.excludedFiles`, fail, 'a glob pattern or a list of them');
      return { files: files as string[], ...(excluded ? { excludedFiles: excluded as string[] } : {}), ...validateSettings(entry, `${path}.`, fail, rulesMeta) };
    });
  }
  return {
    ...(data['root'] !== undefined ? { root: data['root'] as boolean } : {}),
    ...(extendsList ? { extends: extendsList as string[] } : {}),
    ...(data['ignores'] ? { ignores: data['ignores'] as string[] } : {}),
    ...(overrides ? { overrides } : {}),
    ...settings,
  };
}

type Fail = (path: string, expected: string) => never;

function checkKeys(data: Record<string, unknown>, allowed: readonly string[], prefix: string, fail: Fail): void {
  for (const key of Object.keys(data)) if (!allowed.includes(key)) fail(`${prefix}${prefix ? '.' : ''}${key}`.replace(/^\./, ''), `no such key; the keys are ${allowed.join(', ')}`);
}

function stringList(value: unknown, path: string, fail: Fail, expected: string): void {
  if (!Array.isArray(value)) fail(path, expected);
  (value as unknown[]).forEach((v, i) => {
    if (typeof v !== 'string' || v === '') fail(`${path}[${i}]`, `a non-empty string, got ${JSON.stringify(v)}`);
  });
}

function validateSettings(data: Record<string, unknown>, prefix: string, fail: Fail, rulesMeta: RulesMeta): ConfigSettings {
  const out: { rules?: Record<string, RuleSetting>; words?: string[]; locale?: (typeof LOCALES)[number] } = {};
  if (data['words'] !== undefined) {
    stringList(data['words'], `${prefix}words`, fail, 'a list of words');
    out.words = data['words'] as string[];
  }
  if (data['locale'] !== undefined) {
    if (!LOCALES.includes(data['locale'] as (typeof LOCALES)[number])) fail(`${prefix}locale`, `one of ${LOCALES.join(', ')}, got ${JSON.stringify(data['locale'])}`);
    out.locale = data['locale'] as (typeof LOCALES)[number];
  }
  const rules = data['rules'];
  if (rules !== undefined) {
    if (typeOf(rules) !== 'object') fail(`${prefix}rules`, 'an object of rule id -> setting');
    out.rules = {};
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      const path = `${prefix}rules.${id}`;
      const meta = Object.hasOwn(rulesMeta, id) ? rulesMeta[id] : undefined;
      if (!meta) fail(path, `a known rule id; "${id}" is not one (known: ${Object.keys(rulesMeta).join(', ')})`);
      out.rules[id] = validateSetting(meta!, setting, path, fail);
    }
  }
  return out;
}

function validateSetting(meta: RuleMeta<object>, setting: unknown, path: string, fail: Fail): RuleSetting {
  const levels = `one of ${LEVELS.map((l) => `"${l}"`).join(', ')}, or [level, options]`;
  if (typeof setting === 'string') {
    if (!LEVELS.includes(setting as RuleLevel)) fail(path, `${levels}, got ${JSON.stringify(setting)}`);
    return setting as RuleLevel;
  }
  if (!Array.isArray(setting) || setting.length < 1 || setting.length > 2) fail(path, `${levels}, got ${JSON.stringify(setting)}`);
  const [level, options] = setting as unknown[];
  if (!LEVELS.includes(level as RuleLevel)) fail(`${path}[0]`, `${LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  if (options === undefined) return [level as RuleLevel];
  const problem = optionsProblem(meta, options);
  if (problem) {
    const at = problem.key === undefined ? `${path}[1]` : `${path}[1].${problem.key}`;
    fail(at, problem.unknownKey ? (Object.keys(meta.schema.properties).length ? `an option of ${meta.id} (${problem.expected})` : problem.expected) : problem.expected);
  }
  return [level as RuleLevel, options as Record<string, unknown>];
}

const RAISE: Readonly<Record<Severity, Severity>> = { info: 'warning', warning: 'error', error: 'error' };

/** The presets of the rules of `rulesMeta`: recommended runs every rule at its default severity; strict raises each one level. */
export function preset(name: (typeof PRESETS)[number], rulesMeta: RulesMeta): ConfigData {
  const rules: Record<string, RuleSetting> = {};
  for (const meta of Object.values(rulesMeta)) rules[meta.id] = name === 'medlint:strict' ? RAISE[meta.defaultSeverity] : meta.defaultSeverity;
  return { rules };
}

/** The JSON Schema (draft-07) of a configuration file, generated from the metadata of the rules it may configure. */
export function configSchema(rulesMeta: RulesMeta): object {
  const ruleProperties: Record<string, object> = {};
  for (const meta of Object.values(rulesMeta)) {
    const options = {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(meta.schema.properties).map(([key, prop]) => [
          key,
          { type: prop.type, description: prop.description, ...(prop.items ? { items: { type: prop.items.type } } : {}), ...(prop.enum ? { enum: [...prop.enum] } : {}) },
        ]),
      ),
      additionalProperties: false,
    };
    ruleProperties[meta.id] = {
      description: `${meta.description} (default: ${meta.defaultSeverity}). ${meta.docsUrl}`,
      oneOf: [
        { $ref: '#/definitions/level' },
        { type: 'array', items: [{ $ref: '#/definitions/level' }, options], minItems: 1, maxItems: 2, additionalItems: false },
      ],
    };
  }
  const rulesObject = { type: 'object', description: 'Rules by id: a level, or [level, options]', properties: ruleProperties, additionalProperties: false };
  const words = { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words the project spells this way on purpose (names, products): a setting every rule may read' };
  const locale = { type: 'string', enum: [...LOCALES], description: 'The English locale of the project: a setting every rule may read' };
  const globs = (minItems: number) => ({ oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems }] });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/medlint/medlint/blob/main/schema/medlintrc.schema.json',
    title: 'medlint configuration',
    description: 'Configuration for medlint (.medlintrc.json, .medlintrc.yaml, medlint.config.js or the "medlint" key of package.json)',
    type: 'object',
    definitions: { level: { type: 'string', enum: [...LEVELS], description: 'off, or the severity of the rule\'s findings' } },
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent directories' },
      extends: {
        description: 'Presets (medlint:recommended, the default, or medlint:strict), paths to other config files, or package names, applied first',
        oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
        examples: [...PRESETS],
      },
      rules: rulesObject,
      words,
      locale,
      ignores: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Files not to lint: gitignore-style patterns relative to this file' },
      overrides: {
        type: 'array',
        description: 'Settings for the files that match patterns relative to this file, applied after the base settings',
        items: {
          type: 'object',
          properties: { files: globs(1), excludedFiles: globs(0), rules: rulesObject, words, locale },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}
