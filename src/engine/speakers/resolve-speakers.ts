/**
 * Speaker resolution: turns each quote's speaker mention into one speaker per
 * person or body. A full name ("US Secretary of State Antony Blinken") is split
 * into role and name; a surname ("Blinken") joins the person of that name;
 * "he"/"she"/"they" go to the most recent compatible speaker; a description
 * ("the spokesman", "the officials") to the speaker who carries that role.
 *
 * The parts: describe-phrase.ts reads a phrase, name-use.ts how the text writes its names,
 * speaker-registry.ts keeps the speakers found, public-quote.ts builds the public quotes.
 */
import * as LEXICON from '../lexicon/word-lists';
import { PERSON_PRONOUNS } from '../lexicon/tables';
import { itemId } from '../ids';
import type { QuoteCandidate } from '../quotes/find-quotes';
import { tokenIndexAt, type TextModel } from '../text/text-model';
import { withoutContraction } from '../text/word-classes';
import type { Quote, Speaker } from '../types';
import { describeAppositive, describePhrase } from './describe-phrase';
import { commonNounName, nameUse, placeLike, wordUse, type NameUse } from './name-use';
import { publicQuote } from './public-quote';
import { SpeakerRegistry, type SpeakerState } from './speaker-registry';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { GROUP_PRONOUNS, NOT_SPEAKERS } = LEXICON;

/** Resolves speaker mentions into speakers and builds the public quotes. */
export function resolveSpeakers(model: TextModel, candidates: QuoteCandidate[]): { quotes: Quote[]; speakers: Speaker[] } {
  const use = wordUse(model);
  const names = nameUse(model);
  const registry = new SpeakerRegistry(model, names, quotedTokens(model, candidates));
  const quotes: Quote[] = [];
  let previousSpeaker: SpeakerState | null = null;
  for (const candidate of candidates) {
    const mention = candidate.mention;
    if (candidate.label && mention && !registry.labelsKnownSpeaker(mention)) continue;
    const state: SpeakerState | null = candidate.continuation ? previousSpeaker : mention ? speakerOf(candidate, registry, model, use, names) : null;
    const id = itemId('quote', quotes.length);
    quotes.push(publicQuote(id, candidate, state ? state.speaker.id : null, model.text));
    if (state) {
      state.speaker.quoteIds.push(id);
      previousSpeaker = state;
    }
  }
  for (const state of registry.states) state.speaker.mentions.sort((a, b) => a.start - b.start);
  return { quotes, speakers: registry.states.map((state) => state.speaker) };
}

/** 1 for each token inside a direct quotation: the words of a speaker, whose names are not the speaker's. */
function quotedTokens(model: TextModel, candidates: QuoteCandidate[]): Uint8Array {
  const quoted = new Uint8Array(model.tokens.length);
  for (const candidate of candidates) {
    if (candidate.kind !== 'direct') continue;
    for (let t = tokenIndexAt(model, candidate.start); t < model.tokens.length && model.tokens[t].start < candidate.end && quoted[t] === 0; t++) quoted[t] = 1;
  }
  return quoted;
}

/** The speaker a candidate's mention (it has one) names, found or added in the registry; null when it names none. */
function speakerOf(candidate: QuoteCandidate, registry: SpeakerRegistry, model: TextModel, use: Map<string, number>, names: NameUse): SpeakerState | null {
  const { text } = model;
  const mention = candidate.mention!;
  // A relative pronoun ("…, who said") is resolved through the phrase it stands for.
  const named = candidate.antecedent ?? mention;
  const phrase = registry.tokensIn(named);
  const first = phrase[0];
  // "he'd said", "she's said": a pronoun with its auxiliary contracted onto it; "many of them said": a part of
  // the group "them" names.
  const partOf = phrase.length >= 3 && phrase[phrase.length - 2].lower === 'of';
  const word = phrase.length === 1 ? withoutContraction(first.lower) : partOf && phrase[phrase.length - 1].lower === 'them' ? 'they' : '';
  let state: SpeakerState | null = null;
  if (PERSON_PRONOUNS.has(word)) {
    const gender = PERSON_PRONOUNS.get(word) ?? null;
    state = registry.mostRecent(registry.recent, (s) => s.human && (s.gender === null || s.gender === gender), mention.start);
    if (!state) {
      // "Ana Ruiz runs the clinic. … she said": the person may have been named without speaking yet.
      const earlier = registry.personNamedBefore(tokenIndexAt(model, mention.start), gender);
      if (earlier) state = registry.resolveNamed(earlier.description, earlier.span);
    }
    if (state && state.gender === null) state.gender = gender;
  } else if (GROUP_PRONOUNS.has(word)) {
    state = registry.mostRecent(registry.recent, (s) => !s.human, mention.start);
  } else if (phrase.length > 0 && !(phrase.length === 1 && (first.lower === 'i' || first.lower === 'we' || first.lower === 'you' || NOT_SPEAKERS.has(first.lower)))) {
    let description = describePhrase(text, phrase);
    if (description) {
      const common = commonNounName(description, phrase, use);
      if (common !== undefined) description = common;
      else if (placeLike(description, names)) description = { ...description, kind: 'organisation', human: false };
    }
    if (description) state = registry.resolveNamed(description, named);
  }
  if (state && candidate.appositive) {
    const apposition = describeAppositive(text, registry.tokensIn(candidate.appositive));
    if (apposition && !state.speaker.role) {
      state.speaker.role = apposition.role;
      registry.index(state, apposition.role.toLowerCase().split(/\s+/u));
    }
    if (apposition) state.speaker.organisation ??= apposition.organisation;
  }
  if (state) registry.addMention(state, named);
  return state;
}
