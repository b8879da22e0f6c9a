import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'eslint-rules/**/*.test.js',
    ],
    environment: 'node',
    // Calendar logic must not depend on the machine's zone: run unit tests in UTC+5 (Kazakhstan).
    env: { TZ: 'Asia/Almaty' },
  },
});
