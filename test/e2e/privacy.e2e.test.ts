/**
 * Privacy: the store build asks only for activeTab, scripting, storage and (in
 * Chrome, for the side panel) sidePanel, which grants no access to pages; its
 * CSP stays the strict MV3 default and its code names no remote address to
 * load; and at run time the extension makes no network request at all, through
 * a whole analyse → highlight → scroll → copy → reopen session.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, extensionDir, newsParagraphs, servePages, type PageServer } from './generated-pages';
import { allowClipboard, launchWithExtension, openPopup, openTab, REPO_ROOT, type ExtensionBrowser } from './harness';

describe('the store build (`npm run build`)', () => {
  let outDir: string;
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    // Built here, into a folder of its own, exactly as `npm run build` builds dist/.
    outDir = await mkdtemp(join(tmpdir(), 'quotelens-store-build-'));
    const env = { ...process.env };
    delete env.QUOTELENS_E2E;
    await promisify(execFile)(resolve(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      env,
    });
    manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
  });

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('asks for exactly activeTab, scripting, sidePanel and storage, and no host access', () => {
    expect(manifest.manifest_version).toBe(3);
    // sidePanel only lets the extension show its own page beside the tab: no warning, no access to any page.
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('keeps the strict default content security policy', () => {
    // Absent means MV3's default: script-src 'self' 'wasm-unsafe-eval'; object-src 'self'.
    const policy = manifest.content_security_policy as Record<string, string> | undefined;
    for (const value of Object.values(policy ?? {})) {
      expect(value).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
    }
    expect(policy?.sandbox).toBeUndefined();
  });

  it('ships no code that loads or evaluates remote code', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((file) => /\.(js|html)$/.test(file));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const code = await readFile(join(outDir, file), 'utf8');
      // XML namespace names are identifiers, never fetched.
      const addresses = (code.match(/(?:https?|wss?):\/\/[^\s"'`)<>]*/g) ?? []).filter((url) => !url.startsWith('http://www.w3.org/'));
      expect(addresses, file).toEqual([]);
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
    }
  });
});

describe('at run time', () => {
  let ext: ExtensionBrowser;
  let site: PageServer;
  /** Every request the browser reports, from pages, frames, the popup and the service worker. */
  const requests: Request[] = [];
  const isNetwork = (request: Request) => !/^(chrome-extension|data|blob):/.test(request.url());
  const describeRequest = (request: Request) =>
    `${request.url()} from ${request.serviceWorker()?.url() ?? request.frame().url()}`;

  beforeAll(async () => {
    ext = await launchWithExtension({ extensionDir });
    site = await servePages();
    // A page that loads nothing but itself: any request after it has loaded is someone else's.
    site.page('/article', articlePage({ title: 'Tram line approved after years of delay', paragraphsHtml: newsParagraphs('Helen Marsh', 'transport minister', 'the new tram line') }));
    site.page('/probe', 'ok', 'text/plain');
    ext.context.on('request', (request) => requests.push(request));
  });

  afterAll(async () => {
    await site?.close();
    await ext?.close();
  });

  it('the extension requests nothing while it analyses, highlights, scrolls, copies and reopens', async () => {
    const { page: article, tabId } = await openTab(ext, site.url('/article'));
    requests.length = 0;

    const { page: popup, state } = await openPopup(ext, tabId);
    expect(state).toBe('ready');
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('quotelens-quote'))).toBe(true);
    await popup.getByTestId('quote').first().locator('.item-text').click();
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('quotelens-flash'))).toBe(true);
    await allowClipboard(ext);
    await popup.getByTestId('copy-summary').click();
    await popup.getByRole('status').filter({ hasText: /copied/i }).waitFor({ timeout: 60_000 });
    await popup.close();
    const again = await openPopup(ext, tabId);
    expect(again.state).toBe('ready');
    await again.page.close();

    expect(requests.filter(isNetwork).map(describeRequest)).toEqual([]);
  });

  // A content script's request would go out as the page's own, and the page above loads nothing after it has loaded.
  it('(control) a request from the service worker or the popup would have been seen', async () => {
    requests.length = 0;
    await ext.serviceWorker.evaluate((url) => fetch(url).then((response) => response.status), site.url('/probe?from=worker'));
    const { page: popup } = await openPopup(ext, (await openTab(ext, site.url('/article'))).tabId);
    await popup.evaluate((url) => fetch(url).then((response) => response.status), site.url('/probe?from=popup'));
    const seen = requests.filter(isNetwork).map(describeRequest);
    expect(seen.some((line) => line.includes('from=worker') && line.includes('service-worker'))).toBe(true);
    expect(seen.some((line) => line.includes('from=popup') && line.includes('chrome-extension://'))).toBe(true);
  });
});
