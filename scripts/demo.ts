/**
 * The main job on the bundled demo article: print its analysis, then load the
 * built extension into Chromium (a window when a display exists, headless
 * otherwise), open the popup on the article and save screenshots.
 *
 *   npm run demo            (builds dist-e2e first)
 *   npm run demo -- --exit  close a visible browser at once instead of leaving it open
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatAnalysis } from '../cli/format';
import { loadArticle } from '../cli/load-article';
import { analyze } from '../src/engine/index';
import { launchWithExtension, openPopup, openTab, REPO_ROOT, serveDirectory } from '../test/e2e/harness';

const FIXTURES = resolve(REPO_ROOT, 'test/fixtures');
const DEMO_PAGE = 'seed/article.html';
const ARTIFACTS = resolve(REPO_ROOT, 'artifacts');

async function printAnalysis(): Promise<void> {
  const extraction = await loadArticle(resolve(FIXTURES, DEMO_PAGE));
  if (!extraction.ok) throw new Error(`The demo article was not recognised as an article (${extraction.reason})`);
  console.log(formatAnalysis(DEMO_PAGE, analyze(extraction.article), extraction.article.title));
}

async function showInChromium(leaveOpen: boolean): Promise<void> {
  const headless = !process.env.DISPLAY;
  const ext = await launchWithExtension({ headless });
  const site = await serveDirectory(FIXTURES);
  try {
    const { page: article, tabId } = await openTab(ext, site.url(DEMO_PAGE));
    const { page: popup, state } = await openPopup(ext, tabId);
    await mkdir(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: resolve(ARTIFACTS, 'demo-popup.png'), fullPage: true });
    await article.bringToFront();
    await article.screenshot({ path: resolve(ARTIFACTS, 'demo-page.png') });
    console.log(`\nChromium (${headless ? 'headless' : 'window'}): popup ${state}; screenshots in artifacts/demo-popup.png and artifacts/demo-page.png`);
    if (state !== 'ready') process.exitCode = 1;
    if (!headless && leaveOpen) {
      console.log('The browser stays open with the extension loaded; close its window (or press Ctrl-C) to finish.');
      await new Promise<void>((done) => ext.context.on('close', () => done()));
    }
  } finally {
    await site.close();
    await ext.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  await printAnalysis();
  await showInChromium(!process.argv.includes('--exit'));
}

main().catch((error) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
