/**
 * Switches for which kinds are highlighted in the page. The choice is the
 * reader's setting (remembered, and the default for the next article) and is
 * applied to this page at once.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../shared/highlights/types';
import { HIGHLIGHT_KIND_LABEL } from '../shared/highlight-kind-labels';
import { t } from '../shared/i18n';
import { callTab } from '../shared/messaging';
import type { HighlightKinds } from '../shared/settings';

interface Props {
  tabId: number;
  kinds: HighlightKinds;
  onChange: (kinds: HighlightKinds) => void;
}

export function HighlightToggles({ tabId, kinds, onChange }: Props) {
  const toggle = (kind: HighlightKind, on: boolean) => {
    const next = { ...kinds, [kind]: on };
    onChange(next);
    // The page may have been closed or reloaded since: the setting is still kept.
    callTab(tabId, 'setHighlightKinds', { kinds: next }).catch(() => undefined);
  };
  return (
    <fieldset class="highlight-toggles">
      <legend>{t('highlightsLegend')}</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <label key={kind} class={`kind-toggle kind-${kind}`}>
          <input
            type="checkbox"
            data-testid={`highlight-${kind}`}
            checked={kinds[kind]}
            onChange={(event) => toggle(kind, event.currentTarget.checked)}
          />
          {t(HIGHLIGHT_KIND_LABEL[kind])}
        </label>
      ))}
    </fieldset>
  );
}
