/**
 * The popup's footer: the keyboard shortcuts as the browser has them now (the
 * reader may have changed or removed them), the way to the options page and,
 * in the popup, "Open in side panel".
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { sidePanelOpener } from '../shared/side-panel';

/** The manifest's command names. */
const OPEN_POPUP = '_execute_action';
const TOGGLE_HIGHLIGHTS = 'toggle-highlights';
const OPEN_SIDE_PANEL = 'open-side-panel';

type Shortcuts = Record<string, string>;

async function currentShortcuts(): Promise<Shortcuts> {
  const commands = await browser.commands.getAll();
  return Object.fromEntries(commands.filter((command) => command.name && command.shortcut).map((command) => [command.name!, command.shortcut!]));
}

interface Props {
  /** The tab to open the side panel for; the button is shown once it is known (the panel itself passes none). */
  sidePanelTabId?: number | null;
}

export function PopupFooter({ sidePanelTabId = null }: Props) {
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);

  useEffect(() => {
    currentShortcuts().then(setShortcuts, (error: unknown) => {
      console.warn('Quotelens: could not read the keyboard shortcuts', error);
      setShortcuts({});
    });
  }, []);

  const open = shortcuts?.[OPEN_POPUP];
  const toggle = shortcuts?.[TOGGLE_HIGHLIGHTS];
  const panel = shortcuts?.[OPEN_SIDE_PANEL];
  return (
    <footer class="footer">
      {shortcuts && (
        <p class="shortcuts" data-testid="shortcuts">
          <span class="visually-hidden">{t('shortcutsLabel')}: </span>
          {open && <span>{shortcutText('shortcutOpen', open)}</span>}
          {toggle && <span>{shortcutText('shortcutToggle', toggle)}</span>}
          {panel && <span>{shortcutText('shortcutSidePanel', panel)}</span>}
          {!open && !toggle && !panel && <span>{t('shortcutNotSet')}</span>}
        </p>
      )}
      {sidePanelTabId !== null && <OpenSidePanelButton tabId={sidePanelTabId} />}
      <button type="button" class="link" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </footer>
  );
}

function shortcutText(key: 'shortcutOpen' | 'shortcutToggle' | 'shortcutSidePanel', keys: string) {
  return (
    <>
      <kbd>{keys}</kbd> {t(key)}
    </>
  );
}

function OpenSidePanelButton({ tabId }: { tabId: number }) {
  const open = sidePanelOpener();
  if (!open) return null;
  const openPanel = () => {
    // Called at once, inside the click: the browser opens the panel only during a user gesture.
    open(tabId).then(
      // The panel shows the same results and stays open while the reader uses the page.
      () => window.close(),
      (error: unknown) => console.warn('Quotelens: could not open the side panel', error),
    );
  };
  return (
    <button type="button" class="link" data-testid="open-side-panel" onClick={openPanel}>
      {t('openSidePanel')}
    </button>
  );
}
