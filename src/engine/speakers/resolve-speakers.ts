/**
 * Speaker resolution: turns each quote's speaker mention into one speaker per
 * person or body. A full name ("US Secretary of State Antony Blinken") is split
 * into role and name; a surname ("Blinken") joins the person of that name;
 * "he"/"she" go to a person just introduced as a sentence's subject or else the
 * most recent compatible speaker, "they" to the most recent body or group; a
 * description ("the spokesman", "the officials") to the speaker who carries that
 * role; a subject of several ("Egypt and Jordan", "both men") to each of them.
 *
 * The parts: describe-phrase.ts reads a phrase, name-use.ts how the text writes its names,
 * joint-speakers.ts the subjects of several, speaker-registry.ts keeps the speakers found,
 * named-later.ts joins a source described (or its members quoted) before it is named, public-quote.ts builds the public quotes.
 */
import * as LEXICON from '../lexicon/word-lists';
import { isGivenName } from '../lexicon/first-names';
import { PERSON_PRONOUNS } from '../lexicon/tables';
import { isPluralNoun } from '../lexicon/thing-nouns';
import { itemId } from '../ids';
import type { QuoteCandidate } from '../quotes/find-quotes';
import { tokenIndexAt, type TextModel, type Token } from '../text/text-model';
import { isBodyWord, isPunct, isRoleWord, withoutContraction } from '../text/word-classes';
import { conjunctsOf } from '../quotes/subjects';
import type { Quote, Span, Speaker } from '../types';
import { describeAppositive, describePhrase, type Description } from './describe-phrase';
import { pairOf, severalSpeakers } from './joint-speakers';
import { commonNounName, nameUse, placeLike, wordUse, type NameUse } from './name-use';
import { joinSourcesNamedLater } from './named-later';
import { publicQuote } from './public-quote';
import { QUOTED, REPORTED, SpeakerRegistry, type SpeakerState } from './speaker-registry';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { ATTITUDE_CUES, COORDINATORS, GROUP_PRONOUNS, HONORIFICS, NOT_SPEAKERS, QUANTITY_HEADS, SPEECH_VERBS } = LEXICON;

/** Resolves speaker mentions into speakers and builds the public quotes. */
export function resolveSpeakers(model: TextModel, candidates: QuoteCandidate[]): { quotes: Quote[]; speakers: Speaker[] } {
  const use = wordUse(model);
  const names = nameUse(model);
  const registry = new SpeakerRegistry(model, names, quotedTokens(model, candidates));
  const quotes: Quote[] = [];
  let previousSpeakers: SpeakerState[] | null = null;
  for (const candidate of candidates) {
    const mention = candidate.mention;
    if (candidate.label && mention && !registry.labelsKnownSpeaker(mention)) continue;
    const resolved: Resolved = candidate.continuation ? { states: previousSpeakers ?? [], mention } : mention ? speakersOf(candidate, registry, model, use, names) : { states: [], mention };
    const states = resolved.states;
    const id = itemId('quote', quotes.length);
    quotes.push(publicQuote(id, { ...candidate, mention: resolved.mention }, states.map((state) => state.speaker.id), model.text));
    for (const state of states) state.speaker.quoteIds.push(id);
    if (states.length > 0) previousSpeakers = states;
  }
  for (const state of registry.states) state.speaker.mentions.sort((a, b) => a.start - b.start);
  return { quotes, speakers: joinSourcesNamedLater(registry.states, quotes, model.tokens).map((state) => state.speaker) };
}

/**
 * For each token, whether it lies in words someone is said to have said: QUOTED inside a direct quotation
 * (the names there are the speaker's words, not the speaker), REPORTED inside reported speech, 0 elsewhere.
 * Each pass stops at a token already marked, so that overlapping quotes keep it linear.
 */
function quotedTokens(model: TextModel, candidates: QuoteCandidate[]): Uint8Array {
  const quoted = new Uint8Array(model.tokens.length);
  for (const [kind, mark] of [[true, QUOTED], [false, REPORTED]] as const) {
    for (const candidate of candidates) {
      if ((candidate.kind === 'direct') !== kind) continue;
      for (let t = tokenIndexAt(model, candidate.start); t < model.tokens.length && model.tokens[t].start < candidate.end && quoted[t] === 0; t++) quoted[t] = mark;
    }
  }
  return quoted;
}

/** Who says a quote, and where the text names them for it. */
interface Resolved {
  states: SpeakerState[];
  mention: Span | null;
}

/**
 * The speakers a candidate's mention (it has one) names, found or added in the registry, with where the
 * text names them: one, or one per name of a coordinated subject ("Egypt and Jordan criticised …"), in
 * text order; none when the mention names no one.
 */
function speakersOf(candidate: QuoteCandidate, registry: SpeakerRegistry, model: TextModel, use: Map<string, number>, names: NameUse): Resolved {
  const { tokens, sentences } = model;
  // A relative pronoun ("…, who said") is resolved through the phrase it stands for.
  const named = candidate.antecedent ?? candidate.mention!;
  const first = tokenIndexAt(model, named.start);
  const sentence = sentences[tokens[first].sentence];
  const last = tokenIndexAt(model, named.end - 1);
  const pair = pairOf(tokens, first, last);
  const both = pair ? registry.twoNamedBefore(first, pair.gender) : null;
  if (both) {
    for (const state of both) registry.addMention(state, named);
    return { states: both, mention: candidate.mention };
  }
  const conjuncts = candidate.antecedent ? [] : conjunctsOf(tokens, { first, last }, sentence.firstToken, sentence.endToken);
  if (conjuncts.length === 0) {
    const state = speakerOf(candidate, named, registry, model, use, names);
    return { states: state ? [state] : [], mention: candidate.mention };
  }
  const phrases = [...conjuncts, { first, last }].sort((a, b) => a.first - b.first);
  const whole = { start: tokens[phrases[0].first].start, end: tokens[phrases[phrases.length - 1].last].end };
  if (!severalSpeakers(tokens, phrases[phrases.length - 2], phrases[phrases.length - 1], names)) {
    // "Businesses and residents say", "the Food and Drug Administration said": one source, named by the whole subject.
    const state = speakerOf(candidate, whole, registry, model, use, names);
    return { states: state ? [state] : [], mention: whole };
  }
  // An appositive after the subject ("X and Y, the two candidates, said") describes them all, so no one of them.
  const unqualified = { ...candidate, appositive: null };
  const states: SpeakerState[] = [];
  for (const phrase of phrases) {
    const state = speakerOf(unqualified, { start: tokens[phrase.first].start, end: tokens[phrase.last].end }, registry, model, use, names);
    if (state && !states.includes(state)) states.push(state);
  }
  return { states, mention: whole };
}

/** The speaker `named` (the candidate's mention or what it stands for) names, found or added in the registry; null when it names none. */
function speakerOf(candidate: QuoteCandidate, mentioned: Span, registry: SpeakerRegistry, model: TextModel, use: Map<string, number>, names: NameUse): SpeakerState | null {
  const { text } = model;
  const mention = candidate.mention!;
  let named = mentioned;
  let phrase = registry.tokensIn(named);
  // "Half of respondents said": a part speaks as the group it is of; "the number who said" counts speakers and is none.
  const part = phrase.findIndex((token, k) => token.lower === 'of' && k > 0 && QUANTITY_HEADS.has(phrase[k - 1].lower));
  if (part >= 0 && part < phrase.length - 1) {
    phrase = phrase.slice(part + 1);
    named = { start: phrase[0].start, end: named.end };
  } else if (phrase.length > 0 && QUANTITY_HEADS.has(phrase[phrase.length - 1].lower)) {
    return null;
  }
  const first = phrase[0];
  // "he'd said", "she's said": a pronoun with its auxiliary contracted onto it; "many of them said": a part of
  // the group "them" names.
  const partOf = phrase.length >= 3 && phrase[phrase.length - 2].lower === 'of';
  const word = phrase.length === 1 ? withoutContraction(first.lower) : partOf && phrase[phrase.length - 1].lower === 'them' ? 'they' : '';
  let state: SpeakerState | null = null;
  if (PERSON_PRONOUNS.has(word)) {
    const gender = PERSON_PRONOUNS.get(word) ?? null;
    state = registry.mostRecent(registry.recent, (s) => s.human && (s.gender === null || s.gender === gender), mention.start);
    // "Ana Ruiz said … Lena Okafor, a nurse, lives near the site. “I can't sleep,” she said": someone named as a
    // sentence's subject since the last speaker was mentioned is the one the pronoun most likely means.
    const introduced = registry.personIntroducedSince(state ? state.lastSeen : -1, tokenIndexAt(model, mention.start), gender);
    if (introduced) state = introduced;
    if (!state) {
      // "Ana Ruiz runs the clinic. … she said": the person may have been named without speaking yet.
      const earlier = registry.personNamedBefore(tokenIndexAt(model, mention.start), gender);
      if (earlier) state = registry.resolveNamed(earlier.description, earlier.span);
    }
    if (state && state.gender === null) state.gender = gender;
  } else if (GROUP_PRONOUNS.has(word)) {
    // "Whole Foods was selling cheaper eggs, prices it said were …": "it" is the body named just before.
    state = (word === 'it' ? registry.bodyNamedBefore(mention) : null) ?? registry.mostRecent(registry.recent, (s) => !s.human, mention.start);
  } else if (phrase.length === 1 && !first.capitalised && isRoleWord(first) && !isPluralNoun(first.lower) && !isBodyWord(first.lower)) {
    // "…, engineer says": a role with no article is a headline's shorthand (a promo's, a related story's) for
    // someone the story names; prose writes "an engineer said".
    return null;
  } else if (phrase.length > 0 && !(phrase.length === 1 && (first.lower === 'i' || first.lower === 'we' || first.lower === 'you' || NOT_SPEAKERS.has(first.lower)))) {
    let description = describePhrase(text, phrase);
    if (description) {
      const common = commonNounName(description, phrase, use);
      if (common !== undefined) description = common;
      else if (placeLike(description, names)) description = { ...description, kind: 'organisation', human: false };
      else if (pluralSubjectOfCue(description, phrase, candidate, model)) description = { ...description, kind: 'group', human: false };
      else description = possessiveFormName(description, names);
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

/**
 * "Ngātiwai believe …", "Hamas say …": a one-word name the lexicons do not know as a given name, right before
 * a cue in its plural present form, is a people or a group, not a person (a person "believes", "says").
 */
function pluralSubjectOfCue(description: Description, phrase: Token[], candidate: QuoteCandidate, model: TextModel): boolean {
  if (description.kind !== 'person' || description.role !== null || description.nameWords.length !== 1 || isGivenName(description.nameWords[0])) return false;
  // "Mr. Leahy", and the last of "Grassley and Leahy say", whose verb is the whole subject's.
  const before = model.tokens[tokenIndexAt(model, phrase[0].start) - 1];
  if (HONORIFICS.has(phrase[0].lower) || (before && (COORDINATORS.has(before.lower) || isPunct(before, ',')))) return false;
  const next = model.tokens[tokenIndexAt(model, phrase[phrase.length - 1].start) + 1];
  return next !== undefined && next.start === candidate.cue?.start && isPluralPresent(next.lower);
}

/** Whether a cue word is a verb's plural present ("say", "believe", "argue"): the lexicon spells its "-s" form too. */
function isPluralPresent(word: string): boolean {
  const cues = (form: string) => SPEECH_VERBS.has(form) || ATTITUDE_CUES.has(form);
  return cues(word) && (cues(`${word}s`) || cues(`${word}es`) || (word.endsWith('y') && cues(`${word.slice(0, -1)}ies`)));
}

/**
 * "Moody's said", "McDonald's said": a one-word name written in the possessive form, which the text never writes
 * bare, is a firm's name; "Trump's said" after "Donald Trump" is "Trump has said".
 */
function possessiveFormName(description: Description, names: NameUse): Description {
  if (description.kind !== 'person' || description.role !== null || description.nameWords.length !== 1 || !/['’]s$/u.test(description.name)) return description;
  const bare = description.nameWords[0];
  if (names.written.has(bare) || names.ending.has(bare)) return { ...description, name: description.name.slice(0, -2) };
  return { ...description, kind: 'organisation', human: false };
}
