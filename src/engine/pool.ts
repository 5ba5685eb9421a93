/**
 * Linting on every core: above a number of files, the files go to a pool of worker threads
 * (tinypool), each with its own `Project` (same options, so the same configuration, engines
 * and project words), a few files a task. The caller gets the outcomes in input order, each
 * exactly what the same file gives in this thread: the workers run the same code on the
 * same inputs, and results cross the thread boundary as plain JSON-contract objects.
 *
 * What stays in this thread: file discovery, the cache (looked up before a file is sent,
 * stored when its result comes back, saved by the caller), and the order of results and
 * error messages. Errors cross as a kind and a message and are rebuilt as the same classes,
 * so the CLI reports a bad file or a bad configuration as it does without workers.
 *
 * The rule set does not cross either: rules are functions, which a thread cannot be sent. So
 * the worker module belongs to the rule set, not to the engine: it imports its set and exports
 * `poolWorker(set)` (pool-worker.ts), and the set names it (`RuleSet.workerFile`; medlint's is
 * src/worker.ts, bundled as dist/medlint-worker.js). The engine imports no rule, and the
 * worker loads its rules as statically as the command line does: no module is looked up by a
 * path sent at run time, and the bundle a worker starts from holds the rules it runs.
 */
import os from 'node:os';
import type { LintResult } from '../types.js';
import { ConfigFileError } from './config-schema.js';
import { PhraseError } from './lexicon.js';
import { OptionsError } from './options.js';
import type { ProjectOptions } from './project.js';
import { InputError } from './read.js';
import { ConfigError } from './run.js';

/**
 * Below this many files a run stays in one thread. Measured on two cores (corpus articles, one
 * thread against two workers, wall time): 150 files 0.74x, 400 files 0.93x, 1,000 files 1.16x,
 * 2,000 files about 1.2x. A worker costs more than its start-up (modules, phrase tables and
 * dictionaries, about 0.2 s): each thread compiles the hot code again, and one thread already
 * has the second core to itself for V8's garbage collection and compiler threads (a quarter of
 * a one-thread run's CPU), which two workers must share with the linting itself.
 *
 * Where the time goes with two workers (2,000 corpus articles, CPU per thread from /proc): the
 * main thread about 0.35 s, each worker starts linting within about 0.1 s of the pool, and both
 * finish within a batch of each other; what is lost is the second isolate's warm-up. A thread's
 * first 500 articles cost about 2 s more CPU than its next 500 (code run cold, then optimized
 * on V8's background threads; see INLINE_BUDGET in load-bundle.ts), and each worker pays it:
 * two workers used 16.5 to 18 s of CPU where one used 14 to 15.5 s (a one-worker run's wall time
 * is its worker's 11 s), so two cores can give about 1.4x at most. Sending, batching and ordering
 * are not where it goes.
 *
 * Measured again per thread (CPU seconds from /proc/self/task, 2,000 corpus articles): one worker
 * 14.1 in the worker, 2.6 in V8's background threads (TurboFan and the garbage collector's
 * helpers), 1.3 in this thread; two workers 6.6 and 6.5, 4.0 in the background, 1.0 here. With
 * the collector kept on the lint threads (--single-threaded-gc) the background threads are the
 * compiler alone: 2.3 s for one isolate, 3.6 s for two. So a one-worker run has its background
 * work done on the otherwise idle core, and a two-worker run has 18 s of CPU for two cores: the
 * speed-up is bound by the one-worker run's wall time over half of that, about 1.4x, until an
 * isolate's compiling and collecting cost far less than they do.
 *
 * Faster linting lowers the bound: those costs are per isolate, not per file. After the lint
 * thread got about 12% cheaper (issue 16, later), one worker measured 8.0 s in the worker, 1.9 s
 * in the background and 0.4 s here (8.9 s wall); two workers 4.3 and 4.3, 3.0 in the background
 * and 0.4 here, 12.0 s of CPU for two cores (6.7 s wall): 1.34x, of a bound of 1.48x.
 */
export const WORKER_THRESHOLD = 600;

/** The project options a worker rebuilds its `Project` from (no cache: this thread keeps it). */
export type WorkerProjectOptions = Omit<ProjectOptions, 'cache'>;

/** One file for a worker: its path, and its bytes when this thread has read them already (the cache did). */
export interface PoolJob {
  readonly file: string;
  readonly bytes?: Uint8Array;
}

/** A task as a worker receives it: a few files, linted in order. */
export interface PoolTask {
  readonly options: WorkerProjectOptions;
  readonly jobs: readonly PoolJob[];
}

/** Files per task at most: a task costs a message each way and tinypool's memory reading (about 0.3 ms), so files go in small batches. */
const MAX_BATCH = 16;

/** The kinds of error that cross from a worker, rebuilt as their classes here. */
export type ErrorKind = 'input' | 'config' | 'config-file' | 'options' | 'phrase' | 'internal';

/** What a worker answers for one file (a task answers one per file, in order). */
export type PoolReply = { readonly result: LintResult } | { readonly error: { readonly kind: ErrorKind; readonly message: string; readonly file?: string; readonly stack?: string } };

/** One file's outcome in a run of many: its result, or the error linting it threw. */
export type FileOutcome = { readonly result: LintResult } | { readonly error: unknown };

/**
 * How many worker threads to use for a number of files: `requested` when given (0 or 1
 * file: none), otherwise one per available core when there are at least `WORKER_THRESHOLD`
 * files and more than one core, else none (lint in this thread).
 */
export function workerCount(files: number, requested?: number): number {
  if (requested !== undefined) return files === 0 ? 0 : Math.min(requested, files);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return files >= WORKER_THRESHOLD && cores > 1 ? cores : 0;
}

/** The error's kind, for the trip to the main thread. */
export function errorKind(error: unknown): ErrorKind {
  if (error instanceof InputError) return 'input';
  if (error instanceof ConfigError) return 'config';
  if (error instanceof ConfigFileError) return 'config-file';
  if (error instanceof OptionsError) return 'options';
  if (error instanceof PhraseError) return 'phrase';
  return 'internal';
}

const CLASSES: Readonly<Record<ErrorKind, new (message: string) => Error>> = {
  input: InputError,
  config: ConfigError,
  'config-file': ConfigFileError,
  options: OptionsError,
  phrase: PhraseError,
  internal: Error,
};

function rebuild(error: { readonly kind: ErrorKind; readonly message: string; readonly file?: string; readonly stack?: string }): Error {
  // An input error keeps the file it names, for the report's entry of that file.
  const rebuilt = error.kind === 'input' ? new InputError(error.message, error.file) : new CLASSES[error.kind](error.message);
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * Lints the jobs in `threads` worker threads started from `workerFile` (the rule set's worker
 * module); outcomes in the jobs' order. `onSettled` is called as each file finishes (in
 * completion order), for a progress bar. With `onBatch`, each batch's outcomes go to it as the
 * batch finishes (with the index of its first job), and the promise gives none.
 */
export async function lintInWorkers(
  workerFile: string,
  options: WorkerProjectOptions,
  jobs: readonly PoolJob[],
  threads: number,
  onSettled?: () => void,
  onBatch?: (first: number, outcomes: readonly FileOutcome[]) => void,
): Promise<FileOutcome[]> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads, isolateWorkers: false, idleTimeout: 0 });
  // Batches small enough that both threads stay busy to the end (eight per thread at least).
  const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(jobs.length / (threads * 8))));
  const batches: PoolJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(jobs.slice(i, i + size));
  try {
    const replies = await Promise.all(
      batches.map(async (batch, b) => {
        const answered = (await pool.run({ options, jobs: batch } satisfies PoolTask)) as PoolReply[];
        const outcomes = answered.map((reply): FileOutcome => ('result' in reply ? { result: reply.result } : { error: rebuild(reply.error) }));
        for (let i = 0; i < answered.length; i++) onSettled?.();
        // Handed on as each batch arrives (in completion order), and not kept.
        if (onBatch) {
          onBatch(b * size, outcomes);
          return [];
        }
        return outcomes;
      }),
    );
    return replies.flat();
  } finally {
    await pool.destroy();
  }
}
