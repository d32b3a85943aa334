/**
 * The verb before its speaker, after the words said (a comma or a closing quotation mark before it):
 *   "“We will not stop,” said Blinken."
 *   "Prices will rise, said the spokesman."
 *   "“It was chaos,” said one of the witnesses."
 * When no speaker phrase can be read after the verb, the next forms are tried.
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as PHRASES from '../phrases';
import type { Token } from '../../text/text-model';
import type { Phrase } from '../phrases';
import type { CueForm } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { phraseStartingAt, withSourceQualifier, wordsUpToBreak } = PHRASES;
const { isPunct, isRoleWord, isSentenceEndPunct, isWord } = WORD_CLASSES;
const { ADJUNCT_OPENERS, COORDINATORS, DETERMINERS, PRONOUNS, RELATIVE_WORDS, TAKES_HEARER } = LEXICON;

export const inverted: CueForm = (tokens, c, cueLast, first, end) => {
  const previous = tokens[c - 1];
  if (c <= first || !(isPunct(previous, ',') || previous.kind === 'quote')) return undefined;
  // After a closed quotation, "said" and a phrase is the attribution whatever follows ("said one aide familiar with …"),
  // and a phrase no lexicon knows is the speaker too ("said one of the witnesses").
  const afterQuote = previous.kind === 'quote' || tokens[c - 2]?.kind === 'quote';
  // "Prices will rise, warned the bank" may be "warned the bank that …"; after a quotation ("“Stay calm,” urged
  // the officer") the phrase after the verb is its speaker, not its hearer.
  if (TAKES_HEARER.has(tokens[c].lower) && !afterQuote) return undefined;
  const phrase = phraseStartingAt(tokens, cueLast + 1, end);
  const speaker = phrase ? withSourceQualifier(tokens, phrase, end) : afterQuote ? wordsUpToBreak(tokens, cueLast + 1, end) : null;
  const after = speaker ? tokens[speaker.last + 1] : undefined;
  const endsThere = afterQuote || !after || isSentenceEndPunct(after) || isPunct(after, ',;:') || after.kind === 'quote' || ADJUNCT_OPENERS.has(after.lower);
  // "Lee, the party's leader, said Yoon’s “illegal order” had …": a possessive owns what follows; it is no speaker.
  const owns = speaker !== null && tokens[speaker.last].lower.endsWith("'s") && after !== undefined && (after.kind === 'word' || after.kind === 'quote');
  if (!speaker || !endsThere || owns || PRONOUNS.has(tokens[speaker.first].lower)) return undefined;
  const appositive = isPunct(after, ',') ? appositiveAfter(tokens, speaker.last + 2, end) : null;
  return { cueFirst: c, cueLast, mention: speaker, appositive, direction: 'before', contentFirst: first, contentLast: c - 1, floor: first, ceiling: end };
};

/** How many tokens an appositive after an inverted attribution may hold. */
const MAX_APPOSITIVE_TOKENS = 16;

/**
 * "…,” said Theresa Tam, Canada's chief public health officer.": the role after the name, up to the
 * sentence's end. Not a relative clause or a participle ("said Kim Hughes, who lives nearby").
 */
function appositiveAfter(tokens: Token[], first: number, end: number): Phrase | null {
  const opening = tokens[first];
  if (!isWord(opening) || RELATIVE_WORDS.has(opening.lower) || opening.lower.endsWith('ing') || COORDINATORS.has(opening.lower)) return null;
  const describes = DETERMINERS.has(opening.lower) || isRoleWord(opening) || (opening.capitalised && opening.lower.endsWith("'s"));
  if (!describes) return null;
  let last = first;
  while (last + 1 < end && last + 1 - first < MAX_APPOSITIVE_TOKENS && !isSentenceEndPunct(tokens[last + 1]) && !isPunct(tokens[last + 1], ',;:') && tokens[last + 1].kind !== 'quote') last++;
  const after = tokens[last + 1];
  return !after || isSentenceEndPunct(after) || after.kind === 'quote' ? { first, last } : null;
}
