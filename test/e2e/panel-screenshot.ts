/**
 * Screenshots the side panel beside the seed article, for the README:
 *   npm run build:e2e && npx tsx test/e2e/panel-screenshot.ts [out.png] [--dark]
 * (default out: docs/panel-light.png). The browser's own side panel cannot be
 * driven, so the article and the panel's page are shot apart at the sizes
 * they share a window with, and set side by side in one picture.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { launchWithExtension, openPopup, openTab, PANEL_PATH, REPO_ROOT, serveDirectory } from './harness';

const HEIGHT = 720;
const ARTICLE_WIDTH = 820;
const PANEL_WIDTH = 380;

export async function screenshotPanel(outFile: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  const ext = await launchWithExtension();
  const site = await serveDirectory(resolve(REPO_ROOT, 'test/fixtures'));
  try {
    const { page: article, tabId } = await openTab(ext, site.url('seed/article.html'));
    const { page: popup, state } = await openPopup(ext, tabId);
    if (state !== 'ready') throw new Error(`The popup ended in state "${state}", not "ready"`);
    await popup.close();
    const { page: panel } = await openPopup(ext, tabId, { path: PANEL_PATH, width: PANEL_WIDTH });
    await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
    await panel.emulateMedia({ colorScheme });

    await article.setViewportSize({ width: ARTICLE_WIDTH, height: HEIGHT });
    await article.emulateMedia({ colorScheme });
    await article.bringToFront();
    // Where the first highlighted quote is, as a reader scrolled to it.
    await article.evaluate(() => document.querySelectorAll('article p')[2]?.scrollIntoView({ block: 'start' }));
    const shots = [await article.screenshot(), await panel.screenshot()].map((png) => `data:image/png;base64,${png.toString('base64')}`);

    const sheet = await ext.context.newPage();
    await sheet.setViewportSize({ width: ARTICLE_WIDTH + 1 + PANEL_WIDTH, height: HEIGHT });
    await sheet.setContent(
      `<body style="margin:0;display:flex;gap:1px;background:#8c959f"><img src="${shots[0]}"><img src="${shots[1]}"></body>`,
      { waitUntil: 'load' },
    );
    await mkdir(dirname(outFile), { recursive: true });
    await sheet.screenshot({ path: outFile });
  } finally {
    await site.close();
    await ext.close();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(REPO_ROOT, 'test/e2e/panel-screenshot.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const dark = args.includes('--dark');
  const out = resolve(args.find((arg) => !arg.startsWith('--')) ?? `docs/panel-${dark ? 'dark' : 'light'}.png`);
  await screenshotPanel(out, dark ? 'dark' : 'light');
  console.log(`Saved ${out}`);
}
