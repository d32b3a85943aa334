/**
 * Drives the built extension in the system's Chromium: launch a browser with
 * the extension loaded, serve pages on 127.0.0.1, open tabs and the popup for
 * a tab. Shared by the E2E tests, the demo and the benchmarks.
 *
 *   const ext = await launchWithExtension();
 *   const site = await serveDirectory('test/fixtures');
 *   const { tabId } = await openTab(ext, site.url('seed/article.html'));
 *   const popup = await openPopup(ext, tabId);   // waits until it settles
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** `npm run build:e2e` writes here: the store build plus host permissions for 127.0.0.1 and localhost. */
export const E2E_EXTENSION_DIR = resolve(REPO_ROOT, 'dist-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The popup page inside the extension (manifest `action.default_popup`). */
export const POPUP_PATH = 'src/popup/popup.html';
/** The side panel page (manifest `side_panel.default_path`): the popup's view, following the active tab. */
export const PANEL_PATH = 'src/popup/panel.html';

/** `not-analysed`: the side panel only, for a tab with no analysis yet. */
export type PopupState = 'loading' | 'ready' | 'not-article' | 'error' | 'not-analysed';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: proof that the built worker starts, and a way into the extension APIs. */
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Default true; `QUOTELENS_HEADED=1` shows the window. */
  headless?: boolean;
  viewport?: { width: number; height: number };
}

/** A fresh profile every time: no results or permissions leak between runs. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? E2E_EXTENSION_DIR);
  await stat(join(extensionDir, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:e2e\` first.`);
  });
  const headless = options.headless ?? process.env.QUOTELENS_HEADED !== '1';
  const userDataDir = await mkdtemp(join(tmpdir(), 'quotelens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    // Playwright's defaults disable extensions altogether.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Waits on state are hang guards, not budgets: on a loaded 2-core machine a step may take long.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  try {
    const serviceWorker = await extensionServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 120_000 }).catch(() => {
    throw new Error('The extension service worker did not start: check the built service-worker-loader.js.');
  });
}

// ---- Serving pages ----------------------------------------------------------------------------

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** Serves `root` read-only on 127.0.0.1 at a free port (`/dir/` serves `dir/index.html`). */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      // Browsers ask every site for one; a 404 would show up as a console error.
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      let file = resolve(base, `.${pathname}`);
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside the served folder');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/*/, '/'), origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// ---- Tabs and the popup -----------------------------------------------------------------------

/** The slice of the extension API the harness calls inside the service worker. */
interface WorkerScope {
  chrome: { tabs: { query(query: object): Promise<Array<{ id?: number }>> } };
}

async function tabIds(ext: ExtensionBrowser): Promise<number[]> {
  return ext.serviceWorker.evaluate(async () => {
    const tabs = await (globalThis as unknown as WorkerScope).chrome.tabs.query({});
    return tabs.map((tab) => tab.id).filter((id): id is number => typeof id === 'number');
  });
}

/**
 * Opens `url` in a new tab and returns the page with its tab id (the one new
 * tab that appeared, so this works for pages the extension cannot read, like
 * chrome://version, too).
 */
export async function openTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ext));
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const created = (await tabIds(ext)).filter((id) => !before.has(id));
  if (created.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${created.length}`);
  return { page, tabId: created[0] };
}

export function popupUrl(ext: ExtensionBrowser, tabId: number, path = POPUP_PATH): string {
  return `chrome-extension://${ext.extensionId}/${path}?tabId=${tabId}`;
}

/**
 * Opens the popup page for tab `tabId` (as the toolbar click would for the
 * active tab) and waits until it leaves the loading state. `path: PANEL_PATH`
 * opens the side panel's page instead, starting on that tab.
 */
export async function openPopup(
  ext: ExtensionBrowser,
  tabId: number,
  options: { width?: number; timeoutMs?: number; path?: string } = {},
): Promise<{ page: Page; state: PopupState }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: options.width ?? 400, height: 600 });
  await page.goto(popupUrl(ext, tabId, options.path));
  const state = await waitForPopupState(page, options.timeoutMs);
  return { page, state };
}

export async function waitForPopupState(page: Page, timeoutMs = 120_000): Promise<PopupState> {
  const root = page.locator('[data-state]:not([data-state="loading"])');
  await root.waitFor({ timeout: timeoutMs });
  return (await root.getAttribute('data-state')) as PopupState;
}

/**
 * Lets the test read back what the popup copied. (Chromium refuses grants for a
 * chrome-extension:// origin, so the grant is for every origin of this throwaway profile.)
 */
export async function allowClipboard(ext: ExtensionBrowser): Promise<void> {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * Collects every uncaught exception and console error in the browser — pages,
 * the popup and the service worker — for a final "no errors" check. Each entry
 * names where it happened. A page's own missing images are not the extension's
 * doing and are left out.
 */
export function watchErrors(ext: ExtensionBrowser): string[] {
  const errors: string[] = [];
  ext.context.on('weberror', (error) => errors.push(`${error.page()?.url() ?? 'extension'}: uncaught ${error.error().message}`));
  ext.context.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const pageResourceMissing =
      message.text().startsWith('Failed to load resource') && !message.location().url.startsWith('chrome-extension://');
    if (pageResourceMissing) return;
    const where = message.page()?.url() ?? message.worker()?.url() ?? 'extension';
    errors.push(`${where}: console.error ${message.text()}`);
  });
  return errors;
}
