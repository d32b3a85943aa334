/**
 * Drives the Firefox build in Debian's Firefox ESR over WebDriver BiDi
 * (puppeteer-core; geckodriver and Playwright's patched Firefox are not
 * available here). What works, and the workarounds, are recorded in the team's
 * `../shared/notes/firefox-e2e.md`:
 *
 * - the E2E variant of the Firefox build (dist-firefox-e2e: host permissions
 *   for 127.0.0.1 and localhost, granted at install), since activeTab needs a
 *   real toolbar click;
 * - `--remote-allow-system-access` to open moz-extension:// pages, whose
 *   `page.goto` never resolves: the navigation is started, then its end is
 *   waited for in the page;
 * - a fixed extension UUID (pref `extensions.webextensions.uuids`), so the
 *   extension's pages have a known address;
 * - the console messages of extension pages and the background reach only
 *   Firefox's stdout (uncaught exceptions not even there: the tests check the
 *   states the pages reach instead).
 *
 * A missing Firefox fails loudly: `scripts/setup.sh` installs it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../scripts/firefox-manifest';
import { REPO_ROOT } from './harness';

/** `npm run build:e2e` writes here: the Firefox build of dist-e2e. */
export const FIREFOX_E2E_EXTENSION_DIR = resolve(REPO_ROOT, 'dist-firefox-e2e');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_UUID = '5d1c3b7e-2f4a-4c8e-9b6d-0a1e2f3c4d5e';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Firefox's stdout, less its own chrome:// and resource:// messages: where the extension's console errors arrive. */
  consoleLines: string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR is missing at ${FIREFOX_PATH}: run \`bash scripts/setup.sh\` (apt-get install firefox-esr).`);
  }
  if (!existsSync(resolve(FIREFOX_E2E_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox E2E build at ${FIREFOX_E2E_EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: process.env.QUOTELENS_HEADED !== '1',
    args: ['--remote-allow-system-access'],
    // Firefox starts slowly on a loaded machine: no launch deadline, the test's own timeout is the limit.
    timeout: 0,
    protocolTimeout: 0,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
    },
  });
  const consoleLines: string[] = [];
  browser.process()?.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      // Firefox's own chrome:// and resource:// messages are not the extension's.
      if (line.trim() && !/chrome:\/\/|resource:\/\//.test(line)) consoleLines.push(line);
    }
  });
  try {
    await browser.installExtension(FIREFOX_E2E_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, consoleLines, close: () => browser.close() };
}

/**
 * Opens an extension page (`path` inside the extension) in a new tab. Its
 * `page.goto` never resolves in this Firefox, so the navigation is started
 * and the loaded page is waited for.
 */
export async function openExtensionPage(firefox: FirefoxWithExtension, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  void page.goto(url).catch(() => undefined);
  for (;;) {
    const loaded = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false); // the old document went away mid-evaluation: ask the new one
    if (loaded) return page;
    await new Promise((next) => setTimeout(next, 100));
  }
}

/** Ids of the open tabs, as the extension sees them (asked from one of its pages). */
export async function extensionTabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => {
    const scope = globalThis as unknown as { browser: { tabs: { query(query: object): Promise<Array<{ id?: number }>> } } };
    return (await scope.browser.tabs.query({})).map((tab) => tab.id).filter((id): id is number => typeof id === 'number');
  });
}
