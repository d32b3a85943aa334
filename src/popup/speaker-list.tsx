import { speakerDescription, type SpeakerEntry } from '../shared/article-view';

interface Props {
  speakers: SpeakerEntry[];
  selectedId: string | null;
  onSelect: (speakerId: string | null) => void;
}

/** Each speaker is a toggle: pressing it filters the quotes to that speaker. */
export function SpeakerList({ speakers, selectedId, onSelect }: Props) {
  if (speakers.length === 0) return <p class="empty">No speakers identified.</p>;
  return (
    <ul class="list speakers">
      {speakers.map((speaker) => {
        const description = speakerDescription(speaker);
        const selected = speaker.id === selectedId;
        return (
          <li key={speaker.id} data-testid="speaker" data-speaker-id={speaker.id}>
            <button
              type="button"
              class="speaker"
              aria-pressed={selected}
              title={selected ? 'Show all quotes' : `Show only ${speaker.name}’s quotes`}
              onClick={() => onSelect(selected ? null : speaker.id)}
            >
              <span class="speaker-name">{speaker.name}</span>
              {description && <span class="speaker-role">{description}</span>}
              <span class="count">
                {speaker.quoteCount}
                <span class="visually-hidden">{speaker.quoteCount === 1 ? ' quote' : ' quotes'}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
