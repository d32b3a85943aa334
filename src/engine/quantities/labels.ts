/** Numbers that are not amounts: labels ("category 4", "Flight 370"), names ("Apollo 11") and street numbers. */
import {
  AFTER_PRONOUN_ONE, BEFORE_PRONOUN_ONE, BEFORE_YEAR, CAPITALISED_FUNCTION_WORDS, CHANGE_FILLERS, DETERMINERS, FALL_WORDS,
  HALF_FOLLOWERS, LABEL_WORDS, NOUN_PHRASE_STOPS, ORDINAL_SUFFIXES, RISE_WORDS, STREET_WORDS,
} from '../lexicon/word-lists';
import { MODIFIERS } from '../lexicon/tables';
import { type FineToken, isHyphen, startsUpper } from '../text/fine-tokens';
import { isYearNumber, monthAt } from './dates';
import { readModifier } from './changes';
import { isNumberWord } from './number-words';
import { readCurrencyPrefix } from './units';
import { type Amount, isPlural, QuantityScan, type UnitReading, WHITESPACE } from './quantity-scan';

const isCapitalised = (t: FineToken | undefined) => t !== undefined && t.kind === 'word' && HAS_UPPER.test(t.text);

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** Hoisted: a regular expression literal inside a function builds a RegExp object each time it is evaluated. */
const HAS_UPPER = /\p{Lu}/u;

/** "category 4", "iPhone 11 Pro", "Game 7", "BBC One", "Senard, 65,": labels and names, not amounts. */
export function isLabelOrName(s: QuantityScan, q: Amount, u: UnitReading): boolean {
  if (q.currency) return false;
  const prev = s.tok(q.first - 1);
  const t = s.tokens[q.numberAt];
  // "Ninety Mile Beach", "the Big Two": a capitalised number word inside a sentence, beside a capitalised word.
  if (q.word && startsUpper(t.text) && !s.sentenceStartsAt(q.first) && (isCapitalised(prev) || isCapitalised(s.tok(q.last + 1)))) return true;
  if ((u.unit && !u.counted) || q.scaled) return false;
  const next = s.tok(u.last + 1);
  // "1.8.3": a version, whose dots go on past a decimal.
  if (!q.word && next?.text === '.' && !next.gapBefore && s.tok(u.last + 2)?.kind === 'num' && !s.tok(u.last + 2)!.gapBefore) return true;
  if (q.word) {
    // "one" as a pronoun: "each one", "the same one", "one another"; not in a share ("only one in three").
    if (t.lower === 'one' && !startsRatio(s, u.last + 1)) {
      // "the only one", but "only one title": "only" makes a pronoun only with no noun after.
      if (prev && BEFORE_PRONOUN_ONE.has(prev.lower) && !(prev.lower === 'only' && u.unit)) return true;
      if (next && AFTER_PRONOUN_ONE.has(next.lower)) return true;
      if (!u.unit && !['of', 'out', 'in'].includes(next?.lower ?? '')) return true;
    }
    // "half" and "a third" alone are amounts only after a bound or "by" ("just over half were women",
    // "grew by a third"), not in "half time" or "a third term".
    const shareAlone = readModifier(s, q.first) !== null || prev?.lower === 'by';
    if (t.lower === 'half' && !(next && HALF_FOLLOWERS.has(next.lower)) && !shareAlone) return true;
    if (q.fraction && (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') && next?.lower !== 'of' && !u.unit && !shareAlone) return true;
    // "the bottom three", "the top two": a rank (not a share: "the two-thirds majority").
    if (!u.unit && !q.fraction && prev && ['the', 'top', 'bottom'].includes(prev.lower)) return true;
  }
  // A singular capitalised word after digits names a model ("11 Pro", "20 Ultra").
  const counted = u.counted && u.unit !== null ? u.unit : '';
  const namedModel = !q.word && CAPITALISED_WORD.test(counted) && !isPlural(lastWordOf(counted));
  // "PlayStation 5 costs $499", "the S&P 500 rose 0.5%": a verb, not a counted noun, between the name and an amount;
  // "the ASX 200 index": a singular noun after a number other than one is what the name names ("Disney's
  // 2012 acquisition" is left to the year reader).
  const singular = !q.word && q.value !== 1 && !isPlural(lastWordOf(u.unit ?? '')) && !isYearNumber(t);
  const notCounted = u.counted && (startsAmount(s, u.last + 1) || singular);
  if (prev && prev.kind === 'word') {
    if (LABEL_WORDS.has(prev.lower)) return true;
    // A capitalised word before the number names a thing ("FTSE 100", "BBC One"); at the start of a
    // sentence, only a word that is no function word or adverb ("Interstate 95 was closed", not "About 50").
    const named = isCapitalised(prev) && monthAt(s, q.first - 1) === null && (!s.sentenceStartsAt(q.first - 1) || isNameWord(prev));
    if (named && (!u.counted || namedModel || notCounted)) return true;
  }
  // "No. 10", "Vol. 3": an abbreviated label word.
  if (prev?.text === '.' && !prev.gapBefore && LABEL_WORDS.has(s.tok(q.first - 2)?.lower ?? '')) return true;
  if (namedModel) return true;
  // "Senard, 65, now faces": an age in apposition.
  return prev?.text === ',' && isCapitalised(s.tok(q.first - 2)) && next?.text === ',' && !u.unit;
}

/** The last word of a phrase, in lower case. */
const lastWordOf = (phrase: string) => phrase.split(WHITESPACE).pop()!.toLowerCase();

/** Lower-case words a sentence may open with before a number: function words, bounds, rises and falls. */
const OPENERS_BEFORE_NUMBERS: ReadonlySet<string> = new Set([
  ...NOUN_PHRASE_STOPS, ...CAPITALISED_FUNCTION_WORDS, ...DETERMINERS, ...CHANGE_FILLERS, ...RISE_WORDS, ...FALL_WORDS,
  ...BEFORE_YEAR, ...MODIFIERS.flatMap(([phrase]) => phrase),
]);

/** A capitalised word at a sentence's start that may be a name: no opener word and no "-ly" adverb ("Exactly"). */
function isNameWord(t: FineToken): boolean {
  return !OPENERS_BEFORE_NUMBERS.has(t.lower) && !t.lower.endsWith('ly');
}

/** Token `k` opens an amount: a number, or a currency symbol or code before one. */
function startsAmount(s: QuantityScan, k: number): boolean {
  const t = s.tok(k);
  return t !== undefined && (t.kind === 'num' || readCurrencyPrefix(s.tokens, k) !== null);
}

/** "in three", "out of five", "in every ten" at `k`: the rest of a share. */
function startsRatio(s: QuantityScan, k: number): boolean {
  const t = s.tok(k);
  let n = t?.lower === 'in' ? k + 1 : t?.lower === 'out' && s.tok(k + 1)?.lower === 'of' ? k + 2 : -1;
  if (n < 0) return false;
  if (s.tok(n)?.lower === 'every') n++;
  const total = s.tok(n);
  return total !== undefined && (total.kind === 'num' || isNumberWord(total.lower));
}

/** "575 Wilbraham Road", "16-18 Industrial Avenue", "9 E 71st St": an address follows token `last`. */
export function followedByStreetName(s: QuantityScan, last: number): boolean {
  for (let k = last + 1; k <= last + 4; k++) {
    const t = s.tok(k);
    if (!t || t.breakBefore || t.kind === 'sym') return false;
    if (t.kind === 'num' || (ORDINAL_SUFFIXES.has(t.lower) && !t.gapBefore)) continue;
    if (!startsUpper(t.text)) return false;
    if (STREET_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Marks that join numbers into one notation: a ratio or clock ("3:1", "2:14:04"), "24/7", "10^5". */
const NOTATION_JOINERS = new Set([':', '/', '^']);

/**
 * The number at `i` is a part of a notation written with marks between numbers, not an amount of
 * its own: the later part of "24/7", "9/11", "2:14:04", "10^5", or of "6-4" whose first number
 * was a name's ("Nadal 6-4") or a year's ("2008-9"), or the first part of "3:1". A range's second
 * end never gets here: the range reader takes it with its first.
 */
export function isPartOfNotation(s: QuantityScan, i: number): boolean {
  const t = s.tokens[i];
  const prev = s.tok(i - 1);
  if (prev && !t.gapBefore && !prev.gapBefore && s.tok(i - 2)?.kind === 'num' &&
    (NOTATION_JOINERS.has(prev.text) || isHyphen(prev))) return true;
  const next = s.tok(i + 1);
  const after = s.tok(i + 2);
  return next !== undefined && !next.gapBefore && NOTATION_JOINERS.has(next.text) && next.text !== '/' &&
    after?.kind === 'num' && !after.gapBefore;
}
