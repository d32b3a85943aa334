/**
 * A claim is a clause: sentences (the text model's, see text/fine-sentences.ts) are cut at commas,
 * semicolons, brackets, quotation marks and subordinating words ("following", "while"), so that two
 * claims in one sentence stay two.
 */
import { CLAUSE_OPENERS, DETERMINERS, LEADING_CONNECTIVES, PREPOSITIONS, RELATIVE_TIME_WORDS } from '../lexicon/word-lists';
import { firstStartingAtOrAfter } from '../text/search';
import type { Quantity } from '../types';
import type { FineToken } from '../text/fine-tokens';

export interface Clause {
  first: number;
  last: number;
  sentence: number;
}

/** Symbols that end a clause. Quotation marks do too: a quote's edge is a claim's edge. */
const CLAUSE_BREAK_SYMBOLS = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '«', '»', '—', '–', '…']);
/** Marks that end a sentence, and so a clause. */
const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * Every clause of every sentence, as token ranges, and the first token of each sentence. A sentence's
 * opening adverbial ("In December 2015, …", "Three weeks before he died, …") is no claim of its own: it
 * joins the clause it frames. `quantities` (sorted by start) tell a duration that opens one.
 */
export function splitClauses(tokens: FineToken[], sentenceOf: Int32Array, quantities: readonly Quantity[] = []): { clauses: Clause[]; sentenceStarts: number[] } {
  const split = splitAtBreaks(tokens, sentenceOf);
  const clauses: Clause[] = [];
  for (let c = 0; c < split.clauses.length; c++) {
    const clause = split.clauses[c];
    const next = split.clauses[c + 1];
    const opensSentence = opensItsSentence(tokens, clause, split.sentenceStarts[clause.sentence]);
    // The clause framed is the writer's, not an attribution ("…, according to officials").
    const framed = next && next.sentence === clause.sentence && tokens[next.first].lower !== 'according';
    if (opensSentence && framed && tokens[clause.last + 1]?.text === ',' && isOpeningAdverbial(tokens, quantities, clause)) {
      clauses.push({ first: clause.first, last: next.last, sentence: clause.sentence });
      c++;
    } else clauses.push(clause);
  }
  return { clauses, sentenceStarts: split.sentenceStarts };
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

/** "In December 2015", "After a year", "Three weeks before he died", "A year later": a phrase of time or place that opens its sentence. */
function isOpeningAdverbial(tokens: FineToken[], quantities: readonly Quantity[], clause: Clause): boolean {
  const first = tokens[clause.first];
  const opening = quantities[firstStartingAtOrAfter(quantities, first.start)];
  const quantityFirst = opening !== undefined && opening.start === first.start;
  // "In 2011, …", not "About 50 people were hurt": a preposition that is part of a quantity approximates it.
  if (first.kind === 'word' && PREPOSITIONS.has(first.lower)) return !quantityFirst;
  // A duration, then "before", "after", "later", "earlier" or "ago".
  const duration = quantityFirst ? opening : undefined;
  if (!duration || duration.start !== first.start || duration.type !== 'duration') return false;
  let after = clause.first + 1;
  while (after <= clause.last && tokens[after].start < duration.end) after++;
  return after <= clause.last && RELATIVE_TIME_WORDS.has(tokens[after].lower);
}

function splitAtBreaks(tokens: FineToken[], sentenceOf: Int32Array): { clauses: Clause[]; sentenceStarts: number[] } {
  const clauses: Clause[] = [];
  const sentenceStarts: number[] = [];
  let sentence = -1;
  let first = -1;
  const close = (last: number) => {
    if (first >= 0 && last >= first) clauses.push({ first, last, sentence });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) {
      close(i - 1);
      sentence++;
      sentenceStarts.push(i);
    }
    if (t.kind === 'sym' && (CLAUSE_BREAK_SYMBOLS.has(t.text) || SENTENCE_END.has(t.text)) && !insideAnExpression(tokens, sentenceOf, i)) {
      close(i - 1);
      continue;
    }
    // "following the attack" opens a clause; "the following three years" does not.
    if (t.kind === 'word' && CLAUSE_OPENERS.has(t.lower) && first >= 0 && !DETERMINERS.has(tokens[i - 1].lower)) close(i - 1);
    if (first < 0) first = i;
  }
  close(tokens.length - 1);
  return { clauses, sentenceStarts };
}

/**
 * A mark that belongs to what it stands in rather than cutting the clause: a full stop the sentence
 * splitter did not end the sentence at ("Aug. 10", "U.S."), a comma inside a date ("September 25, 2019").
 */
function insideAnExpression(tokens: FineToken[], sentenceOf: Int32Array, i: number): boolean {
  const text = tokens[i].text;
  if (SENTENCE_END.has(text)) return i + 1 < tokens.length && sentenceOf[i + 1] === sentenceOf[i];
  return text === ',' && tokens[i - 1]?.kind === 'num' && tokens[i + 1]?.kind === 'num' && tokens[i + 1].start === tokens[i].end + 1;
}
