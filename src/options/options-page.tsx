/**
 * The options page: highlight colours and default kinds, and the summary's
 * format and header. Every change is saved at once (no Save button to forget)
 * and the page says so; `data-state` tells tests when the stored settings are in.
 */
import { HIGHLIGHT_KINDS } from '../shared/highlights/types';
import { HIGHLIGHT_KIND_LABEL } from '../shared/highlight-kind-labels';
import { t, type MessageKey } from '../shared/i18n';
import { DEFAULT_SETTINGS, SUMMARY_FORMATS, type SummaryFormat } from '../shared/settings';
import { useSettings } from '../shared/use-settings';

const FORMAT_LABEL: Record<SummaryFormat, MessageKey> = { markdown: 'formatMarkdown', text: 'formatText', json: 'formatJson' };

export function OptionsPage() {
  const { settings, loaded, saveState, update } = useSettings();

  return (
    <main class="options" data-state={loaded ? 'ready' : 'loading'}>
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{t('optionsHighlightsHeading')}</h2>
        <p class="hint">{t('optionsHighlightsHint')}</p>
        <table class="kinds">
          <tbody>
            {HIGHLIGHT_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(HIGHLIGHT_KIND_LABEL[kind])}</th>
                <td>
                  <input
                    type="color"
                    data-testid={`colour-${kind}`}
                    aria-label={t('optionsColour', t(HIGHLIGHT_KIND_LABEL[kind]))}
                    value={settings.highlightColours[kind]}
                    onChange={(event) => void update({ highlightColours: { ...settings.highlightColours, [kind]: event.currentTarget.value } })}
                  />
                </td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      data-testid={`default-${kind}`}
                      checked={settings.highlightKinds[kind]}
                      onChange={(event) => void update({ highlightKinds: { ...settings.highlightKinds, [kind]: event.currentTarget.checked } })}
                    />{' '}
                    {t('optionsHighlightOn', t(HIGHLIGHT_KIND_LABEL[kind]).toLowerCase())}
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('optionsSummaryHeading')}</h2>
        <fieldset class="formats">
          <legend>{t('optionsFormat')}</legend>
          {SUMMARY_FORMATS.map((format) => (
            <label key={format}>
              <input
                type="radio"
                name="summary-format"
                value={format}
                data-testid={`format-${format}`}
                checked={settings.summaryFormat === format}
                onChange={() => void update({ summaryFormat: format })}
              />{' '}
              {t(FORMAT_LABEL[format])}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            data-testid="include-title-url"
            checked={settings.includeTitleAndUrl}
            onChange={(event) => void update({ includeTitleAndUrl: event.currentTarget.checked })}
          />{' '}
          {t('optionsIncludeTitleAndUrl')}
        </label>
      </section>

      <p class="actions">
        <button type="button" class="secondary" data-testid="restore-defaults" onClick={() => void update(DEFAULT_SETTINGS)}>
          {t('optionsRestoreDefaults')}
        </button>
        <span role="status" data-testid="save-status" data-save-state={saveState}>
          {saveState === 'saved' && t('optionsSaved')}
          {saveState === 'failed' && t('optionsSaveFailed')}
        </span>
      </p>

      <p class="hint">{t('optionsPrivacy')}</p>
    </main>
  );
}
