/**
 * The worker side of the lint pool (pool.ts): one `Project` per worker, built from the rule
 * set its module gives and the options of its first task, then a few files a task. Errors are
 * answered, not thrown, so that their kind survives the trip back.
 *
 * Not a worker module itself: a rule set's worker module (medlint's is src/worker.ts) imports
 * its rules and default-exports `poolWorker(ruleSet)`, so the engine never imports a rule.
 */
import type { RuleSet } from '../types.js';
import { errorKind, type PoolJob, type PoolReply, type PoolTask } from './pool.js';
import { InputError } from './read.js';
import { Project } from './project.js';

/** The task handler of a worker module that lints with `ruleSet`: it lints the files of one pool task, in order. */
export function poolWorker(ruleSet: RuleSet): (task: PoolTask) => Promise<PoolReply[]> {
  let project: Project | undefined;
  const lintJob = async (task: PoolTask, job: PoolJob): Promise<PoolReply> => {
    try {
      project ??= new Project(ruleSet, task.options);
      const result = job.bytes !== undefined ? await project.lintBytes(job.file, job.bytes) : await project.lint(job.file);
      return { result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        error: {
          kind: errorKind(error),
          message,
          ...(error instanceof InputError && error.file !== undefined ? { file: error.file } : {}),
          ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}),
        },
      };
    }
  };
  return async (task) => {
    const replies: PoolReply[] = [];
    for (const job of task.jobs) replies.push(await lintJob(task, job));
    return replies;
  };
}
