/**
 * `--changed-since <ref>`: the lines of each file that differ from a git revision (the
 * working tree against `ref`, so uncommitted edits count), and the files git does not
 * track yet, which are new in every line. Reads `git diff --unified=0`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { InputError } from './read.js';

/** Changed lines per absolute path; 'all' for a file that is new. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

function git(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new InputError('--changed-since needs git, and git was not found');
    const detail = (e.stderr ?? '').trim().split('\n')[0] || 'git failed';
    throw new InputError(`--changed-since: ${detail}`);
  }
}

/** Decodes a path git printed, C-quoted when it holds unusual characters. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The lines changed since `ref`, for the repository holding `cwd`. */
export function changedLines(ref: string, cwd: string = process.cwd()): ChangedLines {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  // Fails with git's own one-line message for an unknown revision.
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', ref, '--'], top);
  const changed = new Map<string, Set<number> | 'all'>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const file = path.join(top, unquote(target).replace(/^"?b\//, ''));
      current = new Set<number>();
      changed.set(file, current);
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  for (const file of git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0')) {
    if (file) changed.set(path.join(top, file), 'all');
  }
  return changed;
}
