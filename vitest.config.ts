// End-to-end tests spawn the built binary (built once, by `npm test`'s pretest) many times; on
// a loaded two-core CI machine one test can take several seconds. The timeout guards against
// hangs; it measures nothing (speed is measured by `npm run bench`).
//
// Test files run in parallel on every core: vitest's default keeps one core free, which on two
// cores means one file at a time, while an end-to-end test mostly waits for its child process.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
