/**
 * The popup's footer: the keyboard shortcuts as the browser has them now (the
 * reader may have changed or removed them), and the way to the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** The manifest's command names. */
const OPEN_POPUP = '_execute_action';
const TOGGLE_HIGHLIGHTS = 'toggle-highlights';

type Shortcuts = Record<string, string>;

async function currentShortcuts(): Promise<Shortcuts> {
  const commands = await browser.commands.getAll();
  return Object.fromEntries(commands.filter((command) => command.name && command.shortcut).map((command) => [command.name!, command.shortcut!]));
}

export function PopupFooter() {
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);

  useEffect(() => {
    currentShortcuts().then(setShortcuts, (error: unknown) => {
      console.warn('Quotelens: could not read the keyboard shortcuts', error);
      setShortcuts({});
    });
  }, []);

  const open = shortcuts?.[OPEN_POPUP];
  const toggle = shortcuts?.[TOGGLE_HIGHLIGHTS];
  return (
    <footer class="footer">
      {shortcuts && (
        <p class="shortcuts" data-testid="shortcuts">
          <span class="visually-hidden">{t('shortcutsLabel')}: </span>
          {open && <span>{shortcutText('shortcutOpen', open)}</span>}
          {toggle && <span>{shortcutText('shortcutToggle', toggle)}</span>}
          {!open && !toggle && <span>{t('shortcutNotSet')}</span>}
        </p>
      )}
      <button type="button" class="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </footer>
  );
}

function shortcutText(key: 'shortcutOpen' | 'shortcutToggle', keys: string) {
  return (
    <>
      <kbd>{keys}</kbd> {t(key)}
    </>
  );
}
