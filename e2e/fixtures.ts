/**
 * The `app` fixture every spec uses: a fresh Caseline with its own data folder, in Chromium
 * through the host bridge, or in Electron when the project is 'electron' and a binary exists.
 */
import { test as base, expect } from '@playwright/test';
import { launchApp, type LaunchOptions, type RunningApp } from './harness';
import { electronBinaryAvailable, launchElectronApp } from './electronApp';

type Fixtures = {
  /** Starts (or restarts, with the same dataDir) the app. */
  launch: (options?: LaunchOptions) => Promise<RunningApp>;
  app: RunningApp;
};

export const test = base.extend<Fixtures>({
  launch: async ({}, use, testInfo) => {
    const electron = testInfo.project.name === 'electron';
    if (electron && !electronBinaryAvailable()) test.skip(true, 'skipped: no Electron binary');
    const running: RunningApp[] = [];
    await use(async (options) => {
      const app = electron ? await launchElectronApp(options) : await launchApp(options);
      running.push(app);
      return app;
    });
    for (const app of running) await app.close().catch(() => undefined);
  },
  app: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect };
