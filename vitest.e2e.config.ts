import { defineConfig } from 'vitest/config';

// E2E: the built extension (dist-e2e, see `npm run test:e2e`) in the system's Chromium.
// One browser at a time: the machine is shared and each test drives a whole browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    // Guards against a hang only: on a busy shared machine a test may be slow, and that is not a failure.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    // expect.poll waits on state; its 1 s default would fail on a busy machine, not on a bug.
    expect: { poll: { timeout: 120_000 } },
  },
});
