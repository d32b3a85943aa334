/**
 * The settings for a Preact page (popup, options): the defaults until storage
 * answers, then the stored ones, kept current when another page changes them.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { loadSettings, saveSettings } from './settings-store';

export type SaveState = 'idle' | 'saved' | 'failed';

export function useSettings(): {
  settings: Settings;
  loaded: boolean;
  saveState: SaveState;
  update: (changes: Partial<Settings>) => Promise<void>;
} {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');

  useEffect(() => {
    const reload = () =>
      void loadSettings().then((stored) => {
        setSettings(stored);
        setLoaded(true);
      });
    reload();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'sync') reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const update = async (changes: Partial<Settings>) => {
    // Shown at once; storage catches up (and a failure is said, not hidden).
    setSettings((current) => ({ ...current, ...changes }));
    try {
      setSettings(await saveSettings(changes));
      setSaveState('saved');
    } catch (error) {
      console.warn('Quotelens: could not save the settings', error);
      setSaveState('failed');
    }
  };

  return { settings, loaded, saveState, update };
}
