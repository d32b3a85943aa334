/**
 * The claims stage: clauses that assert a quantity about something (numeric
 * claims) or control over a place (territorial claims), each with who makes
 * the claim and how the text presents it (asserted, claimed, expected, denied).
 *
 * A claim is a clause: sentences are cut at commas, semicolons, brackets,
 * quotation marks and subordinating words ("following", "while"), so that two
 * claims in one sentence stay two. Linear in the text's length.
 */
import type { Claim, ClaimKind, ClaimStatus, Quantity, Quote, Span, Speaker, TextSpan } from '../types';
import { LOW_CONFIDENCE } from '../types';
import { isMeasuredQuantity } from '../quantities/find-quantities';
import { findControlCue, findPlaces } from './places';
import { tokenizeFine, type FineToken } from '../text/fine-tokens';
import { firstIndexWhere } from '../text/search';
import { sentenceOfFineTokens } from '../text/fine-sentences';
import { ASSERTING_WORDS, CLAUSE_OPENERS, COMPARISON_CHANGE_WORDS, DEADLINE_WORDS, DENIAL_VERBS, EXPECTATION_WORDS, LEADING_CONNECTIVES, NEGATIONS, REPORTING_VERBS } from '../lexicon/word-lists';
import { itemId } from '../ids';

export interface ClaimContext {
  quotes: Quote[];
  speakers: Speaker[];
  quantities: Quantity[];
}

/** Symbols that end a clause. Quotation marks do too: a quote's edge is a claim's edge. */
const CLAUSE_BREAK_SYMBOLS = new Set([',', ';', ':', '(', ')', '[', ']', '“', '”', '"', '«', '»', '—', '–', '…']);
/** Marks that end a sentence, and so a clause. */
const SENTENCE_END = new Set(['.', '!', '?']);

const NO_QUANTITIES: readonly Quantity[] = [];


interface Clause {
  first: number;
  last: number;
  sentence: number;
}

interface Draft extends Span {
  kinds: ClaimKind[];
  quantityIds: string[];
  places: TextSpan[];
  clause: Clause;
  /** A claim only because of a deadline date: kept only beside another claim in its sentence. */
  deadlineOnly: boolean;
}

/**
 * Finds the numeric and territorial claims in `text`. Never throws.
 * `tokens`, when given, must be `tokenizeFine(text)`: the pipeline tokenizes once for this stage and quantities.
 */
export function findClaims(text: string, context: ClaimContext, tokens?: FineToken[], sentenceOf?: Int32Array): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const fine = tokens ?? tokenizeFine(text);
    return new ClaimFinder(text, context, fine, sentenceOf ?? sentenceOfFineTokens(text, fine)).find();
  } catch {
    // Claims are an extra: a failure here must not take the rest of the analysis down.
    return [];
  }
}

interface IndexedMention extends Span {
  /** Index into the speakers list. */
  speaker: number;
}

interface MentionIndex {
  /** Every speaker mention, sorted by start. */
  mentions: IndexedMention[];
  /** The longest mention's length: how far before a span an overlapping mention can start. */
  longest: number;
  /** Per speaker, its name and aliases normalised. */
  names: string[][];
}

/** How many earlier-starting quotes to look back over for one overlapping a span: quotes seldom nest deeper. */
const QUOTE_LOOKBACK = 16;

class ClaimFinder {
  private readonly sentenceStarts: number[] = [];
  /** Quantities and listed quotes in text order, so that each look-up is a binary search, not a scan. */
  private readonly quantities: Quantity[];
  private readonly quotes: Quote[];

  constructor(
    private readonly text: string,
    private readonly context: ClaimContext,
    private readonly tokens: FineToken[],
    /** The sentence of each token (see text/fine-sentences.ts). */
    private readonly sentenceOf: Int32Array,
  ) {
    this.quantities = [...context.quantities].sort((a, b) => a.start - b.start);
    this.quotes = context.quotes.filter((q) => q.confidence >= LOW_CONFIDENCE).sort((a, b) => a.start - b.start);
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

  find(): Claim[] {
    const clauses = this.clauses();
    const drafts: Draft[] = [];
    for (const clause of clauses) {
      const draft = this.claimIn(clause);
      if (draft) drafts.push(draft);
    }
    // A set of sentences, not a scan of all drafts per draft: a long page has thousands of drafts.
    const claimedSentences = new Set<number>();
    for (const d of drafts) if (!d.deadlineOnly) claimedSentences.add(d.clause.sentence);
    const kept = drafts.filter((d) => !d.deadlineOnly || claimedSentences.has(d.clause.sentence));
    return kept.map((d, n) => this.finish(d, n));
  }

  // ---------------------------------------------------------------- segmentation

  /** Every clause of every sentence, as token ranges. */
  private clauses(): Clause[] {
    const clauses: Clause[] = [];
    let sentence = -1;
    let first = -1;
    const close = (last: number) => {
      if (first >= 0 && last >= first) clauses.push({ first, last, sentence });
      first = -1;
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (i === 0 || this.sentenceOf[i] !== this.sentenceOf[i - 1]) {
        close(i - 1);
        sentence++;
        this.sentenceStarts.push(i);
      }
      if (t.kind === 'sym' && (CLAUSE_BREAK_SYMBOLS.has(t.text) || SENTENCE_END.has(t.text))) {
        close(i - 1);
        continue;
      }
      if (t.kind === 'word' && CLAUSE_OPENERS.has(t.lower) && first >= 0) close(i - 1);
      if (first < 0) first = i;
    }
    close(this.tokens.length - 1);
    return clauses;
  }

  // ---------------------------------------------------------------- detection

  private claimIn(clause: Clause): Draft | null {
    const { tokens } = this;
    let first = clause.first;
    while (first < clause.last && LEADING_CONNECTIVES.has(tokens[first].lower)) first++;
    const start = tokens[first].start;
    const end = tokens[clause.last].end;
    const found = this.quantitiesIn(start, end);
    const inClause = found?.all ?? NO_QUANTITIES;
    const measured = found?.measured ?? NO_QUANTITIES;
    const deadlines = found?.deadlines ?? NO_QUANTITIES;
    const places = findPlaces(tokens, first, clause.last);
    const territorial = findControlCue(tokens, first, clause.last, places) >= 0;
    const comparison = this.isComparison(first, clause.last);
    const asserting = measured.length > 0 && this.asserts(first, clause.last, measured);

    const numeric = asserting || comparison || (territorial && inClause.some((q) => q.type === 'year' || isMeasuredQuantity(q)));
    const deadlineOnly = !numeric && !territorial && deadlines.length > 0;
    if (!numeric && !territorial && !deadlineOnly) return null;
    const kinds: ClaimKind[] = [];
    if (numeric || deadlineOnly) kinds.push('numeric');
    if (territorial) kinds.push('territorial');
    const quantityIds = (territorial || comparison ? inClause : [...measured, ...deadlines]).map((q) => q.id);
    return {
      start, end, kinds, quantityIds, clause, deadlineOnly,
      places: territorial ? places.map((p) => this.span(tokens[p.first].start, tokens[p.last].end)) : [],
    };
  }

  /**
   * The quantities in `start`..`end`, those it can assert and the dates it can set a deadline by; null for
   * none, as in most clauses, which then build no lists. One loop, not a filter per list and clause.
   */
  private quantitiesIn(start: number, end: number): { all: Quantity[]; measured: Quantity[]; deadlines: Quantity[] } | null {
    let i = firstStartingAtOrAfter(this.quantities, start);
    if (i >= this.quantities.length || this.quantities[i].start >= end) return null;
    const found = { all: [] as Quantity[], measured: [] as Quantity[], deadlines: [] as Quantity[] };
    for (; i < this.quantities.length && this.quantities[i].start < end; i++) {
      const q = this.quantities[i];
      found.all.push(q);
      if (isMeasuredQuantity(q)) {
        if ((q.value !== null || q.low !== undefined) && !this.isIncidental(q)) found.measured.push(q);
      } else if (DEADLINE_WORDS.has(this.wordBefore(q.start))) found.deadlines.push(q);
    }
    return found;
  }

  /** "one of them", "a 12-man team": quantities too slight to be what a clause asserts. */
  private isIncidental(q: Quantity): boolean {
    return q.type === 'count' && q.value === 1 && q.change === '=';
  }

  /** A clause asserts when it has a verb, or states a change ("up 5%"). */
  private asserts(first: number, last: number, measured: readonly Quantity[]): boolean {
    if (measured.some((q) => q.change === 'up' || q.change === 'down')) return true;
    let words = 0;
    let verb = false;
    for (let i = first; i <= last; i++) {
      const t = this.tokens[i];
      if (t.kind !== 'word') continue;
      words++;
      if (ASSERTING_WORDS.has(t.lower) || REPORTING_VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'))) verb = true;
    }
    return verb && words >= 3;
  }

  private isComparison(first: number, last: number): boolean {
    let compared = false;
    let changeWord = false;
    for (let i = first; i <= last; i++) {
      const w = this.tokens[i].lower;
      if ((w === 'compared' && ['to', 'with'].includes(this.tokens[i + 1]?.lower ?? '')) ||
        (w === 'than' && this.tokens[i + 2]?.lower === 'year') || w === 'year-on-year') compared = true;
      if (COMPARISON_CHANGE_WORDS.has(w)) changeWord = true;
    }
    return compared && changeWord;
  }

  private wordBefore(offset: number): string {
    const i = this.tokenIndexAt(offset);
    return i > 0 ? this.tokens[i - 1].lower : '';
  }

  /** Index of the token starting at or containing `offset` (binary search). */
  private tokenIndexAt(offset: number): number {
    const { tokens } = this;
    return Math.max(0, firstIndexWhere(tokens.length, (index) => tokens[index].start > offset) - 1);
  }

  private span(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }

  // ---------------------------------------------------------------- claimant and status

  private finish(d: Draft, n: number): Claim {
    const quote = this.quoteAround(d);
    let claimantId: string | null = quote ? quote.speakerId : null;
    let claimantMention: TextSpan | null = quote?.speakerMention ?? null;
    if (!quote) {
      const reported = this.reportedSource(d);
      if (reported) {
        claimantMention = reported;
        claimantId = this.speakerFor(reported);
      }
    }
    const claim: Claim = {
      id: itemId('claim', n), start: d.start, end: d.end, text: this.text.slice(d.start, d.end), kinds: d.kinds,
      quantityIds: d.quantityIds, places: d.places, claimantId, quoteId: quote ? quote.id : null,
      status: this.status(d, quote !== null || claimantMention !== null, quote),
    };
    if (claimantMention) claim.claimantMention = claimantMention;
    return claim;
  }

  /** The listed quote that holds most of the claim, if one holds at least half of it. */
  private quoteAround(d: Draft): Quote | null {
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (const q of this.quotesOverlapping(d.start, d.end)) {
      const pieces = q.fragments && q.fragments.length ? q.fragments : [q];
      let overlap = 0;
      for (const p of pieces) overlap += Math.max(0, Math.min(p.end, d.end) - Math.max(p.start, d.start));
      if (overlap > bestOverlap) {
        best = q;
        bestOverlap = overlap;
      }
    }
    return best && bestOverlap * 2 >= d.end - d.start ? best : null;
  }

  /**
   * The source of a claim reported in the article's words: "according to X"
   * anywhere in its sentence, or the subject of a reporting verb before it
   * ("Taliban claim are in control …"). Null for the article's own voice.
   */
  private reportedSource(d: Draft): TextSpan | null {
    const { tokens } = this;
    const sentenceFirst = this.sentenceStarts[d.clause.sentence];
    const sentenceEnd = this.sentenceStarts[d.clause.sentence + 1] ?? tokens.length;
    const sentenceSpan = { start: tokens[sentenceFirst].start, end: tokens[sentenceEnd - 1].end };
    // A sentence the quote stage already attributes elsewhere is not reported speech for this claim.
    const quoted = this.quotesOverlapping(sentenceSpan.start, sentenceSpan.end).length > 0;
    for (let i = sentenceFirst; i < sentenceEnd - 1; i++) {
      if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
        let last = i + 1;
        while (last + 1 < sentenceEnd && last < i + 8 && tokens[last + 1].kind !== 'sym') last++;
        if (last > i + 1) return this.span(tokens[i + 2].start, tokens[last].end);
      }
    }
    if (quoted) return null;
    // The verb may open the claim's own clause ("Taliban claim are in control …") or come before it.
    const clauseFirst = d.clause.first;
    for (let i = Math.min(d.clause.last, clauseFirst + 4); i >= sentenceFirst && i > clauseFirst - 12; i--) {
      if (!REPORTING_VERBS.has(tokens[i].lower) || i === sentenceFirst) continue;
      // The subject: the words right before the verb, back to a clause edge.
      let subjectFirst = i - 1;
      while (subjectFirst > sentenceFirst && subjectFirst > i - 5 && tokens[subjectFirst - 1].kind === 'word' &&
        !CLAUSE_OPENERS.has(tokens[subjectFirst - 1].lower) && !LEADING_CONNECTIVES.has(tokens[subjectFirst - 1].lower)) subjectFirst--;
      if (tokens[subjectFirst].kind !== 'word') return null;
      return this.span(tokens[subjectFirst].start, tokens[i - 1].end);
    }
    return null;
  }

  /** The speaker a source mention names: by a mention the speaker stage found there, else by name. */
  private speakerFor(mention: TextSpan): string | null {
    const { speakers } = this.context;
    const index = this.mentionIndex();
    // Mentions start before `mention.end` up to `index.mentions[high - 1]`; only those within the longest
    // mention's length of its start can reach it. Of the overlapping ones, the earliest-listed speaker wins.
    let high = firstStartingAtOrAfter(index.mentions, mention.end);
    let found = -1;
    while (--high >= 0 && index.mentions[high].start > mention.start - index.longest) {
      const m = index.mentions[high];
      if (m.end > mention.start && (found < 0 || m.speaker < found)) found = m.speaker;
    }
    if (found >= 0) return speakers[found].id;
    const wanted = normaliseName(mention.text);
    if (!wanted) return null;
    for (let s = 0; s < speakers.length; s++) {
      for (const n of index.names[s]) {
        if (n && (n === wanted || ` ${wanted} `.includes(` ${n} `) || ` ${n} `.includes(` ${wanted} `))) return speakers[s].id;
      }
    }
    return null;
  }

  private mentions: MentionIndex | null = null;

  /** Built once per text: every claim would otherwise scan every speaker's mentions and normalise every name. */
  private mentionIndex(): MentionIndex {
    if (this.mentions) return this.mentions;
    const mentions: IndexedMention[] = [];
    let longest = 0;
    this.context.speakers.forEach((speaker, s) => {
      for (const m of speaker.mentions) {
        mentions.push({ start: m.start, end: m.end, speaker: s });
        longest = Math.max(longest, m.end - m.start);
      }
    });
    mentions.sort((a, b) => a.start - b.start);
    const names = this.context.speakers.map((speaker) => [speaker.name, ...speaker.aliases].map(normaliseName));
    this.mentions = { mentions, longest, names };
    return this.mentions;
  }

  private status(d: Draft, attributed: boolean, quote: Quote | null): ClaimStatus {
    let negated = false;
    let expected = false;
    for (let i = d.clause.first; i <= d.clause.last; i++) {
      const w = this.tokens[i].lower;
      if (NEGATIONS.has(w) || w.endsWith("n't") || w.endsWith('n’t') || DENIAL_VERBS.has(w)) negated = true;
      if (EXPECTATION_WORDS.has(w)) expected = true;
    }
    if (quote?.cue && DENIAL_VERBS.has(quote.cue.text.toLowerCase())) negated = true;
    if (negated) return 'denied';
    if (expected) return 'expected';
    return attributed ? 'claimed' : 'asserted';
  }
}

/** Index of the first item starting at or after `offset` in a list sorted by start. */
function firstStartingAtOrAfter(items: Span[], offset: number): number {
  return firstIndexWhere(items.length, (index) => items[index].start >= offset);
}

/** "the Taliban's" → "taliban": a name reduced for comparison. */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/['’]s\b/g, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}
