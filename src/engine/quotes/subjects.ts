/**
 * The subject of a verb of saying, to its left: a phrase, a pronoun, a phrase with an appositive,
 * a relative clause, a subject no lexicon knows, or the subject of a verb joined by "and".
 */
import * as LEXICON from '../lexicon/word-lists';
import { isPlaceName } from '../lexicon/place-names';
import type { Token } from '../text/text-model';
import * as WORD_CLASSES from '../text/word-classes';
import * as CLAUSE_BOUNDS from './clause-bounds';
import * as PHRASES from './phrases';
import type { Phrase } from './phrases';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening, openingSubject, skipLeftModifiers } = CLAUSE_BOUNDS;
const { determinedPhraseEndingAt, phraseEndingAt, phraseStartingAt } = PHRASES;
const { isFunctionWord, isNameWord, isPossessiveMark, isPunct, isRoleWord, isWord } = WORD_CLASSES;
const { ANONYMOUS_HEADS, ASIDE_OPENERS, AUXILIARIES_AND_ADVERBS, CLAUSE_START_BLOCKERS, COORDINATORS, DETERMINERS, DOCUMENT_WORDS, INDEFINITE_ARTICLES, IRREGULAR_PARTICIPLES, PHRASE_PREPOSITIONS, PREPOSITIONS, PRONOUNS, RELATIVE_WORDS, SENTENCE_CONNECTORS, SOURCE_QUALIFIERS, SPEECH_VERBS, SUBORDINATORS } = LEXICON;

/** How many commas back an appositive before a cue may reach. */
const MAX_APPOSITIVE_COMMAS = 4;

/** How many tokens back an appositive may reach ("NAME, a fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said"). */
const MAX_APPOSITIVE_TOKENS = 45;

/**
 * The subject of a cue, to its left: a phrase, a pronoun, a phrase with an
 * appositive ("Deborah Lyons, the head of …, told") or a relative clause
 * ("Smith, who …, said").
 */
export function subjectBefore(tokens: Token[], cue: number, floor: number): { mention: Phrase | null; appositive: Phrase | null; relative?: Phrase } {
  const i = skipLeftModifiers(tokens, cue - 1, floor);
  if (i < floor) return { mention: null, appositive: null };
  const token = tokens[i];
  if (isWord(token) && token.lower === 'who' && i - 1 >= floor) {
    // "Smith, who …, said" and "the people who said": the speaker is the phrase before "who".
    const antecedentEnd = isPunct(tokens[i - 1], ',') ? i - 2 : i - 1;
    const antecedent = antecedentEnd >= floor ? phraseEndingAt(tokens, antecedentEnd, floor) : null;
    if (!antecedent) return { mention: null, appositive: null };
    // "James Lankford, an Oklahoma Republican who has warned …": the relative clause is inside an appositive;
    // the one it describes is the name before it.
    const holder = INDEFINITE_ARTICLES.has(tokens[antecedent.first].lower) && isPunct(tokens[antecedent.first - 1], ',') ? phraseEndingAt(tokens, antecedent.first - 2, floor) : null;
    if (holder && isNameWord(tokens[holder.last])) return { mention: holder, appositive: antecedent, relative: { first: i, last: i } };
    return { mention: antecedent, appositive: null, relative: { first: i, last: i } };
  }
  const aside = asideOpening(tokens, i, floor);
  if (aside >= 0) {
    // "Israeli settlers, who form part of his base, said": the phrase before the relative clause speaks.
    const antecedent = phraseEndingAt(tokens, aside - 1, floor) ?? determinedPhraseEndingAt(tokens, aside - 1, floor) ?? looseSubjectBefore(tokens, aside, floor);
    // "Alverson, a commissioner on the Halibut Commission, which has managed …, said": the clause describes the
    // body inside an appositive; the one who speaks is the name the appositive describes.
    const holder = antecedent ? appositiveHolder(tokens, antecedent.first, floor) : null;
    if (holder) return { mention: holder.name, appositive: { first: holder.appositive, last: aside - 1 }, relative: { first: aside + 1, last: aside + 1 } };
    if (antecedent) return { mention: antecedent, appositive: null, relative: { first: aside + 1, last: aside + 1 } };
  }
  // "Officials in Dayton, Ohio, said": a state or country after its city, between commas, ends the subject's place
  // (an appositive that ends so, "NAME, a nurse in Dayton, Ohio, said", is read below).
  const place = isPunct(token, ',') ? placeBetweenCommas(tokens, i, floor) : -1;
  const placed = place >= 0 ? phraseEndingAt(tokens, place - 1, floor) : null;
  if (placed && !isPunct(tokens[placed.first - 1], ',')) return { mention: placed, appositive: null };
  if (isPunct(token, ',') && i - 1 > floor) {
    // "The company, in a statement, said", "Two officials, speaking on condition of anonymity, said": an
    // adverbial between commas is no appositive; the subject is the phrase before it, with no role, when it
    // opens the clause or one after "that" (not "… from farmers to professors, with its capital in …, called").
    const adverbial = adverbialAsideOpening(tokens, i, floor);
    const holder = adverbial >= 0 ? phraseEndingAt(tokens, adverbial - 1, floor) ?? determinedPhraseEndingAt(tokens, adverbial - 1, floor) : null;
    const opening = holder ? clauseOpening(tokens, floor, adverbial) : -1;
    const lead = holder ? tokens[holder.first - 1] : undefined;
    const opensClause = holder !== null && (holder.first === opening || openingSubject(tokens, opening, adverbial)?.first === holder.first ||
      (isWord(lead) && (lead.lower === 'that' || SUBORDINATORS.has(lead.lower))));
    if (holder && opensClause) return { mention: holder, appositive: null };
    // An appositive between commas: "NAME, the ROLE …, said" or "the ROLE …, NAME, said". The appositive
    // may hold commas of its own ("NAME, 67, a nurse in Dayton, Ohio, said"): a few commas back are tried.
    const limit = Math.max(floor, i - MAX_APPOSITIVE_TOKENS);
    let open = i - 1;
    for (let commas = 0; commas < MAX_APPOSITIVE_COMMAS; commas++, open--) {
      while (open >= limit && !isPunct(tokens[open], ',') && tokens[open].kind !== 'quote') open--;
      if (open < limit || !isPunct(tokens[open], ',')) break;
      const inner = commas === 0 ? phraseStartingAt(tokens, open + 1, i) : null;
      if (inner && inner.last === i - 1 && tokens[open + 1].capitalised && !DETERMINERS.has(tokens[open + 1].lower) && isNameWord(tokens[inner.last])) {
        let roleFirst = open - 1;
        while (roleFirst > floor && open - roleFirst < 20 && !isPunct(tokens[roleFirst - 1], ',;:') && tokens[roleFirst - 1].kind !== 'quote') roleFirst--;
        const roleOpening = clauseOpening(tokens, roleFirst, open - 1);
        // "the head of …, NAME," or "Carter’s press secretary, NAME,"; a role after another comma is itself an
        // appositive ("NAME, 67, a teacher in Dayton, Ohio, said").
        const roleStartsClause = !isPunct(tokens[roleFirst - 1], ',');
        if (roleStartsClause && isWord(tokens[roleOpening]) && (DETERMINERS.has(tokens[roleOpening].lower) || isRoleWord(tokens[open - 1]))) {
          return { mention: inner, appositive: { first: roleOpening, last: open - 1 } };
        }
      }
      const outer = phraseEndingAt(tokens, open - 1, floor);
      const opening = tokens[open + 1];
      if (!outer || !isWord(opening) || !isNameWord(tokens[outer.last])) continue;
      // "…, a fellow at the Institute in Munich, Germany, and co-author of the study, said": a part that opens
      // with "and" joins the appositive before it, and a phrase that opens with "a" after a comma is itself
      // an appositive ("NAME, a senior analyst at Stratfor, the Texas-based firm, told"): the name is further left.
      if (opening.lower === 'and' || opening.lower === 'or') continue;
      // Likewise a lower-case role after a comma ("NAME, president of Chapter & Verse, a Spokane agency, said").
      if (isPunct(tokens[outer.first - 1], ',') && (INDEFINITE_ARTICLES.has(tokens[outer.first].lower) || !tokens[outer.first].capitalised)) continue;
      // The appositive describes: "the head of …", "a Democratic pollster", "45", "deputy adviser", "Sanders’ campaign manager",
      // "CEO of Take-Two".
      // Of several appositives in a row the first is the role ("NAME, president of X, a Spokane agency, said").
      let appositiveLast = open + 1;
      while (appositiveLast < i - 1 && !isPunct(tokens[appositiveLast + 1], ',')) appositiveLast++;
      // The role word ends this appositive, not a later one ("…, Munich, Germany, and co-author of the study, said").
      const describes = DETERMINERS.has(opening.lower) || opening.lower === 'who' || /^\d/.test(opening.lower) || !opening.capitalised || isRoleWord(tokens[appositiveLast]) || isRoleWord(opening);
      if (!describes) continue;
      return { mention: outer, appositive: { first: open + 1, last: appositiveLast } };
    }
    return { mention: null, appositive: null };
  }
  const relative = relativeClauseBefore(tokens, i, floor);
  if (relative) return relative;
  const complemented = subjectBeforeComplement(tokens, i + 1, floor);
  const phrase = phraseEndingAt(tokens, i, floor) ?? determinedPhraseEndingAt(tokens, i, floor) ?? qualifiedSourceBefore(tokens, i, floor) ?? (complemented && withIssuer(tokens, complemented, i + 1));
  const preposition = phrase ? prepositionGoverning(tokens, phrase.first, floor) : -1;
  if (preposition >= 0) {
    // "The authors of the study published in the journal Science argued", "prosecutors in San Francisco and
    // Los Angeles say": the name is inside the subject; the subject's head opens the clause.
    const opening = clauseOpening(tokens, floor, i);
    // "Zimbabwean intelligence reports seen by Reuters suggest": the noun the participle follows, unless it is
    // itself a preposition's object ("the authors of the study published in …").
    const participle = tokens[preposition - 1];
    const noun = isReducedParticiple(participle) ? phraseEndingAt(tokens, preposition - 2, floor) : null;
    const nounIsSubject = noun !== null && !(isWord(tokens[noun.first - 1]) && PREPOSITIONS.has(tokens[noun.first - 1].lower));
    const head = (nounIsSubject ? noun : null) ?? phraseEndingAt(tokens, preposition - 1, floor) ?? (opening < preposition ? phraseStartingAt(tokens, opening, preposition) : null);
    return { mention: head, appositive: null };
  }
  return { mention: phrase, appositive: null };
}

/**
 * The preposition whose object the phrase at `first` is, inside a longer subject: after a participle
 * ("published in the journal X") or as the second of two names joined by "and" ("in San Francisco and
 * Los Angeles"). -1 when the phrase is no such object.
 */
function prepositionGoverning(tokens: Token[], first: number, floor: number): number {
  let k = first - 1;
  if (isWord(tokens[k]) && (tokens[k].lower === 'and' || tokens[k].lower === 'or')) {
    k--;
    if (!isNameWord(tokens[k])) return -1;
    while (k > floor && isNameWord(tokens[k - 1])) k--;
    k--;
    return k > floor && isWord(tokens[k]) && PREPOSITIONS.has(tokens[k].lower) ? k : -1;
  }
  const participle = tokens[k - 1];
  const reduced = k - 1 > floor && isWord(tokens[k]) && PREPOSITIONS.has(tokens[k].lower) && isReducedParticiple(participle);
  return reduced ? k : -1;
}

/** A participle that opens a reduced relative clause ("published in …"; "seen by …": not in -ed), not a verb of saying. */
function isReducedParticiple(token: Token | undefined): boolean {
  return isWord(token) && !token.capitalised && (token.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(token.lower)) && !SPEECH_VERBS.has(token.lower);
}

/** How many tokens the complement of a role or a document may hold ("a survey of 2,000 voters in Ohio"). */
const MAX_COMPLEMENT_TOKENS = 8;

/**
 * "Sources in the camp told …", "officials at the ministry said", "a survey of 2,000 voters found", "a poll
 * released in late August found": a role or a document, then a complement that opens with a preposition (a
 * document's also with a participle) and ends right before the verb at `cue`. The role or the document
 * speaks; the complement only says where, when or of what.
 */
export function subjectBeforeComplement(tokens: Token[], cue: number, floor: number): Phrase | null {
  // The complement holds a word after its preposition: "secretary of state" before "state" is no subject.
  for (let k = cue - 3; k >= Math.max(floor, cue - 1 - MAX_COMPLEMENT_TOKENS); k--) {
    const token = tokens[k];
    // A conjunction or an auxiliary opens a clause of its own ("urges her husband to leave and says").
    if (!isWord(token) || COORDINATORS.has(token.lower) || AUXILIARIES_AND_ADVERBS.has(token.lower)) return null;
    const next = tokens[k + 1];
    // "report" is a verb of saying too: as a document's noun it comes first.
    if (DOCUMENT_WORDS.has(token.lower)) {
      // Not "to": "uses big data to help brands find suppliers" is an infinitive, not the data's complement.
      const complement = isWord(next) && ((PREPOSITIONS.has(next.lower) && next.lower !== 'to') || (!next.capitalised && next.lower.endsWith('ed')));
      return complement ? determinedPhraseEndingAt(tokens, k, floor) ?? phraseEndingAt(tokens, k, floor) ?? bareNounPhrase(tokens, k, floor) : null;
    }
    if (SPEECH_VERBS.has(token.lower) || RELATIVE_WORDS.has(token.lower)) return null;
    // A role's complement is a short place or field ("sources in the camp", "experts on jail suicide").
    if (isRoleWord(token) && isWord(next) && PREPOSITIONS.has(next.lower)) return cue - k <= MAX_ROLE_COMPLEMENT_TOKENS ? phraseEndingAt(tokens, k, floor) : null;
  }
  return null;
}

/**
 * "an article by New York magazine that claimed …": a document's subject phrase with the issuer named after
 * "by" or "from", which the speaker resolution reads as the document's voice.
 */
function withIssuer(tokens: Token[], document: Phrase, cue: number): Phrase {
  const by = tokens[document.last + 1];
  const issuer = isWord(by) && (by.lower === 'by' || by.lower === 'from') && tokens[document.last + 2]?.capitalised ? phraseStartingAt(tokens, document.last + 2, cue) : null;
  return issuer ? { first: document.first, last: issuer.last } : document;
}

/** How many tokens a role's complement and its verb may span ("officials at the border crossing said"). */
const MAX_ROLE_COMPLEMENT_TOKENS = 6;

/** How many modifiers a noun phrase without a determiner may hold ("existing research", "new federal data"). */
const MAX_BARE_MODIFIERS = 2;

/** "existing research": a noun at `last` and the few content words before it, with no determiner. */
function bareNounPhrase(tokens: Token[], last: number, floor: number): Phrase {
  let first = last;
  while (first - 1 >= floor && last - first < MAX_BARE_MODIFIERS && isWord(tokens[first - 1]) && !isFunctionWord(tokens[first - 1]) && !PREPOSITIONS.has(tokens[first - 1].lower)) first--;
  return { first, last };
}

/** How many tokens a relative clause inside a subject may hold ("analysts who have done the calculations say"). */
const MAX_RELATIVE_TOKENS = 10;

/**
 * "Analysts who have done the calculations say …", "Officials who toured the site said …": a subject with a
 * relative clause (no commas) that ends at `last`, right before the verb of saying. The speaker is the
 * phrase before "who", not the clause's last noun.
 */
function relativeClauseBefore(tokens: Token[], last: number, floor: number): { mention: Phrase; appositive: null; relative: Phrase } | null {
  for (let k = last; k > Math.max(floor, last - MAX_RELATIVE_TOKENS); k--) {
    const token = tokens[k];
    if (!isWord(token)) return null;
    // A verb of saying ends the search, unless the relative clause holds it ("who feared reprisals and asked not to be named").
    if (SPEECH_VERBS.has(token.lower) && !(isWord(tokens[k - 1]) && (tokens[k - 1].lower === 'and' || tokens[k - 1].lower === 'who'))) return null;
    if (token.lower !== 'who') continue;
    if (k === last) return null;
    const antecedent = phraseEndingAt(tokens, k - 1, floor) ?? determinedPhraseEndingAt(tokens, k - 1, floor);
    return antecedent ? { mention: antecedent, appositive: null, relative: { first: k, last: k } } : null;
  }
  return null;
}

/** How many tokens a relative clause set off by commas or dashes may hold. */
const MAX_ASIDE_TOKENS = 30;

/**
 * Where a relative clause set off by commas or dashes that closes at token `close` opens ("…, which
 * regulates campaigns,", "— who backs him —"): the index of its opening comma or dash, or -1.
 */
export function asideOpening(tokens: Token[], close: number, floor: number): number {
  const closing = tokens[close];
  if (close <= floor || !isPunct(closing, ',—–-')) return -1;
  for (let k = close - 1; k > Math.max(floor, close - MAX_ASIDE_TOKENS); k--) {
    const token = tokens[k];
    if (token.kind === 'quote' || isPunct(token, ';:')) return -1;
    if (!isPunct(token, closing.lower === ',' ? ',' : '—–-')) continue;
    const relative = tokens[k + 1];
    return isWord(relative) && (relative.lower === 'who' || relative.lower === 'which') ? k : -1;
  }
  return -1;
}

/**
 * Where an adverbial set off by commas that closes at token `close` opens: "…, in a statement,", "…, however,",
 * "…, speaking on condition of anonymity,", "…, including veterans,". It opens with a preposition, a
 * connective, an aside's opener, an -ly adverb, or a participle followed by a preposition, a determiner or a pronoun ("acting
 * director" is a role). The index of its opening comma, or -1.
 */
function adverbialAsideOpening(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k > Math.max(floor, close - MAX_ASIDE_TOKENS); k--) {
    const token = tokens[k];
    if (token.kind === 'quote' || isPunct(token, ';:')) return -1;
    if (!isPunct(token, ',')) continue;
    const opening = tokens[k + 1];
    if (!isWord(opening) || opening.capitalised || k + 1 >= close) return -1;
    const word = opening.lower;
    const next = tokens[k + 2];
    const participle = (word.endsWith('ing') || word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word)) && k + 2 < close && isWord(next) &&
      (PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower));
    const adverbial = PREPOSITIONS.has(word) || SENTENCE_CONNECTORS.has(word) || ASIDE_OPENERS.has(word) || (word.endsWith('ly') && word.length > 4) || participle;
    return adverbial ? k : -1;
  }
  return -1;
}

/** How many words an appositive may run before the body a relative clause describes ("a commissioner on"). */
const MAX_APPOSITIVE_HEAD_TOKENS = 8;

/**
 * The name an appositive describes, when the phrase at token `first` ends that appositive: "NAME, a
 * commissioner on [the Halibut Commission]". The appositive opens with an article after a comma, and a
 * name ends the phrase before it. Null otherwise.
 */
function appositiveHolder(tokens: Token[], first: number, floor: number): { name: Phrase; appositive: number } | null {
  for (let k = first; k >= Math.max(floor + 2, first - MAX_APPOSITIVE_HEAD_TOKENS); k--) {
    if (!isWord(tokens[k])) return null;
    if (!isPunct(tokens[k - 1], ',')) continue;
    if (!INDEFINITE_ARTICLES.has(tokens[k].lower) && tokens[k].lower !== 'the') return null;
    const name = phraseEndingAt(tokens, k - 2, floor);
    return name && isNameWord(tokens[name.last]) ? { name, appositive: k } : null;
  }
  return null;
}

/** How many tokens a state or country between commas may take ("Ohio", "Md.", "New South Wales"). */
const MAX_PLACE_TOKENS = 3;

/**
 * The comma that opens a region named after a place, when the comma at `close` ends it: "Dayton, Ohio,",
 * "Baltimore, Md.,", "Perth, Australia,". -1 when the words between the commas are no such region.
 */
function placeBetweenCommas(tokens: Token[], close: number, floor: number): number {
  for (let open = close - 2; open >= Math.max(floor + 1, close - 1 - MAX_PLACE_TOKENS); open--) {
    if (!isPunct(tokens[open], ',')) continue;
    if (!isNameWord(tokens[open - 1])) return -1;
    const words: string[] = [];
    for (let k = open + 1; k < close; k++) if (isWord(tokens[k])) words.push(tokens[k].lower);
    // "Md.": a state's abbreviation, one capitalised word and its dot (or dotted initials, "N.Y.").
    const abbreviation = words.length === 1 && tokens[open + 1].capitalised && (isPunct(tokens[close - 1], '.') || words[0].endsWith('.'));
    return isPlaceName(words) || abbreviation ? open : -1;
  }
  return -1;
}

/** How many words a qualified source's phrase may hold after its head ("familiar with Chinese trade policy"). */
const MAX_QUALIFIER_WORDS = 8;

/**
 * "people familiar with Chinese trade policy said", "sources close to the minister said": an anonymous
 * source with its qualifier, ending at `last`.
 */
function qualifiedSourceBefore(tokens: Token[], last: number, floor: number): Phrase | null {
  for (let k = last; k > Math.max(floor, last - MAX_QUALIFIER_WORDS); k--) {
    const word = tokens[k];
    if (!isWord(word)) return null;
    if (!SOURCE_QUALIFIERS.has(word.lower) || !isWord(tokens[k - 1]) || !ANONYMOUS_HEADS.has(tokens[k - 1].lower)) continue;
    const head = phraseEndingAt(tokens, k - 1, floor);
    return head ? { first: head.first, last } : null;
  }
  return null;
}

/**
 * A subject no lexicon knows ("About 4 in 10", "progressive organizations that have endorsed him"):
 * the words back to the clause's start, at most a few, when a clause follows the cue.
 */
export function looseSubjectBefore(tokens: Token[], cue: number, floor: number): Phrase | null {
  let last = skipLeftModifiers(tokens, cue - 1, floor);
  // "the share who said": the speaker is the phrase the relative pronoun stands for.
  if (last > floor && isWord(tokens[last]) && RELATIVE_WORDS.has(tokens[last].lower)) last--;
  if (last < floor || !isWord(tokens[last]) || SPEECH_VERBS.has(tokens[last].lower) || CLAUSE_START_BLOCKERS.has(tokens[last].lower)) return null;
  let first = last;
  while (first - 1 >= floor && last - first < 11 && (isWord(tokens[first - 1]) || isPossessiveMark(tokens, first - 1))) {
    const word = tokens[first - 1].lower;
    if (SPEECH_VERBS.has(word) || CLAUSE_START_BLOCKERS.has(word) && !PHRASE_PREPOSITIONS.has(word)) break;
    first--;
  }
  const lead = tokens[first - 1];
  if (first - 1 >= floor && !isPunct(lead, ',;:') && lead.kind !== 'quote' && !SENTENCE_CONNECTORS.has(lead.lower)) return null;
  return { first, last };
}

/**
 * "The mayor toured the site and said …", "In 2016, the site surveyed developers but noted …": the speaker
 * of a verb joined by "and" or "but" is the subject that opens the sentence (past a short opening phrase).
 */
export function coordinatedSubject(tokens: Token[], cue: number, floor: number, end: number): Phrase | null {
  const and = skipLeftModifiers(tokens, cue - 1, floor);
  if (and <= floor || !isWord(tokens[and]) || (tokens[and].lower !== 'and' && tokens[and].lower !== 'but')) return null;
  const subject = openingSubject(tokens, clauseOpening(tokens, floor, end), and);
  return subject && subject.last < and - 1 ? subject : null;
}


/** "She released a statement saying …": the document is the object; its author is the subject of the verb before it. */
export function documentAuthor(tokens: Token[], document: Phrase, first: number): Phrase | null {
  const verb = tokens[document.first - 1];
  let authorLast = skipLeftModifiers(tokens, document.first - 2, first);
  // "The commission, which regulates campaigns, issued a statement saying …": the author is before the aside.
  const aside = asideOpening(tokens, authorLast, first);
  if (aside >= 0) authorLast = aside - 1;
  const readable = isWord(verb) && !verb.capitalised && !isFunctionWord(verb) && authorLast >= first;
  return readable ? phraseEndingAt(tokens, authorLast, first) ?? determinedPhraseEndingAt(tokens, authorLast, first) : null;
}

/** How many phrases a coordinated subject may join ("the United States, Britain, France and Germany"). */
const MAX_CONJUNCTS = 6;

/**
 * The phrases joined by "and" to a speaker's mention in one subject: "Egypt and Jordan criticised …",
 * "the United States, Britain and France said", "Businesses and residents say". Each conjunct is of
 * the mention's kind — names with names, role or group nouns with role nouns — so that "Republican and
 * Democratic leaders said" joins nothing; and the coordination opens its clause, so that a phrase
 * before it ("In Cairo, Egypt and Jordan said") is no speaker. In text order, the mention left out.
 */
export function conjunctsOf(tokens: Token[], mention: Phrase, floor: number, ceiling: number): Phrase[] {
  // A word capitalised only because it opens the sentence ("Businesses and residents say") may be either kind.
  const named = isNameWord(tokens[mention.last]) && !(mention.first === mention.last && mention.first === floor);
  const sameKind = (phrase: Phrase | null): phrase is Phrase => phrase !== null && (named ? isNameWord(tokens[phrase.last]) : !isNameWord(tokens[phrase.last]) && isRoleWord(tokens[phrase.last]));
  const before: Phrase[] = [];
  if (isAnd(tokens[mention.first - 1])) {
    // "A, B, and C": the serial comma before "and".
    let last = isPunct(tokens[mention.first - 2], ',') ? mention.first - 3 : mention.first - 2;
    while (last >= floor && before.length < MAX_CONJUNCTS) {
      const phrase = phraseEndingAt(tokens, last, floor);
      if (!sameKind(phrase)) break;
      before.unshift(phrase);
      // "A, B and C", "A of X and B, C, and D": commas and "and" join a list.
      const separator = phrase.first - 1;
      if (isAnd(tokens[separator])) last = isPunct(tokens[separator - 1], ',') ? separator - 2 : separator - 1;
      else if (isPunct(tokens[separator], ',')) last = separator - 1;
      else break;
    }
    // A comma may end an opening phrase as well as a conjunct: the coordination starts where a clause may.
    while (before.length > 0 && !opensClause(tokens, before[0].first, floor)) before.shift();
  }
  const after: Phrase[] = [];
  if (before.length === 0 && opensClause(tokens, mention.first, floor) && isAnd(tokens[mention.last + 1])) {
    // "Businesses and residents also have complained": the mention is the first of the two.
    const phrase = phraseStartingAt(tokens, mention.last + 2, ceiling);
    if (sameKind(phrase) && isWord(tokens[phrase.last + 1]) && !isAnd(tokens[phrase.last + 1])) after.push(phrase);
  }
  return before.concat(after);
}

function isAnd(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.lower === 'and';
}

/** Whether a subject may start at token `first`: the sentence's start, or after a comma, a connector, "that", "both" or a subordinator. */
function opensClause(tokens: Token[], first: number, floor: number): boolean {
  const lead = tokens[first - 1];
  if (first <= floor) return true;
  if (isPunct(lead, ',;:') || lead.kind === 'quote') return true;
  return isWord(lead) && (SENTENCE_CONNECTORS.has(lead.lower) || SUBORDINATORS.has(lead.lower) || lead.lower === 'that' || lead.lower === 'both');
}
