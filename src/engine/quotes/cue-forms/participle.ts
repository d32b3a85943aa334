/**
 * A participle of saying after a comma: the speaker is the subject of the sentence's main verb (or of
 * the cue read before it in the sentence):
 *   "The ministry issued a warning on Monday, saying that fighting would go on."
 *   "The leader of the party, Ana Ruiz, condemned the vote, adding that it was rigged."
 * or, when a clause of its own ends at the comma, its subject: "… when President Ana Ruiz ended the talks, citing
 * the violence"; or, after "with", the phrase between them: "…, with Foreign Minister Ana Ruiz warning of “grave consequences”."
 */
import * as LEXICON from '../../lexicon/word-lists';
import * as WORD_CLASSES from '../../text/word-classes';
import * as CLAUSE_BOUNDS from '../clause-bounds';
import * as PHRASES from '../phrases';
import type { Token } from '../../text/text-model';
import type { Phrase } from '../phrases';
import type { CueForm, CueFrame } from './cue-frame';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening, contentStartAfter, openingSubject } = CLAUSE_BOUNDS;
const { phraseEndingAt, phraseStartingAt } = PHRASES;
const { isNameWord, isPunct, isWord } = WORD_CLASSES;
const { COORDINATORS, GERUND_LEADS, PARTICIPLE_CUES, PREPOSITIONS, PRONOUNS, SUBORDINATORS, TAKES_HEARER } = LEXICON;

export const participle: CueForm = (tokens, c, cueLast, first, end, earlier) => {
  const cue = tokens[c];
  if (!PARTICIPLE_CUES.has(cue.lower)) return undefined;
  // "rallied support by saying that …", "apologised after saying …": a gerund of the clause's subject, as after a comma.
  const led = isWord(tokens[c - 1]) && GERUND_LEADS.has(tokens[c - 1].lower);
  const absolute = isPunct(tokens[c - 1], ',') || led ? null : withSubject(tokens, c, first);
  // "Emery posted to Twitter asking if …": after a preposition's object the participle is the subject's, as after a comma.
  if (!absolute && !led && !isPunct(tokens[c - 1], ',') && !afterPrepositionalObject(tokens, c, first)) return undefined;
  const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
  if (start < 0) return null;
  if (absolute) return { cueFirst: c, cueLast, mention: absolute, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  // "… from Netanyahu’s Likud party, which tried to rally support by saying that …": the relative word's antecedent.
  const antecedent = led ? relativeAntecedent(tokens, c, first) : null;
  if (antecedent) return { cueFirst: c, cueLast, mention: antecedent, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  const opening = clauseOpening(tokens, first, end);
  const main = earlier.length > 0 ? outermost(tokens, earlier).mention : subordinateSubject(tokens, opening, c) ?? openingSubject(tokens, opening, end);
  // "The leader of X, Ana Ruiz, condemned …, saying …": the name between commas is the speaker, the phrase her role.
  const named = main && earlier.length === 0 && isPunct(tokens[main.last + 1], ',') ? phraseStartingAt(tokens, main.last + 2, c) : null;
  if (named && isNameWord(tokens[named.first]) && isNameWord(tokens[named.last]) && isPunct(tokens[named.last + 1], ',')) {
    return { cueFirst: c, cueLast, mention: named, appositive: main, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  }
  return { cueFirst: c, cueLast, mention: main, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
};

/**
 * Of the frames read before a participle, the last that is not inside another's words: "Pompeo said that the
 * government had concluded …, saying …" continues Pompeo's report, not the government's; "Ruiz said …, and
 * Reyes said …, adding …" is Reyes's.
 */
function outermost(tokens: Token[], earlier: CueFrame[]): CueFrame {
  const last = earlier[earlier.length - 1];
  const at = last.mention ? last.mention.first : last.cueFirst;
  for (const frame of earlier) {
    if (frame !== last && frame.direction === 'after' && frame.contentFirst <= at && !clauseBreakBetween(tokens, frame.contentFirst, at)) return frame;
  }
  return last;
}

/** Whether a new clause of the sentence starts between tokens `from` and `to`: a semicolon, or a comma and "and", "but" or "or". */
function clauseBreakBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (isPunct(tokens[k], ';') || (isPunct(tokens[k], ',') && isWord(tokens[k + 1]) && COORDINATORS.has(tokens[k + 1].lower))) return true;
  }
  return false;
}

/** "with Foreign Minister Ana Ruiz warning …": the speaker phrase between "with" and the participle at `c`. */
function withSubject(tokens: Token[], c: number, first: number): Phrase | null {
  const subject = phraseEndingAt(tokens, c - 1, first);
  const lead = subject ? tokens[subject.first - 1] : undefined;
  return subject && isWord(lead) && lead.lower === 'with' ? subject : null;
}

/**
 * "They were close to a deal when President Ana Ruiz ended the talks, citing …": the speaker phrase that
 * opens the subordinate clause that runs up to the participle at `c`'s comma, when a verb follows it. Null when there is none, or when it names no one who speaks ("when the rain started").
 */
function subordinateSubject(tokens: Token[], opening: number, c: number): Phrase | null {
  for (let k = c - 2; k > opening; k--) {
    // A comma closes the clause that holds the participle: a subordinate clause before it is another's.
    if (isPunct(tokens[k], ',')) return null;
    if (!isWord(tokens[k]) || !SUBORDINATORS.has(tokens[k].lower)) continue;
    // A pronoun there ("… an architect who said he was stiffed after he designed it, saying …") may be anyone's:
    // only a named or described subject is taken.
    const subject = isWord(tokens[k + 1]) && PRONOUNS.has(tokens[k + 1].lower) ? null : phraseStartingAt(tokens, k + 1, c);
    const verb = subject ? tokens[subject.last + 1] : undefined;
    return subject && isWord(verb) && !verb.capitalised ? subject : null;
  }
  return null;
}

/**
 * The phrase a relative clause set off by a comma describes ("Likud, which …"), when the participle at `c`
 * is inside that clause: no other comma between the relative word and the participle. Null otherwise.
 */
function relativeAntecedent(tokens: Token[], c: number, first: number): Phrase | null {
  for (let k = c - 2; k > first; k--) {
    if (!isPunct(tokens[k], ',')) continue;
    const relative = tokens[k + 1];
    return isWord(relative) && (relative.lower === 'which' || relative.lower === 'who') ? phraseEndingAt(tokens, k - 1, first) : null;
  }
  return null;
}

/**
 * Whether the phrase right before the participle at `c` is the object of a preposition ("posted to Twitter
 * asking …"), not "of" ("footage of Ana Ruiz saying …" shows her saying it).
 */
function afterPrepositionalObject(tokens: Token[], c: number, first: number): boolean {
  const object = phraseEndingAt(tokens, c - 1, first);
  const lead = object ? tokens[object.first - 1] : undefined;
  return object !== null && isWord(lead) && PREPOSITIONS.has(lead.lower) && lead.lower !== 'of';
}
