/**
 * A progress bar on stderr for long runs: files done of total, elapsed time and an estimate
 * of the time left, redrawn at most ten times a second on one line and cleared at the end.
 * It draws only on a terminal and never in CI, so logs and pipes never see it.
 *
 * Hand-written rather than cli-progress: medlint's file loop is synchronous, and
 * cli-progress redraws from a timer (its synchronous redraw is a fallback that waits for
 * twice its interval), so it would draw late or not at all; it also needs a TTY stream
 * object where this needs only a write function and a clock, which keeps it testable. The
 * whole bar is one line of text.
 */

/** Where and how the bar draws. */
export interface ProgressOptions {
  /** Number of files (or steps) in all. */
  readonly total: number;
  /** What is being done ("Linting"). */
  readonly label: string;
  /** Writes to the terminal (stderr). */
  readonly write: (text: string) => void;
  /** Terminal width in columns (default 80). */
  readonly columns?: number;
  /** Milliseconds since some fixed point (default `performance.now`). */
  readonly now?: () => number;
  /** Least time between two redraws (default 100 ms). */
  readonly interval?: number;
  /** Nothing is drawn before this many milliseconds, so a quick run shows no bar (default 300 ms). */
  readonly delay?: number;
}

/** A progress bar; every method is a no-op when the bar is disabled. */
export interface Progress {
  /** Counts `n` more steps done and redraws if it is time to. */
  tick(n?: number): void;
  /** Clears the bar's line (before another message is written to stderr); the next tick draws it again. */
  clear(): void;
  /** Clears the bar for good. */
  done(): void;
}

const NOOP: Progress = { tick: () => undefined, clear: () => undefined, done: () => undefined };

/** True when a progress bar may be drawn: stderr is a terminal and the environment is not CI. */
export function progressAllowed(stderrIsTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env['CI'];
  // CI=false and CI=0 are how people say "not CI"; any other value (true, 1, a name) is CI.
  const inCI = ci !== undefined && ci !== '' && ci.toLowerCase() !== 'false' && ci !== '0';
  return stderrIsTTY && !inCI;
}

/** Formats milliseconds as m:ss (or h:mm:ss). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Clears the current line: back to its start, then erase to its end. */
const CLEAR = '\r\u001b[K';

/** The bar's line for `done` of `total` after `elapsed` ms, fitted to `columns`. */
export function progressLine(label: string, done: number, total: number, elapsed: number, columns: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const eta = done > 0 && done < total ? formatDuration((elapsed / done) * (total - done)) : done >= total ? '0:00' : '--:--';
  const width = String(total).length;
  const counts = `${String(done).padStart(width)}/${total} files ${String(Math.floor(ratio * 100)).padStart(3)}%`;
  const times = `elapsed ${formatDuration(elapsed)}  left ${eta}`;
  const text = `${label}  ${counts}  ${times}`;
  // The bar takes what is left of the line, up to 30 cells; a narrow terminal gets no bar.
  const room = Math.min(30, columns - 1 - text.length - 4);
  if (room < 10) return `${label} ${counts} ${times}`.slice(0, Math.max(0, columns - 1));
  const filled = Math.round(ratio * room);
  return `${label}  [${'█'.repeat(filled)}${'░'.repeat(room - filled)}]  ${counts}  ${times}`;
}

/** Starts a progress bar, or returns a no-op one when `enabled` is false. */
export function createProgress(enabled: boolean, options: ProgressOptions): Progress {
  if (!enabled || options.total <= 0) return NOOP;
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 100;
  const delay = options.delay ?? 300;
  const started = now();
  let done = 0;
  let drawnAt = -Infinity;
  let visible = false;
  let finished = false;
  const draw = (): void => {
    const t = now();
    visible = true;
    drawnAt = t;
    options.write(CLEAR + progressLine(options.label, done, options.total, t - started, options.columns ?? 80));
  };
  return {
    tick(n = 1) {
      if (finished) return;
      done = Math.min(options.total, done + n);
      const t = now();
      if (t - started >= delay && t - drawnAt >= interval) draw();
    },
    clear() {
      if (!visible) return;
      options.write(CLEAR);
      visible = false;
      drawnAt = -Infinity;
    },
    done() {
      if (finished) return;
      finished = true;
      if (visible) options.write(CLEAR);
      visible = false;
    },
  };
}
