import type { Browser } from 'playwright-core';
/** The Chromium executable the tests and the benchmark use. */
export const CHROMIUM_PATH: string;
/** Command-line flags for a quiet headless Chromium. */
export const CHROMIUM_ARGS: readonly string[];
/** Whether the Chromium executable is there. */
export function chromiumAvailable(): boolean;
/** Launches Chromium; close the returned browser when done. */
export function launchChromium(): Promise<Browser>;
