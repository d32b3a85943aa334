/** The Voices section's words, shared by the popup and the copied summary. */
import type { SpeakerKind } from '../engine/types';
import { t, type MessageKey } from './i18n';
import { percent, type VoiceGroup } from './voices';

/** A kind of source, as the heading of its group ("Named people")… */
const GROUP_LABEL: Record<SpeakerKind, MessageKey> = {
  person: 'voicesPeople',
  organisation: 'voicesOrganisations',
  group: 'voicesGroups',
  anonymous: 'voicesAnonymous',
};

/** …and as one source's kind ("named person"). */
const KIND_LABEL: Record<SpeakerKind, MessageKey> = {
  person: 'voiceKindPerson',
  organisation: 'voiceKindOrganisation',
  group: 'voiceKindGroup',
  anonymous: 'voiceKindAnonymous',
};

export function voiceKindLabel(kind: SpeakerKind): string {
  return t(KIND_LABEL[kind]);
}

/** "Anonymous sources: 2 of 19 quotes (11%)". */
export function voicesReading(group: Pick<VoiceGroup, 'kind' | 'quotes'>, totalQuotes: number): string {
  return t('voicesReading', t(GROUP_LABEL[group.kind]), group.quotes, totalQuotes, percent(group.quotes / Math.max(totalQuotes, 1)));
}
