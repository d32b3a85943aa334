/**
 * Node side of the highlight benchmark and end-to-end test: bundles the probe
 * (highlight-probe.ts) for the browser, serves saved pages on 127.0.0.1, and
 * opens them in the system's Chromium with every other request blocked, so
 * nothing leaves the machine and a page's own subresources never load.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './shared-corpus';

export { PROBE_GLOBAL, type HighlightProbe, type ItemSource, type PageMeasurement } from './highlight-probe';

export const CHROMIUM_PATH = process.env.QUOTELENS_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export interface ProbeBundle {
  code: string;
  /** False when the engine does not build yet: the probe then derives items from sentences. */
  withEngine: boolean;
  engineError: string | null;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: 'highlight-probe-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The probe with the real engine where it builds, else without it (sentence items only). */
export async function bundleProbe(): Promise<ProbeBundle> {
  const install = "import { installProbe } from './scripts/highlight-probe';";
  try {
    const code = await bundle(`${install}\nimport { analyze } from './src/engine';\ninstallProbe(analyze);`);
    return { code, withEngine: true, engineError: null };
  } catch (error) {
    const code = await bundle(`${install}\ninstallProbe(null);`);
    const message = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
    return { code, withEngine: false, engineError: message };
  }
}

export interface PageServer {
  /** The URL a page is served at. */
  urlFor(name: string): string;
  close(): Promise<void>;
}

/** Serves each file as `text/html` at `/<name>`; anything else is a 404. */
export async function servePages(files: ReadonlyMap<string, string>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').slice(1).split('?')[0]);
    const file = files.get(name);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors in the page, in order, with whether they came after the probe ran. */
  errors: Array<{ message: string; afterProbe: boolean }>;
  /** Evaluates the probe in the page: from here on errors count as the highlighter's. */
  installProbe(): Promise<void>;
}

/** Opens `url` with only that one request allowed, and the probe not yet installed. */
export async function openPage(browser: Browser, url: string, probe: ProbeBundle): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: OpenedPage['errors'] = [];
  let probeInstalled = false;
  page.on('pageerror', (error) => errors.push({ message: error.message, afterProbe: probeInstalled }));
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort('blockedbyclient')));
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  return {
    page,
    errors,
    async installProbe() {
      probeInstalled = true;
      // Evaluated, not added as a <script>: the page's DOM must stay as it was.
      await page.evaluate(probe.code);
    },
  };
}
