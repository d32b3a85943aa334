import { defineConfig } from 'vitest/config';

// E2E: the built extension (dist-e2e, see `npm run test:e2e`) in the system's Chromium.
// One browser at a time: the machine is shared and each test drives a whole browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
