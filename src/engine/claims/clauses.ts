/**
 * A claim is a clause: sentences (the text model's, see text/fine-sentences.ts) are cut at commas,
 * semicolons, brackets (not a short aside: "(more than 60)"), quotation marks, dashes, subordinating words
 * ("following", "while"), a relative clause after its clause's predicate and a clause joined with its own
 * subject and verb ("… and Microsoft launched …"), so that two claims in one sentence stay two (one claim
 * per predicate, claims GUIDELINES.md).
 */
import { CLAUSE_JOINERS, CLAUSE_OPENERS, DETERMINERS, INDEFINITE_ARTICLES, LEADING_CONNECTIVES, PREPOSITIONS, RELATIVE_OPENERS, RELATIVE_TIME_WORDS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_UNITS_OF_ONE } from '../lexicon/word-lists';
import { firstStartingAtOrAfter } from '../text/search';
import type { Quantity } from '../types';
import { startsLower, startsUpper, type FineToken } from '../text/fine-tokens';
import { isVerb } from './verbs';

export interface Clause {
  first: number;
  last: number;
  sentence: number;
  /** An age set beside a name ("Braun, 38"): a claim though the quantity stage reads no figure in it. */
  statesAge?: boolean;
}

/** Symbols that end a clause. Quotation marks do too: a quote's edge is a claim's edge. */
const CLAUSE_BREAK_SYMBOLS = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '«', '»', '—', '–', '…']);
/** Marks that end a sentence, and so a clause. */
const SENTENCE_END = new Set(['.', '!', '?']);
/** The words that may cut a clause (openers, relative words, joiners), in one set: splitAtBreaks asks it of every word, and most are none. */
const CLAUSE_CUTTING_WORDS: ReadonlySet<string> = new Set([...CLAUSE_OPENERS, ...RELATIVE_OPENERS, ...CLAUSE_JOINERS]);

/**
 * Every clause of every sentence, as token ranges, and the first token of each sentence. A sentence's
 * opening adverbials ("In December 2015, …", "Three weeks before he died, …", "In fact, in 2016, …"),
 * or a reported clause's ("told CNN that a year later, …"), are no claims of their own: they join the
 * clause they frame. `quantities` (sorted by start) tell a duration that opens one.
 */
export function splitClauses(tokens: FineToken[], sentenceOf: Int32Array, quantities: readonly Quantity[] = []): { clauses: Clause[]; sentenceStarts: number[] } {
  const split = splitAtBreaks(tokens, sentenceOf);
  const clauses: Clause[] = [];
  for (let c = 0; c < split.clauses.length; c++) {
    const clause = split.clauses[c];
    const age = ageBesideName(tokens, clause);
    if (age) {
      // "Noel, 31, is charged with …": the age joins the predicate of the name it follows.
      const next = split.clauses[c + 1];
      if (next && next.sentence === clause.sentence && tokens[clause.last + 1]?.text === ',' && isVerb(tokens[next.first])) {
        age.last = next.last;
        c++;
      }
      clauses.push(age);
      continue;
    }
    const joined = { ...clause };
    let framing = framesWhatFollows(tokens, quantities, clause, split.sentenceStarts[clause.sentence]);
    for (let next = split.clauses[c + 1]; framing && next && canFrame(tokens, joined, next); next = split.clauses[c + 1]) {
      joined.last = next.last;
      c++;
      // "In fact, in December 2016, the man returned": adverbials in a row all frame the clause after them.
      framing = isOpeningAdverbial(tokens, quantities, next.first, next.last);
    }
    clauses.push(joined);
  }
  return { clauses, sentenceStarts: split.sentenceStarts };
}

/** The oldest age a bare number beside a name is read as. */
const OLDEST_AGE = 120;

/**
 * "Braun, 38 – who …", "Swift, 29, however": `clause` is a bare whole number set off after a name, which
 * news prose writes for the person's age; the clause from the name to the number, or null.
 */
function ageBesideName(tokens: FineToken[], clause: Clause): Clause | null {
  const number = tokens[clause.first];
  if (clause.last !== clause.first || number.kind !== 'num' || !/^\d{1,3}$/u.test(number.text) || Number(number.text) > OLDEST_AGE) return null;
  const name = tokens[clause.first - 2];
  if (tokens[clause.first - 1]?.text !== ',' || !name || name.kind !== 'word' || !startsUpper(name.text)) return null;
  const after = tokens[clause.last + 1];
  if (after && !(after.kind === 'sym' && (INSERT_CLOSERS.has(after.text) || SENTENCE_END.has(after.text)))) return null;
  return { first: clause.first - 2, last: clause.last, sentence: clause.sentence, statesAge: true };
}

/** Marks that may close an age set beside a name. */
const INSERT_CLOSERS: ReadonlySet<string> = new Set([',', '—', '–', '-', ')', ';']);

/** Whether `next` is the clause that the adverbial ending `clause` frames: the writer's own, after a comma in the same sentence, not an attribution ("…, according to officials"). */
function canFrame(tokens: FineToken[], clause: Clause, next: Clause): boolean {
  return next.sentence === clause.sentence && tokens[clause.last + 1]?.text === ',' && tokens[next.first].lower !== 'according';
}

/** Whether `clause` is, or ends in, an adverbial that frames the clause after it: one that opens its sentence, or the reported clause after "that" ("said that in 2015, …"). */
function framesWhatFollows(tokens: FineToken[], quantities: readonly Quantity[], clause: Clause, sentenceFirst: number): boolean {
  if (opensItsSentence(tokens, clause, sentenceFirst) && isOpeningAdverbial(tokens, quantities, clause.first, clause.last)) return true;
  for (let i = clause.last - 1; i > clause.first; i--) {
    if (tokens[i].lower === 'that') return isOpeningAdverbial(tokens, quantities, i + 1, clause.last);
  }
  return false;
}

/** Whether `clause` opens its sentence, past an opening quotation mark or a connective ("“Two months later, …", "But in 2016, …"). */
function opensItsSentence(tokens: FineToken[], clause: Clause, sentenceFirst: number): boolean {
  // A few tokens at most: a page of punctuation is one long "sentence" of clauses, each of which asks.
  if (clause.first - sentenceFirst > MAX_SENTENCE_LEAD) return false;
  let i = sentenceFirst;
  while (i < clause.first && (tokens[i].kind === 'sym' || LEADING_CONNECTIVES.has(tokens[i].lower))) i++;
  return i === clause.first;
}

/** How many tokens (quotation marks, "But", a comma) may stand before a sentence's first clause. */
const MAX_SENTENCE_LEAD = 4;

/**
 * "In December 2015", "After a year", "Three weeks before he died", "A year later": tokens `first`..`last`
 * are a phrase of time or place such as opens a sentence.
 */
function isOpeningAdverbial(tokens: FineToken[], quantities: readonly Quantity[], first: number, last: number): boolean {
  const opener = tokens[first];
  const opening = quantities[firstStartingAtOrAfter(quantities, opener.start)];
  const quantityFirst = opening !== undefined && opening.start === opener.start;
  // "In 2011, …", not "About 50 people were hurt": a preposition that is part of a quantity approximates it.
  if (opener.kind === 'word' && PREPOSITIONS.has(opener.lower)) return !quantityFirst;
  // "A year later": the article's one, which the quantity stage does not count.
  if (INDEFINITE_ARTICLES.has(opener.lower) && first + 2 <= last && TIME_UNITS_OF_ONE.has(tokens[first + 1].lower)) return RELATIVE_TIME_WORDS.has(tokens[first + 2].lower);
  // A duration, then "before", "after", "later", "earlier" or "ago".
  const duration = quantityFirst ? opening : undefined;
  if (!duration || duration.type !== 'duration') return false;
  let after = first + 1;
  while (after <= last && tokens[after].start < duration.end) after++;
  return after <= last && RELATIVE_TIME_WORDS.has(tokens[after].lower);
}

function splitAtBreaks(tokens: FineToken[], sentenceOf: Int32Array): { clauses: Clause[]; sentenceStarts: number[] } {
  const clauses: Clause[] = [];
  const sentenceStarts: number[] = [];
  let sentence = -1;
  let first = -1;
  /** Whether the clause being read has had a verb yet: kept as it grows, not scanned again at each relative word. */
  let verbSeen = false;
  const close = (last: number) => {
    if (first >= 0 && last >= first) clauses.push({ first, last, sentence });
    first = -1;
    verbSeen = false;
  };
  /** The closing bracket of a short aside being read ("published today (Nov. 18) in …"), or -1. */
  let asideEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) {
      close(i - 1);
      sentence++;
      sentenceStarts.push(i);
    }
    // Not a bracket that opens its clause: "(3) hygiene and waste" numbers a list.
    if (t.text === '(' && asideEnd < i && first >= 0) asideEnd = shortAsideEnd(tokens, sentenceOf, i);
    if (i <= asideEnd) {
      if (first < 0) first = i;
      continue;
    }
    if (t.kind === 'sym' && (CLAUSE_BREAK_SYMBOLS.has(t.text) || SENTENCE_END.has(t.text) || isSpacedHyphen(tokens, i)) && !insideAnExpression(tokens, sentenceOf, i)) {
      close(i - 1);
      continue;
    }
    if (t.kind === 'word' && CLAUSE_CUTTING_WORDS.has(t.lower)) {
      // "following the attack" opens a clause; "the following three years" does not.
      if (CLAUSE_OPENERS.has(t.lower) && first >= 0 && !DETERMINERS.has(tokens[i - 1].lower)) close(i - 1);
      // "… told of a man who saw his doctor in 2016": a relative clause after its clause's predicate has a
      // predicate of its own, and so is a claim of its own (claims GUIDELINES.md). Not one inside a subject
      // ("Ten of the 18 staffers who …"), nor "asked who", a question reported, nor the one that "There are
      // districts where …" introduces: it is the predicate.
      if (RELATIVE_OPENERS.has(t.lower) && verbSeen && tokens[i - 1].kind === 'word' && !SPEECH_VERBS.has(tokens[i - 1].lower) && tokens[first].lower !== 'there') {
        // "the room in which …": the preposition goes with the relative clause.
        const withPreposition = PREPOSITIONS.has(tokens[i - 1].lower) && i - 1 > first;
        close(withPreposition ? i - 2 : i - 1);
        if (withPreposition) first = i - 1;
      }
      if (CLAUSE_JOINERS.has(t.lower) && verbSeen && opensSubjectAndVerb(tokens, sentenceOf, i + 1)) close(i - 1);
    }
    if (first < 0) first = i;
    if (!verbSeen && i > first && isVerb(t)) verbSeen = true;
  }
  close(tokens.length - 1);
  return { clauses, sentenceStarts };
}

/** How many words a clause's subject may take before its verb, for `opensSubjectAndVerb`. */
const SUBJECT_REACH = 5;

/**
 * Whether a subject and its verb start at token `at`: a subject pronoun or a name right before its verb ("I
 * could", "Microsoft launched"; not "Iraq and Syria"), or a noun phrase that opens with a determiner and
 * reaches its verb within a few words ("the initial offerings were"). A bounded look, so that the split
 * stays linear.
 */
function opensSubjectAndVerb(tokens: FineToken[], sentenceOf: Int32Array, at: number): boolean {
  const opener = tokens[at];
  if (!opener || opener.kind !== 'word' || sentenceOf[at] !== sentenceOf[at - 1]) return false;
  const isFiniteVerb = (t: FineToken | undefined) => t !== undefined && isVerb(t) && startsLower(t.text);
  if (SUBJECT_PRONOUNS.has(opener.lower)) return isFiniteVerb(tokens[at + 1]);
  if (startsUpper(opener.text) && !DETERMINERS.has(opener.lower)) {
    let after = at + 1;
    while (after < tokens.length && after <= at + SUBJECT_REACH && tokens[after].kind === 'word' && startsUpper(tokens[after].text)) after++;
    return isFiniteVerb(tokens[after]);
  }
  if (!DETERMINERS.has(opener.lower)) return false;
  for (let i = at + 1; i < tokens.length && i <= at + SUBJECT_REACH && sentenceOf[i] === sentenceOf[at]; i++) {
    const t = tokens[i];
    // "after three months of feeling very tired": a phrase, its -ed no verb.
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower)) return false;
    if (isFiniteVerb(t)) return true;
  }
  return false;
}

/** How many tokens a bracketed aside may hold and still belong to its clause ("(more than 60)", "(Nov. 18)"). */
const SHORT_ASIDE = 5;

/**
 * The index of the ")" closing the bracket opened at `open`, when what it holds is a short aside of the
 * clause around it (a figure, a date) rather than a clause of its own; else -1.
 */
function shortAsideEnd(tokens: FineToken[], sentenceOf: Int32Array, open: number): number {
  for (let i = open + 1; i < tokens.length && i <= open + SHORT_ASIDE + 1 && sentenceOf[i] === sentenceOf[open]; i++) {
    if (tokens[i].text === ')') return i > open + 1 ? i : -1;
    // A verb in lower case: "(May 3)" names a month.
    if (CLAUSE_BREAK_SYMBOLS.has(tokens[i].text) || (isVerb(tokens[i]) && startsLower(tokens[i].text))) return -1;
  }
  return -1;
}

/** " - ": a hyphen with a space either side is a dash, as typed where the dash is missing. */
function isSpacedHyphen(tokens: FineToken[], i: number): boolean {
  const t = tokens[i];
  return t.text === '-' && i > 0 && i + 1 < tokens.length && tokens[i - 1].end < t.start && t.end < tokens[i + 1].start;
}

/**
 * A mark that belongs to what it stands in rather than cutting the clause: a full stop the sentence
 * splitter did not end the sentence at ("Aug. 10", "U.S."), a comma inside a date ("September 25, 2019"),
 * the colon of a clock time ("10:30").
 */
function insideAnExpression(tokens: FineToken[], sentenceOf: Int32Array, i: number): boolean {
  const text = tokens[i].text;
  if (SENTENCE_END.has(text)) return i + 1 < tokens.length && sentenceOf[i + 1] === sentenceOf[i];
  if (text === ',') return tokens[i - 1]?.kind === 'num' && tokens[i + 1]?.kind === 'num' && tokens[i + 1].start === tokens[i].end + 1;
  // "from 10:30 p.m. to 6:30 a.m.": the colon of a clock time, numbers glued on both sides.
  return text === ':' && tokens[i - 1]?.kind === 'num' && tokens[i - 1].end === tokens[i].start && tokens[i + 1]?.kind === 'num' && tokens[i + 1].start === tokens[i].end;
}
