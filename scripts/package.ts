/**
 * `npm run package`: the store uploads, from the Chrome (dist/) and Firefox
 * (dist-firefox/) builds that `npm run build:firefox` leaves:
 *   artifacts/quotelens-chrome-<version>.zip
 *   artifacts/quotelens-firefox-<version>.zip
 * Zipped by web-ext, which puts manifest.json at the archive's root as both
 * stores require and leaves out dotfiles.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const WEB_EXT = resolve(REPO_ROOT, 'node_modules/.bin/web-ext');

export const PACKAGE_TARGETS = [
  { browser: 'chrome', sourceDir: 'dist' },
  { browser: 'firefox', sourceDir: 'dist-firefox' },
] as const;

export function packageFileName(browser: string, version: string): string {
  return `quotelens-${browser}-${version}.zip`;
}

/** Zips the extension in `sourceDir` to `artifactsDir/fileName`, replacing an older file. */
export async function zipExtension(sourceDir: string, artifactsDir: string, fileName: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  await promisify(execFile)(WEB_EXT, [
    'build',
    '--source-dir', sourceDir,
    '--artifacts-dir', artifactsDir,
    '--filename', fileName,
    '--overwrite-dest',
    '--no-config-discovery',
  ]);
  return resolve(artifactsDir, fileName);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const artifactsDir = resolve(REPO_ROOT, 'artifacts');
  for (const { browser, sourceDir } of PACKAGE_TARGETS) {
    const source = resolve(REPO_ROOT, sourceDir);
    const { version } = JSON.parse(await readFile(resolve(source, 'manifest.json'), 'utf8')) as { version: string };
    console.log(await zipExtension(source, artifactsDir, packageFileName(browser, version)));
  }
}
