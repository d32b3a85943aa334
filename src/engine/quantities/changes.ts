/** Bounds and approximations before an amount ("more than", "about") and rises and falls around it ("up 5%", "fell by 3"). */
import { CHANGE_FILLERS, FALL_WORDS, PHRASAL_VERBS, RISE_WORDS } from '../lexicon/word-lists';
import { MODIFIERS } from '../lexicon/tables';
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

/** A rise or fall verb before token `i` ("rose 5%", "fell by about 2%", "down 9.2%"). */
export function readDirection(s: QuantityScan, i: number): Change | null {
  let k = i - 1;
  for (let steps = 0; steps < 3 && k >= 0 && CHANGE_FILLERS.has(s.tokens[k].lower); steps++) k--;
  const t = s.tok(k);
  if (!t || t.kind !== 'word') return null;
  const particle = (t.lower === 'up' || t.lower === 'down') && PHRASAL_VERBS.has(s.tok(k - 1)?.lower ?? '');
  if (RISE_WORDS.has(t.lower) && !particle) return 'up';
  if (FALL_WORDS.has(t.lower) && !particle) return 'down';
  // Elliptical lists: "down 2.3%, Burlington by 2.6%" — the verb is the one before.
  if (s.tok(i - 1)?.lower === 'by' && s.lastDirection && s.lastDirection.sentence === s.sentenceOf[i]) {
    return s.lastDirection.change;
  }
  return null;
}
