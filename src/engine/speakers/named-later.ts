/**
 * News prose often describes a source before it names them: "The mother of a woman who took diet pills has
 * described how …" and, a paragraph on, "her mother, Fiona Parry, said"; or quotes "prosecutors" before naming
 * "the Public Prosecution Service". Read in order, the description or the group is a speaker of its own; once the
 * text names the person or the body, the two are one source and the reader should see one entry.
 */
import * as LEXICON from '../lexicon/word-lists';
import { isPluralNoun } from '../lexicon/thing-nouns';
import { firstIndexWhere } from '../text/search';
import type { Token } from '../text/text-model';
import type { Quote } from '../types';
import { institutionStems, memberStem, type SpeakerState } from './speaker-registry';
import { isBodyWord } from '../text/word-classes';

const { ANONYMOUS_HEADS, PREPOSITIONS } = LEXICON;

/** How far after the description's last mention (in characters, a few paragraphs) the person must be named. */
const NAMED_WITHIN_CHARS = 1500;

/**
 * Joins each description that speaks only before the person it describes is named ("mother of a woman", then
 * "Fiona Parry" with the role "mother") into that person, and each group of members quoted before their body is
 * named into that body, rewriting the quotes' speaker ids; returns the speakers left. A head that stands for
 * anyone ("a source", "an official") or several people is no one's, and what two named people or bodies could
 * fit stays as it is.
 */
export function joinSourcesNamedLater(states: SpeakerState[], quotes: Quote[], tokens: readonly Token[]): SpeakerState[] {
  // Indexed once, so that the pass stays linear in the speakers: named people by their role's head, and every
  // mention of a named person in text order.
  const namedByRoleHead = new Map<string, SpeakerState[]>();
  const namedMentions: Array<{ start: number; state: SpeakerState }> = [];
  for (const state of states) {
    if (state.head !== null || state.speaker.kind !== 'person') continue;
    for (const mention of state.speaker.mentions) namedMentions.push({ start: mention.start, state });
    if (state.speaker.role === null) continue;
    const head = roleHead(state.speaker.role);
    const list = namedByRoleHead.get(head);
    if (list) list.push(state);
    else namedByRoleHead.set(head, [state]);
  }
  namedMentions.sort((a, b) => a.start - b.start);
  let firstUses: Map<string, number> | null = null;
  const joined = new Map<string, SpeakerState>();
  for (const described of states) {
    const head = described.head;
    if (!head || !described.human || isPluralNoun(head) || ANONYMOUS_HEADS.has(head)) continue;
    if (described.speaker.kind !== 'person' && described.speaker.kind !== 'anonymous') continue;
    const lastSeen = lastMention(described);
    const fits = (namedByRoleHead.get(head) ?? []).filter((named) => firstMention(named) > lastSeen && firstMention(named) - lastSeen <= NAMED_WITHIN_CHARS);
    // Only a person the text names after the description (one named before it is someone else, brought in
    // anew by "an architect who said …"), and the next named person quoted: with another between, the
    // description may be theirs.
    if (fits.length !== 1 || firstNaming(fits[0], (firstUses ??= firstUsesOfNames(tokens))) < lastSeen) continue;
    const [named] = fits;
    const next = namedMentions[firstIndexWhere(namedMentions.length, (k) => namedMentions[k].start > lastSeen)];
    if (next && next.state !== named) continue;
    join(described, named, joined);
  }
  joinMembersToBodyNamedLater(states, joined);
  if (joined.size === 0) return states;
  for (const quote of quotes) {
    if (quote.speakerId !== null) quote.speakerId = joined.get(quote.speakerId)?.speaker.id ?? quote.speakerId;
    if (quote.coSpeakerIds) quote.coSpeakerIds = quote.coSpeakerIds.map((id) => joined.get(id)?.speaker.id ?? id);
  }
  return states.filter((state) => !joined.has(state.speaker.id));
}

/**
 * "Prosecutors said … The Dutch Public Prosecution Service said": a group of members quoted before their body is
 * named is that body, one entry, when one body named later holds the institution their noun names (the other
 * order is read as the text goes, in speaker-registry.ts). A group already joined, or "departments", stays.
 */
function joinMembersToBodyNamedLater(states: SpeakerState[], joined: Map<string, SpeakerState>): void {
  // The bodies by the stems of their institution words, once, so that each group looks up only its own.
  const bodiesByStem = new Map<string, SpeakerState[]>();
  for (const state of states) {
    if (state.speaker.kind !== 'organisation' || state.head !== null) continue;
    for (const stem of new Set(institutionStems(state.nameWords))) {
      const list = bodiesByStem.get(stem);
      if (list) list.push(state);
      else bodiesByStem.set(stem, [state]);
    }
  }
  if (bodiesByStem.size === 0) return;
  for (const group of states) {
    if (group.speaker.kind !== 'group' || group.nameWords.length !== 1 || joined.has(group.speaker.id) || isBodyWord(group.nameWords[0])) continue;
    const stem = memberStem(group.nameWords[0]);
    const lastSeen = lastMention(group);
    const fits = (stem === null ? [] : bodiesByStem.get(stem) ?? []).filter((body) => firstMention(body) > lastSeen && firstMention(body) - lastSeen <= NAMED_WITHIN_CHARS);
    if (fits.length !== 1) continue;
    join(group, fits[0], joined);
    if (!fits[0].speaker.aliases.includes(group.speaker.name)) fits[0].speaker.aliases.push(group.speaker.name);
  }
}

/** Makes `into` the speaker of `from`'s quotes and mentions. */
function join(from: SpeakerState, into: SpeakerState, joined: Map<string, SpeakerState>): void {
  into.speaker.quoteIds = [...from.speaker.quoteIds, ...into.speaker.quoteIds];
  into.speaker.mentions = [...from.speaker.mentions, ...into.speaker.mentions].sort((a, b) => a.start - b.start);
  joined.set(from.speaker.id, into);
}

/** The noun a role is headed by: its last word before a preposition ("developer" of "Pakistan-based developer", "mother"). */
function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+/u);
  const end = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  return words[(end < 0 ? words.length : end) - 1];
}

/** Where the text first writes each capitalised word (lower case, without a possessive "'s"), built when first needed. */
function firstUsesOfNames(tokens: readonly Token[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const token of tokens) {
    if (!token.capitalised) continue;
    const word = token.lower.endsWith("'s") ? token.lower.slice(0, -2) : token.lower;
    if (!uses.has(word)) uses.set(word, token.start);
  }
  return uses;
}

/** Where the text first uses any word of a person's name. */
function firstNaming(state: SpeakerState, firstUses: Map<string, number>): number {
  let first = Number.MAX_SAFE_INTEGER;
  // An initial ("B." of "Harry B. Harris") may stand for anything.
  for (const word of state.nameWords) if (word.length >= 2) first = Math.min(first, firstUses.get(word) ?? Number.MAX_SAFE_INTEGER);
  return first;
}

function firstMention(state: SpeakerState): number {
  return state.speaker.mentions.length > 0 ? state.speaker.mentions[0].start : Number.MAX_SAFE_INTEGER;
}

function lastMention(state: SpeakerState): number {
  const { mentions } = state.speaker;
  return mentions.length > 0 ? mentions[mentions.length - 1].start : Number.MAX_SAFE_INTEGER;
}
