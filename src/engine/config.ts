/**
 * Configuration files: found by walking up from each linted file, loaded once per file and
 * directory, merged from the farthest to the nearest (the nearest wins; `root: true` stops
 * the walk), and turned into the engine's RunConfig.
 *
 * Files, in the order they are looked for in one directory (the first found is used):
 * .medlintrc.json, .medlintrc.yaml, .medlintrc.yml, medlint.config.js, medlint.config.mjs,
 * and the "medlint" key of package.json.
 *
 * Hand-written discovery rather than cosmiconfig/lilconfig: those stop at the first file,
 * while medlint merges every file up to `root: true`, as ESLint's eslintrc did; loading is
 * the yaml package and dynamic import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import type { RulesMeta, Severity } from '../types.js';
import type { RunConfig } from './run.js';
import { ConfigFileError, PRESETS, preset, validateConfig, type ConfigData, type ConfigSettings, type RuleLevel } from './config-schema.js';

export { ConfigFileError } from './config-schema.js';

/** Config file names, in the order they are looked for in a directory. */
export const CONFIG_FILES = ['.medlintrc.json', '.medlintrc.yaml', '.medlintrc.yml', 'medlint.config.js', 'medlint.config.mjs', 'package.json'] as const;

/** One config file's contribution, with the directory its patterns are relative to. */
interface Layer {
  /** The file, or the preset's name. */
  readonly source: string;
  readonly dir: string;
  readonly data: ConfigData;
  readonly ignores?: Ignore;
  readonly overrides: readonly { readonly files: Ignore; readonly excluded?: Ignore; readonly settings: ConfigSettings }[];
}

/** A rule as a config resolves it. */
export interface ResolvedRule {
  readonly level: RuleLevel;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** The configuration that applies to one file. */
export interface ResolvedConfig {
  /** The config files that contributed, farthest first (presets by name). */
  readonly sources: readonly string[];
  /** The file matches an `ignores` pattern. */
  readonly ignored: boolean;
  readonly rules: Readonly<Record<string, ResolvedRule>>;
  readonly words: readonly string[];
  readonly locale?: ConfigSettings['locale'];
}

/** How configuration is found. */
export interface ConfigLookup {
  /** Use this file (and what it extends) instead of looking for config files. */
  readonly configFile?: string;
  /** Look for config files at all (default true); without, only presets apply. */
  readonly lookup?: boolean;
  /** Settings applied after every config file (the API's `overrideConfig`), validated like a config file. */
  readonly overrideConfig?: unknown;
}

/** Loads and caches config files and resolves the config of each linted file; configs may name the rules of `rulesMeta`. */
export class ConfigResolver {
  private readonly fileLayers = new Map<string, Promise<Layer[]>>();
  private readonly dirLayers = new Map<string, Promise<Layer[]>>();
  private readonly base: Layer;
  private readonly override: Layer[];

  constructor(
    private readonly rulesMeta: RulesMeta,
    private readonly lookup: ConfigLookup = {},
  ) {
    this.base = toLayer('medlint:recommended', process.cwd(), preset('medlint:recommended', rulesMeta));
    this.override = lookup.overrideConfig === undefined ? [] : inlineLayers(rulesMeta, lookup.overrideConfig, 'overrideConfig');
  }

  /** The resolved config of a file (its path as given, relative to the working directory). */
  async resolve(file: string): Promise<ResolvedConfig> {
    const abs = path.resolve(file);
    const layers = [this.base, ...(await this.layersFor(path.dirname(abs))), ...this.override];
    return merge(layers, abs);
  }

  private async layersFor(dir: string): Promise<Layer[]> {
    if (this.lookup.configFile) return this.loadFile(path.resolve(this.lookup.configFile), []);
    if (this.lookup.lookup === false) return [];
    let cached = this.dirLayers.get(dir);
    if (!cached) {
      cached = this.discover(dir);
      this.dirLayers.set(dir, cached);
    }
    return cached;
  }

  /** This directory's config layers, after those of its ancestors (unless it says root). */
  private async discover(dir: string): Promise<Layer[]> {
    const found = findConfigFile(dir);
    const own = found ? await this.loadFile(found, []) : [];
    const parent = path.dirname(dir);
    const isRoot = own.some((l) => l.source === found && l.data.root === true);
    if (isRoot || parent === dir) return own;
    return [...(await this.layersFor(parent)), ...own];
  }

  /** A config file's layers: what it extends, then itself. `chain` detects cycles. */
  private loadFile(file: string, chain: readonly string[]): Promise<Layer[]> {
    if (chain.includes(file)) throw new ConfigFileError(`${display(file)}: extends: circular (${[...chain, file].map(display).join(' -> ')})`);
    let cached = this.fileLayers.get(file);
    if (!cached) {
      cached = (async () => {
        const data = validateConfig(await readConfigFile(file), display(file), this.rulesMeta);
        const layers: Layer[] = [];
        for (const [i, spec] of (data.extends ?? []).entries()) {
          if ((PRESETS as readonly string[]).includes(spec)) layers.push(toLayer(spec, path.dirname(file), preset(spec as (typeof PRESETS)[number], this.rulesMeta)));
          else layers.push(...(await this.loadFile(resolveExtends(spec, file, i), [...chain, file])));
        }
        layers.push(toLayer(file, path.dirname(file), data));
        return layers;
      })();
      this.fileLayers.set(file, cached);
    }
    return cached;
  }
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Layers of a config given as a value (API options): presets may be extended, files may not. */
function inlineLayers(rulesMeta: RulesMeta, raw: unknown, name: string): Layer[] {
  const data = validateConfig(raw, name, rulesMeta);
  const layers: Layer[] = [];
  for (const [i, spec] of (data.extends ?? []).entries()) {
    if (!(PRESETS as readonly string[]).includes(spec)) throw new ConfigFileError(`${name}: extends[${i}]: expected ${PRESETS.join(' or ')}; use configFile for files`);
    layers.push(toLayer(spec, process.cwd(), preset(spec as (typeof PRESETS)[number], rulesMeta)));
  }
  layers.push(toLayer(name, process.cwd(), data));
  return layers;
}

/**
 * Resolves settings given as a value, with no config file lookup (for `lintText` and the
 * remark plugin, which have no file to look from): the recommended preset, then the settings.
 */
export function resolveInline(rulesMeta: RulesMeta, raw: unknown, name = 'options', file = 'input.md'): ResolvedConfig {
  return merge([toLayer('medlint:recommended', process.cwd(), preset('medlint:recommended', rulesMeta)), ...inlineLayers(rulesMeta, raw, name)], path.resolve(file));
}

/** The config file of a directory, if any (package.json only with a "medlint" key). */
export function findConfigFile(dir: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const candidate = path.join(dir, name);
    if (!existsSync(candidate)) continue;
    if (name !== 'package.json') return candidate;
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as unknown;
      if (pkg && typeof pkg === 'object' && 'medlint' in pkg) return candidate;
    } catch {
      // A package.json that is not JSON is npm's problem, not a medlint config.
    }
  }
  return undefined;
}

/** Reads and parses one config file by its name or extension. */
async function readConfigFile(file: string): Promise<unknown> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      return mod.default ?? mod;
    } catch (error) {
      throw new ConfigFileError(`${display(file)}: cannot be loaded: ${firstLine(error)}`);
    }
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigFileError(`${display(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`);
  }
  if (ext === '.yaml' || ext === '.yml') {
    try {
      // Loaded on first use: most projects configure in JSON or not at all.
      const { parse } = await import('yaml');
      return parse(text) ?? {};
    } catch (error) {
      throw new ConfigFileError(`${display(file)}: invalid YAML: ${firstLine(error)}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`${display(file)}: invalid JSON: ${firstLine(error)}`);
  }
  if (name === 'package.json') {
    const value = (json as Record<string, unknown>)['medlint'];
    if (value === undefined) throw new ConfigFileError(`${display(file)}: medlint: expected a "medlint" key`);
    return value;
  }
  return json;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Resolves an `extends` entry other than a preset: a path relative to the config, or a package. */
function resolveExtends(spec: string, from: string, index: number): string {
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    const target = path.resolve(path.dirname(from), spec);
    if (!existsSync(target)) throw new ConfigFileError(`${display(from)}: extends[${index}]: expected an existing file; "${spec}" is not one`);
    return target;
  }
  if (spec.startsWith('medlint:')) throw new ConfigFileError(`${display(from)}: extends[${index}]: expected ${PRESETS.join(' or ')}; "${spec}" is not a preset`);
  try {
    return createRequire(from).resolve(spec);
  } catch {
    throw new ConfigFileError(`${display(from)}: extends[${index}]: expected a preset, a path or an installed package; cannot find "${spec}"`);
  }
}

function toLayer(source: string, dir: string, data: ConfigData): Layer {
  return {
    source,
    dir,
    data,
    ...(data.ignores?.length ? { ignores: ignore().add([...data.ignores]) } : {}),
    overrides: (data.overrides ?? []).map((o) => ({
      files: ignore().add([...o.files]),
      ...(o.excludedFiles?.length ? { excluded: ignore().add([...o.excludedFiles]) } : {}),
      settings: o,
    })),
  };
}

/** A file's path relative to a layer's directory, in the form `ignore` matches, or undefined outside it. */
function relativeTo(dir: string, abs: string): string | undefined {
  const rel = path.relative(dir, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Merges layers in order for one file: later layers and matching overrides win. */
function merge(layers: readonly Layer[], abs: string): ResolvedConfig {
  const rules: Record<string, ResolvedRule> = {};
  const words: string[] = [];
  let locale: ConfigSettings['locale'];
  let ignored = false;
  const sources: string[] = [];
  const apply = (settings: ConfigSettings): void => {
    for (const [id, setting] of Object.entries(settings.rules ?? {})) {
      const previous = rules[id];
      if (typeof setting === 'string' || setting.length === 1) {
        // A level alone keeps the options set before (as ESLint does).
        const level = typeof setting === 'string' ? setting : setting[0];
        rules[id] = { level, ...(previous?.options ? { options: previous.options } : {}) };
      } else rules[id] = { level: setting[0], options: setting[1] };
    }
    if (settings.words) words.push(...settings.words);
    if (settings.locale) locale = settings.locale;
  };
  for (const layer of layers) {
    if (!sources.includes(layer.source)) sources.push(layer.source);
    apply(layer.data);
    const rel = relativeTo(layer.dir, abs);
    if (rel === undefined) continue;
    if (layer.ignores?.ignores(rel)) ignored = true;
    for (const o of layer.overrides) if (o.files.ignores(rel) && !o.excluded?.ignores(rel)) apply(o.settings);
  }
  return { sources, ignored, rules, words, ...(locale ? { locale } : {}) };
}

/** The engine's run configuration for a resolved config. */
export function toRunConfig(config: ResolvedConfig): RunConfig {
  const disable: string[] = [];
  const severity: Record<string, Severity> = {};
  const options: Record<string, object> = {};
  for (const [id, rule] of Object.entries(config.rules)) {
    if (rule.level === 'off') disable.push(id);
    else severity[id] = rule.level;
    if (rule.options) options[id] = rule.options;
  }
  // Words and locale are shared settings, for whichever rules read them.
  return { disable, severity, options, ...(config.words.length > 0 ? { words: [...config.words] } : {}), ...(config.locale ? { locale: config.locale } : {}) };
}

/** The config `medlint --init` writes. */
export const STARTER_CONFIG = {
  $schema: './node_modules/medlint/schema/medlintrc.schema.json',
  root: true,
  extends: 'medlint:recommended',
  rules: {},
  words: [],
  ignores: [],
};
