import { speakerDescription, type SpeakerEntry } from '../shared/article-view';
import { t } from '../shared/i18n';
import { BatchedList } from './batched-list';

interface Props {
  speakers: SpeakerEntry[];
  selectedId: string | null;
  onSelect: (speakerId: string | null) => void;
}

/** Each speaker is a toggle: pressing it filters the quotes to that speaker. */
export function SpeakerList({ speakers, selectedId, onSelect }: Props) {
  if (speakers.length === 0) return <p class="empty">{t('noSpeakers')}</p>;
  return (
    <BatchedList
      items={speakers}
      class="list speakers"
      testId="speakers"
      renderItem={(speaker) => {
        const description = speakerDescription(speaker);
        const selected = speaker.id === selectedId;
        return (
          <li key={speaker.id} data-testid="speaker" data-speaker-id={speaker.id}>
            <button
              type="button"
              class="speaker"
              aria-pressed={selected}
              title={selected ? t('showAllQuotes') : t('showOnlySpeaker', speaker.name)}
              onClick={() => onSelect(selected ? null : speaker.id)}
            >
              <span class="speaker-name">{speaker.name}</span>
              {description && <span class="speaker-role">{description}</span>}
              <span class="count">
                {speaker.quoteCount}
                <span class="visually-hidden"> {speaker.quoteCount === 1 ? t('quoteCountOne') : t('quoteCountMany')}</span>
              </span>
            </button>
          </li>
        );
      }}
    />
  );
}
