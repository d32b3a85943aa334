/**
 * A verb of saying in an infinitive of purpose: the clause's subject went somewhere, or used something, in
 * order to say it, and said it:
 *   "The singer took to Twitter to say she was sorry."
 *   "A reader wrote in to say the bridge was unsafe."
 *   "Ana Ruiz called a press conference to announce that she would run."
 * Only after such a place or means (PURPOSE_VENUES, or a medium's name: "went on CNN to say"), and not when someone was
 * asked or urged to say it ("asked Ana Ruiz to say …"): an infinitive after a verb of wanting or needing
 * ("wants to say", "declined to say") reports nothing.
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as CLAUSE_BOUNDS from '../clause-bounds';
import * as PHRASES from '../phrases';
import type { Phrase } from '../phrases';
import type { Token } from '../../text/text-model';
import type { CueForm } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening, contentStartAfter, openingSubject } = CLAUSE_BOUNDS;
const { phraseEndingAt } = PHRASES;
const { isNameWord, isWord } = WORD_CLASSES;
const { CAUSATIVE_VERBS, PASSIVE_AUXILIARIES, PURPOSE_VENUES, TAKES_HEARER } = LEXICON;

/** How many tokens back from "to" a verb that asks someone to speak ("asked Ana Ruiz to say") is looked for. */
const REQUEST_REACH = 4;

export const purposeInfinitive: CueForm = (tokens, c, cueLast, first, end) => {
  const to = tokens[c - 1];
  const venue = tokens[c - 2];
  if (c - 2 < first || !isWord(to) || to.lower !== 'to' || !isWord(venue) || !(PURPOSE_VENUES.has(venue.lower) || mediaName(tokens, c - 2, first))) return undefined;
  for (let k = c - 3; k >= Math.max(first, c - 2 - REQUEST_REACH); k--) {
    // "asked Ana Ruiz to say", "led Republicans to say", "was sworn in to tell": someone else's doing.
    if (isWord(tokens[k]) && (TAKES_HEARER.has(tokens[k].lower) || CAUSATIVE_VERBS.has(tokens[k].lower) || PASSIVE_AUXILIARIES.has(tokens[k].lower))) return undefined;
  }
  const mention = withSubjectBefore(tokens, c - 2, first) ?? openingSubject(tokens, clauseOpening(tokens, first, end), c - 2);
  const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(tokens[c].lower));
  if (!mention || start < 0 || start >= end) return null;
  return { cueFirst: c, cueLast, mention, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
};

/** How many tokens a medium's name may take after "to" or "on" ("took to Twitter", "went on Fox News"). */
const MEDIUM_NAME_TOKENS = 3;

/**
 * Whether the name ending at token `last` is a medium taken to or appeared on ("took to Twitter", "went on Fox
 * News"), not the object of a verb ("expects Ana Ruiz to announce", "led Republicans to say").
 */
function mediaName(tokens: Token[], last: number, first: number): boolean {
  for (let k = last; k >= Math.max(first + 1, last - MEDIUM_NAME_TOKENS + 1); k--) {
    if (!isNameWord(tokens[k])) return false;
    const lead = tokens[k - 1];
    if (isWord(lead) && (lead.lower === 'to' || lead.lower === 'on')) return true;
  }
  return false;
}

/**
 * "…, with Ana Ruiz taking to Twitter to say …": the phrase between "with" and the participle that leads to the
 * venue ending at token `venue`; null when no such absolute phrase is there.
 */
function withSubjectBefore(tokens: Token[], venue: number, first: number): Phrase | null {
  let k = venue;
  while (k > first && !(isWord(tokens[k]) && tokens[k].lower.endsWith('ing'))) {
    if (venue - k > MEDIUM_NAME_TOKENS + 2) return null;
    k--;
  }
  const subject = k > first ? phraseEndingAt(tokens, k - 1, first) : null;
  const lead = subject ? tokens[subject.first - 1] : undefined;
  return subject && isWord(lead) && lead.lower === 'with' ? subject : null;
}
