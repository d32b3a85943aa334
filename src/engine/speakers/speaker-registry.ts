/**
 * The speakers found so far and the indexes that keep resolution linear: speakers by the words of
 * their names and roles, by exact name, and the few seen last (what "he" and "they" may refer to).
 */
import * as LEXICON from '../lexicon/word-lists';
import { genderOfName, isGivenName } from '../lexicon/first-names';
import { isPluralNoun, isThingNoun } from '../lexicon/thing-nouns';
import type { Gender } from '../lexicon/tables';
import { itemId } from '../ids';
import { isAbbreviationDot, tokenIndexAt, type TextModel, type Token } from '../text/text-model';
import { isDigitCode } from '../text/characters';
import { firstIndexWhere } from '../text/search';
import { isBodyWord, isNameWord, isPunct, isSentenceEndPunct, isWord } from '../text/word-classes';
import type { Span, Speaker, TextSpan } from '../types';
import { describePhrase, withoutPossessive, type Description } from './describe-phrase';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../quotes/phrases';
import { documentAuthor } from '../quotes/subjects';
import { addRun, placeLike, type NameUse } from './name-use';
import { isPlaceName } from '../lexicon/place-names';
import { titledBefore, titledNames, type TitledNames } from './titled-names';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { ANONYMOUS_HEADS, AUTHORED_DOCUMENTS, AUTHOR_HEADS, DETERMINERS, MONTH_NAMES, ORGANISATION_WORDS, PLACE_NOUNS, RECORD_NOUNS, SPOKESPERSON_HEADS, STATE_BODIES, WEEKDAYS, TITLE_CASE_SMALL_WORDS, DOCUMENT_WORDS, HONORIFICS, INDEFINITE_ARTICLES, ISSUED_WORDS, MEDIA_WORDS, PHRASE_PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS, TITLES } = LEXICON;

/** Marks of quotedTokens(): a token inside a direct quotation, or inside reported speech. */
export const QUOTED = 1;
export const REPORTED = 2;

/** How many sentences back a pronoun looks for a person introduced as a sentence's subject. */
const INTRODUCTION_SENTENCES = 3;

/** "He" and "they" look this many distinct speakers back, no further. */
const RECENT_SPEAKERS = 12;

/** How far back (in characters, about a paragraph or two) a statement's issuer may have been mentioned. */
const ISSUER_WINDOW_CHARS = 600;

/** A paragraph of at most this many tokens that ends without a sentence's end is a label (a credit, a caption). */
const LABEL_MAX_TOKENS = 20;

/** How far back (in tokens) a pronoun looks for a person named outside any attribution. */
const NAME_LOOKBACK_TOKENS = 200;

/** How far back "X issued a statement" may be for "the statement continued" to be X's. */
const ISSUED_WINDOW_CHARS = 1500;

/** The shortest word a description shares with a body's name by its stem ("production", "Productions"). */
const MIN_STEM = 5;

export interface SpeakerState {
  speaker: Speaker;
  nameWords: string[];
  head: string | null;
  human: boolean;
  gender: Gender;
  lastSeen: number;
}

export class SpeakerRegistry {
  readonly states: SpeakerState[] = [];
  /** The speakers seen last, most recent first. */
  readonly recent: SpeakerState[] = [];
  private readonly byWord = new Map<string, SpeakerState[]>();
  private readonly byName = new Map<string, SpeakerState>();
  private readonly seenMentions = new Set<string>();
  private readonly labelParagraphs = new Map<number, boolean>();
  private titledNames: TitledNames | null = null;
  private runsFrom: Map<string, Array<{ first: number; last: number }>> | null = null;
  /** Who last put out each kind of document ("report", "statement"), for a later "the report said". */
  private readonly issuers = new Map<string, SpeakerState>();
  /** Records ("court records", "court documents") by the words before their head ("court"): one source each. */
  private readonly records = new Map<string, SpeakerState>();

  /**
   * @param quoted 1 for each token inside a direct quotation.
   */
  constructor(private readonly model: TextModel, private readonly names: NameUse, private readonly quoted: Uint8Array) {}

  /** Records that `state` is mentioned at `span`: a mention of the speaker, and the most recent one. */
  addMention(state: SpeakerState, span: Span): void {
    const key = `${state.speaker.id}:${span.start}:${span.end}`;
    if (!this.seenMentions.has(key)) {
      this.seenMentions.add(key);
      state.speaker.mentions.push(this.textSpan(span));
    }
    state.lastSeen = span.start;
    const at = this.recent.indexOf(state);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift(state);
    if (this.recent.length > RECENT_SPEAKERS) this.recent.pop();
  }

  /** Of `pool`, the speaker accepted by `accept` and seen last before offset `before`. */
  mostRecent(pool: Iterable<SpeakerState>, accept: (state: SpeakerState) => boolean, before: number): SpeakerState | null {
    let best: SpeakerState | null = null;
    for (const state of pool) if (state.lastSeen < before && accept(state) && (!best || state.lastSeen > best.lastSeen)) best = state;
    return best;
  }

  /** Adds words to the role or name a speaker is known by ("the spokesman" then finds them). */
  index(state: SpeakerState, words: Iterable<string>): void {
    for (const word of words) {
      if (DETERMINERS.has(word) || PHRASE_PREPOSITIONS.has(word)) continue;
      const list = this.byWord.get(word);
      if (!list) this.byWord.set(word, [state]);
      else if (!list.includes(state)) list.push(state);
    }
  }

  /** The speaker a description names: one already found (by name, or by role for "the spokesman"), or a new one. */
  resolveNamed(description: Description, span: Span): SpeakerState | null {
    if (description.head) {
      // "Afghan media reports" are the press speaking; "an article by New York magazine" is the magazine's.
      const issuerWords = description.organisation?.toLowerCase().split(/\s+/u) ?? [];
      if (DOCUMENT_WORDS.has(description.head) && description.nameWords.every((word) => !MEDIA_WORDS.has(word) || issuerWords.includes(word))) return this.issuerOf(description, span);
      // "Swift's rep", "a spokesman for the Pentagon": the voice of a source already listed is that source.
      const represented = SPOKESPERSON_HEADS.has(description.head) ? this.representedSource(description, span) : null;
      if (represented) return represented;
      // A description: "the spokesman" is the speaker whose role ends in "spokesman".
      const head = description.head;
      const match = description.definite
        ? this.mostRecent(this.byWord.get(head) ?? [], (state) => this.carriesProperWords(state, description), span.start) ?? this.describedBefore(description, span) ?? this.bodyOfMembers(description, span)
        : this.byName.get(description.name) ?? this.groupOfSameBody(description, span) ?? this.bodyOfMembers(description, span);
      return match ?? this.create(description, span);
    }
    const match = this.mostRecent(this.statesSharing(description.nameWords), (state) => state.head === null && state.speaker.kind === description.kind && sameName(state.nameWords, description.nameWords), span.start + 1) ??
      this.sameOneWordName(description);
    if (!match) return this.create(description, span);
    const speaker = match.speaker;
    if (description.nameWords.length > match.nameWords.length) {
      if (!speaker.aliases.includes(speaker.name)) speaker.aliases.push(speaker.name);
      speaker.name = description.name;
      match.nameWords = description.nameWords;
      match.gender ??= genderOfName(description.nameWords);
      this.index(match, description.nameWords);
    } else if (description.name !== speaker.name && !speaker.aliases.includes(description.name)) {
      speaker.aliases.push(description.name);
    }
    if (!speaker.role && description.role) {
      speaker.role = description.role;
      this.index(match, description.role.toLowerCase().split(/\s+/u));
    }
    speaker.organisation ??= description.organisation;
    return match;
  }

  /**
   * The source an unnamed spokesperson speaks for: the name before "'s" ("Swift's rep") or after "for" ("a
   * spokesman for the State Department"), the speaker of that name already listed or, for a name of two words
   * or more, listed now. Null when no name is given or a one-word name is no listed speaker.
   */
  private representedSource(description: Description, span: Span): SpeakerState | null {
    const words = description.name.split(' ');
    const possessor = words.findLastIndex((word) => /['’]s$/u.test(word));
    const owner = possessor >= 0 ? words.slice(0, possessor + 1).join(' ').slice(0, -2) : description.organisation;
    // A name: its first word past a determiner is capitalised ("the Pentagon", not "the police in Perth").
    const named = owner?.split(/\s+/u).filter((word) => !DETERMINERS.has(word.toLowerCase()));
    if (!named || named.length === 0 || named[0][0] === named[0][0].toLowerCase()) return null;
    const ownerWords = named.map((word) => word.toLowerCase());
    const listed = this.mostRecent(this.statesSharing(ownerWords), (state) => state.head === null && sameName(state.nameWords, ownerWords), span.start + 1);
    // Not listed yet: a name of two words or more is listed now ("a spokesman for the Pentagon" is rare before
    // the Pentagon speaks; "Swift's rep" with a surname alone stays a voice of its own).
    return listed ?? (ownerWords.length >= 2 ? this.resolveNamed(namedSource(named.join(' ')), span) : null);
  }

  /**
   * The one a definite description without a name stands for, when no speaker carries its words: news prose
   * names a person, then describes them ("Ana Ruiz runs the shop. The real estate agent said …"), and calls a
   * source it has introduced "the source". Null when the text gives no such antecedent.
   */
  private describedBefore(description: Description, span: Span): SpeakerState | null {
    const head = description.head!;
    if (ANONYMOUS_HEADS.has(head)) {
      // "an insider told the outlet … the source further claimed": one anonymous source, said again.
      if (head.endsWith('s')) return null;
      return this.mostRecent(this.recent, (state) => state.speaker.kind === 'anonymous' && state.head !== null && ANONYMOUS_HEADS.has(state.head) && !state.head.endsWith('s'), span.start);
    }
    // "Dick Clark Productions denied …; the production company said": a body described by a word of its name.
    if (description.kind === 'organisation') {
      const described = description.nameWords.slice(0, -1).filter((word) => word.length >= MIN_STEM);
      // "… accused Braun and Big Machine of … The company denied": a bare "the company" is the body named last.
      if (description.nameWords.length === 1) {
        const body = this.bodyNamedBefore(span);
        // "the army" is no other body named before it: only one whose name holds the word ("the Ministry of Health").
        return body && STATE_BODIES.has(head) && !body.nameWords.includes(head) ? null : body;
      }
      return this.mostRecent(this.recent, (state) => state.speaker.kind === 'organisation' && this.carriesProperWords(state, description) && described.some((word) => state.nameWords.some((own) => own.length >= MIN_STEM && (own.startsWith(word) || word.startsWith(own)))), span.start);
    }
    // "according to a study … the researchers said": those who wrote a study that names no issuer are its voice.
    if (AUTHOR_HEADS.has(head)) return this.authorsOfStudy(description, span);
    if (!description.human || description.organisation || isPluralNoun(head)) return null;
    // A title ("the senator", "the mayor") is matched by role only: news prose gives it to whoever holds it,
    // the person it last named with that title ("Sen. Ana Ruiz"), not to the last person named.
    // "the Israeli prime minister" is the one the text called "Israeli Prime Minister Ana Ruiz".
    const titled = titledBefore(this.titled(), head, span.start);
    const roleWords = titled?.description.role!.toLowerCase().split(/\s+/u) ?? [];
    if (titled && capitalisedWords(description.name).every((word) => roleWords.includes(word.toLowerCase()))) return this.resolveNamed(titled.description, titled.span);
    if (TITLES.has(head)) return null;
    // A description that opens its sentence (or its clause, after a short opening phrase: "In it, the royal
    // denied …"), after a sentence opened by a person's name: "Ana Ruiz runs the shop. The real estate agent
    // said …". Anywhere else ("Ana Ruiz met Tom Reyes. The spokesman said …", "Ruiz rebuked Reyes when the
    // businessman called for …") it may be anyone's.
    const { tokens, sentences } = this.model;
    const at = tokenIndexAt(this.model, span.start);
    const sentence = tokens[at].sentence;
    if (sentence === 0 || !opensSentence(tokens, sentences[sentence].firstToken, at)) return null;
    const before = sentences[sentence - 1];
    const opening = phraseStartingAt(tokens, before.firstToken, before.endToken);
    if (!opening || !isNameWord(tokens[opening.last])) return null;
    const earlier = this.personNamedBefore(opening.last + 1, null);
    if (!earlier || tokenIndexAt(this.model, earlier.span.start) < opening.first) return null;
    const state = this.resolveNamed(earlier.description, earlier.span);
    if (!state) return null;
    // A person the text has given another role ("Mayor Bill Ruiz") is not "the candidate".
    if (state.speaker.role) return this.byWord.get(description.head!)?.includes(state) ? state : null;
    state.speaker.role = description.name;
    this.index(state, description.nameWords);
    return state;
  }

  /**
   * "Environmental Protection officials" and "Environmental Protection Department officials": a group of the
   * same head whose body's words (the capitalised ones) hold the other's is the same group, listed by the
   * fuller name.
   */
  private groupOfSameBody(description: Description, span: Span): SpeakerState | null {
    const own = capitalisedWords(description.name);
    if (own.length === 0) return null;
    const group = this.mostRecent(this.byWord.get(description.head!) ?? [], (state) => {
      if (state.head !== description.head) return false;
      const theirs = capitalisedWords(state.speaker.name);
      const [fewer, more] = theirs.length <= own.length ? [theirs, own] : [own, theirs];
      return fewer.length > 0 && fewer.every((word) => more.includes(word));
    }, span.start);
    if (group && own.length > capitalisedWords(group.speaker.name).length) {
      group.speaker.aliases.push(group.speaker.name);
      group.speaker.name = description.name;
      this.index(group, description.nameWords);
    }
    return group;
  }

  /**
   * "The Dutch Public Prosecution Service said … Prosecutors said": a group named by a plural noun alone whose
   * stem begins a listed body's word for an institution (a noun in -ion, -ice, -ment, -ry, -cy: "Prosecution",
   * "Commission", "Investigation") is that body speaking through its members.
   */
  private bodyOfMembers(description: Description, span: Span): SpeakerState | null {
    // "The departments said" are bodies themselves, not a body's members.
    if (description.kind !== 'group' || description.nameWords.length !== 1 || description.nameWords[0].length <= MEMBER_STEM || isBodyWord(description.nameWords[0])) return null;
    return this.mostRecent(this.recent, (state) => state.speaker.kind === 'organisation' && isBodyOfMembers(state.nameWords, description.nameWords[0]), span.start);
  }

  /**
   * The body the text names last before `span`, in its sentence or the one before, listed or, failing that,
   * not yet listed: what a bare "the company" or "the ministry" refers to, and what "it said" does.
   */
  bodyNamedBefore(span: Span): SpeakerState | null {
    const { tokens, sentences } = this.model;
    const at = tokenIndexAt(this.model, span.start);
    const sentence = tokens[at].sentence;
    const floor = Math.max(sentences[Math.max(0, sentence - 1)].firstToken, at - BODY_LOOKBACK_TOKENS);
    for (let k = at - 1; k >= floor; k--) {
      if (!isNameWord(tokens[k]) || this.quoted[k] === QUOTED) continue;
      const body = this.byWord.get(tokens[k].lower)?.find((state) => state.speaker.kind === 'organisation' && state.head === null);
      if (body) return body;
    }
    // "… promotions Whole Foods plans. The company also said": a body not yet listed, named last in that stretch.
    for (let last = at - 1; last >= floor; last--) {
      if (!isNameWord(tokens[last]) || this.quoted[last] === QUOTED) continue;
      let first = last;
      while (first > floor && isNameWord(tokens[first - 1])) first--;
      const description = this.bodyNamed(first, last);
      if (description) return this.resolveNamed(description, { start: tokens[first].start, end: tokens[last].end });
      last = first;
    }
    return null;
  }

  /**
   * The body tokens `first` to `last` name, when they read as one: not a person (no given name, title or
   * honorific), not a place, not a day or a month, nor a lone capital that only opens its sentence.
   */
  private bodyNamed(first: number, last: number): Description | null {
    const { tokens, sentences, text } = this.model;
    if (first === last && sentences[tokens[first].sentence].firstToken === first) return null;
    // "the NRA's", "Syed Farook's name": a possessive owns something else; "(AP)" is a dateline's credit.
    if (tokens[last].lower.endsWith("'s") || isPunct(tokens[first - 1], '(')) return null;
    const description = describePhrase(text, tokens.slice(first, last + 1));
    if (!description || description.head !== null || description.role !== null || description.nameWords.length === 0) return null;
    const words = description.nameWords;
    // "Forte said": a surname the text has given with a first name is a person's.
    const surname = this.names.ending.has(words[words.length - 1]) && words.length === 1;
    // "the town of Kidal": a place's name after its kind.
    const placeOf = isWord(tokens[first - 1]) && tokens[first - 1].lower === 'of' && isWord(tokens[first - 2]) && PLACE_NOUNS.has(tokens[first - 2].lower);
    if (surname || placeOf || isGivenName(words[0]) || HONORIFICS.has(tokens[first].lower) || isPlaceName(words) || placeLike(description, this.names) || words.some((word) => WEEKDAYS.has(word) || MONTH_NAMES.has(word))) return null;
    return { ...description, kind: 'organisation', human: false };
  }

  /**
   * The study, paper or research that names no issuer and was cited last before `span`, now voiced by "the
   * researchers" or "the authors": one source, known by them.
   */
  private authorsOfStudy(description: Description, span: Span): SpeakerState | null {
    // One study's ("according to a study"), not a literature's ("a large body of studies has pointed out").
    const study = this.mostRecent(this.recent, (state) => state.speaker.kind === 'anonymous' && state.head !== null && AUTHORED_DOCUMENTS.has(state.head) && !isPluralNoun(state.head), span.start);
    if (!study) return null;
    study.speaker.aliases.push(study.speaker.name);
    study.speaker.name = description.name;
    study.speaker.kind = description.kind;
    study.head = description.head;
    study.nameWords = description.nameWords;
    this.index(study, description.nameWords);
    return study;
  }

  /** "court records show …; according to court documents": records of the same words before their head are one source. */
  private sameRecords(description: Description): SpeakerState | null {
    const key = recordsKey(description);
    const same = key === null ? undefined : this.records.get(key);
    if (!same) return null;
    if (!same.speaker.aliases.includes(description.name)) same.speaker.aliases.push(description.name);
    return same;
  }

  /** A document that names no issuer, listed as its own source (and, for records, found again by sameRecords). */
  private createDocument(description: Description, span: Span): SpeakerState {
    const state = this.create({ ...description, kind: 'anonymous', human: false }, span);
    const key = recordsKey(description);
    if (key !== null) this.records.set(key, state);
    return state;
  }

  /** "The researchers said … the study found": a study that names no issuer is the researchers' who spoke before. */
  private studyAuthors(description: Description, span: Span): SpeakerState | null {
    if (!AUTHORED_DOCUMENTS.has(description.head!)) return null;
    return this.mostRecent(this.recent, (state) => state.head !== null && AUTHOR_HEADS.has(state.head), span.start);
  }

  /**
   * Whether `state` may be the one a description such as "the spokesman" names: its capitalised words
   * ("the French foreign ministry") must be the state's own, so it is not "Russia's foreign ministry".
   */
  private carriesProperWords(state: SpeakerState, description: Description): boolean {
    // "the Democratic candidate's former doctor": the possessor is someone else; the words after it are the description's own.
    const words = description.name.split(' ');
    for (const word of words.slice(words.findLastIndex((word) => /['’]s$/u.test(word)) + 1)) {
      if (word === '' || word[0] === word[0].toLowerCase()) continue;
      if (!this.byWord.get(word.toLowerCase())?.includes(state)) return false;
    }
    return true;
  }

  /**
   * "Taliban claim …" then "the Taliban said", or the other way round: one word read as a person's name or a
   * group ("Taliban" before a plural verb) and, after "the", as a body's is one speaker, a body.
   */
  private sameOneWordName(description: Description): SpeakerState | null {
    if (description.nameWords.length !== 1 || description.kind === 'person') return null;
    const state = this.byName.get(description.name);
    if (!state || state.head !== null || state.nameWords.length !== 1 || state.gender !== null) return null;
    const kind = state.speaker.kind;
    if (kind === 'person' || (kind === 'group' && description.kind === 'organisation')) {
      state.speaker.kind = description.kind;
      state.human = false;
    } else if (kind !== 'organisation') {
      return null;
    }
    return state;
  }

  /** The people the text names with a title, found when a description first needs them. */
  private titled(): TitledNames {
    this.titledNames ??= titledNames(this.model, (index) => this.quoted[index] !== QUOTED);
    return this.titledNames;
  }

  /** A one-word label before a colon names a speaker only when that speaker has been seen already. */
  labelsKnownSpeaker(phrase: Span): boolean {
    const description = describePhrase(this.model.text, this.tokensIn(phrase));
    return description !== null && this.mostRecent(this.statesSharing(description.nameWords), (state) => sameName(state.nameWords, description.nameWords), phrase.start) !== null;
  }

  /**
   * The person a sentence before token `index` opens with, named after offset `since` (the last mention of the
   * speaker a pronoun would otherwise go to) and outside anyone's words, whose given name is of `gender`:
   * "Lena Okafor, a nurse, lives near the site." Null when no such sentence lies in the few before.
   */
  personIntroducedSince(since: number, index: number, gender: Gender): SpeakerState | null {
    const { tokens, sentences, text } = this.model;
    const own = tokens[index].sentence;
    for (let s = own - 1; s >= Math.max(0, own - INTRODUCTION_SENTENCES); s--) {
      const sentence = sentences[s];
      if (tokens[sentence.firstToken].start <= since) return null;
      const opening = phraseStartingAt(tokens, sentence.firstToken, sentence.endToken);
      if (!opening || this.quoted[opening.first] !== 0 || !isNameWord(tokens[opening.last]) || this.isLabelParagraph(tokens[opening.first].paragraph) || isTitleCase(tokens, sentence.firstToken, sentence.endToken)) continue;
      const description = describePhrase(text, tokens.slice(opening.first, opening.last + 1));
      // A person's name as the lexicons know one (a given name, or a title), not a headline's capitals ("Final Column
      // Explains"); of the pronoun's gender by the given name, since it outranks a speaker the pronoun fits too.
      const personal = description !== null && (description.role !== null || (description.nameWords.length >= 2 && isGivenName(description.nameWords[0])));
      if (!description || !personal || description.kind !== 'person' || (gender !== null && genderOfName(description.nameWords) !== gender)) continue;
      return this.resolveNamed(description, { start: tokens[opening.first].start, end: tokens[opening.last].end });
    }
    return null;
  }

  /**
   * The two people named last before token `index`, for "both men" or "the two women" ("Kevin King and Timothy
   * Weeks were freed. Both men said …"); null unless the text names two people there.
   */
  twoNamedBefore(index: number, gender: Gender): SpeakerState[] | null {
    // "King and Weeks were abducted … Both men said": the two may be named by surname.
    const later = this.personNamedBefore(index, gender, true);
    const earlier = later ? this.personNamedBefore(tokenIndexAt(this.model, later.span.start), gender, true) : null;
    if (!later || !earlier || sameName(earlier.description.nameWords, later.description.nameWords)) return null;
    const states = [this.resolveNamed(earlier.description, earlier.span), this.resolveNamed(later.description, later.span)];
    return states[0] && states[1] && states[0] !== states[1] ? [states[0], states[1]] : null;
  }

  /**
   * The last run of capitalised name words before token `index` that reads as a person of a `gender` their given
   * name allows; with `surnames`, a surname alone counts as the person the text named in full before.
   */
  personNamedBefore(index: number, gender: Gender, surnames = false): { description: Description; span: Span } | null {
    const { tokens, text } = this.model;
    const floor = Math.max(0, index - NAME_LOOKBACK_TOKENS);
    for (let last = index - 1; last >= floor; last--) {
      // A name inside a quotation is one the speaker mentions, and a name in a credit or caption no one's.
      if (!isNameWord(tokens[last]) || this.quoted[last] === QUOTED || this.isLabelParagraph(tokens[last].paragraph)) continue;
      let first = last;
      while (first - 1 >= floor && tokens[first - 1].sentence === tokens[last].sentence) {
        // "Mr. Okafor", "John F. Kennedy": an abbreviation's dot stays inside the name.
        if (isNameWord(tokens[first - 1])) first--;
        else if (first - 2 >= floor && isAbbreviationDot(tokens, first - 1)) first -= 2;
        else break;
      }
      // "the Cabinet Room", "the White House": a name after a determiner names a place or a body, not a person;
      // "Anthony Wallace / AFP - Getty Images": names beside a slash are a photo credit.
      const credit = slashNear(tokens, first, last);
      if (!credit && !DETERMINERS.has(tokens[first - 1]?.lower ?? '')) {
        // "Andrew doesn't remember", after "Prince Andrew": one word is a person the text has named with a title.
        const description = last > first ? describePhrase(text, tokens.slice(first, last + 1)) : this.oneWordName(tokens[last].lower, first, surnames);
        if (description && isPersonOf(description, gender, description.nameWords.length >= 2 || description.role !== null || HONORIFICS.has(tokens[first].lower))) {
          return { description, span: { start: tokens[first].start, end: tokens[last].end } };
        }
      }
      last = first;
    }
    return null;
  }

  /**
   * Whether paragraph `index` is a label, not prose: a short line that ends without a sentence's end, as
   * photo credits, captions and bylines do ("Credit: Ana Ruiz/Reuters"). Its names are no one a later
   * "he" or "she" refers to.
   */
  private isLabelParagraph(index: number): boolean {
    let label = this.labelParagraphs.get(index);
    if (label === undefined) {
      const paragraph = this.model.paragraphs[index];
      const { tokens } = this.model;
      let last = paragraph.endToken - 1;
      while (last > paragraph.firstToken && tokens[last].kind === 'quote') last--;
      label = paragraph.endToken - paragraph.firstToken <= LABEL_MAX_TOKENS && !isSentenceEndPunct(tokens[last]);
      this.labelParagraphs.set(index, label);
    }
    return label;
  }

  /**
   * A document speaks for whoever issued it: "a report by the Tax Policy Center said" for the body it
   * names; "the statement read" for the body or named person mentioned just before. A poll, study or
   * record that names no issuer is itself the source a reader is given ("a Gallup poll found", "court
   * records show"); a statement or letter whose issuer is not near is no one's.
   */
  private issuerOf(description: Description, span: Span): SpeakerState | null {
    const head = description.head!;
    const organisation = description.organisation;
    if (organisation) {
      const issuer = this.resolveNamed(namedSource(organisation), span);
      if (issuer) this.issuers.set(head, issuer);
      return issuer;
    }
    // "Big Machine Records issued a statement … The statement continued", "a report by the Urban Institute …
    // the report found": the one who put it out; further on, the one "the report" was found to be before.
    const author = description.definite ? this.authorOfIssued(head, span) ?? this.issuers.get(head) : null;
    if (author) {
      this.issuers.set(head, author);
      return author;
    }
    if (!ISSUED_WORDS.has(head)) return this.byName.get(description.name) ?? this.sameRecords(description) ?? this.studyAuthors(description, span) ?? this.createDocument(description, span);
    if (!description.definite) return null;
    // Otherwise a body or a named person, not an anonymous insider or a document, mentioned close by:
    // further back, the statement is as likely someone else's.
    return this.mostRecent(
      this.recent,
      (state) => (state.speaker.kind === 'organisation' || state.speaker.kind === 'person') && !(state.head !== null && DOCUMENT_WORDS.has(state.head)) && span.start - state.lastSeen <= ISSUER_WINDOW_CHARS,
      span.start,
    );
  }

  /**
   * The speaker who put out the document `head` names, when the text says so shortly before `span`:
   * "X issued a statement", "X released a letter" (the subject of the verb before "a statement"), "a report
   * released on Monday by X", "X's report".
   */
  private authorOfIssued(head: string, span: Span): SpeakerState | null {
    const { tokens, sentences, text } = this.model;
    for (let k = tokenIndexAt(this.model, span.start) - 1; k >= 0 && span.start - tokens[k].start <= ISSUED_WINDOW_CHARS; k--) {
      if (tokens[k].lower !== head || this.quoted[k] === QUOTED) continue;
      const sentence = sentences[tokens[k].sentence];
      const author = INDEFINITE_ARTICLES.has(tokens[k - 1]?.lower ?? '') ? documentAuthor(tokens, { first: k - 1, last: k }, sentence.firstToken) ?? issuerAfter(tokens, k, sentence.endToken) : issuerAfter(tokens, k, sentence.endToken) ?? possessorBefore(tokens, k, sentence.firstToken);
      const description = author ? withoutPossessive(describePhrase(text, tokens.slice(author.first, author.last + 1))) : null;
      // Looked up as of the document's mention: the author may have been listed since it was named. A body
      // or role described, not named, counts too ("The union issued a statement"), not another document.
      if (description && !(description.head !== null && DOCUMENT_WORDS.has(description.head))) return this.resolveNamed(description, span);
    }
    return null;
  }

  /**
   * The person a one-word name at token `at` is: "Andrew", after "Prince Andrew" (a title or an honorific); with
   * `surnames`, also "Weeks" after "Timothy Weeks". A lone surname is left out of "he" and "she", where the
   * person named last is as likely someone the speaker talks about.
   */
  private oneWordName(word: string, at: number, surnames: boolean): Description | null {
    return this.titledNameOf(word, at) ?? (surnames ? this.fullNameOf(word, this.model.tokens[at]) : null);
  }

  /** The person a one-word name at token `at` is, when the text named them before with a title or honorific ("Prince Andrew"). */
  private titledNameOf(word: string, at: number): Description | null {
    const run = this.lastRunBefore(word, at);
    if (!run) return null;
    const description = describePhrase(this.model.text, this.model.tokens.slice(run.first, run.last + 1));
    const titled = description !== null && (description.role !== null || HONORIFICS.has(this.model.tokens[run.first].lower));
    return titled && description.nameWords.length === 1 && description.nameWords[0] === word ? description : null;
  }

  /** The last run of two or more name words ending in `word` before token `at` (runs are in text order: a binary search). */
  private lastRunBefore(word: string, at: number): { first: number; last: number } | null {
    const runs = this.names.fullNames.get(word);
    if (!runs) return null;
    const after = firstIndexWhere(runs.length, (index) => runs[index].last >= at);
    return after > 0 ? runs[after - 1] : null;
  }

  /**
   * "Warren said", after "Sen. Elizabeth Warren grilled …": the person a lone surname names, in the full
   * form the text gave last before `span` (if any): a speaker is listed by the fullest name the text gives.
   */
  private fullNameOf(surname: string, span: Span): Description | null {
    const run = this.lastRunBefore(surname, tokenIndexAt(this.model, span.start));
    if (!run) return null;
    const description = describePhrase(this.model.text, this.model.tokens.slice(run.first, run.last + 1));
    const named = description?.kind === 'person' && description.nameWords.length >= 2 && description.nameWords[description.nameWords.length - 1] === surname;
    if (!named) return null;
    // A run of capitalised words may start inside a title ("Secretary of State Mike Pompeo" gives "State Mike
    // Pompeo"): a role is kept only when it holds a title or a role noun.
    const titled = description.role?.toLowerCase().split(/\s+/u).some((word) => TITLES.has(word) || ROLE_NOUNS.has(word)) ?? false;
    return titled ? description : { ...description, role: null, organisation: null };
  }

  /**
   * "Yoon said", after "President Yoon Suk Yeol": the person a one-word name is when the text named them in
   * full with it first, as Korean and Chinese names put the family name (not a given name, and the other words
   * neither common nouns nor bodies' words: "Trump Tower" is no one).
   */
  private familyNameFirst(word: string, span: Span): Description | null {
    if (isGivenName(word)) return null;
    const runs = this.runsByOtherWords().get(word);
    if (!runs) return null;
    // Runs are in text order: a binary search for the last one before the mention.
    const at = tokenIndexAt(this.model, span.start);
    const run = runs[firstIndexWhere(runs.length, (index) => runs[index].last >= at) - 1];
    if (!run) return null;
    const { tokens } = this.model;
    let own = run.first;
    while (tokens[own].lower !== word) own++;
    const rest = tokens.slice(own + 1, run.last + 1);
    if (rest.some((token) => isThingNoun(token.lower) || ORGANISATION_WORDS.has(token.lower) || TITLES.has(token.lower) || isGivenName(token.lower))) return null;
    const description = describePhrase(this.model.text, tokens.slice(run.first, run.last + 1));
    return description?.kind === 'person' && description.nameWords[0] === word ? description : null;
  }

  /**
   * The full names by each of their words but the last, each list in text order: built when a one-word name
   * first needs it, which most texts never do.
   */
  private runsByOtherWords(): Map<string, Array<{ first: number; last: number }>> {
    if (!this.runsFrom) {
      this.runsFrom = new Map();
      for (const run of this.names.runs) for (let k = run.first; k < run.last; k++) addRun(this.runsFrom, this.model.tokens[k].lower, run.first, run.last);
    }
    return this.runsFrom;
  }

  private create(given: Description, span: Span): SpeakerState {
    const one = given.kind === 'person' && given.head === null && given.nameWords.length === 1;
    const full = one ? this.fullNameOf(given.nameWords[0], span) ?? this.familyNameFirst(given.nameWords[0], span) : null;
    const description = full ? { ...full, role: given.role ?? full.role, organisation: given.organisation ?? full.organisation } : given;
    const speaker: Speaker = {
      id: itemId('speaker', this.states.length),
      name: description.name,
      aliases: [],
      role: description.role,
      organisation: description.organisation,
      kind: description.kind,
      mentions: [],
      quoteIds: [],
    };
    const gender = description.kind === 'person' ? genderOfName(description.nameWords) : null;
    const state: SpeakerState = { speaker, nameWords: description.nameWords, head: description.head, human: description.human, gender, lastSeen: span.start };
    this.states.push(state);
    this.byName.set(description.name, state);
    this.index(state, description.nameWords);
    if (description.head) this.index(state, [description.head]);
    if (description.role) this.index(state, description.role.toLowerCase().split(/\s+/u));
    return state;
  }

  private statesSharing(words: string[]): SpeakerState[] {
    return words.flatMap((word) => this.byWord.get(word) ?? []);
  }

  /** The tokens of `span`. */
  tokensIn(span: Span): Token[] {
    const { tokens } = this.model;
    const out: Token[] = [];
    for (let t = tokenIndexAt(this.model, span.start); t < tokens.length && tokens[t].start < span.end; t++) out.push(tokens[t]);
    return out;
  }

  /** `span` with its text. */
  textSpan(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.model.text.slice(span.start, span.end) };
  }
}

/** How many words may stand between a document and the "by" or "from" that names its issuer ("released on Monday by"). */
const ISSUER_GAP_WORDS = 5;

/** "a report (released on Monday) by the Urban Institute": the capitalised issuer after the document at token `at`. */
/** The source a name after "by", "for" or before "'s" gives: a person when it opens with a given name ("an analysis by Lee Epstein"), else a body. */
function namedSource(name: string): Description {
  const nameWords = name.toLowerCase().split(/\s+/u);
  const person = nameWords.length >= 2 && isGivenName(nameWords[0]);
  return { name, nameWords, role: null, organisation: null, kind: person ? 'person' : 'organisation', head: null, definite: true, human: person };
}

/** The words before a record noun ("court" of "court documents"), which name one paper trail; null for no records. */
function recordsKey(description: Description): string | null {
  const words = description.nameWords;
  return words.length >= 2 && RECORD_NOUNS.has(words[words.length - 1]) ? words.slice(0, -1).join(' ') : null;
}

function issuerAfter(tokens: Token[], at: number, end: number): Phrase | null {
  for (let k = at + 1; k < end && k <= at + ISSUER_GAP_WORDS + 1 && tokens[k].kind === 'word'; k++) {
    if (tokens[k].lower !== 'by' && tokens[k].lower !== 'from') continue;
    const issuer = phraseStartingAt(tokens, k + 1, end);
    return issuer && isNameWord(tokens[issuer.last]) ? issuer : null;
  }
  return null;
}

/** "the Urban Institute's report": the named possessor of the document at token `at`. */
function possessorBefore(tokens: Token[], at: number, first: number): Phrase | null {
  const owner = at - 1;
  if (owner < first || !isNameWord(tokens[owner]) || !tokens[owner].lower.endsWith("'s")) return null;
  return phraseEndingAt(tokens, owner, first);
}

/** The capitalised words of a name ("Environmental Protection officials" → Environmental, Protection). */
function capitalisedWords(name: string): string[] {
  return name.split(' ').filter((word) => word !== '' && word[0] !== word[0].toLowerCase());
}

/** A headline is at most this many tokens long. */
const HEADLINE_MAX_TOKENS = 30;

/** How far back (in tokens) a bare "the company" looks for the body it names: about two sentences. */
const BODY_LOOKBACK_TOKENS = 80;

/** From this many words, a sentence whose every word but a few small ones is capitalised is a headline. */
const HEADLINE_WORDS = 4;

/** Whether tokens `first`..`end` (exclusive) are a headline in title case ("Bernie Sanders Promises Action on Immigration"). */
function isTitleCase(tokens: Token[], first: number, end: number): boolean {
  // A long sentence is no headline (and a page with no full stops is not read again for each pronoun).
  if (end - first > HEADLINE_MAX_TOKENS) return false;
  let words = 0;
  let lower = 0;
  for (let t = first; t < end; t++) {
    // Numbers are neither ("In First 100 Days").
    if (tokens[t].kind !== 'word' || isDigitCode(tokens[t].lower.charCodeAt(0))) continue;
    words++;
    if (!tokens[t].capitalised && !TITLE_CASE_SMALL_WORDS.has(tokens[t].lower)) lower++;
  }
  return words >= HEADLINE_WORDS && lower === 0;
}

/** How many first letters a group's noun shares with its body's word ("prosecut-ors", "Prosecut-ion"); fewer would join "organizers" to an Organization. */
const MEMBER_STEM = 8;

/** The endings of nouns that name an institution or its work ("prosecution", "service", "department", "ministry", "agency"). */
const INSTITUTION_NOUN = /(?:ion|ice|ment|ry|cy)$/u;

/** The first letters a members' noun shares with its institution ("prosecut" of "prosecutors"); null for a noun too short to tell. */
export function memberStem(members: string): string | null {
  return members.length > MEMBER_STEM ? members.slice(0, MEMBER_STEM) : null;
}

/** The stems of a body's name words that name an institution ("prosecut" of the "Public Prosecution Service"). */
export function institutionStems(bodyWords: readonly string[]): string[] {
  return bodyWords.filter((word) => word.length >= MEMBER_STEM && INSTITUTION_NOUN.test(word)).map((word) => word.slice(0, MEMBER_STEM));
}

/** Whether a body's name words hold the institution its members' noun names ("prosecutors" of the "Public Prosecution Service"). */
function isBodyOfMembers(bodyWords: readonly string[], members: string): boolean {
  const stem = memberStem(members);
  return stem !== null && institutionStems(bodyWords).includes(stem);
}

/** How many words an opening phrase before a description may hold ("In it, the royal denied …"). */
const MAX_OPENING_WORDS = 4;

/** Whether the phrase at token `at` opens its sentence (from `first`), or follows only a short opening phrase and its comma. */
function opensSentence(tokens: Token[], first: number, at: number): boolean {
  if (at === first) return true;
  if (at - first > MAX_OPENING_WORDS + 1 || !isPunct(tokens[at - 1], ',')) return false;
  for (let k = first; k < at - 1; k++) if (tokens[k].kind !== 'word') return false;
  return true;
}

/** How many tokens either side of a name a photo credit's slash may stand ("Ana Ruiz / AFP - Getty Images"). */
const CREDIT_REACH = 3;

/** Whether a slash stands within CREDIT_REACH tokens of the name at `first`..`last`: a photo credit. */
function slashNear(tokens: Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - CREDIT_REACH); k <= Math.min(tokens.length - 1, last + CREDIT_REACH); k++) if (isPunct(tokens[k], '/')) return true;
  return false;
}

/** Whether `description` is a person (`named` enough) whose given name allows `gender`. */
function isPersonOf(description: Description, gender: Gender, named: boolean): boolean {
  return description.kind === 'person' && named && (gender === null || (genderOfName(description.nameWords) ?? gender) === gender);
}

/** Two names of one person: the same surname, or every word of the shorter in the longer. */
function sameName(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[a.length - 1] === b[b.length - 1]) return !differentPeople(a, b);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((word) => long.includes(word));
}

/**
 * "Melania Trump" is not "Donald Trump": two full names with the same surname, neither the end of the other
 * ("Vargas Llosa" of "Mario Vargas Llosa"), whose first words differ and one of them is a given name, neither
 * a title ("Professor Epstein" is "Lee Epstein").
 */
function differentPeople(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || a[0] === b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((word, i) => long[long.length - short.length + i] === word)) return false;
  return !isTitleOrVerb(a[0]) && !isTitleOrVerb(b[0]) && (isGivenName(a[0]) || isGivenName(b[0]));
}

/** A first word that is a title or a role, not a given name; or a verb of saying ("Said Ellis: …" is inverted). */
function isTitleOrVerb(word: string): boolean {
  return TITLES.has(word) || ROLE_NOUNS.has(word) || HONORIFICS.has(word) || SPEECH_VERBS.has(word);
}
