// End-to-end tests spawn the built binary many times; on a loaded two-core CI machine one
// test can take several seconds. The timeout guards against hangs; it measures nothing
// (speed is measured by `npm run bench`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
