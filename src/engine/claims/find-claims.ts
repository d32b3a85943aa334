/**
 * The claims stage: clauses that assert a quantity about something (numeric
 * claims) or control over a place (territorial claims), each with who makes
 * the claim and how the text presents it (asserted, claimed, expected, denied).
 *
 * The parts: clauses.ts cuts sentences into clauses; kinds/ reads each kind of claim (one file per
 * kind); claimant.ts finds who makes it; status.ts how the text presents it. Linear in the text's length.
 */
import { LEADING_CONNECTIVES } from '../lexicon/word-lists';
import { itemId } from '../ids';
import { isMeasuredQuantity } from '../quantities/find-quantities';
import { sentenceOfFineTokens } from '../text/fine-sentences';
import { firstStartingAtOrAfter } from '../text/search';
import { tokenizeFine, type FineToken } from '../text/fine-tokens';
import type { Claim, ClaimKind, Quantity, Quote, Span, Speaker, TextSpan } from '../types';
import { ClaimantFinder } from './claimant';
import { splitClauses, type Clause } from './clauses';
import { countingOrdinalAt, readNumeric, tallyAt, unquantifiedAmountAt } from './kinds/numeric';
import { hasVerb } from './verbs';
import { readTerritorial } from './kinds/territorial';
import { claimStatus } from './status';

export interface ClaimContext {
  quotes: Quote[];
  speakers: Speaker[];
  quantities: Quantity[];
}

interface Draft extends Span {
  kinds: ClaimKind[];
  quantityIds: string[];
  places: TextSpan[];
  /** The spans the claim was read from: its quantities, its places, the ordinal or amount word that counts. */
  core: Span[];
  clause: Clause;
  /** A claim only because of a deadline date: kept only beside another claim in its sentence. */
  deadlineOnly: boolean;
}

/**
 * Finds the numeric and territorial claims in `text`. Never throws.
 * `tokens`, when given, must be `tokenizeFine(text)`, and `sentenceOf` their sentences (sentenceOfFineTokens):
 * the pipeline makes them once for this stage and quantities.
 */
export function findClaims(text: string, context: ClaimContext, tokens?: FineToken[], sentenceOf?: Int32Array): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const fine = tokens ?? tokenizeFine(text);
    return claimsOf(text, context, fine, sentenceOf ?? sentenceOfFineTokens(text, fine));
  } catch {
    // Claims are an extra: a failure here must not take the rest of the analysis down.
    return [];
  }
}

function claimsOf(text: string, context: ClaimContext, tokens: FineToken[], sentenceOf: Int32Array): Claim[] {
  // Quantities in text order, so that each clause's look-up is a binary search, not a scan.
  const quantities = [...context.quantities].sort((a, b) => a.start - b.start);
  const { clauses, sentenceStarts } = splitClauses(tokens, sentenceOf, quantities);
  const drafts: Draft[] = [];
  for (const clause of clauses) {
    const draft = claimIn(text, tokens, quantities, clause, drafts[drafts.length - 1]);
    if (draft) drafts.push(draft);
  }
  // A set of sentences, not a scan of all drafts per draft: a long page has thousands of drafts.
  const claimedSentences = new Set<number>();
  for (const d of drafts) if (!d.deadlineOnly) claimedSentences.add(d.clause.sentence);
  const kept = drafts.filter((d) => !d.deadlineOnly || claimedSentences.has(d.clause.sentence));
  const claimants = new ClaimantFinder(tokens, sentenceStarts, context.quotes);
  return kept.map((d, n) => {
    const { quote, claimantId, claimantMention } = claimants.claimantOf(d, d.clause, d.core);
    const claim: Claim = {
      id: itemId('claim', n), start: d.start, end: d.end, text: text.slice(d.start, d.end), kinds: d.kinds,
      quantityIds: d.quantityIds, places: d.places, claimantId, quoteId: quote ? quote.id : null,
      status: claimStatus(tokens, d.clause, quote !== null || claimantMention !== null, quote),
    };
    if (claimantMention) claim.claimantMention = claimantMention;
    return claim;
  });
}

/** The claim a clause makes, numeric, territorial or both; null for none. `previous` is the claim before it. */
function claimIn(text: string, tokens: FineToken[], quantities: readonly Quantity[], clause: Clause, previous: Draft | undefined): Draft | null {
  let first = clause.first;
  while (first < clause.last && LEADING_CONNECTIVES.has(tokens[first].lower)) first++;
  const start = tokens[first].start;
  const end = tokens[clause.last].end;
  const { all: inClause, measured, deadlines, dated, comparison, asserting } = readNumeric(tokens, quantities, first, clause.last, start, end);
  const places = readTerritorial(tokens, first, clause.last);
  const territorial = places !== null;

  const datedEvent = dated.length > 0 && hasVerb(tokens, first, clause.last);
  // An ordinal or an amount the quantity stage leaves alone: the word is the claim's core, as a quantity would be.
  const countedAt = clause.last - first < 2 ? -1 : Math.max(countingOrdinalAt(tokens, first, clause.last), unquantifiedAmountAt(tokens, first, clause.last), tallyAt(tokens, first, clause.last));
  const counted = countedAt >= 0;
  const gapped = !asserting && measured.length > 0 && previous !== undefined && repeatsElidedPredicate(tokens, quantities, previous, clause, start);
  const numeric = asserting || comparison || datedEvent || counted || gapped || clause.statesAge === true || (territorial && inClause.some((q) => q.type === 'year' || isMeasuredQuantity(q)));
  const deadlineOnly = !numeric && !territorial && deadlines.length > 0;
  if (!numeric && !territorial && !deadlineOnly) return null;
  const kinds: ClaimKind[] = [];
  if (numeric || deadlineOnly) kinds.push('numeric');
  if (territorial) kinds.push('territorial');
  const claimed = territorial || comparison ? inClause : [...measured, ...deadlines, ...(datedEvent ? dated : [])];
  const placeSpans = places ? places.map((p) => ({ start: tokens[p.first].start, end: tokens[p.last].end, text: text.slice(tokens[p.first].start, tokens[p.last].end) })) : [];
  return {
    start, end, kinds, quantityIds: claimed.map((q) => q.id), clause, deadlineOnly, places: placeSpans,
    core: [...claimed.map((q) => ({ start: q.start, end: q.end })), ...placeSpans.map((p) => ({ start: p.start, end: p.end })), ...(counted ? [{ start: tokens[countedAt].start, end: tokens[countedAt].end }] : [])],
  };
}

/**
 * "11.9 percent were black, 15.36 percent Hispanic": a clause that opens with a figure of the same unit as
 * the first figure of the claim just before it in its sentence, after a comma, repeats that claim's
 * predicate without its verb.
 */
function repeatsElidedPredicate(tokens: FineToken[], quantities: readonly Quantity[], previous: Draft, clause: Clause, start: number): boolean {
  if (previous.clause.sentence !== clause.sentence || previous.clause.last !== clause.first - 2 || tokens[clause.first - 1].text !== ',') return false;
  const opening = quantities[firstStartingAtOrAfter(quantities, start)];
  const previousFigure = quantities[firstStartingAtOrAfter(quantities, previous.start)];
  return opening?.start === start && previousFigure !== undefined && previousFigure.end <= previous.end && opening.type === previousFigure.type && opening.unit === previousFigure.unit;
}
