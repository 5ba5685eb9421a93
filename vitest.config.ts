// Vitest settings. The CLI and end-to-end tests spawn the built binary, which takes about a
// second of CPU to start; on a loaded two-core machine (CI runs beside other work) vitest's
// default 5 s per test is too short for tests that spawn it several times.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
