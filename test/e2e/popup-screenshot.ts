/**
 * Screenshots the ready popup on the seed article for the README:
 *   npm run build:e2e && npx tsx test/e2e/popup-screenshot.ts [out.png] [--dark]
 * (default out: docs/popup-light.png). The demo script can call `screenshotPopup` directly.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { launchWithExtension, openPopup, openTab, REPO_ROOT, serveDirectory } from './harness';

/** A real popup is at most 600 px tall; the picture shows what a reader sees first. */
const POPUP_SIZE = { width: 400, height: 600 };

export async function screenshotPopup(outFile: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  const ext = await launchWithExtension();
  const site = await serveDirectory(resolve(REPO_ROOT, 'test/fixtures'));
  try {
    const { tabId } = await openTab(ext, site.url('seed/article.html'));
    const { page, state } = await openPopup(ext, tabId, { width: POPUP_SIZE.width });
    if (state !== 'ready') throw new Error(`The popup ended in state "${state}", not "ready"`);
    await page.emulateMedia({ colorScheme });
    await mkdir(dirname(outFile), { recursive: true });
    await page.screenshot({ path: outFile, clip: { x: 0, y: 0, ...POPUP_SIZE } });
  } finally {
    await site.close();
    await ext.close();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'test/e2e/popup-screenshot.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const out = resolve(args.find((arg) => !arg.startsWith('--')) ?? resolve(REPO_ROOT, 'docs/popup-light.png'));
  await screenshotPopup(out, args.includes('--dark') ? 'dark' : 'light');
  console.log(`popup screenshot: ${out}`);
}
