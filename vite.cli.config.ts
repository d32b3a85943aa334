import { defineConfig } from 'vite';

/**
 * `npm run build:cli` → dist-cli/quotelens.mjs: the command-line tool as one
 * plain Node script (the `bin` of package.json), so that it starts at once
 * instead of compiling TypeScript on every run. The engine is bundled in;
 * jsdom and Readability stay packages, loaded only when a page is read.
 */
export default defineConfig({
  // The extension's public/ (icons, locales) is not the CLI's.
  publicDir: false,
  build: {
    ssr: 'cli/analyze.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'quotelens.mjs', chunkFileNames: '[name].mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
