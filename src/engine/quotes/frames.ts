/**
 * Cues and their frames, sentence by sentence: every verb or phrase of saying outside direct quotes,
 * filtered (nouns, names, words that are often not speech), then read by the cue forms.
 */
import * as LEXICON from '../lexicon/word-lists';
import type { Token } from '../text/text-model';
import { ONES, TENS } from '../lexicon/number-words';
import { isThingNoun } from '../lexicon/thing-nouns';
import * as WORD_CLASSES from '../text/word-classes';
import * as CLAUSE_BOUNDS from './clause-bounds';
import * as PHRASES from './phrases';
import { CUE_WINDOW, frameFor, headlineLabel, type CueFrame } from './cue-forms';
import { subjectBeforeComplement } from './subjects';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { phraseStartingAt } = PHRASES;
const { clauseOpening, contentStartAfter, opensClause, opensReport, verbWithElidedSubject } = CLAUSE_BOUNDS;
const { isFunctionWord, isOriginAdjective, isPossessiveMark, isPunct, isRoleWord, isWord, withoutContraction } = WORD_CLASSES;
const { ANONYMITY_WORDS, ATTITUDE_CUES, AUXILIARIES_AND_ADVERBS, CALL_VERBS, CLAUSE_ONLY_CUES, CONDITIONALS, DESCRIBE_CUES, DETERMINERS, DOCUMENT_CUES, DOCUMENT_WORDS, EMPTY_OBJECTS, FINDING_CUES, FOREIGN_ACCORDING, FOREIGN_AUXILIARIES, FOREIGN_SPEECH_VERBS, HYPOTHETICAL_MODALS, INDEFINITE_ARTICLES, INFINITIVE_CUES, IRREGULAR_PAST_CUES, NEGATIONS, NOUN_LIKE_CUES, PARTICIPLE_CUES, PASSIVE_AUXILIARIES, POINT_VERBS, POSSESSIVES, PREPOSITIONS, PRONOUNS, REASON_CUES, SAY_VERBS, SPEECH_VERBS, SUBJECT_PRONOUNS, THAT_ONLY_CUES, TITLE_CASE_SMALL_WORDS, WEAK_CUES } = LEXICON;

/**
 * The lexicon words a cue can start with besides "according" and "put": isCueAt runs on every word
 * outside quotes, and most words start none, so one look-up here answers them instead of the six below.
 */
const LEXICON_CUE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...FOREIGN_ACCORDING, ...FOREIGN_SPEECH_VERBS, ...FOREIGN_AUXILIARIES, ...POINT_VERBS, ...DOCUMENT_CUES, ...SPEECH_VERBS,
]);

/** Where the cue starting at token `index` (in the sentence that starts at `first`) ends ("according to", "pointed out", "a déclaré"); -1 for no cue. */
function isCueAt(tokens: Token[], index: number, first: number): number {
  const token = tokens[index];
  if (!isWord(token)) return -1;
  if (token.lower !== 'according' && token.lower !== 'put' && !LEXICON_CUE_FIRST_WORDS.has(token.lower)) return -1;
  if (token.lower === 'according' && isWord(tokens[index + 1]) && tokens[index + 1].lower === 'to') return index + 1;
  if (FOREIGN_ACCORDING.has(token.lower) || FOREIGN_SPEECH_VERBS.has(token.lower)) return index;
  if (FOREIGN_AUXILIARIES.has(token.lower) && isWord(tokens[index + 1]) && FOREIGN_SPEECH_VERBS.has(tokens[index + 1].lower)) return index + 1;
  const next = tokens[index + 1];
  // "pointed out that …"; "as she put it: …" (only before a colon or a quotation, else "put it away").
  if (POINT_VERBS.has(token.lower) && isWord(next) && next.lower === 'out') return index + 1;
  if (token.lower === 'put' && isWord(next) && next.lower === 'it' && (isPunct(tokens[index + 2], ':,') || tokens[index + 2]?.kind === 'quote')) return index + 1;
  // "the study found …", "court records show …": what a document shows is what it says; so is what anyone
  // "found that …" ("the Government Accountability Office found that …", not "police found a car").
  if (DOCUMENT_CUES.has(token.lower)) return documentBefore(tokens, index, first) || (FINDING_CUES.has(token.lower) && isWord(next) && next.lower === 'that') ? index : -1;
  if (!SPEECH_VERBS.has(token.lower)) return -1;
  // "called for", "calls on": the demand follows.
  if (CALL_VERBS.has(token.lower) && isWord(tokens[index + 1]) && (tokens[index + 1].lower === 'for' || tokens[index + 1].lower === 'on')) return index + 1;
  return index;
}

/** Whether a document, poll or study, in the sentence from `first`, is the subject of the verb at `index` ("the study found", "a survey of 2,000 voters found"). */
function documentBefore(tokens: Token[], index: number, first: number): boolean {
  if (index > first && isWord(tokens[index - 1]) && DOCUMENT_WORDS.has(tokens[index - 1].lower)) return true;
  const subject = subjectBeforeComplement(tokens, index, first);
  return subject !== null && DOCUMENT_WORDS.has(tokens[subject.last].lower);
}

/** Finds every cue in a sentence and works out its frame. */
export function framesInSentence(tokens: Token[], first: number, end: number, insideDirect: Uint8Array): CueFrame[] {
  const frames: CueFrame[] = [];
  // A headline or a lead-in "Senator Smith: Taxes will rise": a name, a colon, the words.
  const label = headlineLabel(tokens, first, end);
  if (label) frames.push(label);
  let titleCase: boolean | undefined;
  for (let c = first; c < end; c++) {
    if (insideDirect[c]) continue;
    const cueLast = isCueAt(tokens, c, first);
    if (cueLast < 0) continue;
    const cue = tokens[c];
    if (NOUN_LIKE_CUES.has(cue.lower) && afterDeterminer(tokens, c, first)) continue;
    // "Epstein’s alleged ring", "the company’s reported profit": after a possessive the word describes a noun;
    // so does a participle before a thing ("a reporting station", "a briefing room").
    // "Moody's said", "Trump's said" are a subject and its verb: "said" never describes a noun.
    if ((afterPossessive(tokens, c, first) && !SAY_VERBS.has(cue.lower)) || describesThing(tokens, c)) continue;
    // A capitalised cue inside a sentence is a name or a title ("United States", "Editor's Note"),
    // except "Says" in a headline written in title case ("Mayor Says Bridge Will Reopen").
    if (cue.capitalised && c !== clauseOpening(tokens, first, end) && !(SAY_VERBS.has(cue.lower) && (titleCase ??= isTitleCase(tokens, first, end)))) continue;
    const floor = Math.max(first, c - CUE_WINDOW);
    const ceiling = Math.min(end, cueLast + CUE_WINDOW);
    // "…, arranged by aides and criticized by the White House for …": a passive participle with its agent and reason.
    const reducedPassive = REASON_CUES.has(cue.lower) && (isPunct(tokens[c - 1], ',') || tokens[c - 1]?.lower === 'and') && tokens[cueLast + 1]?.lower === 'by';
    if (reducedPassive || unsaidBySubject(tokens, c, first)) {
      // "Corbyn is accused by critics of …": a passive's speaker is its "by" phrase.
      const agent = passiveAgent(tokens, c, cueLast, floor, ceiling);
      if (agent) frames.push(agent);
      c = cueLast;
      continue;
    }
    // The window is the frame's own floor and ceiling: built in one literal, not copied (this runs for every cue).
    const frame = frameFor(tokens, c, cueLast, floor, ceiling, frames);
    const cueFirst = c;
    c = cueLast;
    if (!frame || !frame.mention && NOUN_LIKE_CUES.has(cue.lower)) continue;
    // "she said she believed the attack would unite them": the view is part of what she said, not a second report.
    if (ATTITUDE_CUES.has(cue.lower) && frame.mention && SUBJECT_PRONOUNS.has(tokens[frame.mention.first].lower) && frames.some((outer) => outer.direction === 'after' && outer.contentFirst === frame.mention!.first)) continue;
    // "only if a doctor concludes he is well": a condition, not a report.
    if (frame.mention && frame.mention.last < cueFirst && CONDITIONALS.has(tokens[frame.mention.first - 1]?.lower ?? '')) continue;
    // Words that are often not speech ("the claims", "will continue") need a clause or quote to follow.
    const demand = cueLast > cueFirst && CALL_VERBS.has(cue.lower);
    // "called the plan “a disgrace”": naming counts as speech when the name is quoted.
    // So does "called the process a sham": an object, then the name it is given, after "a" or "an".
    const quotedName = CALL_VERBS.has(cue.lower) && frame.direction === 'after' &&
      (quoteWithin(tokens, frame.contentFirst, Math.min(end, frame.contentFirst + 8)) || namesObject(tokens, frame.contentFirst, end));
    // "Rebels claim they control …": a subject pronoun after the word makes it a verb with its clause.
    const reported = opensReport(tokens, frame.contentFirst) || verbWithElidedSubject(tokens, cueLast) ||
      (frame.contentFirst === cueLast + 1 && isWord(tokens[frame.contentFirst]) && SUBJECT_PRONOUNS.has(tokens[frame.contentFirst].lower));
    if ((NOUN_LIKE_CUES.has(cue.lower) || WEAK_CUES.has(cue.lower)) && !demand && !quotedName && frame.direction === 'after' && !reported) continue;
    // "maintains an office", "the scan revealed inflammation": speech only when a clause follows ("maintains he is innocent").
    if (CLAUSE_ONLY_CUES.has(cue.lower) && frame.direction === 'after' && !opensReport(tokens, frame.contentFirst) && !opensClause(tokens, frame.contentFirst, frame.ceiling) &&
      !(INFINITIVE_CUES.has(cue.lower) && infinitiveWithin(tokens, frame.contentFirst, end))) continue;
    // "who asked not to be identified": the condition a source speaks on, not their words.
    if (frame.direction === 'after' && asksAnonymity(tokens, frame.contentFirst)) continue;
    // "said nothing about the plan", "say little to nothing about how …": an object that gives no words (but
    // "said nothing would change" reports).
    if (frame.direction === 'after' && !opensReport(tokens, frame.contentFirst) && emptyObject(tokens, frame.contentFirst)) continue;
    // "declared the ban unconstitutional", "declared martial law" are acts; "declared that …" and "declared his
    // intention to resist …" report.
    if (THAT_ONLY_CUES.has(cue.lower) && frame.direction === 'after' && !opensReport(tokens, frame.contentFirst) && !infinitiveWithin(tokens, frame.contentFirst, end)) continue;
    // "described the video as satire", "described how it spread": the description makes it speech.
    if (DESCRIBE_CUES.has(cue.lower) && frame.direction === 'after' && !opensReport(tokens, frame.contentFirst) && !describedAs(tokens, frame.contentFirst, end)) continue;
    frames.push(frame);
  }
  return frames;
}

/**
 * "a direct answer", "his statement", "the report": a word after a determiner, or after a determiner and
 * an adjective, is a noun, not a verb of saying ("the officials report" keeps its verb: "officials" heads the subject).
 */
function afterDeterminer(tokens: Token[], c: number, first: number): boolean {
  const previous = tokens[c - 1];
  if (c - 1 < first || !isWord(previous)) return false;
  if (DETERMINERS.has(previous.lower) || isNumberWord(previous)) return true;
  // "the report", "a new report", "two highly critical reports": a determiner or a number, then a few
  // lower-case modifiers that are neither a role ("the officials report") nor a function word.
  let named = false;
  for (let k = c - 1; k >= Math.max(first, c - MAX_MODIFIERS - 1); k--) {
    const word = tokens[k];
    if (!isWord(word)) return false;
    // A name after a determiner may be the subject ("the Kremlin claims …"), unless a preposition governs
    // the phrase: "wrote in a Facebook post that …" is a noun.
    if (k < c - 1 && (DETERMINERS.has(word.lower) || isNumberWord(word))) return !named || (isWord(tokens[k - 1]) && PREPOSITIONS.has(tokens[k - 1].lower));
    // "the American demand": a nationality before the word makes it a noun too.
    if (word.capitalised && !isOriginAdjective(word.lower)) named = true;
    else if (isRoleWord(word) || isFunctionWord(word)) return false;
  }
  return false;
}

/** Lower-case modifiers that may stand between a determiner and a noun ("two highly critical reports"). */
const MAX_MODIFIERS = 3;

/** "two", "12": a number before a word makes it a noun ("two reports"). */
function isNumberWord(token: Token): boolean {
  return /^\d/.test(token.lower) || ONES.has(token.lower) || TENS.has(token.lower);
}

/** "reporting station": a participle right before a noun that names a thing (lexicon/thing-nouns.ts). */
function describesThing(tokens: Token[], c: number): boolean {
  const next = tokens[c + 1];
  return tokens[c].lower.endsWith('ing') && isWord(next) && !next.capitalised && !isFunctionWord(next) && isThingNoun(next.lower);
}

/** A cue right after a possessive name ("Epstein’s alleged …", "the firm's reported …") is an adjective. */
function afterPossessive(tokens: Token[], c: number, first: number): boolean {
  const previous = tokens[c - 1];
  if (c - 1 < first || previous === undefined) return false;
  // "she's said" is "she has said": a pronoun's 's is an auxiliary.
  return (isWord(previous) && /['’]s$/u.test(previous.lower) && !PRONOUNS.has(withoutContraction(previous.lower))) || isPossessiveMark(tokens, c - 1);
}

/**
 * "HP is called “farmer's lung”", "he was told that …": a passive's subject is spoken to or of; "as Holmes
 * would say", "something I'd never say", "critics might argue", "will never tell you": hypothetical speech that no one gave;
 * "her website criticizing her photos": a participle with no auxiliary describes a noun and has no
 * subject that speaks (the participle form reads ", saying …"). None of these subjects is a source.
 */
function unsaidBySubject(tokens: Token[], c: number, first: number): boolean {
  let i = c - 1;
  if (i > first && isWord(tokens[i]) && !tokens[i].capitalised && (tokens[i].lower.endsWith('ly') || NEGATIONS.has(tokens[i].lower))) i--;
  const previous = tokens[i];
  // "the receptionist will never tell you": what someone never will say is no report.
  if (i < c - 1 && tokens[c - 1].lower === 'never' && isWord(previous) && previous.lower === 'will') return true;
  const cue = tokens[c].lower;
  const bareParticiple = cue.endsWith('ing') && !PARTICIPLE_CUES.has(cue);
  // "I'd never say" is "I would"; "he'd said" is "he had".
  if (isWord(previous) && i >= first && previous.lower.endsWith("'d")) return !cue.endsWith('ed') && !IRREGULAR_PAST_CUES.has(cue);
  // "Theresa May said": a capitalised word is a name.
  if (i < first || !isWord(previous) || previous.capitalised) return bareParticiple && isWord(previous);
  if (PASSIVE_AUXILIARIES.has(previous.lower)) return !cue.endsWith('ing');
  if (HYPOTHETICAL_MODALS.has(previous.lower)) return true;
  return bareParticiple && !AUXILIARIES_AND_ADVERBS.has(previous.lower);
}

/** Whether the words at `first` are "not to be identified" (named, quoted) or "her name not be used". */
function asksAnonymity(tokens: Token[], first: number): boolean {
  const word = (k: number) => (isWord(tokens[first + k]) ? tokens[first + k].lower : '');
  // "asked that her name not be used"
  if (POSSESSIVES.has(word(0)) && word(1) === 'name' && word(2) === 'not') return true;
  return word(0) === 'not' && word(1) === 'to' && word(2) === 'be' && ANONYMITY_WORDS.has(word(3));
}

/**
 * Whether the words at `first` are a pronoun that is the verb's whole object, before a preposition or the
 * clause's end ("much of his talk was about Israel" is a clause's subject).
 */
function emptyObject(tokens: Token[], first: number): boolean {
  const next = tokens[first + 1];
  return isWord(tokens[first]) && EMPTY_OBJECTS.has(tokens[first].lower) && (!isWord(next) || (PREPOSITIONS.has(next.lower) && next.lower !== 'of'));
}

/** The frame of a passive cue followed by "by" and its speaker ("is accused by critics of …"); null for none. */
function passiveAgent(tokens: Token[], c: number, cueLast: number, floor: number, ceiling: number): CueFrame | null {
  if (!isWord(tokens[cueLast + 1]) || tokens[cueLast + 1].lower !== 'by') return null;
  const reason = REASON_CUES.has(tokens[c].lower);
  if (!reason && !PASSIVE_AUXILIARIES.has(tokens[c - 1]?.lower ?? '')) return null;
  const agent = phraseStartingAt(tokens, cueLast + 2, ceiling);
  if (!agent || PRONOUNS.has(tokens[agent.first].lower)) return null;
  // "criticized by the White House for making relations partisan": the reason is what was said.
  const forReason = reason && isWord(tokens[agent.last + 1]) && tokens[agent.last + 1].lower === 'for' && agent.last + 2 < ceiling;
  const content = forReason ? agent.last + 2 : contentStartAfter(tokens, agent.last, ceiling, false);
  if (content < 0 || content >= ceiling) return null;
  return { cueFirst: c, cueLast, mention: agent, appositive: null, direction: 'after', contentFirst: content, contentLast: -1, floor, ceiling };
}

/** "called the process a sham": a determined object, then "a" or "an" and the name given, within a few words of `first`. */
function namesObject(tokens: Token[], first: number, end: number): boolean {
  const object = tokens[first];
  if (!isWord(object) || !DETERMINERS.has(object.lower) || INDEFINITE_ARTICLES.has(object.lower)) return false;
  for (let i = first + 1; i < end && i <= first + MAX_NAMED_OBJECT_WORDS; i++) {
    if (!isWord(tokens[i])) return false;
    if (INDEFINITE_ARTICLES.has(tokens[i].lower)) return true;
  }
  return false;
}

/** "described the doctored video as satire", "described how …": "as" after a short object, or "how" at once. */
function describedAs(tokens: Token[], first: number, end: number): boolean {
  if (isWord(tokens[first]) && tokens[first].lower === 'how') return true;
  for (let i = first + 1; i < end && i <= first + MAX_NAMED_OBJECT_WORDS; i++) {
    if (!isWord(tokens[i])) return false;
    if (tokens[i].lower === 'as') return true;
  }
  return false;
}

/** "expect the bank to cut rates": "to" and a verb after a short object. */
function infinitiveWithin(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i + 1 < end && i <= first + MAX_NAMED_OBJECT_WORDS; i++) {
    if (!isWord(tokens[i])) return false;
    const verb = tokens[i + 1];
    if (tokens[i].lower === 'to') return isWord(verb) && !verb.capitalised && !DETERMINERS.has(verb.lower) && !PRONOUNS.has(verb.lower);
  }
  return false;
}

/** How many words the object of "called … a …" may hold. */
const MAX_NAMED_OBJECT_WORDS = 5;

/** A headline in title case: a few words, each capitalised but for the small ones. */
function isTitleCase(tokens: Token[], first: number, end: number): boolean {
  let words = 0;
  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (!isWord(token) || /^\d/.test(token.lower)) continue;
    if (!token.capitalised && !TITLE_CASE_SMALL_WORDS.has(token.lower)) return false;
    words++;
  }
  return words >= MIN_TITLE_WORDS && end - first <= MAX_TITLE_TOKENS;
}

const MIN_TITLE_WORDS = 4;

const MAX_TITLE_TOKENS = 40;

function quoteWithin(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (tokens[i].kind === 'quote') return true;
  return false;
}
