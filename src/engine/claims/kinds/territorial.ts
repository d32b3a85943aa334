/**
 * Territorial claims: a clause that asserts control over a place ("the Taliban are in control of 163
 * districts", "troops retook Kunduz"): a control cue and the places it governs (places.ts).
 */
import type { FineToken } from '../../text/fine-tokens';
import { findControlCue, findPlaces, mayClaimControl, type PlaceMention } from './places';

/** The places the clause `first`..`last` claims control over; null when it claims none. */
export function readTerritorial(tokens: FineToken[], first: number, last: number): PlaceMention[] | null {
  if (!mayClaimControl(tokens, first, last)) return null;
  const places = findPlaces(tokens, first, last);
  return findControlCue(tokens, first, last, places) >= 0 ? places : null;
}
