/**
 * The Voices section's content: per kind of source a one-line reading ("Anonymous
 * sources: 2 of 19 quotes (11%)"), then one bar per source for its share of the
 * quoted words. Plain elements: each bar's figures are written beside it, so
 * the text is the bar's alternative and the bar itself is hidden from screen readers.
 */
import { t } from '../shared/i18n';
import { percent, type Voice, type Voices } from '../shared/voices';
import { voicesReading } from '../shared/voices-reading';

export function VoicesChart({ voices }: { voices: Voices }) {
  if (voices.groups.length === 0) return <p class="empty">{t('noVoices')}</p>;
  return (
    <>
      <p class="voices-intro">{t('voicesIntro')}</p>
      {voices.groups.map((group) => (
        <div key={group.kind} class="voice-group" data-testid="voice-group" data-kind={group.kind}>
          <h3>{voicesReading(group, voices.quotes)}</h3>
          <ul class="list voices">
            {group.voices.map((voice) => (
              <VoiceBar key={voice.speakerId} voice={voice} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function VoiceBar({ voice }: { voice: Voice }) {
  const share = percent(voice.wordShare);
  return (
    <li class="voice" data-testid="voice" data-speaker-id={voice.speakerId}>
      <span class="voice-name">{voice.name}</span>
      <span class="voice-figures">{voice.quotes === 1 ? t('voiceShareOne', share) : t('voiceShareMany', voice.quotes, share)}</span>
      <span class="voice-bar" aria-hidden="true">
        <span class="voice-fill" style={{ width: `${voice.wordShare * 100}%` }} />
      </span>
    </li>
  );
}
