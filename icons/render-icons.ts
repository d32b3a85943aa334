/**
 * Renders icons/icon.svg to the PNG sizes the manifest lists, with the system's
 * Chromium (transparent background). Run after editing the SVG:
 *   npx tsx icons/render-icons.ts
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ICON_DIR = dirname(fileURLToPath(import.meta.url));
const SIZES = [16, 32, 48, 128];

const svg = await readFile(resolve(ICON_DIR, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: resolve(ICON_DIR, `icon-${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
