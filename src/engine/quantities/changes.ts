/**
 * Bounds and approximations around an amount ("more than", "about", "40-odd", "or more") and rises
 * and falls before it ("up 5%", "fell by 3", "an increase of 2%").
 */
import { CHANGE_FILLERS, FALL_WORDS, PHRASAL_VERBS, RISE_BY_WORDS, RISE_WORDS } from '../lexicon/word-lists';
import { MODIFIERS, SUFFIX_BOUNDS, TRAILING_BOUNDS } from '../lexicon/tables';
import { isHyphen } from '../text/fine-tokens';
import type { Change } from '../types';
import { QuantityScan } from './quantity-scan';

/**
 * MODIFIERS by their last word, each list in the table's order (longest first): a qualifier ends right
 * before its amount, so one look-up finds the few that may, not a scan of the whole table per amount.
 */
const MODIFIERS_BY_LAST_WORD = new Map<string, Array<[string[], Change]>>();
for (const modifier of MODIFIERS) {
  const last = modifier[0][modifier[0].length - 1];
  const list = MODIFIERS_BY_LAST_WORD.get(last);
  if (list) list.push(modifier);
  else MODIFIERS_BY_LAST_WORD.set(last, [modifier]);
}

/** The change "sub" makes, also when a hyphen joins it to the number ("sub-7"). */
const SUB_CHANGE = MODIFIERS.find(([phrase]) => phrase.length === 1 && phrase[0] === 'sub')![1];

/** The qualifier written before token `i`: its change and the first token of the phrase. */
export function readModifier(s: QuantityScan, i: number): { change: Change; first: number } | null {
  for (const [phrase, change] of MODIFIERS_BY_LAST_WORD.get(s.tok(i - 1)?.lower ?? '') ?? []) {
    const first = i - phrase.length;
    if (first < 0) continue;
    let ok = true;
    for (let n = 0; n < phrase.length && ok; n++) ok = s.tokens[first + n].lower === phrase[n];
    if (ok) return { change, first };
  }
  // "sub-7": the hyphen sits between the prefix and the number (no qualifier ends in a hyphen).
  if (isHyphen(s.tok(i - 1)) && s.tok(i - 2)?.lower === 'sub') return { change: SUB_CHANGE, first: i - 2 };
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
