/**
 * Territorial claims: a clause that asserts control over a place ("the Taliban are in control of 163
 * districts", "troops retook Kunduz"): a control cue and the places it governs (places.ts).
 */
import { HYPOTHETICAL_CUE_MODALS } from '../../lexicon/word-lists';
import type { FineToken } from '../../text/fine-tokens';
import { findControlCue, findPlaces, mayClaimControl, type PlaceMention } from './places';

/** The places the clause `first`..`last` claims control over; null when it claims none, or only as a hypothetical. */
export function readTerritorial(tokens: FineToken[], first: number, last: number): PlaceMention[] | null {
  if (!mayClaimControl(tokens, first, last)) return null;
  const places = findPlaces(tokens, first, last);
  const cue = findControlCue(tokens, first, last, places);
  return cue >= 0 && !isHypothetical(tokens, first, cue) ? places : null;
}

/** How many words before the cue a modal makes it hypothetical: "could yet be called in". */
const MODAL_REACH = 4;

/**
 * "the army could be deployed", "troops might yet seize", "militants who may have joined": a modal of possibility
 * shortly before the cue at `cue` ("may" only before "have": "may impose a buffer zone" is as often a plan).
 */
function isHypothetical(tokens: FineToken[], first: number, cue: number): boolean {
  for (let k = cue - 1; k >= first && k >= cue - MODAL_REACH; k--) {
    const w = tokens[k].lower;
    if (HYPOTHETICAL_CUE_MODALS.has(w) || (w === 'may' && tokens[k + 1].lower === 'have')) return true;
  }
  return false;
}
