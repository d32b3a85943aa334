/**
 * Bounds and approximations around an amount ("more than", "about", "40-odd", "or more") and rises
 * and falls before it ("up 5%", "fell by 3", "an increase of 2%").
 */
import { CHANGE_FILLERS, FALL_WORDS, PHRASAL_VERBS, RISE_BY_WORDS, RISE_WORDS } from '../lexicon/word-lists';
import { MODIFIERS, SUFFIX_BOUNDS, TRAILING_BOUNDS } from '../lexicon/tables';
import { isHyphen } from '../text/fine-tokens';
import type { Change } from '../types';
import { QuantityScan } from './quantity-scan';

/** The qualifier written before token `i`: its change and the first token of the phrase. */
export function readModifier(s: QuantityScan, i: number): { change: Change; first: number } | null {
  for (const [phrase, change] of MODIFIERS) {
    const first = i - phrase.length;
    if (first < 0) continue;
    let ok = true;
    for (let n = 0; n < phrase.length && ok; n++) ok = s.tokens[first + n].lower === phrase[n];
    // "sub-7": the hyphen sits between the prefix and the number.
    if (!ok && phrase[0] === 'sub' && isHyphen(s.tok(i - 1)) && s.tok(i - 2)?.lower === 'sub') return { change, first: i - 2 };
    if (ok) return { change, first };
  }
  return null;
}

/**
 * A rise or fall verb before token `i` ("rose 5%", "fell by about 2%", "down 9.2%"); with `reach`,
 * also one whose object stands between it and "by" ("cut the risk of death by 30%").
 */
export function readDirection(s: QuantityScan, i: number, reach = false): Change | null {
  let k = i - 1;
  for (let steps = 0; steps < 3 && k >= 0 && CHANGE_FILLERS.has(s.tokens[k].lower); steps++) k--;
  const t = s.tok(k);
  if (!t || t.kind !== 'word') return null;
  const particle = (t.lower === 'up' || t.lower === 'down') && PHRASAL_VERBS.has(s.tok(k - 1)?.lower ?? '');
  if (RISE_WORDS.has(t.lower) && !particle) return 'up';
  if (FALL_WORDS.has(t.lower) && !particle) return 'down';
  if (s.tok(i - 1)?.lower !== 'by') return null;
  if (RISE_BY_WORDS.has(t.lower)) return 'up';
  // Elliptical lists: "down 2.3%, Burlington by 2.6%" — the verb is the one before.
  if (s.lastDirection && s.lastDirection.sentence === s.sentenceOf[i]) return s.lastDirection.change;
  return reach ? readVerbBeforeObject(s, i - 2) : null;
}

/** The rise or fall verb a few words before an object ending at `k`, within its clause ("boosted output … by"). */
function readVerbBeforeObject(s: QuantityScan, k: number): Change | null {
  for (let n = k; n >= 0 && n > k - 6; n--) {
    const t = s.tokens[n];
    if (t.kind !== 'word' || s.sentenceOf[n] !== s.sentenceOf[k]) return null;
    // Verbs only: "up" and "down" here would be particles or adverbs ("shut down the plant by 5").
    if (t.lower === 'up' || t.lower === 'down') return null;
    if (RISE_WORDS.has(t.lower) || RISE_BY_WORDS.has(t.lower)) return 'up';
    if (FALL_WORDS.has(t.lower)) return 'down';
    if (t.breakBefore) return null;
  }
  return null;
}

/** A bound glued after the number's last token `last`: "40-odd", "50-plus", "100+". */
export function readSuffixBound(s: QuantityScan, last: number): { change: Change; last: number } | null {
  const t = s.tok(last + 1);
  if (!t || t.gapBefore) return null;
  const after = s.tok(last + 2);
  // "100+ flights", but not the sum "2+2".
  if (t.text === '+') return after?.kind === 'num' && !after.gapBefore ? null : { change: SUFFIX_BOUNDS.get('+')!, last: last + 1 };
  if (!isHyphen(t) || !after || after.gapBefore || after.kind !== 'word') return null;
  const change = SUFFIX_BOUNDS.get(after.lower);
  return change ? { change, last: last + 2 } : null;
}

/** A bound written after an amount that ends at `last`: "$50,000 or more", "200 or so", "30 minutes or less". */
export function readTrailingBound(s: QuantityScan, last: number): { change: Change; last: number } | null {
  for (const [phrase, change] of TRAILING_BOUNDS) {
    let ok = true;
    for (let n = 0; n < phrase.length && ok; n++) {
      const t = s.tok(last + 1 + n);
      ok = t !== undefined && !t.breakBefore && t.lower === phrase[n];
    }
    if (ok) return { change, last: last + phrase.length };
  }
  return null;
}
