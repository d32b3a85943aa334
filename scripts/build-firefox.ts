/**
 * `npm run build:firefox`: copies the Chrome build (dist/, from `vite build`)
 * to dist-firefox/ with the manifest rewritten for Firefox (firefox-manifest.ts).
 *   npx tsx scripts/build-firefox.ts [chromeDir] [firefoxDir]
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firefoxManifest, type Manifest } from './firefox-manifest';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

export async function buildFirefox(chromeDir: string, firefoxDir: string): Promise<void> {
  const chrome = JSON.parse(await readFile(resolve(chromeDir, 'manifest.json'), 'utf8')) as Manifest;
  await rm(firefoxDir, { recursive: true, force: true });
  await cp(chromeDir, firefoxDir, { recursive: true });
  await writeFile(resolve(firefoxDir, 'manifest.json'), `${JSON.stringify(firefoxManifest(chrome), null, 2)}\n`);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [chromeDir = 'dist', firefoxDir = 'dist-firefox'] = process.argv.slice(2);
  await buildFirefox(resolve(REPO_ROOT, chromeDir), resolve(REPO_ROOT, firefoxDir));
  console.log(`Firefox build: ${resolve(REPO_ROOT, firefoxDir)}`);
}
