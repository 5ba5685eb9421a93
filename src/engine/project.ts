/**
 * A project run: the files to lint (paths expanded, `.medlintignore` and config `ignores`
 * applied), the configuration of each file, one engine per distinct configuration (its
 * phrase lists compiled once), and the cache. Shared by the CLI and `lintFiles`. The rule set
 * comes from the caller (the entry point), as it does for the engine.
 */
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { LintResult, RuleSet } from '../types.js';
import { rulesMetaOf } from '../util/rule.js';
import { ConfigResolver, toRunConfig, type ConfigLookup, type ResolvedConfig } from './config.js';
import type { DirectiveOptions } from './directives.js';
import { expandPathsReporting } from './files.js';
import { readProjectWords } from './project-dictionary.js';
import { decodeText, InputError, readRegularFile, readText } from './read.js';
import { createEngine, lintWithEngine, type Engine, type RunConfig } from './run.js';
import type { LintCache } from './cache.js';
import { lintInWorkers, workerCount, type FileOutcome, type PoolJob, type WorkerProjectOptions } from './pool.js';

/** The ignore file read from the working directory (gitignore syntax). */
export const IGNORE_FILE = '.medlintignore';

export interface ProjectOptions {
  /** Run only these rules (they run even when the config turns them off). */
  readonly only?: readonly string[];
  /** Never run these rules. */
  readonly disable?: readonly string[];
  /** How configuration files are found. */
  readonly config?: ConfigLookup;
  readonly directives?: DirectiveOptions;
  /** Honour `.medlintignore` and config `ignores` (default true). */
  readonly ignore?: boolean;
  readonly cache?: LintCache;
  /** The working directory for `.medlintignore` and `.medlint-dictionary` (default: process.cwd()). */
  readonly cwd?: string;
  /** Read `.medlint-dictionary` (default true). */
  readonly words?: boolean;
  /** Milliseconds one file may take (see RunConfig.timeBudgetMs). */
  readonly timeBudgetMs?: number;
}

/** How `lintAll` runs. */
export interface LintAllOptions {
  /** Worker threads: 0 lints in this thread; absent: one per core from `WORKER_THRESHOLD` files on. */
  readonly workers?: number;
  /** Called as each file finishes (for a progress bar). */
  readonly onSettled?: () => void;
  /**
   * Each file's outcome, in the files' order, as soon as it and those before it are done;
   * `lintAll` then keeps none (the caller prints and forgets them) and returns an empty list.
   */
  readonly onOutcome?: (outcome: FileOutcome) => void;
}

/** A prepared engine and the key of its configuration (for the cache). */
export interface PreparedEngine {
  readonly engine: Engine;
  readonly key: string;
  readonly config: ResolvedConfig;
}

export class Project {
  readonly configs: ConfigResolver;
  private readonly engines = new Map<string, Engine>();
  private readonly ignoreFile: Ignore | undefined;
  private readonly words: readonly string[];
  private readonly cwd: string;
  /** The file this thread linted last and the text it linted (see lastText). */
  private last: { readonly file: string; readonly text: string } | undefined;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly options: ProjectOptions = {},
  ) {
    this.cwd = options.cwd ?? process.cwd();
    this.configs = new ConfigResolver(rulesMetaOf(ruleSet.rules), options.config ?? {});
    this.ignoreFile = options.ignore === false ? undefined : readIgnoreFile(this.cwd);
    this.words = options.words === false ? [] : readProjectWords(this.cwd);
  }

  /**
   * The text this thread linted last, when it was of `file`: a report printed as each file is
   * linted shows the file's lines from it instead of reading and decoding the file again (issue 16).
   * Undefined for any other file, and for a file linted in a worker or answered by the cache.
   */
  lastText(file: string): string | undefined {
    return this.last?.file === file ? this.last.text : undefined;
  }

  /** Lints a file's text with an engine, and keeps the text as the last linted. */
  private lintText(engine: Engine, text: string, file: string): LintResult {
    this.last = undefined;
    const result = lintWithEngine(engine, text, file);
    this.last = { file, text };
    return result;
  }

  /** The cache, when the run has one. */
  get cache(): LintCache | undefined {
    return this.options.cache;
  }

  /** The files to lint for some path arguments, sorted, without ignored files; the first path that cannot be expanded throws (InputError). */
  async files(paths: readonly string[]): Promise<string[]> {
    const { files, errors } = await this.filesReporting(paths);
    if (errors[0]) throw errors[0];
    return files;
  }

  /**
   * The files to lint, and an error for each path that could not be expanded (missing, a FIFO
   * or device, a symbolic link loop, a folder of a walk that cannot be read): the caller lints
   * what was found and reports the rest.
   */
  async filesReporting(paths: readonly string[]): Promise<{ readonly files: string[]; readonly errors: InputError[] }> {
    const { files: found, errors } = await expandPathsReporting(paths);
    if (this.options.ignore === false) return { files: found, errors };
    const kept: string[] = [];
    for (const file of found) if (!(await this.isIgnored(file))) kept.push(file);
    return { files: kept, errors };
  }

  /**
   * Whether `.medlintignore` or a config's `ignores` skips a file (which need not exist: an
   * editor's unsaved buffer); always false when the project does not ignore.
   */
  async isIgnored(file: string): Promise<boolean> {
    if (this.options.ignore === false) return false;
    const rel = path.relative(this.cwd, path.resolve(file));
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    if (inside && this.ignoreFile?.ignores(rel.split(path.sep).join('/'))) return true;
    return (await this.configs.resolve(file)).ignored;
  }

  /** The engine for a file's configuration, created once per distinct configuration. */
  async engineFor(file: string): Promise<PreparedEngine> {
    const { key, config, run } = await this.keyFor(file);
    let engine = this.engines.get(key);
    if (!engine) {
      engine = createEngine(this.ruleSet, run);
      this.engines.set(key, engine);
    }
    return { engine, key, config };
  }

  /** The key of a file's configuration (what the cache and the engine map go by), without creating an engine. */
  private async keyFor(file: string): Promise<{ key: string; config: ResolvedConfig; run: RunConfig }> {
    const config = await this.configs.resolve(file);
    const run = this.runConfig(config);
    return { key: JSON.stringify(run), config, run };
  }

  /** The engine's run configuration for a resolved config, with the command line's rule filters. */
  runConfig(config: ResolvedConfig): RunConfig {
    const fromConfig = toRunConfig({ ...config, words: [...config.words, ...this.words] });
    const only = this.options.only ?? [];
    const disable = [...(fromConfig.disable ?? []).filter((id) => !only.includes(id)), ...(this.options.disable ?? [])];
    return {
      ...fromConfig,
      ...(only.length ? { only } : {}),
      disable,
      ...(this.options.directives ? { directives: this.options.directives } : {}),
      ...(this.options.timeBudgetMs !== undefined ? { timeBudgetMs: this.options.timeBudgetMs } : {}),
    };
  }

  /** Lints one file, through the cache when there is one. */
  async lint(file: string): Promise<LintResult> {
    const { engine, key } = await this.engineFor(file);
    const cache = this.options.cache;
    if (!cache) return this.lintText(engine, readText(file), file);
    let hit;
    try {
      hit = cache.lookup(file, key);
    } catch {
      // Unreadable: let the reader produce its one-line error.
      return this.lintText(engine, readText(file), file);
    }
    if ('result' in hit) return hit.result;
    const result = this.lintText(engine, decodeText(hit.bytes, file), file);
    hit.store(result);
    return result;
  }

  /** Lints one file from bytes already read (by the cache of the thread that sent them). */
  async lintBytes(file: string, bytes: Uint8Array): Promise<LintResult> {
    const { engine } = await this.engineFor(file);
    return lintWithEngine(engine, decodeText(bytes, file), file);
  }

  /**
   * Lints files, in worker threads when there are many (see pool.ts) and the rule set has a
   * worker module, through the cache when there is one. The outcomes are in the files' order,
   * the same with or without workers. Without workers it stops after the first error that is
   * not a bad input file (a configuration error would repeat for every file), as a plain loop would.
   */
  async lintAll(files: readonly string[], options: LintAllOptions = {}): Promise<FileOutcome[]> {
    const workerFile = this.ruleSet.workerFile;
    const threads = workerCount(files.length, options.workers);
    const outcomes: FileOutcome[] = [];
    const give = options.onOutcome ?? ((outcome: FileOutcome): void => void outcomes.push(outcome));
    if (threads === 0 || !workerFile) {
      for (const file of files) {
        try {
          give({ result: await this.lint(file) });
        } catch (error) {
          give({ error });
          if (!(error instanceof InputError)) break;
        }
        options.onSettled?.();
      }
      return outcomes;
    }
    // The cache stays in this thread: hits are answered here, misses go to the workers with
    // the bytes the lookup read, and their results are stored when they come back.
    const cache = this.options.cache;
    const slots: (FileOutcome | undefined)[] = [];
    const jobs: PoolJob[] = [];
    const stores: (((result: LintResult) => void) | undefined)[] = [];
    for (const file of files) {
      let hit;
      try {
        hit = cache?.lookup(file, (await this.keyFor(file)).key);
      } catch {
        // Unreadable, or a configuration that does not resolve: the worker meets the same error.
        hit = undefined;
      }
      if (hit && 'result' in hit) {
        slots.push({ result: hit.result });
        options.onSettled?.();
        continue;
      }
      slots.push(undefined);
      jobs.push(hit ? { file, bytes: hit.bytes } : { file });
      stores.push(hit?.store);
    }
    // Every option but the cache, which stays in this thread.
    const workerOptions = Object.fromEntries(Object.entries({ ...this.options, cwd: this.cwd }).filter(([key]) => key !== 'cache')) as WorkerProjectOptions;
    // The jobs' outcomes as they arrive, by job; given on in the files' order, each as soon as
    // every file before it is done, and then let go.
    const arrived: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(jobs.length);
    let slot = 0;
    let job = 0;
    const flush = (): void => {
      for (; slot < slots.length; slot++) {
        const cached = slots[slot];
        if (cached) {
          give(cached);
          continue;
        }
        const outcome = arrived[job];
        if (!outcome) return;
        arrived[job] = undefined;
        if ('result' in outcome) stores[job]?.(outcome.result);
        give(outcome);
        job++;
      }
    };
    if (jobs.length > 0) {
      await lintInWorkers(workerFile(), workerOptions, jobs, Math.min(threads, jobs.length), options.onSettled, (first, batch) => {
        for (let i = 0; i < batch.length; i++) arrived[first + i] = batch[i];
        flush();
      });
    }
    flush();
    return outcomes;
  }
}

function readIgnoreFile(cwd: string): Ignore | undefined {
  const file = path.join(cwd, IGNORE_FILE);
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`${IGNORE_FILE}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return ignore().add(text);
}
