/**
 * A worker thread of the lint pool (pool.ts): one `Project` per worker, built from the
 * options of its first task, then a few files a task. Errors are answered, not thrown, so
 * that their kind survives the trip back.
 */
import { errorKind, type PoolJob, type PoolReply, type PoolTask } from './pool.js';
import { InputError } from './read.js';
import { Project } from './project.js';

let project: Project | undefined;

/** Lints the files of one pool task, in order. */
export default async function lintTask(task: PoolTask): Promise<PoolReply[]> {
  const replies: PoolReply[] = [];
  for (const job of task.jobs) replies.push(await lintJob(task, job));
  return replies;
}

async function lintJob(task: PoolTask, job: PoolJob): Promise<PoolReply> {
  try {
    project ??= new Project(task.options);
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
}
