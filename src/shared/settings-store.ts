/**
 * Settings in `storage.sync`: they follow the reader to their other browsers
 * where sync is on, and stay local where it is not (Firefox without an account).
 * One key holds them all, so a save is one atomic write.
 */
import browser from 'webextension-polyfill';
import { validateSettings, type Settings } from './settings';

const SETTINGS_KEY = 'settings';

/** Never rejects: unreadable storage means the defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return validateSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('Quotelens: could not read the settings; using the defaults', error);
    return validateSettings(undefined);
  }
}

/** Merges `changes` into the stored settings and returns the result. */
export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await loadSettings()), ...changes });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}
