/**
 * Who makes a claim, read from the quote stage's attributions (one attribution engine, no second scan):
 * the speaker of the listed quote that holds it, else of an attribution that vouches for its whole sentence
 * ("according to X", a frame put after the sentence), else nobody: the article itself. What the writer adds
 * to someone's reported words (an insert, a hedge with no source, the main clause after a concessive report)
 * is the article's too (claims GUIDELINES.md).
 */
import { BE_FORMS, CONCESSIVE_OPENERS, DETERMINERS, FOREIGN_ACCORDING, HEDGE_ADVERBS, HEDGE_PARTICIPLES, PREPOSITIONS, RELATIVE_OPENERS, SPEECH_VERBS } from '../lexicon/word-lists';
import { hasVerb } from './verbs';
import { startsLower, startsUpper, type FineToken } from '../text/fine-tokens';
import { firstStartingAtOrAfter } from '../text/search';
import { LOW_CONFIDENCE, type Quote, type Span, type TextSpan } from '../types';
import type { Clause } from './clauses';

/** How many tokens an opening concessive clause may take before its cue, and its report after it. */
const CONCESSION_REACH = 40;

/** How many earlier-starting quotes to look back over for one overlapping a span: quotes seldom nest deeper. */
const QUOTE_LOOKBACK = 16;

export interface Claimant {
  /** The listed quote the claim sits in, if any. */
  quote: Quote | null;
  claimantId: string | null;
  claimantMention: TextSpan | null;
}

export class ClaimantFinder {
  /** The attributed quotes in text order, so that each look-up is a binary search, not a scan. */
  private readonly quotes: Quote[];

  constructor(
    private readonly tokens: FineToken[],
    /** The first token of each sentence. */
    private readonly sentenceStarts: readonly number[],
    quotes: readonly Quote[],
  ) {
    // The listed quotes, and the attributions kept unlisted (a headline's report): each says whose words these are.
    this.quotes = quotes.filter((q) => q.confidence >= LOW_CONFIDENCE || (q.cue !== null && q.speakerId !== null)).sort((a, b) => a.start - b.start);
  }

  /**
   * The claimant of the claim `span` made in `clause`; `core` are the spans it was read from (its quantities
   * and places), which may sit in a reported clause while the claim's span also holds the frame
   * ("Some customers who called on launch day reported waits that exceeded two hours").
   */
  claimantOf(span: Span, clause: Clause, core: readonly Span[] = []): Claimant {
    const quote = this.quoteAround(span, core);
    if (quote && this.isWritersOwn(clause, quote)) return { quote: null, claimantId: null, claimantMention: null };
    if (quote) return { quote, claimantId: quote.speakerId, claimantMention: quote.speakerMention };
    const attribution = this.sentenceAttribution(clause);
    return { quote: null, claimantId: attribution?.speakerId ?? null, claimantMention: attribution?.speakerMention ?? null };
  }

  /** Whether `clause`, inside `quote`'s reported words (not its quotation marks), is what the writer adds to them. */
  private isWritersOwn(clause: Clause, quote: Quote): boolean {
    if (quote.kind === 'direct') return false;
    // "He said the campaign – run by a firm with a budget of $449,000 – was bold"; an age beside a name is the
    // writer's convention even in a reported clause that quotes some words.
    if ((quote.kind === 'indirect' || clause.statesAge === true) && isWritersInsert(this.tokens, clause)) return true;
    // "… on the same day it is alleged he raped …": a hedge that names no source.
    return isHedged(this.tokens, clause) || this.inMainClauseAfterConcession(clause, quote);
  }

  /**
   * An attribution that vouches for its whole sentence, beyond the clause the quote stage gave it: "according
   * to" ("A man of 43 fell ill after switching to feather bedding, according to a case report"), and a frame
   * put after all its sentence says, its speaker after the verb ("Four visits failed to find the cause, which
   * was “distressing,” wrote Taylor").
   */
  private sentenceAttribution(clause: Clause): Quote | null {
    const { tokens } = this;
    const sentenceFirst = this.sentenceStarts[clause.sentence];
    const sentenceEnd = this.sentenceStarts[clause.sentence + 1] ?? tokens.length;
    const clauseEnd = tokens[clause.last].end;
    for (const quote of this.quotesOverlapping(tokens[sentenceFirst].start, tokens[sentenceEnd - 1].end)) {
      if (!quote.cue || !quote.speakerId) continue;
      if (holdsForSentence(quote.cue.text)) return quote;
      const postposed = quote.speakerMention !== null && quote.speakerMention.start > quote.cue.start && quote.cue.start >= quote.end;
      if (postposed && quote.start >= clauseEnd) return quote;
    }
    return null;
  }

  /**
   * "While the spokeswoman said the trip was routine, he did not have that physical done in phases in the past
   * two years": a report made in a sentence's opening concessive clause ends with that clause; the main
   * clause after its comma is the writer's, though the quote stage ran the report on.
   */
  private inMainClauseAfterConcession(clause: Clause, quote: Quote): boolean {
    const { tokens } = this;
    let opener = this.sentenceStarts[clause.sentence];
    while (opener < clause.first && tokens[opener].kind === 'sym') opener++;
    if (!quote.cue || !CONCESSIVE_OPENERS.has(tokens[opener].lower)) return false;
    const cue = firstStartingAtOrAfter(tokens, quote.cue.start);
    if (cue <= opener || cue >= clause.first || cue - opener > CONCESSION_REACH) return false;
    // The report's clause ends at the first comma after the cue: a bounded look, as the cue opens the sentence.
    for (let i = cue + 1; i < clause.first && i <= cue + CONCESSION_REACH; i++) if (tokens[i].text === ',') return true;
    return false;
  }

  /** The listed quotes overlapping `start`..`end`. */
  private quotesOverlapping(start: number, end: number): Quote[] {
    const found: Quote[] = [];
    const after = firstStartingAtOrAfter(this.quotes, end);
    for (let i = after - 1; i >= 0 && i >= after - QUOTE_LOOKBACK; i--) {
      if (this.quotes[i].end > start) found.push(this.quotes[i]);
    }
    return found;
  }

  /**
   * The listed quote that holds most of the claim, if one holds at least half of it, else the one that holds
   * all of its `core`, else a reported clause that holds its start. Of two that hold as much, the one with a
   * speaker: an attributed report ("According to the man, the pills “worked within 2 days") outranks the bare
   * quotation inside it.
   */
  private quoteAround(d: Span, core: readonly Span[]): Quote | null {
    let best: Quote | null = null;
    let bestOverlap = 0;
    let holdingCore: Quote | null = null;
    let holdingStart: Quote | null = null;
    for (const q of this.quotesOverlapping(d.start, d.end)) {
      const pieces = q.fragments && q.fragments.length ? q.fragments : [q];
      let overlap = 0;
      for (const p of pieces) overlap += Math.max(0, Math.min(p.end, d.end) - Math.max(p.start, d.start));
      if (overlap > bestOverlap || (overlap === bestOverlap && best !== null && best.speakerId === null && q.speakerId !== null)) {
        best = q;
        bestOverlap = overlap;
      }
      if (core.length > 0 && core.every((c) => q.start <= c.start && c.end <= q.end) && (!holdingCore || holdingCore.speakerId === null)) holdingCore = q;
      // "he said he pressed his team to triple that figure, then trimmed it and asked for $50 billion": a reported
      // clause the quote stage ended early still holds the claim that starts inside it.
      if (q.kind !== 'direct' && q.start <= d.start && d.start < q.end && q.speakerId !== null) holdingStart = q;
    }
    if (best && bestOverlap * 2 >= d.end - d.start) return best;
    return holdingCore ?? holdingStart;
  }
}

/** "according to" and its French, Spanish and German forms: cues whose attribution holds for their whole sentence. */
function holdsForSentence(cue: string): boolean {
  const first = cue.toLowerCase().split(/\s/u)[0];
  return first === 'according' || FOREIGN_ACCORDING.has(first);
}

/** Marks that set off an insert: commas, dashes (a spaced hyphen among them) and brackets. */
const INSERT_MARKS: ReadonlySet<string> = new Set([',', '—', '–', '-', '(']);

/**
 * Whether `clause` is set off from a reported clause as the writer's insert: a relative clause ("…, which
 * employs 120 people", "…, during which he …", "…, most of whom …"), a participle with its agent ("– run by
 * a firm with …"), a verbless apposition to a name ("Andrew, the Queen's third child, …"), or an age beside
 * one ("Swift, 29").
 */
function isWritersInsert(tokens: FineToken[], clause: Clause): boolean {
  if (clause.statesAge) return true;
  const mark = tokens[clause.first - 1];
  if (!mark || mark.kind !== 'sym' || !INSERT_MARKS.has(mark.text)) return false;
  const first = tokens[clause.first];
  const second = tokens[clause.first + 1];
  // "…, which he said would be its lowest ever": a relative clause that reports is the speaker's.
  if (RELATIVE_OPENERS.has(first.lower) || (startsLower(first.text) && second && RELATIVE_OPENERS.has(second.lower))) return !reports(tokens, clause);
  if (first.kind === 'word' && startsLower(first.text) && second?.lower === 'by' && !PREPOSITIONS.has(first.lower)) return true;
  const named = tokens[clause.first - 2];
  const closing = tokens[clause.last + 1];
  // An apposition opens as a noun phrase does ("the", "29", "Queen …"), not with a participle ("…, operating in 85 countries").
  const nounPhrase = first.kind === 'num' || DETERMINERS.has(first.lower) || startsUpper(first.text);
  return nounPhrase && mark.text === ',' && named !== undefined && named.kind === 'word' && startsUpper(named.text) &&
    closing !== undefined && closing.kind === 'sym' && INSERT_MARKS.has(closing.text) && !hasVerb(tokens, clause.first, clause.last);
}

/** Whether `clause` holds a verb of saying. */
function reports(tokens: FineToken[], clause: Clause): boolean {
  for (let i = clause.first; i <= clause.last; i++) if (SPEECH_VERBS.has(tokens[i].lower)) return true;
  return false;
}

/** Whether `clause` hedges its claim without naming a source: "allegedly", "it is alleged", "are believed to". */
function isHedged(tokens: FineToken[], clause: Clause): boolean {
  for (let i = clause.first; i <= clause.last; i++) {
    const w = tokens[i].lower;
    if (HEDGE_ADVERBS.has(w)) return true;
    if (HEDGE_PARTICIPLES.has(w) && i > clause.first && BE_FORMS.has(tokens[i - 1].lower) && tokens[i + 1]?.lower !== 'by') return true;
  }
  return false;
}
