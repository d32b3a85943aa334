/** The Firefox manifest transform, the store packages and the icons. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID, firefoxManifest } from '../../scripts/firefox-manifest';
import { packageFileName, zipExtension } from '../../scripts/package';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

const builtChromeManifest = {
  manifest_version: 3,
  name: '__MSG_extensionName__',
  version: '1.2.3',
  minimum_chrome_version: '116',
  background: { service_worker: 'service-worker-loader.js', type: 'module' },
  side_panel: { default_path: 'src/popup/panel.html' },
  icons: { '16': 'icons/icon-16.png' },
  permissions: ['activeTab', 'scripting', 'sidePanel', 'storage'],
};

/** The names in a zip's central directory (enough to check the layout without an unzip tool). */
function zipEntryNames(zip: Buffer): string[] {
  const names: string[] = [];
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 46)) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
  }
  return names;
}

describe('firefoxManifest', () => {
  const firefox = firefoxManifest(builtChromeManifest);

  it('loads the worker as a module background script', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('has an add-on id, a minimum version and declares that no data is collected', () => {
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: FIREFOX_ADDON_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('turns the side panel into a sidebar that does not open at install, without the sidePanel permission', () => {
    expect(firefox.sidebar_action).toEqual({
      default_panel: 'src/popup/panel.html',
      default_title: '__MSG_panelTitle__',
      default_icon: builtChromeManifest.icons,
      open_at_install: false,
    });
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('drops Chrome-only keys and keeps the rest as built', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.name).toBe('__MSG_extensionName__');
    expect(builtChromeManifest.background.service_worker).toBe('service-worker-loader.js');
  });

  it('refuses a build without a service worker', () => {
    expect(() => firefoxManifest({ manifest_version: 3 })).toThrow(/service_worker/);
  });
});

describe('store packages', () => {
  let workDir = '';
  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('are named per browser and version', () => {
    expect(packageFileName('firefox', '0.1.0')).toBe('quotelens-firefox-0.1.0.zip');
  });

  it('zip the build with manifest.json at the root', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'quotelens-package-'));
    const source = join(workDir, 'build');
    await mkdir(join(source, 'icons'), { recursive: true });
    await writeFile(join(source, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Test', version: '1.0.0' }));
    await writeFile(join(source, 'icons/icon-16.png'), 'png');
    const zip = await zipExtension(source, join(workDir, 'artifacts'), 'quotelens-chrome-1.0.0.zip');
    expect(zipEntryNames(await readFile(zip))).toEqual(expect.arrayContaining(['manifest.json', 'icons/icon-16.png']));
  }, 60_000);
});

describe('icons', () => {
  it('come in 16, 32, 48 and 128 px, rendered from icons/icon.svg', async () => {
    const manifest = JSON.parse(await readFile(resolve(REPO_ROOT, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    await expect(readFile(resolve(REPO_ROOT, 'icons/icon.svg'), 'utf8')).resolves.toContain('<svg');
    for (const [size, path] of Object.entries<string>(manifest.icons)) {
      const png = await readFile(resolve(REPO_ROOT, path));
      // PNG header: width and height are the first two fields of IHDR.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
    }
  });
});
