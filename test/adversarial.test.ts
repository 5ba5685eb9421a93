/**
 * Growth guard on the hostile inputs of the adversarial benchmark (scripts/bench-adversarial.mjs):
 * CPU time at two sizes, the second twice the first, must grow like linear work. The guard's
 * ratio is looser than the benchmark's 2.2 (shared CI machines, timer noise on small sizes), and
 * still far below the 4x of quadratic work; cases answered by a refusal are checked elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { CASES } from '../scripts/bench-adversarial.mjs';
import { fixText } from '../src/engine/fix.js';
import { createEngine, lintWithEngine } from '../src/engine/run.js';
import { ruleSet } from '../src/builtin.js';

const engine = createEngine(ruleSet, { timeBudgetMs: 0 });

function cpuMs(file: string, text: string, fix: boolean): number {
  const start = process.cpuUsage();
  if (fix) fixText(engine, text, file);
  else lintWithEngine(engine, text, file);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The cheapest of three measurements: noise (another test file on the other core, a collection) only ever adds time. */
function best(file: string, text: string, fix: boolean): number {
  return Math.min(cpuMs(file, text, fix), cpuMs(file, text, fix), cpuMs(file, text, fix));
}

const GUARDED = ['"not " x n, one sentence', '"safest cure " x n', 'one sentence of claims', '", which" clauses, one sentence', 'double spaces to fix', '"cure  cure" to fix', 'hard-wrapped plain text (lines)', '"{/*" unclosed, MDX (count)', 'unclosed "<!--" in Markdown (count)'];

describe('adversarial inputs grow linearly', () => {
  lintWithEngine(engine, 'Warm up: ketamine cures depresion.  It is safe.', 'warm.md');
  for (const name of GUARDED) {
    it(name, () => {
      const c = CASES.find((x) => x.name === name);
      expect(c, name).toBeDefined();
      if (!c) return;
      // A quarter of the benchmark's sizes: enough work to measure, quick enough for every CI run.
      let n = Math.max(1, Math.round(c.size / 4));
      // One unmeasured run first, so the case's code paths are compiled before either size is timed.
      cpuMs(c.file, c.text(n), c.fix === true);
      let small = best(c.file, c.text(n), c.fix === true);
      // A case that runs in a few milliseconds at this size is measured at a larger one: a ratio of tiny times is timer noise.
      // (Up to eight times the benchmark's size: a case linear and cheap, such as an unclosed "<!--", took 34 ms at
      // twice it, and one collection on a busy CI machine then made a ratio of 3.6 between two tiny times.)
      while (small < 40 && n < c.size * 8) {
        n *= 2;
        small = best(c.file, c.text(n), c.fix === true);
      }
      let large = best(c.file, c.text(2 * n), c.fix === true);
      // Below 50 ms the ratio is timer noise; such a case is fast enough whatever its growth.
      if (large < 50) return;
      // A ratio over 3 is measured twice more, the pair afresh (the same case ran 34 ms to 67 ms alone and 58 ms to
      // 179 ms once in CI beside the end-to-end tests): quadratic work fails every time, a collection once.
      for (let retry = 0; retry < 2 && large / small >= 3; retry++) {
        small = best(c.file, c.text(n), c.fix === true);
        large = best(c.file, c.text(2 * n), c.fix === true);
      }
      expect(large / small, `${name}: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(3);
    }, 60_000);
  }
});
