/**
 * Who gets the voice in an article: for each quoted source, how many of the
 * listed quotes are theirs and what share of all quoted words (direct and
 * reported), with the sources grouped by kind. Pure; built with the rest of
 * the reader's view (article-view.ts), where the article text is at hand
 * (the words for it are in voices-reading.ts, out of the worker's bundle).
 *
 * The engine tells people, organisations, groups and anonymous sources apart
 * by their names. A source the article names ("US officials") but quotes "on
 * the condition of anonymity" is, for the reader, anonymous: that is read
 * here from the words around where the article names it.
 */
import type { Analysis, SpeakerKind } from '../engine/types';

export interface Voice {
  speakerId: string;
  name: string;
  kind: SpeakerKind;
  quotes: number;
  words: number;
  /** The source's share of all listed quotes' words, 0…1. */
  wordShare: number;
}

export interface VoiceGroup {
  kind: SpeakerKind;
  quotes: number;
  /** Most quoted first. */
  voices: Voice[];
}

export interface Voices {
  /** Every listed quote, the unattributed ones included. */
  quotes: number;
  words: number;
  /** Named people, organisations, groups, anonymous sources: in that order, the empty ones left out. */
  groups: VoiceGroup[];
}

const GROUP_ORDER: SpeakerKind[] = ['person', 'organisation', 'group', 'anonymous'];

/** How English news writing grants a source anonymity. */
const ANONYMITY =
  /\b(?:on (?:the )?condition (?:of anonymity|(?:that )?(?:they|he|she) (?:not be|were not|was not) (?:named|identified))|(?:speaking|spoke|speak) anonymously|(?:requested|granted|demanded) anonymity|(?:asked|requested|wished|wanted) not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|(?:is|was|are|were) not authori[sz]ed to speak)\b/i;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The listed quotes (see `ArticleView.quotes`): only who said them and what. */
export type ListedQuote = { speakerIds: readonly string[]; text: string };

export function buildVoices(analysis: Pick<Analysis, 'text' | 'speakers'>, quotes: readonly ListedQuote[]): Voices {
  const tally = new Map<string, { quotes: number; words: number }>();
  let totalWords = 0;
  for (const quote of quotes) {
    const words = countWords(quote.text);
    totalWords += words;
    // A quote several say together ("Egypt and Jordan said") is each one's voice.
    for (const id of quote.speakerIds) {
      const counts = tally.get(id) ?? { quotes: 0, words: 0 };
      counts.quotes += 1;
      counts.words += words;
      tally.set(id, counts);
    }
  }

  const grantedAnonymity = sourcesGrantedAnonymity(analysis, new Set(tally.keys()));
  const voices: Voice[] = analysis.speakers
    .filter((speaker) => tally.has(speaker.id))
    .map((speaker) => {
      const counts = tally.get(speaker.id)!;
      return {
        speakerId: speaker.id,
        name: speaker.name,
        kind: grantedAnonymity.has(speaker.id) ? 'anonymous' : speaker.kind,
        quotes: counts.quotes,
        words: counts.words,
        wordShare: totalWords > 0 ? counts.words / totalWords : 0,
      };
    })
    .sort((a, b) => b.quotes - a.quotes || b.words - a.words);

  const groups = GROUP_ORDER.map((kind) => {
    const members = voices.filter((voice) => voice.kind === kind);
    return { kind, quotes: members.reduce((sum, voice) => sum + voice.quotes, 0), voices: members };
  }).filter((group) => group.voices.length > 0);

  return { quotes: quotes.length, words: totalWords, groups };
}

/** A share (0…1) as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

/**
 * The quoted sources the article grants anonymity where it names them: in the
 * same sentence, and before another source is named ("…, the officials told
 * NBC on the condition of anonymity", "Speaking anonymously, a diplomat
 * said…"). One pass over the mentions: long articles have thousands.
 */
function sourcesGrantedAnonymity(analysis: Pick<Analysis, 'text' | 'speakers'>, quoted: ReadonlySet<string>): Set<string> {
  const { text } = analysis;
  const ends = sentenceEnds(text);
  const mentions = analysis.speakers
    .flatMap((speaker) => speaker.mentions.map((mention) => ({ start: mention.start, end: mention.end, speakerId: speaker.id })))
    .sort((a, b) => a.start - b.start);
  const anonymous = new Set<string>();
  mentions.forEach((mention, index) => {
    if (!quoted.has(mention.speakerId) || anonymous.has(mention.speakerId)) return;
    const sentenceEnd = ends[firstAtOrAfter(ends, mention.end)] ?? text.length;
    const sentenceStart = ends[firstAtOrAfter(ends, mention.start + 1) - 1] ?? 0;
    const previous = mentions[index - 1];
    const next = mentions[index + 1];
    const from = Math.max(sentenceStart, previous ? Math.min(previous.end, mention.start) : 0);
    const to = Math.min(sentenceEnd, next ? Math.max(next.start, mention.end) : text.length);
    if (ANONYMITY.test(text.slice(from, to))) anonymous.add(mention.speakerId);
  });
  return anonymous;
}

/** Where each sentence (or line) ends: just after its closing mark, ascending. */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(/[.!?]["”’)]?(?=\s|$)|\n/g)].map((match) => match.index + match[0].length);
}

/** The index of the first value ≥ `position` in ascending `values` (values.length when none is). */
function firstAtOrAfter(values: number[], position: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
