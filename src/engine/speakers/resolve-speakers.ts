/**
 * Speaker resolution: turns each quote's speaker mention into one speaker per
 * person or body. A full name ("US Secretary of State Antony Blinken") is split
 * into role and name; a surname ("Blinken") joins the person of that name;
 * "he"/"she"/"they" go to the most recent compatible speaker; a description
 * ("the spokesman", "the officials") to the speaker who carries that role.
 */
import type { Quote, Speaker, SpeakerKind, Span, TextSpan } from '../types';
import type { TextModel, Token } from '../text/text-model';
import { tokenIndexAt } from '../text/text-model';
import type { QuoteCandidate } from '../quotes/find-quotes';
import { isNameWord } from '../text/word-classes';
import { ANONYMOUS_HEADS, APPOSITIVE_CLAUSE_OPENERS, DEPARTMENT_WORDS, DETERMINERS, DOCUMENT_WORDS, GROUP_PRONOUNS, HONORIFICS, ISSUED_WORDS, MEDIA_WORDS, NOT_SPEAKERS, OBJECT_MARKS, ORGANISATION_WORDS, PHRASE_PREPOSITIONS, ROLE_ADJECTIVES, ROLE_NOUNS, TITLES } from '../lexicon/word-lists';
import { type Gender, PERSON_PRONOUNS } from '../lexicon/tables';
import { itemId } from '../ids';

/** How far back (in characters, about a paragraph or two) a statement's issuer may have been mentioned. */
const ISSUER_WINDOW_CHARS = 600;

interface Description {
  name: string;
  /** Lower-case words of the name, for surname and alias matching. */
  nameWords: string[];
  role: string | null;
  organisation: string | null;
  kind: SpeakerKind;
  /** The last word of a description without a name ("spokesman", "officials"), for "the spokesman". */
  head: string | null;
  definite: boolean;
  /** A person, named or not ("the spokesman"): what "he" and "she" may refer to. */
  human: boolean;
}

interface SpeakerState {
  speaker: Speaker;
  nameWords: string[];
  head: string | null;
  human: boolean;
  gender: Gender;
  lastSeen: number;
}

function joinTokens(text: string, tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].start > tokens[i - 1].end) out += ' ';
    out += text.slice(tokens[i].start, tokens[i].end);
  }
  return out;
}

function tokensIn(model: TextModel, span: Span): Token[] {
  const out: Token[] = [];
  for (let t = tokenIndexAt(model, span.start); t < model.tokens.length && model.tokens[t].start < span.end; t++) out.push(model.tokens[t]);
  return out;
}

function bare(word: Token): string {
  return word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
}

function isTitle(token: Token): boolean {
  return token.kind === 'word' && (TITLES.has(token.lower) || (ROLE_NOUNS.has(token.lower) && !token.capitalised));
}

function isAcronym(text: string, token: Token): boolean {
  const raw = text.slice(token.start, token.end);
  return raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** Nationality and origin adjectives ("Israeli", "Pakistan-based"): they describe a person, they do not name a body. */
const DESCRIPTIVE_SUFFIXES = ['ian', 'ean', 'ese', 'ish', 'ican', 'i', '-based'];

function isDescriptiveWord(word: Token): boolean {
  return ROLE_ADJECTIVES.has(word.lower) || DEPARTMENT_WORDS.has(word.lower) || DESCRIPTIVE_SUFFIXES.some((suffix) => word.lower.endsWith(suffix));
}

/**
 * Splits a speaker phrase into name, role and organisation:
 * "US Secretary of State Antony Blinken" → role "US Secretary of State", name "Antony Blinken";
 * "Andrew Watkins of the International Crisis Group" → name "Andrew Watkins", organisation "International Crisis Group".
 */
export function describePhrase(text: string, phrase: Token[]): Description | null {
  let words = phrase.filter((token) => token.kind === 'word' || token.lower === '(' || token.lower === ')');
  let definite = false;
  if (words.length > 0 && DETERMINERS.has(words[0].lower)) {
    definite = words[0].lower === 'the';
    words = words.slice(1);
  }
  if (words.length === 0) return null;
  // "… of the ORGANISATION": the part after the first preposition that is not a title's department.
  let organisation: string | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    if (!PHRASE_PREPOSITIONS.has(words[i].lower)) continue;
    if (isTitle(words[i - 1]) && DEPARTMENT_WORDS.has(words[i + 1].lower) && words[i].lower === 'of') continue;
    let rest = words.slice(i + 1);
    if (rest.length > 0 && DETERMINERS.has(rest[0].lower)) rest = rest.slice(1);
    const main = words.slice(0, i);
    if (rest.length === 0) break;
    if (main.some((word) => word.capitalised && !isTitle(word))) {
      // A name with its organisation; the name keeps its own title, if any.
      organisation = joinTokens(text, withoutAcronyms(text, rest));
      words = main;
    } else {
      // A role with its organisation ("a spokesman for the Pentagon").
      // The name is the description itself, so no role repeats it.
      const description = joinTokens(text, words);
      return { name: description, nameWords: words.map(bare), role: null, organisation: joinTokens(text, withoutAcronyms(text, rest)), ...headKind(words[i - 1]), head: words[i - 1].lower, definite };
    }
    break;
  }
  // The last title word: what precedes it (and its department) is the role, what follows the name.
  let roleEnd = -1;
  for (let i = 0; i < words.length; i++) {
    if (!isTitle(words[i])) continue;
    roleEnd = i;
    if (words[i + 1]?.lower === 'of') {
      let j = i + 2;
      while (j < words.length - 1 && DEPARTMENT_WORDS.has(words[j].lower)) j++;
      if (j > i + 2) roleEnd = j - 1;
    }
  }
  let nameTokens = words.slice(roleEnd + 1).filter((word) => !HONORIFICS.has(word.lower));
  // "US’s Blinken": a possessive before the name belongs to the organisation, not the name.
  const possessive = nameTokens.findLastIndex((word, i) => i < nameTokens.length - 1 && word.lower.endsWith("'s"));
  if (possessive >= 0) {
    organisation ??= joinTokens(text, nameTokens.slice(0, possessive + 1)).replace(/['’]s$/u, '');
    nameTokens = nameTokens.slice(possessive + 1);
  }
  let roleTokens = words.slice(0, roleEnd + 1);
  if (nameTokens.length > 0 && !nameTokens.every((word) => word.capitalised || word.lower === '(' || word.lower === ')')) {
    // "Pakistan-based developer Ammar Askar", "43-year-old Martin Taylor": a full name after lower-case words
    // that describe its bearer; the description is the role.
    let first = nameTokens.length;
    while (first > 0 && nameTokens[first - 1].capitalised && !ORGANISATION_WORDS.has(nameTokens[first - 1].lower)) first--;
    const described = first > 0 && nameTokens.length - first >= 2 && !nameTokens[first - 1].capitalised;
    if (described) {
      roleTokens = words.slice(0, words.indexOf(nameTokens[first]));
      nameTokens = nameTokens.slice(first);
    } else {
      nameTokens = [];
    }
  }
  if (nameTokens.length === 0) {
    // No name: a description ("the officials", "US officials", "Afghan media reports").
    const description = joinTokens(text, words);
    const head = words[words.length - 1];
    return { name: description, nameWords: words.map(bare), role: null, organisation, ...headKind(head), head: head.lower, definite };
  }
  const role = roleTokens.length > 0 ? joinTokens(text, roleTokens) : null;
  if (!organisation && roleTokens.length > 1) {
    // "Taliban spokesman": the capitalised words before the title name the organisation; after a possessive
    // ("the BBC's North America editor") the possessor alone does.
    let prefix = roleTokens.slice(0, roleTokens.findIndex((word) => isTitle(word)));
    const possessor = prefix.findIndex((word) => word.lower.endsWith("'s"));
    if (possessor >= 0) prefix = prefix.slice(0, possessor + 1);
    if (prefix.length > 0 && prefix.every((word) => word.capitalised) && !(prefix.length === 1 && isDescriptiveWord(prefix[0]))) organisation = joinTokens(text, prefix).replace(/['’]s$/u, '');
  }
  const name = joinTokens(text, nameTokens);
  // "the Pentagon" is a body; "the BBC's editor Jon Sopel" is a person whose role carries the article.
  // "the journal JAMA Psychiatry": a role that is a kind of body makes the name a body's.
  const bodyRole = roleTokens.length > 0 && ORGANISATION_WORDS.has(roleTokens[roleTokens.length - 1].lower);
  const kind: SpeakerKind = (definite && roleTokens.length === 0) || bodyRole || nameTokens.some((word) => ORGANISATION_WORDS.has(word.lower)) || (nameTokens.length === 1 && isAcronym(text, nameTokens[0])) ? 'organisation' : 'person';
  return { name, nameWords: nameTokens.map(bare).filter((word) => word !== '(' && word !== ')'), role, organisation, kind, head: null, definite, human: kind === 'person' };
}

/**
 * The kind of a description without a name. A person needs a proper name, so "the spokesman" is
 * anonymous (though still "he" or "she"), "the airline" an organisation, "officials" a group.
 */
function headKind(head: Token): { kind: SpeakerKind; human: boolean } {
  if (ANONYMOUS_HEADS.has(head.lower)) return { kind: head.lower.endsWith('s') ? 'group' : 'anonymous', human: false };
  if (ORGANISATION_WORDS.has(head.lower)) return { kind: 'organisation', human: false };
  if (DOCUMENT_WORDS.has(head.lower)) return { kind: 'anonymous', human: false };
  if (head.lower.endsWith('s') && head.lower.length > 3 && !head.lower.endsWith('ss')) return { kind: 'group', human: false };
  return { kind: 'anonymous', human: true };
}

/** The role and organisation an appositive gives ("the head of the UN mission", "a spokesman for the Pentagon"). */
function describeAppositive(text: string, phrase: Token[]): { role: string; organisation: string | null } | null {
  let words = phrase.filter((token) => token.kind === 'word' || token.lower === '(' || token.lower === ')');
  if (words.length > 0 && DETERMINERS.has(words[0].lower)) words = words.slice(1);
  // "…, who was then serving as …", "…, and co-author of …": a clause, not a role.
  if (words.length === 0 || /^\d/.test(words[0].lower) || APPOSITIVE_CLAUSE_OPENERS.has(words[0].lower)) return null;
  const role = joinTokens(text, words);
  const at = words.findIndex((word, i) => i > 0 && PHRASE_PREPOSITIONS.has(word.lower));
  let rest = at >= 0 ? words.slice(at + 1) : [];
  if (rest.length > 0 && DETERMINERS.has(rest[0].lower)) rest = rest.slice(1);
  // "head of the Taliban’s political office": the possessor is the organisation.
  const possessor = rest.findIndex((word) => word.lower.endsWith("'s"));
  if (possessor >= 0) rest = rest.slice(0, possessor + 1);
  const organisation = rest.length > 0 && rest[0].capitalised ? joinTokens(text, withoutAcronyms(text, rest)).replace(/['’]s$/u, '') : null;
  return { role, organisation };
}

/**
 * An organisation's name without the acronym spelled out beside it:
 * "United Nations (UN) Assistance Mission" → "United Nations Assistance Mission".
 */
function withoutAcronyms(text: string, words: Token[]): Token[] {
  return words.filter((word, i) => {
    const inParentheses = (at: number): boolean => words[at - 1]?.lower === '(' && words[at + 1]?.lower === ')' && isAcronym(text, words[at]);
    return !inParentheses(i) && !(word.lower === '(' && inParentheses(i + 1)) && !(word.lower === ')' && inParentheses(i - 1));
  });
}

/** "He" and "they" look this many distinct speakers back, no further. */
const RECENT_SPEAKERS = 12;

/** How far back (in tokens) a pronoun looks for a person named outside any attribution. */
const NAME_LOOKBACK_TOKENS = 200;

/** The last run of two or more capitalised name words before token `index` that reads as a person. */
function personNamedBefore(model: TextModel, index: number): { description: Description; span: Span } | null {
  const { tokens, text } = model;
  const floor = Math.max(0, index - NAME_LOOKBACK_TOKENS);
  for (let last = index - 1; last >= floor; last--) {
    if (!isNameWord(tokens[last])) continue;
    let first = last;
    while (first - 1 >= floor && isNameWord(tokens[first - 1]) && tokens[first - 1].sentence === tokens[last].sentence) first--;
    if (last > first) {
      const description = describePhrase(text, tokens.slice(first, last + 1));
      if (description && description.kind === 'person' && description.nameWords.length >= 2) {
        return { description, span: { start: tokens[first].start, end: tokens[last].end } };
      }
    }
    last = first;
  }
  return null;
}

function sameName(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[a.length - 1] === b[b.length - 1]) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((word) => long.includes(word));
}

const USED_LOWER = 1;
const USED_AS_NAME = 2;

/**
 * How each word is written across the text: in lower case somewhere, and capitalised where no sentence
 * starts (a name's mark). Headlines in capitals are no evidence either way.
 */
function wordUse(model: TextModel): Map<string, number> {
  const use = new Map<string, number>();
  let sentence = -1;
  for (const token of model.tokens) {
    if (token.kind !== 'word') continue;
    const opens = token.sentence !== sentence;
    sentence = token.sentence;
    const mark = !token.capitalised ? USED_LOWER : !opens && !token.allCaps ? USED_AS_NAME : 0;
    if (mark) use.set(token.lower, (use.get(token.lower) ?? 0) | mark);
  }
  return use;
}

/**
 * "Officials said", "Inequality has called …", "SEE MORE": a "name" every word of which the text
 * otherwise writes in lower case is a common noun capitalised by its position. A plural is a group
 * ("Analysts"); anything else names no speaker.
 */
function commonNounName(description: Description, phrase: Token[], use: Map<string, number>): Description | null | undefined {
  if (description.head !== null || description.role !== null || description.nameWords.length === 0) return undefined;
  // "US", "AP": an acronym is a name however the text writes the word.
  const last = description.nameWords[description.nameWords.length - 1];
  if (description.nameWords.length === 1 && phrase.some((token) => token.allCaps && token.lower === last)) return undefined;
  // "Analysts said": a role noun is one even where the text never writes it in lower case.
  const roleNoun = description.nameWords.length === 1 && ROLE_NOUNS.has(last) && !((use.get(last) ?? 0) & USED_AS_NAME);
  if (!roleNoun && !description.nameWords.every((word) => use.get(word) === USED_LOWER)) return undefined;
  if (description.nameWords.length === 1 && last.length > 3 && last.endsWith('s') && !last.endsWith('ss')) {
    return { ...description, kind: 'group', human: false, head: last };
  }
  return null;
}

/** How the text writes its capitalised names, for telling places from people (see placeLike). */
interface NameUse {
  /** Names (lower case, words joined by spaces) written whole right after "in" or "in the" ("in Lagos", "in the Netherlands"), and how often. */
  afterIn: Map<string, number>;
  /** How often each name of at most PLACE_WORDS words is written whole. */
  written: Map<string, number>;
  /** Words that end a name of two or more words ("Ana Ruiz"): a surname's mark. */
  ending: Set<string>;
  /** Words written alone as a name ("Ruiz said"): how a surname is used. */
  alone: Set<string>;
  /** Single-word names the text treats as a thing, not a person: "Zapply, which …", "Zapply said its drivers …". */
  thing: Set<string>;
}

/** Names past this many words are not looked up (and are not places of the kind placeLike tells). */
const PLACE_WORDS = 3;

/** A place's name is written after "in" at least once in this many times it is written. */
const PLACE_RATIO = 4;

function nameUse(model: TextModel): NameUse {
  const { tokens } = model;
  const use: NameUse = { afterIn: new Map(), written: new Map(), ending: new Set(), alone: new Set(), thing: new Set() };
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const first = i;
    while (i < tokens.length && isNameWord(tokens[i])) i++;
    const last = i - 1;
    if (last > first) use.ending.add(tokens[last].lower);
    else {
      use.alone.add(tokens[first].lower);
      const object = first > 0 && OBJECT_MARKS.has(tokens[first - 1].lower);
      if (!object && refersAsThing(tokens, first + 1)) use.thing.add(tokens[first].lower);
    }
    if (last - first >= PLACE_WORDS) continue;
    let name = tokens[first].lower;
    for (let k = first + 1; k <= last; k++) name += ` ${tokens[k].lower}`;
    use.written.set(name, (use.written.get(name) ?? 0) + 1);
    let before = first - 1;
    if (before >= 0 && tokens[before].lower === 'the') before--;
    if (before >= 0 && tokens[before].kind === 'word' && tokens[before].lower === 'in' && !tokens[last].lower.endsWith("'s")) {
      use.afterIn.set(name, (use.afterIn.get(name) ?? 0) + 1);
    }
  }
  return use;
}

/**
 * Whether the tokens from `at` (right after a one-word name that is no preposition's object) treat it as a
 * thing: ", which" or "VERB (that) its".
 */
function refersAsThing(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return false;
  if (next.kind !== 'word') return next.lower === ',' && tokens[at + 1]?.lower === 'which';
  if (next.capitalised || OBJECT_MARKS.has(next.lower)) return false;
  let i = at + 1;
  if (tokens[i]?.lower === 'that') i++;
  return tokens[i]?.lower === 'its';
}

/**
 * "China said", "South Africa has argued": a name the text often writes whole after "in", with no sign of a
 * person's name (one word never written after a given name; several words whose last is never written alone,
 * as surnames are), is a place's, and what it says is a government's or a body's.
 */
function placeLike(description: Description, use: NameUse): boolean {
  const words = description.nameWords;
  if (description.kind !== 'person' || description.role !== null || description.head !== null) return false;
  if (words.length === 0 || words.length > PLACE_WORDS) return false;
  const name = words.join(' ');
  // A place is written after "in" often; a person now and then ("faith in Ruiz").
  const inside = use.afterIn.get(name) ?? 0;
  // "Zapply said its drivers …": a one-word name with no given name, written of as a thing, is a company's or a body's.
  if (words.length === 1 && use.thing.has(name) && !use.ending.has(name)) return true;
  if (inside === 0 || inside * PLACE_RATIO < (use.written.get(name) ?? 0)) return false;
  const last = words[words.length - 1];
  return words.length === 1 ? !use.ending.has(last) : !use.alone.has(last);
}

/** Resolves speaker mentions into speakers and builds the public quotes. */
export function resolveSpeakers(model: TextModel, candidates: QuoteCandidate[]): { quotes: Quote[]; speakers: Speaker[] } {
  const { text } = model;
  const use = wordUse(model);
  const names = nameUse(model);
  const states: SpeakerState[] = [];
  const quotes: Quote[] = [];
  let previousSpeaker: SpeakerState | null = null;

  const textSpan = (span: Span): TextSpan => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });

  // Indexes keep resolution linear: speakers by the words of their names and roles, by exact name, and the few seen last.
  const byWord = new Map<string, SpeakerState[]>();
  const byName = new Map<string, SpeakerState>();
  const recent: SpeakerState[] = [];
  const seenMentions = new Set<string>();

  const index = (state: SpeakerState, words: Iterable<string>): void => {
    for (const word of words) {
      if (DETERMINERS.has(word) || PHRASE_PREPOSITIONS.has(word)) continue;
      const list = byWord.get(word);
      if (!list) byWord.set(word, [state]);
      else if (!list.includes(state)) list.push(state);
    }
  };

  const addMention = (state: SpeakerState, span: Span): void => {
    const key = `${state.speaker.id}:${span.start}:${span.end}`;
    if (!seenMentions.has(key)) {
      seenMentions.add(key);
      state.speaker.mentions.push(textSpan(span));
    }
    state.lastSeen = span.start;
    const at = recent.indexOf(state);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(state);
    if (recent.length > RECENT_SPEAKERS) recent.pop();
  };

  const mostRecent = (pool: Iterable<SpeakerState>, accept: (state: SpeakerState) => boolean, before: number): SpeakerState | null => {
    let best: SpeakerState | null = null;
    for (const state of pool) if (state.lastSeen < before && accept(state) && (!best || state.lastSeen > best.lastSeen)) best = state;
    return best;
  };

  const statesSharing = (words: string[]): SpeakerState[] => words.flatMap((word) => byWord.get(word) ?? []);

  const create = (description: Description, span: Span): SpeakerState => {
    const speaker: Speaker = {
      id: itemId('speaker', states.length),
      name: description.name,
      aliases: [],
      role: description.role,
      organisation: description.organisation,
      kind: description.kind,
      mentions: [],
      quoteIds: [],
    };
    const state: SpeakerState = { speaker, nameWords: description.nameWords, head: description.head, human: description.human, gender: null, lastSeen: span.start };
    states.push(state);
    byName.set(description.name, state);
    index(state, description.nameWords);
    if (description.head) index(state, [description.head]);
    if (description.role) index(state, description.role.toLowerCase().split(/\s+/u));
    return state;
  };

  const resolveNamed = (description: Description, span: Span): SpeakerState | null => {
    if (description.head) {
      if (DOCUMENT_WORDS.has(description.head) && !description.nameWords.some((word) => MEDIA_WORDS.has(word))) {
        // "a report by the Tax Policy Center said": the words of the body that issued it.
        const organisation = description.organisation;
        if (organisation) {
          return resolveNamed({ name: organisation, nameWords: organisation.toLowerCase().split(/\s+/u), role: null, organisation: null, kind: 'organisation', head: null, definite: true, human: false }, span);
        }
        // "the statement read": the words of whoever last spoke, the body or person that issued it.
        // Only a body or a named person issues statements; an anonymous insider does not.
        // …and only one mentioned close by: further back, the statement is as likely someone else's.
        const issuer = description.definite && ISSUED_WORDS.has(description.head) ? mostRecent(recent, (state) => (state.speaker.kind === 'organisation' || state.speaker.kind === 'person') && span.start - state.lastSeen <= ISSUER_WINDOW_CHARS, span.start) : null;
        return issuer;
      }
      // A description: "the spokesman" is the speaker whose role ends in "spokesman".
      const head = description.head;
      const match = description.definite
        ? mostRecent(byWord.get(head) ?? [], () => true, span.start)
        : byName.get(description.name) ?? null;
      if (match) return match;
      return create(description, span);
    }
    const match = mostRecent(statesSharing(description.nameWords), (state) => state.head === null && state.speaker.kind === description.kind && sameName(state.nameWords, description.nameWords), span.start + 1);
    if (!match) return create(description, span);
    const speaker = match.speaker;
    if (description.nameWords.length > match.nameWords.length) {
      if (!speaker.aliases.includes(speaker.name)) speaker.aliases.push(speaker.name);
      speaker.name = description.name;
      match.nameWords = description.nameWords;
      index(match, description.nameWords);
    } else if (description.name !== speaker.name && !speaker.aliases.includes(description.name)) {
      speaker.aliases.push(description.name);
    }
    if (!speaker.role && description.role) {
      speaker.role = description.role;
      index(match, description.role.toLowerCase().split(/\s+/u));
    }
    speaker.organisation ??= description.organisation;
    return match;
  };

  /** A one-word label before a colon names a speaker only when that speaker has been seen already. */
  const labelsKnownSpeaker = (mention: Span): boolean => {
    const description = describePhrase(text, tokensIn(model, mention));
    return description !== null && mostRecent(statesSharing(description.nameWords), (state) => sameName(state.nameWords, description.nameWords), mention.start) !== null;
  };

  for (const candidate of candidates) {
    let state: SpeakerState | null = null;
    const mention = candidate.mention;
    if (candidate.label && mention && !labelsKnownSpeaker(mention)) continue;
    if (candidate.continuation) {
      state = previousSpeaker;
    } else if (mention) {
      // A relative pronoun ("…, who said") is resolved through the phrase it stands for.
      const named = candidate.antecedent ?? mention;
      const phrase = tokensIn(model, named);
      const first = phrase[0];
      if (phrase.length === 1 && PERSON_PRONOUNS.has(first.lower)) {
        const gender = PERSON_PRONOUNS.get(first.lower) ?? null;
        state = mostRecent(recent, (s) => s.human && (s.gender === null || s.gender === gender), mention.start);
        if (!state) {
          // "Ana Ruiz runs the clinic. … she said": the person may have been named without speaking yet.
          const earlier = personNamedBefore(model, tokenIndexAt(model, mention.start));
          if (earlier) state = resolveNamed(earlier.description, earlier.span);
        }
        if (state && state.gender === null) state.gender = gender;
      } else if (phrase.length === 1 && GROUP_PRONOUNS.has(first.lower)) {
        state = mostRecent(recent, (s) => !s.human, mention.start);
      } else if (phrase.length > 0 && !(phrase.length === 1 && (first.lower === 'i' || first.lower === 'we' || first.lower === 'you' || NOT_SPEAKERS.has(first.lower)))) {
        let description = describePhrase(text, phrase);
        if (description) {
          const common = commonNounName(description, phrase, use);
          if (common !== undefined) description = common;
          else if (placeLike(description, names)) description = { ...description, kind: 'organisation', human: false };
        }
        if (description) state = resolveNamed(description, named);
      }
      if (state && candidate.appositive) {
        const apposition = describeAppositive(text, tokensIn(model, candidate.appositive));
        if (apposition && !state.speaker.role) {
          state.speaker.role = apposition.role;
          index(state, apposition.role.toLowerCase().split(/\s+/u));
        }
        if (apposition) state.speaker.organisation ??= apposition.organisation;
      }
      if (state) addMention(state, named);
    }
    const id = itemId('quote', quotes.length);
    // One literal, fragments set after (no conditional spread): pages of bare quotation marks make many quotes.
    const quote: Quote = {
      id,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      kind: candidate.kind,
      cue: candidate.cue ? textSpan(candidate.cue) : null,
      speakerMention: mention ? textSpan(mention) : null,
      speakerId: state ? state.speaker.id : null,
      confidence: state || candidate.confidence < 0.5 ? candidate.confidence : Math.min(candidate.confidence, 0.55),
    };
    if (candidate.fragments) quote.fragments = candidate.fragments;
    if (state) state.speaker.quoteIds.push(id);
    if (state) previousSpeaker = state;
    quotes.push(quote);
  }
  for (const state of states) state.speaker.mentions.sort((a, b) => a.start - b.start);
  return { quotes, speakers: states.map((state) => state.speaker) };
}
