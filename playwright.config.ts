import { defineConfig } from '@playwright/test';
import { electronBinaryAvailable } from './e2e/electronApp';

if (!electronBinaryAvailable()) {
  process.stdout.write(
    'electron project: skipped: no Electron binary (node_modules/electron/dist is missing)\n',
  );
}

export default defineConfig({
  testDir: 'e2e/specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', metadata: { shell: 'chromium' } },
    { name: 'electron', metadata: { shell: 'electron' } },
  ],
});
