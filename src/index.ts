/**
 * medlint's public API: lint text or files and format the results, with the same result
 * objects the CLI prints; and `remarkMedlint`, to run the rules inside a remark pipeline.
 */
import { createEngine, lintWithEngine, type RunConfig } from './engine/run.js';
import { ruleSet, rulesMeta } from './builtin.js';
import { formatters as registry, type FormatOptions, type Formatter } from './formatters/index.js';
import { resolveInline, toRunConfig } from './engine/config.js';
import { configSchema as schemaOf, type ConfigSettings } from './engine/config-schema.js';
import { Project, type ProjectOptions } from './engine/project.js';
import { cacheFile, LintCache } from './engine/cache.js';
import type { LintResult, Severity, SourceFormat } from './types.js';
import { readBaseline } from './engine/baseline.js';
import { changedLines } from './engine/git.js';
import { postProcess } from './engine/pipeline.js';
import { version } from './util/version.js';

export type * from './types.js';
export { type Formatter, type FormatOptions } from './formatters/index.js';
export { rules } from '../rules/index.js';

/** The formatters by name; describing formats (sarif) get the metadata of medlint's rules unless the caller passes its own `rulesMeta`. */
export const formatters: Readonly<Record<string, Formatter>> = Object.fromEntries(
  Object.entries(registry).map(([name, format]) => [name, (results: readonly LintResult[], options: FormatOptions) => format(results, { rulesMeta, ...options })]),
);
export type { RunConfig } from './engine/run.js';
export type { ConfigData, ConfigOverride, ConfigSettings, RuleLevel, RuleSetting } from './engine/config-schema.js';
export type { ResolvedConfig } from './engine/config.js';
export { ConfigFileError } from './engine/config.js';

/** The JSON Schema (draft-07) of a configuration file, generated from the metadata of medlint's rules. */
export function configSchema(): object {
  return schemaOf(rulesMeta);
}
export { applyFixes, fixText } from './engine/fix.js';
export { default as remarkMedlint, type RemarkMedlintOptions } from './remark.js';

export { version } from './util/version.js';

/** Options of `lintText`: rules as in a config file, or the engine's run configuration. */
export interface LintTextOptions extends RunConfig, ConfigSettings {
  /** Names the text in the result and picks its format by extension (default `<text>`, plain text). */
  readonly path?: string;
  readonly format?: SourceFormat;
}

/**
 * Lints one article's text. Reads no file: no config lookup and no `.medlint-dictionary`;
 * pass `rules`, `words` and `locale` as a config file would, or `only`, `disable`,
 * `severity` and `options` as the engine takes them.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const { path, format, rules, words, locale, ...run } = options;
  const settings = rules || words || locale ? toRunConfig(resolveInline(rulesMeta, { ...(rules ? { rules } : {}), ...(words ? { words } : {}), ...(locale ? { locale } : {}) })) : {};
  const config: RunConfig = {
    ...settings,
    ...run,
    disable: [...(settings.disable ?? []).filter((id) => !(run.only ?? []).includes(id)), ...(run.disable ?? [])],
    severity: { ...settings.severity, ...run.severity },
    options: { ...settings.options, ...run.options },
  };
  return lintWithEngine(createEngine(ruleSet, config), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path ?? '<text>', format);
}

/** Options of `lintFiles`: the CLI's, by name. */
export interface LintFilesOptions extends Pick<ProjectOptions, 'only' | 'disable' | 'directives' | 'ignore' | 'cwd'> {
  /** Use this config file instead of looking for config files. */
  readonly configFile?: string;
  /** Look for .medlintrc* files from each file up (default true). */
  readonly useConfigFiles?: boolean;
  /** Settings applied after every config file, in the config file format (rules, words, locale, overrides…). */
  readonly overrideConfig?: unknown;
  /** Use the lint cache: true for the default location, or a cache file or folder. */
  readonly cache?: boolean | string;
  /** Remove the findings this baseline file records (as `--baseline`). */
  readonly baseline?: string;
  /** Keep only findings on lines changed since this git revision (as `--changed-since`; files are not filtered). */
  readonly changedSince?: string;
  /** Keep only findings at or above this severity (`error` is the CLI's `--quiet`). */
  readonly minSeverity?: Severity;
}

/**
 * Lints files, directories or globs, as the CLI does: config files, `.medlintignore`,
 * `.medlint-dictionary` and inline suppressions apply; results in a stable order.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cache = options.cache ? LintCache.load(cacheFile(typeof options.cache === 'string' ? options.cache : undefined), version) : undefined;
  const project = new Project(ruleSet, {
    ...(options.only ? { only: options.only } : {}),
    ...(options.disable ? { disable: options.disable } : {}),
    config: {
      ...(options.configFile ? { configFile: options.configFile } : {}),
      lookup: options.useConfigFiles !== false,
      ...(options.overrideConfig !== undefined ? { overrideConfig: options.overrideConfig } : {}),
    },
    ...(options.directives ? { directives: options.directives } : {}),
    ...(options.ignore !== undefined ? { ignore: options.ignore } : {}),
    ...(cache ? { cache } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  // Read before linting, as the CLI does, so a missing baseline or a bad revision fails at once.
  const baseline = options.baseline !== undefined ? { file: options.baseline, data: readBaseline(options.baseline) } : undefined;
  const changed = options.changedSince !== undefined ? changedLines(options.changedSince, options.cwd) : undefined;
  const results: LintResult[] = [];
  // In worker threads when there are many files (see engine/pool.ts); the first error is thrown, as before.
  for (const outcome of await project.lintAll(await project.files(paths))) {
    if ('error' in outcome) throw outcome.error;
    results.push(outcome.result);
  }
  cache?.save();
  // The project pipeline's stages after suppressions, as the CLI runs them.
  return postProcess(results, { ...(baseline ? { baseline } : {}), ...(changed ? { changed } : {}), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) }).shown;
}
