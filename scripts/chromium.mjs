// Launches the system's Chromium (Debian's `chromium` package) through playwright-core, for
// the report's browser tests and scripts/bench-report.mjs. No browser is downloaded: the
// path is /usr/bin/chromium unless MEDLINT_CHROMIUM names another. The flags keep a closed
// network quiet (no background, component-update, sync or QUIC connections) and run without
// a GPU or sandbox (containers). Playwright gives every launch a fresh temporary profile
// (--user-data-dir) and removes it on close.
import { existsSync } from 'node:fs';

/** The Chromium executable the tests and the benchmark use. */
export const CHROMIUM_PATH = process.env.MEDLINT_CHROMIUM || '/usr/bin/chromium';

/** Command-line flags for a quiet headless Chromium. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether the Chromium executable is there. */
export function chromiumAvailable() {
  return existsSync(CHROMIUM_PATH);
}

/** Launches Chromium; close the returned browser when done. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
