import { defineConfig } from 'vitest/config';

// Unit tests only: the crx plugin stays out of vitest (see vite.config.ts for the build).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Guards against a hang only: no unit test has a time budget (a busy machine is not a bug).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
