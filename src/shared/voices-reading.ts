/** The Voices section's words, shared by the popup and the copied summary. */
import type { SpeakerKind } from '../engine/types';
import { t, type MessageKey } from './i18n';
import { percent, type VoiceGroup } from './voices';

const GROUP_LABEL: Record<SpeakerKind, MessageKey> = {
  person: 'voicesPeople',
  organisation: 'voicesOrganisations',
  group: 'voicesGroups',
  anonymous: 'voicesAnonymous',
};

export function voiceKindLabel(kind: SpeakerKind): string {
  return t(GROUP_LABEL[kind]);
}

/** "Anonymous sources: 2 of 19 quotes (11%)". */
export function voicesReading(group: Pick<VoiceGroup, 'kind' | 'quotes'>, totalQuotes: number): string {
  return t('voicesReading', voiceKindLabel(group.kind), group.quotes, totalQuotes, percent(group.quotes / Math.max(totalQuotes, 1)));
}
