/**
 * Who makes a claim: the speaker of the listed quote that holds it (the quote stage's attribution),
 * else the source of a claim reported in the article's own words ("according to X" in its sentence,
 * the subject of a reporting verb before it), else nobody: the article itself.
 */
import { CLAUSE_OPENERS, LEADING_CONNECTIVES, REPORTING_VERBS } from '../lexicon/word-lists';
import type { FineToken } from '../text/fine-tokens';
import { firstStartingAtOrAfter } from '../text/search';
import { LOW_CONFIDENCE, type Quote, type Span, type Speaker, type TextSpan } from '../types';
import type { Clause } from './clauses';

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

export interface Claimant {
  /** The listed quote the claim sits in, if any. */
  quote: Quote | null;
  claimantId: string | null;
  claimantMention: TextSpan | null;
}

export class ClaimantFinder {
  /** The listed quotes in text order, so that each look-up is a binary search, not a scan. */
  private readonly quotes: Quote[];
  private mentions: MentionIndex | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: FineToken[],
    /** The first token of each sentence. */
    private readonly sentenceStarts: readonly number[],
    quotes: readonly Quote[],
    private readonly speakers: readonly Speaker[],
  ) {
    this.quotes = quotes.filter((q) => q.confidence >= LOW_CONFIDENCE).sort((a, b) => a.start - b.start);
  }

  /** The claimant of the claim `span` made in `clause`. */
  claimantOf(span: Span, clause: Clause): Claimant {
    const quote = this.quoteAround(span);
    if (quote) return { quote, claimantId: quote.speakerId, claimantMention: quote.speakerMention };
    const reported = this.reportedSource(clause);
    return { quote: null, claimantId: reported ? this.speakerFor(reported) : null, claimantMention: reported };
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

  /** The listed quote that holds most of the claim, if one holds at least half of it. */
  private quoteAround(d: Span): Quote | null {
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
  private reportedSource(clause: Clause): TextSpan | null {
    const { tokens } = this;
    const sentenceFirst = this.sentenceStarts[clause.sentence];
    const sentenceEnd = this.sentenceStarts[clause.sentence + 1] ?? tokens.length;
    const sentenceSpan = { start: tokens[sentenceFirst].start, end: tokens[sentenceEnd - 1].end };
    // A sentence the quote stage already attributes elsewhere is not reported speech for this claim.
    const quoted = this.quotesOverlapping(sentenceSpan.start, sentenceSpan.end).length > 0;
    for (let i = sentenceFirst; i < sentenceEnd - 1; i++) {
      if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') {
        let last = i + 1;
        while (last + 1 < sentenceEnd && last < i + 8 && tokens[last + 1].kind !== 'sym') last++;
        if (last > i + 1) return this.textSpan(tokens[i + 2].start, tokens[last].end);
      }
    }
    if (quoted) return null;
    // The verb may open the claim's own clause ("Taliban claim are in control …") or come before it.
    const clauseFirst = clause.first;
    for (let i = Math.min(clause.last, clauseFirst + 4); i >= sentenceFirst && i > clauseFirst - 12; i--) {
      if (!REPORTING_VERBS.has(tokens[i].lower) || i === sentenceFirst) continue;
      // The subject: the words right before the verb, back to a clause edge.
      let subjectFirst = i - 1;
      while (subjectFirst > sentenceFirst && subjectFirst > i - 5 && tokens[subjectFirst - 1].kind === 'word' &&
        !CLAUSE_OPENERS.has(tokens[subjectFirst - 1].lower) && !LEADING_CONNECTIVES.has(tokens[subjectFirst - 1].lower)) subjectFirst--;
      if (tokens[subjectFirst].kind !== 'word') return null;
      return this.textSpan(tokens[subjectFirst].start, tokens[i - 1].end);
    }
    return null;
  }

  /** The speaker a source mention names: by a mention the speaker stage found there, else by name. */
  private speakerFor(mention: TextSpan): string | null {
    const { speakers } = this;
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

  /** Built once per text: every claim would otherwise scan every speaker's mentions and normalise every name. */
  private mentionIndex(): MentionIndex {
    if (this.mentions) return this.mentions;
    const mentions: IndexedMention[] = [];
    let longest = 0;
    this.speakers.forEach((speaker, s) => {
      for (const m of speaker.mentions) {
        mentions.push({ start: m.start, end: m.end, speaker: s });
        longest = Math.max(longest, m.end - m.start);
      }
    });
    mentions.sort((a, b) => a.start - b.start);
    const names = this.speakers.map((speaker) => [speaker.name, ...speaker.aliases].map(normaliseName));
    this.mentions = { mentions, longest, names };
    return this.mentions;
  }

  private textSpan(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }
}

/** "the Taliban's" → "taliban": a name reduced for comparison. */
function normaliseName(name: string): string {
  return name.toLowerCase().replace(/['’]s\b/g, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}
