import { existsSync } from 'node:fs';

/** Flags for Chromium on machines with a closed network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The Chromium to drive: CASELINE_CHROMIUM if set, else a system Chromium, else undefined so
 * Playwright uses its own downloaded browser (`npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CASELINE_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CASELINE_CHROMIUM points to a missing file: ${fromEnv}`);
    return fromEnv;
  }
  return SYSTEM_CHROMIUMS.find((p) => existsSync(p));
}
