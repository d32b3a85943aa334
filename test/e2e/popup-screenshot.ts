/**
 * Screenshots the ready popup on the seed article (or another page of test/fixtures) for the README and docs/:
 *   npm run build:e2e && npx tsx test/e2e/popup-screenshot.ts [out.png] [--dark] [--page=pages/wapo-1.html] [--whole]
 * (default out: docs/popup-light.png; --whole takes the popup's whole list, not its first 600 px). The demo
 * script can call `screenshotPopup` directly.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { launchWithExtension, openPopup, openTab, REPO_ROOT, serveDirectory } from './harness';

/** A real popup is at most 600 px tall; the picture shows what a reader sees first. */
const POPUP_SIZE = { width: 400, height: 600 };

export async function screenshotPopup(outFile: string, colorScheme: 'light' | 'dark' = 'light', fixturePage = 'seed/article.html', whole = false): Promise<void> {
  const ext = await launchWithExtension();
  const site = await serveDirectory(resolve(REPO_ROOT, 'test/fixtures'));
  try {
    const { tabId } = await openTab(ext, site.url(fixturePage));
    const { page, state } = await openPopup(ext, tabId, { width: POPUP_SIZE.width });
    if (state !== 'ready') throw new Error(`The popup ended in state "${state}", not "ready"`);
    await page.emulateMedia({ colorScheme });
    await mkdir(dirname(outFile), { recursive: true });
    await page.screenshot(whole ? { path: outFile, fullPage: true } : { path: outFile, clip: { x: 0, y: 0, ...POPUP_SIZE } });
  } finally {
    await site.close();
    await ext.close();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'test/e2e/popup-screenshot.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const out = resolve(args.find((arg) => !arg.startsWith('--')) ?? resolve(REPO_ROOT, 'docs/popup-light.png'));
  const fixturePage = args.find((arg) => arg.startsWith('--page='))?.slice('--page='.length);
  await screenshotPopup(out, args.includes('--dark') ? 'dark' : 'light', fixturePage, args.includes('--whole'));
  console.log(`popup screenshot: ${out}`);
}
