/**
 * The Firefox manifest, derived from the built Chrome one so both packages
 * come from the same source. Firefox MV3 runs background *scripts* (an event
 * page), not a service worker; crxjs emits a loader that `import`s the real
 * worker chunk, so it is loaded as a module script. Everything else the code
 * does goes through webextension-polyfill and runs unchanged.
 */

export const FIREFOX_ADDON_ID = 'quotelens@quotelens.dev';
/**
 * 140: the first Firefox with the built-in data-collection consent the
 * manifest declares (and ESR 140); it also has storage.session (115),
 * scripting (102) and module background scripts.
 */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android shows the consent from 142. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome-only keys Firefox warns about. */
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'side_panel'];
/** Chrome-only permissions: Firefox's sidebar needs none. */
const CHROME_ONLY_PERMISSIONS = ['sidePanel'];

export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  side_panel?: { default_path?: string };
  permissions?: string[];
  icons?: Record<string, string>;
};

export function firefoxManifest(chrome: Manifest): Manifest {
  const worker = chrome.background?.service_worker;
  if (!worker) throw new Error('The built manifest has no background.service_worker to turn into a Firefox background script.');
  const manifest: Manifest = { ...chrome };
  for (const key of CHROME_ONLY_KEYS) delete manifest[key];
  manifest.background = { scripts: [worker], type: 'module' };
  if (chrome.permissions) manifest.permissions = chrome.permissions.filter((permission) => !CHROME_ONLY_PERMISSIONS.includes(permission));
  // Chrome's side panel page is Firefox's sidebar; opened from the popup's button, not at install.
  const panel = chrome.side_panel?.default_path;
  if (panel) {
    manifest.sidebar_action = { default_panel: panel, default_title: '__MSG_panelTitle__', default_icon: chrome.icons, open_at_install: false };
  }
  manifest.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ADDON_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // quotelens collects and transmits nothing: the article is analysed inside the browser.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
