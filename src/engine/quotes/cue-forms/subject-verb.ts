/**
 * The common order: a subject, then the verb of saying, the words said after it ("that …", a colon,
 * a quotation) or before it (a clause or a quotation, then a comma):
 *   "Blinken said that the troops would leave."  (content after)
 *   "Deborah Lyons, the head of the UN mission, told reporters that the talks had stalled."  (an appositive)
 *   "The troops will leave, Blinken said."  (content before)
 *   "The company released a statement saying the plant would close."  (a document's author)
 * The last form: it is tried when no other form took the cue.
 */
import * as LEXICON from '../../lexicon/word-lists';
import type { Token } from '../../text/text-model';
import * as WORD_CLASSES from '../../text/word-classes';
import * as CLAUSE_BOUNDS from '../clause-bounds';
import type { Phrase } from '../phrases';
import * as SUBJECTS from '../subjects';
import type { CueForm, CueFrame } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { coordinatedSubject, documentAuthor, looseSubjectBefore, subjectBefore } = SUBJECTS;
const { clauseOpening, contentStartAfter, gappedClauseStart, opensReport } = CLAUSE_BOUNDS;
const { countWordTokens, isPunct, isWord } = WORD_CLASSES;
const { CLAUSE_START_BLOCKERS, DOCUMENT_NOUNS, INTRODUCTORY_WORDS, IRREGULAR_PARTICIPLES, QUESTION_OPENERS, NEGATIVE_SUBJECTS, NOUN_LIKE_CUES, PARTICIPLE_CUES, PREPOSITIONS, SAY_VERBS, SUBJECT_RELATIVES, TAKES_HEARER } = LEXICON;

/** An opening phrase of at most this many words before "SPEAKER said" is an adverbial, not the reported words. */
const SHORT_OPENING_WORDS = 6;

export const subjectVerb: CueForm = (tokens, c, cueLast, first, end) => {
  const cue = tokens[c];
  const subject = subjectBefore(tokens, c, first);
  // "No group claimed responsibility": a negated subject speaks for nobody.
  if (subject.mention && (NEGATIVE_SUBJECTS.has(tokens[subject.mention.first].lower) || NEGATIVE_SUBJECTS.has(tokens[subject.mention.first - 1]?.lower ?? ''))) return null;
  const appositive = subject.appositive;
  const relative = subject.relative ?? null;
  let mention = subject.mention;
  if (mention && PARTICIPLE_CUES.has(cue.lower) && DOCUMENT_NOUNS.has(tokens[mention.last].lower)) mention = documentAuthor(tokens, mention, first) ?? mention;
  if (!mention) {
    const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
    if (start < 0 || start >= end || NOUN_LIKE_CUES.has(cue.lower)) return null;
    if (!opensReport(tokens, start) && !SAY_VERBS.has(cue.lower)) return null;
    mention = looseSubjectBefore(tokens, c, first) ?? coordinatedSubject(tokens, c, first, end);
    if (!mention) return null;
  }
  const before = tokens[(appositive && appositive.first < mention.first ? appositive.first : mention.first) - 1];
  const opening = clauseOpening(tokens, first, end);
  const startsClause = mention.first === opening || (appositive !== null && appositive.first === opening);
  // "CLAUSE, SPEAKER said …" / "“QUOTE,” SPEAKER said": the content comes first.
  if (!startsClause && (isPunct(before, ',') || before?.kind === 'quote')) {
    const frame = contentBefore(tokens, c, cueLast, first, end, mention, appositive, relative);
    if (frame) return frame;
  }
  const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
  // "“… at all?” Trump told ITV.": the quote ended the sentence before; the attribution stands alone.
  const quoteBefore = tokens[first - 1];
  if ((start < 0 || start >= end) && startsClause && quoteBefore?.kind === 'quote' && quoteBefore.paragraph === cue.paragraph) {
    return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'before', contentFirst: first, contentLast: first - 1, floor: first, ceiling: end };
  }
  // "Prime, which Jeff Bezos said had passed …": the clause after the cue lacks its subject, the relative word.
  const gap = start < 0 && isWord(before) && SUBJECT_RELATIVES.has(before.lower) ? gappedClauseStart(tokens, cueLast, end) : -1;
  if (gap >= 0) return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'after', contentFirst: gap, contentLast: -1, floor: first, ceiling: end };
  if (start < 0) {
    // "But, he said, prices will rise": an attribution set off by commas after an opening word.
    const next = tokens[cueLast + 2];
    if (startsClause && isPunct(before, ',') && isPunct(tokens[cueLast + 1], ',') && cueLast + 2 < end && isWord(next) && !CLAUSE_START_BLOCKERS.has(next.lower) && !PARTICIPLE_CUES.has(next.lower)) {
      return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'after', contentFirst: cueLast + 2, contentLast: -1, floor: first, ceiling: end };
    }
    return null;
  }
  return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
};

/**
 * The frame of "CLAUSE, SPEAKER said" when the clause before is what was said; null when a clause
 * follows the cue instead ("Speaking on radio, Kiedis said his band …") or the opening is an adverbial.
 */
function contentBefore(tokens: Token[], c: number, cueLast: number, first: number, end: number, mention: Phrase, appositive: Phrase | null, relative: Phrase | null): CueFrame | null {
  const lastBefore = (appositive && appositive.first < mention.first ? appositive.first : mention.first) - 1;
  const before = tokens[lastBefore];
  const tail = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(tokens[c].lower));
  // After a comma a long clause may still follow ("Speaking on radio, Kiedis said his band …");
  // after an opening time or place phrase ("Later in the day, the FBI said it would help") a short one too.
  const openingAt = clauseOpening(tokens, first, end);
  const opening = tokens[openingAt];
  const introduced = isWord(opening) && (PREPOSITIONS.has(opening.lower) || INTRODUCTORY_WORDS.has(opening.lower) || participialOpening(tokens, openingAt));
  const clauseFollows = tail >= 0 && isPunct(before, ',') && (tokens[tail - 1]?.lower === 'that' || end - tail >= (introduced ? 2 : 5));
  // "In 1977, Donald asked Freddy to …": a short opening phrase is not what was said (unless the clause
  // goes on after the attribution: "In the end, she said, costs fell").
  const adverbial = introduced && before.kind !== 'quote' && !isPunct(tokens[cueLast + 1], ',') && countWordTokens(tokens, first, lastBefore) <= SHORT_OPENING_WORDS;
  if (clauseFollows || adverbial) return null;
  return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'before', contentFirst: first, contentLast: lastBefore, floor: first, ceiling: end };
}

/**
 * "Asked about the plan, …", "Speaking on radio, …", "Reached by phone, …": a participle and its preposition or
 * question word open a phrase about the speaker, never the words said ("Reported cases rose, officials said" is a clause).
 */
function participialOpening(tokens: Token[], at: number): boolean {
  const word = tokens[at].lower;
  const next = tokens[at + 1];
  const participle = word.endsWith('ing') || word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);
  return participle && isWord(next) && (PREPOSITIONS.has(next.lower) || QUESTION_OPENERS.has(next.lower));
}
