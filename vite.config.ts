import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { frontCoded } from './src/engine/lexicon/generated-lists';

/**
 * `npm run build` → dist/: the store build. It reaches a page only through the
 * reader's click (activeTab), so it has no host permissions at all.
 *
 * `npm run build:e2e` (QUOTELENS_E2E=1) → dist-e2e/: identical except that it
 * may also inject into local test servers, so the E2E tests can open the popup
 * for a tab without a real toolbar click.
 */
const e2e = process.env.QUOTELENS_E2E === '1';

const manifest = {
  ...baseManifest,
  ...(e2e ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
} as ManifestV3Export;

/** The content script entry, injected by the service worker with `?script&iife` (see src/background/inject.ts). */
const CONTENT_SCRIPT_ENTRY = '/src/content/content-script.ts';

/**
 * crxjs builds a `?script&iife` entry twice: the self-contained IIFE we inject,
 * and an intermediate ES chunk nothing loads. It also lists the IIFE as a
 * web-accessible resource for every http(s) page, which `executeScript` does
 * not need and which would let any site detect the extension. Both go.
 */
function injectedScriptOnly(): CrxPlugin {
  const injectedFile = CONTENT_SCRIPT_ENTRY.slice(1).replace(/\.ts$/, '.js');
  return {
    name: 'quotelens:injected-script-only',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk' && output.facadeModuleId?.endsWith(CONTENT_SCRIPT_ENTRY) && fileName.startsWith('assets/')) {
          delete bundle[fileName];
        }
      }
    },
    renderCrxManifest(built) {
      const resources = (built.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((resource) => resource !== injectedFile) }))
        .filter((entry) => entry.resources.length > 0);
      if (resources.length > 0) built.web_accessible_resources = resources;
      else delete built.web_accessible_resources;
      return built;
    },
  };
}

/** The lexicon's data files: the hand-made lists and the generated ones. */
const LEXICON_JSON = /\/src\/engine\/lexicon\/(?:generated\/)?[\w-]+\.json$/;

/** The keys that document a lexicon file or one of its lists for whoever edits it. */
const LEXICON_DOCUMENTATION = ['about', 'note', 'source'];

/**
 * Each lexicon list says what it is for (`about`, `note`) and each generated file where it comes from
 * (`source`): documentation for whoever edits the lists, which the engine never reads. The store build
 * leaves it out (about 7 KB of the background's gzip budget), and writes each generated list front-coded
 * (about 10 KB more); the tests and the CLI read the files whole.
 */
function lexiconWordsOnly(): Plugin {
  // A generated list of thousands of words is written front-coded (lexicon/generated-lists.ts reads it back).
  const strip = (value: unknown, generated: boolean): unknown => {
    if (generated && Array.isArray(value) && value.every((item) => typeof item === 'string')) return frontCoded(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !LEXICON_DOCUMENTATION.includes(key)).map(([key, inner]) => [key, strip(inner, generated)]));
  };
  return {
    name: 'quotelens:lexicon-words-only',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return LEXICON_JSON.test(id) ? { code: JSON.stringify(strip(JSON.parse(code), id.includes('/generated/'))), map: null } : null;
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), injectedScriptOnly(), lexiconWordsOnly()],
  build: {
    target: 'chrome116',
    emptyOutDir: true,
  },
});
