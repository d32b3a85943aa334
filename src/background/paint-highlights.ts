/**
 * Asks the tab's content script to highlight the analysis in the page. Only a
 * nicety: any failure here leaves the popup's lists intact, with no placement
 * information (null).
 */
import { selectorsFor } from '../shared/highlights/selectors';
import { kindColoursFrom } from '../shared/highlights/styles';
import { HIGHLIGHT_KINDS } from '../shared/highlights/types';
import type { Analysis } from '../engine/types';
import type { HighlightLook, PaintReply } from '../shared/highlights/types';
import { callTab } from '../shared/messaging';
import type { Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';

export async function paintHighlights(tabId: number, analysis: Analysis): Promise<PaintReply | null> {
  try {
    return await callTab(tabId, 'paint', { items: selectorsFor(analysis), look: highlightLook(await loadSettings()) });
  } catch (error) {
    console.warn('Quotelens: could not highlight the page', error);
    return null;
  }
}

export function highlightLook(settings: Pick<Settings, 'highlightColours' | 'highlightKinds'>): HighlightLook {
  const colours = Object.fromEntries(
    HIGHLIGHT_KINDS.map((kind) => [kind, kindColoursFrom(settings.highlightColours[kind])]),
  ) as HighlightLook['colours'];
  return { colours, kinds: { ...settings.highlightKinds } };
}
