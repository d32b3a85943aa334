/**
 * Quote finding: direct quotes (paired quotation marks), reported speech (a speaker, a verb of saying
 * and a clause), and the speaker mention and cue each one is attributed to. Speaker resolution (who
 * "he" is) happens later, in speakers/.
 *
 * The parts: quote-marks.ts pairs the marks, frames.ts finds the cues of each sentence and has the
 * cue forms (cue-forms/, one file per form) read their frames; this file puts quotes and frames
 * together. Everything walks the text model's tokens with small, bounded look-arounds, so the stage is
 * linear in the text's length.
 */
import * as LEXICON from '../lexicon/word-lists';
import { isGivenName } from '../lexicon/first-names';
import { firstIndexWhere } from '../text/search';
import type { TextModel, Token } from '../text/text-model';
import * as WORD_CLASSES from '../text/word-classes';
import type { QuoteKind, Span } from '../types';
import * as CLAUSE_BOUNDS from './clause-bounds';
import { ATTRIBUTED_CONFIDENCE, CONTINUATION_CONFIDENCE, HEADLINE_REPORT_CONFIDENCE, LONG_UNATTRIBUTED_QUOTE_CONFIDENCE, REPORTED_CONFIDENCE, SCARE_QUOTE_CONFIDENCE, UNATTRIBUTED_QUOTE_CONFIDENCE } from './confidence';
import { framesInSentence } from './frames';
import * as PHRASES from './phrases';
import { type DirectQuote, pairQuoteMarks, SPEECH_OPENERS } from './quote-marks';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { clauseOpening, contentEnd, opensClause, opensReport, verbWithElidedSubject } = CLAUSE_BOUNDS;
const { phraseStartingAt, spanOfPhrase, speakerPhrase } = PHRASES;
const { countWordTokens, isNameWord, isPunct, isSentenceEndPunct } = WORD_CLASSES;
const { INDEFINITE_ARTICLES, LINK_OPENERS, NOUN_LIKE_CUES, TITLES, WEAK_CUES } = LEXICON;

export interface QuoteCandidate extends Span {
  kind: QuoteKind;
  /** The pieces of a quote interrupted by its attribution ("A," he said, "B"). */
  fragments?: Span[];
  cue: Span | null;
  /** The noun phrase naming the speaker for this quote ("he", "US Secretary of State Antony Blinken"). */
  mention: Span | null;
  /** A description set next to the mention by commas ("Deborah Lyons, the head of …,"). */
  appositive: Span | null;
  /** When the mention is a relative pronoun ("Ana Ruiz, who said …"), the phrase it stands for. */
  antecedent?: Span | null;
  /** The quote has no cue of its own and continues the previous speaker's words. */
  continuation: boolean;
  /**
   * The speaker is a one-word label before a colon ("Analysis: …", "Map: …"): most such labels are
   * section names, so the mention only counts when it names a speaker already seen.
   */
  label?: boolean;
  confidence: number;
}

/** From this many words a quotation with no cue is listed (three in four such quotes on PolNeAR train are attributed speech). */
const LONG_QUOTE_WORDS = 9;
/** How many paragraphs on a long quotation with no cue is still given to the last speaker. */
const MAX_CARRY_PARAGRAPHS = 2;
/** Shorter text before an attribution is an introduction ("Earlier in 2012, …"), not reported speech. */
const MIN_REPORTED_WORDS = 2;
/** A quote that opens its own sentence right after an attributed one continues it from this many words (a scare quote rarely opens a sentence). */
const MIN_CONTINUATION_WORDS = 2;
/** A quotation that opens reported words followed by this many more words is part of a mixed clause. */
const MIN_CLAUSE_AFTER_QUOTE_WORDS = 2;
/** From this many words a quote in guillemets or German marks is listed even without a cue. */
const MIN_SPOKEN_WORDS = 3;
/** Quotes of at most this many words with no cue read as scare quotes. */
const SCARE_QUOTE_WORDS = 4;

/** Finds direct quotes and reported speech, each with its cue and speaker mention. */
export function findQuotes(model: TextModel): QuoteCandidate[] {
  const directs = pairQuoteMarks(model).sort((a, b) => a.start - b.start);
  const directIndex = indexDirects(model.tokens, directs);
  const attributed = new Map<DirectQuote, QuoteCandidate>();
  const candidates = reportedSpeech(model, directs, directIndex, attributed);
  addDirectQuotes(model, directs, attributed, candidates);
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropDuplicates(candidates);
}

interface DirectIndex {
  /** 1 for each token inside a direct quote. */
  insideDirect: Uint8Array;
  directByOpen: Map<number, DirectQuote>;
  directByClose: Map<number, DirectQuote>;
}

/** Where the direct quotes are: the tokens inside one, and each quote by its opening and closing mark. */
function indexDirects(tokens: Token[], directs: DirectQuote[]): DirectIndex {
  const insideDirect = new Uint8Array(tokens.length);
  const directByOpen = new Map<number, DirectQuote>();
  const directByClose = new Map<number, DirectQuote>();
  for (const quote of directs) {
    const closeIndex = quote.close >= 0 ? quote.close : indexAtOrBefore(tokens, quote.end);
    for (let t = quote.open; t <= closeIndex && t < tokens.length; t++) insideDirect[t] = 1;
    directByOpen.set(quote.open, quote);
    if (quote.close >= 0) directByClose.set(quote.close, quote);
  }
  return { insideDirect, directByOpen, directByClose };
}

/**
 * Reads every cue frame of every sentence: a frame whose content is a direct quote attributes it (into
 * `attributed`); any other content is reported speech, returned as candidates.
 */
function reportedSpeech(model: TextModel, directs: DirectQuote[], directIndex: DirectIndex, attributed: Map<DirectQuote, QuoteCandidate>): QuoteCandidate[] {
  const { tokens, sentences } = model;
  const { insideDirect, directByOpen, directByClose } = directIndex;
  const candidates: QuoteCandidate[] = [];
  for (const sentence of sentences) {
    const frames = framesInSentence(tokens, sentence.firstToken, sentence.endToken, insideDirect);
    for (let index = 0; index < frames.length; index++) {
      const frame = frames[index];
      const cue = { start: tokens[frame.cueFirst].start, end: tokens[frame.cueLast].end };
      // "Ana Ruiz, who said …": "who" mentions the speaker for this quote; the name tells who it is.
      const mention = speakerPhrase(tokens, frame.relative ?? frame.mention);
      const antecedent = frame.relative ? speakerPhrase(tokens, frame.mention) : null;
      const appositive = spanOfPhrase(tokens, frame.appositive);
      if (frame.direction === 'before') {
        // The quote just before the attribution ("…,” he said).
        let last = frame.contentLast;
        while (last >= frame.contentFirst && isPunct(tokens[last], ',:')) last--;
        const direct = directByClose.get(last);
        if (direct) {
          attach(attributed, direct, { cue, mention, appositive, antecedent });
          continue;
        }
        if (last < frame.contentFirst || insideDirect[last]) continue;
        // "The plan, a source said, is to …": the reported clause goes on after the attribution.
        const attributionEnd = Math.max(frame.cueLast, frame.mention ? frame.mention.last : 0) + 1;
        let tailLast = -1;
        // Not an appositive of the source ("…, according to Ana Ruiz, a law professor.").
        const describesSource = INDEFINITE_ARTICLES.has(tokens[attributionEnd + 1]?.lower ?? '');
        if (isPunct(tokens[attributionEnd], ',') && frame.ceiling - attributionEnd > 3 && !insideDirect[attributionEnd + 1] && !describesSource) {
          tailLast = contentEnd(tokens, attributionEnd + 1, frame.ceiling);
          if (tailLast <= attributionEnd + 1) tailLast = -1;
        }
        // Reported words before the cue: a clause of a few words at least, and a verb that is surely speech;
        // an attribution set between commas inside a clause ("Otherwise, she added, prices …") is speech whatever its verb.
        const cueWord = tokens[frame.cueFirst].lower;
        if (tailLast < 0 && (countWordTokens(tokens, frame.contentFirst, last) < MIN_REPORTED_WORDS || WEAK_CUES.has(cueWord) || NOUN_LIKE_CUES.has(cueWord))) continue;
        // "X said that …, ABC reported": the nested attribution is the quote, not the whole clause. Not when the
        // one inside reports no clause ("A poll showed his rating at 13%, the Times reported", "Her client denied
        // the charges, the lawyer said"): the outer frame is the report.
        // Frames come in text order, so the one just before is the only one that can sit inside this content.
        const earlier = frames[index - 1];
        const innerClause = earlier && (opensReport(tokens, earlier.contentFirst) || opensClause(tokens, earlier.contentFirst, earlier.ceiling));
        if (earlier && earlier.cueFirst >= frame.contentFirst && earlier.cueFirst <= last && innerClause) continue;
        const first = clauseOpening(tokens, frame.contentFirst, last);
        const candidate = reported(tokens, first, last, directs, { cue, mention, appositive, antecedent });
        if (tailLast >= 0) {
          candidate.fragments = [{ start: candidate.start, end: candidate.end }, { start: tokens[attributionEnd + 1].start, end: tokens[tailLast].end }];
          candidate.end = tokens[tailLast].end;
        }
        candidates.push(candidate);
        continue;
      }
      if (frame.contentFirst >= frame.ceiling) {
        // "President Obama also said:" at a paragraph's end: what he said is the paragraph after, or the list there.
        for (const item of itemsAfterColon(model, frame.contentFirst)) candidates.push(reported(tokens, item.first, item.last, directs, { cue, mention, appositive, antecedent }));
        continue;
      }
      const last = contentEnd(tokens, frame.contentFirst, frame.ceiling);
      const direct = directByOpen.get(frame.contentFirst);
      // "said “zero” voters would follow him": a quotation that opens a longer clause is part of it.
      if (direct && !(direct.close >= 0 && direct.close < last && countWordTokens(tokens, direct.close + 1, last) >= MIN_CLAUSE_AFTER_QUOTE_WORDS)) {
        attach(attributed, direct, { cue, mention, appositive, antecedent });
        continue;
      }
      if (last < frame.contentFirst) continue;
      const candidate = reported(tokens, frame.contentFirst, last, directs, { cue, mention, appositive, antecedent });
      if (frame.label) candidate.label = true;
      if (verbWithElidedSubject(tokens, frame.cueLast)) candidate.confidence = HEADLINE_REPORT_CONFIDENCE;
      candidates.push(candidate);
    }
  }
  return candidates;
}

/**
 * Adds the direct quotes to `candidates`: those attributed by a frame (merging "A," he said, "B" into
 * one), those carried over to the last speaker, and those with no speaker, scored by how they read.
 */
function addDirectQuotes(model: TextModel, directs: DirectQuote[], attributed: Map<DirectQuote, QuoteCandidate>, candidates: QuoteCandidate[]): void {
  const { tokens } = model;
  const absorbed = new Set<DirectQuote>();
  for (const candidate of candidates) {
    for (const quote of directsFrom(directs, candidate.start, candidate.end)) if (quote.end <= candidate.end) absorbed.add(quote);
  }
  // Reported speech sets the current speaker too: a quotation after "X said that …" is most likely X's.
  const reportedInOrder = candidates.filter((candidate) => candidate.mention).sort((a, b) => a.start - b.start);
  let nextReported = 0;
  let previous: QuoteCandidate | null = null;
  let previousParagraph = -1;
  for (let q = 0; q < directs.length; q++) {
    const quote = directs[q];
    if (absorbed.has(quote)) continue;
    const paragraph = tokens[quote.open].paragraph;
    while (nextReported < reportedInOrder.length && reportedInOrder[nextReported].end <= quote.start) {
      const reportedBefore = reportedInOrder[nextReported++];
      if (!previous || reportedBefore.start > previous.start) {
        previous = reportedBefore;
        previousParagraph = tokens[indexAtOrBefore(tokens, reportedBefore.end)].paragraph;
      }
    }
    const own = attributed.get(quote);
    if (own) {
      const next = directs[q + 1];
      if (next && !attributed.has(next) && !absorbed.has(next) && interruptedBy(tokens, quote, next, own)) {
        own.fragments = [...quote.pieces, ...next.pieces];
        own.end = next.end;
        q++;
      }
      candidates.push(own);
      previous = own;
      previousParagraph = tokens[indexAtOrBefore(tokens, own.end)].paragraph;
      continue;
    }
    const credit = dashCredit(model, quote);
    if (credit) {
      previous = directCandidate(quote, credit, null, false, ATTRIBUTED_CONFIDENCE);
      candidates.push(previous);
      previousParagraph = paragraph;
      continue;
    }
    const words = countWordTokens(tokens, quote.open, quote.close >= 0 ? quote.close : indexAtOrBefore(tokens, quote.end));
    const standsAlone = startsSentence(model, quote);
    const introduced = standsAlone && words >= MIN_CONTINUATION_WORDS ? personOpeningSentenceBefore(model, quote) : null;
    if (introduced) {
      // "Charles Schultze … once summed up the danger with a metaphor. “It’s not so much …”": the person the
      // sentence before opened with, in the same paragraph, is the one quoted.
      previous = directCandidate(quote, null, introduced, false, CONTINUATION_CONFIDENCE);
      candidates.push(previous);
      previousParagraph = paragraph;
      continue;
    }
    if (previous && standsAlone && paragraph - previousParagraph <= 1 && words >= MIN_CONTINUATION_WORDS) {
      candidates.push(directCandidate(quote, null, previous.mention, true, CONTINUATION_CONFIDENCE));
      previousParagraph = paragraph;
      continue;
    }
    if (previous && words >= LONG_QUOTE_WORDS && paragraph - previousParagraph <= MAX_CARRY_PARAGRAPHS) {
      // A long quotation a little further on, with no cue of its own: still most likely the last speaker's.
      candidates.push(directCandidate(quote, null, previous.mention, true, LONG_UNATTRIBUTED_QUOTE_CONFIDENCE));
      continue;
    }
    // A long quotation is someone's words even when we cannot tell whose; a short one may be a title or a phrase.
    // A word or two in guillemets is still a scare quote; corner brackets enclose unspaced text, where words cannot be counted.
    const mark = model.text[quote.start];
    const spoken = SPEECH_OPENERS.has(mark) && (words >= MIN_SPOKEN_WORDS || mark === '「' || mark === '『');
    const confidence = spoken || words >= LONG_QUOTE_WORDS ? LONG_UNATTRIBUTED_QUOTE_CONFIDENCE : words <= SCARE_QUOTE_WORDS ? SCARE_QUOTE_CONFIDENCE : UNATTRIBUTED_QUOTE_CONFIDENCE;
    candidates.push(directCandidate(quote, null, null, false, confidence));
  }
}

interface Attribution {
  cue: Span;
  mention: Span | null;
  appositive: Span | null;
  antecedent: Span | null;
}

/** Built as one literal (no spreads): a page of nothing but quotation marks makes hundreds of thousands of these. */
function directCandidate(quote: DirectQuote, attribution: Attribution | null, mention: Span | null, continuation: boolean, confidence: number): QuoteCandidate {
  const candidate: QuoteCandidate = {
    start: quote.start,
    end: quote.end,
    kind: 'direct',
    cue: attribution ? attribution.cue : null,
    mention: attribution ? attribution.mention : mention,
    appositive: attribution ? attribution.appositive : null,
    antecedent: attribution ? attribution.antecedent : null,
    continuation,
    confidence,
  };
  if (quote.pieces.length > 1) candidate.fragments = quote.pieces;
  return candidate;
}

function attach(attributed: Map<DirectQuote, QuoteCandidate>, quote: DirectQuote, attribution: Attribution): void {
  if (attributed.has(quote)) return;
  attributed.set(quote, directCandidate(quote, attribution, null, false, ATTRIBUTED_CONFIDENCE));
}

/** The direct quotes (sorted, never overlapping) that start in [start, end): a binary search, then a short walk. */
function directsFrom(directs: DirectQuote[], start: number, end: number): DirectQuote[] {
  const low = firstIndexWhere(directs.length, (index) => directs[index].start >= start);
  const found: DirectQuote[] = [];
  for (let i = low; i < directs.length && directs[i].start < end; i++) found.push(directs[i]);
  return found;
}

/** Reported speech from token `first` to `last`; "mixed" when it holds quoted words. */
function reported(tokens: Token[], first: number, last: number, directs: DirectQuote[], attribution: Attribution): QuoteCandidate {
  const start = tokens[first].start;
  let end = tokens[last].end;
  // Keep a closing mark that belongs to a quote inside the clause.
  const inside = directsFrom(directs, start, end);
  const containing = inside.find((quote) => quote.end > end);
  if (containing && containing.end - end <= 3) end = containing.end;
  const quoted = inside.some((quote) => quote.end <= end);
  const whole = inside.find((quote) => quote.start === start && quote.end === end);
  return { start, end, kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect', ...attribution, continuation: false, confidence: REPORTED_CONFIDENCE };
}

/** The most items of a list read as what the line before it says someone said. */
const MAX_LIST_ITEMS = 10;

/**
 * After a colon that ends its paragraph (token `first` opens the next one): the next paragraph, or, when it
 * ends without a sentence's end (a list's item), each such item in a row, up to a link's label ("Read the full
 * transcript"). Paragraphs with quotation marks are left to the direct quotes.
 */
function itemsAfterColon(model: TextModel, first: number): Array<{ first: number; last: number }> {
  const { tokens, paragraphs } = model;
  if (first >= tokens.length || !isPunct(tokens[first - 1], ':') || tokens[first - 1].paragraph === tokens[first].paragraph) return [];
  const items: Array<{ first: number; last: number }> = [];
  for (let p = tokens[first].paragraph; p < paragraphs.length && items.length < MAX_LIST_ITEMS; p++) {
    const { firstToken, endToken } = paragraphs[p];
    let last = endToken - 1;
    let quoted = false;
    for (let k = firstToken; k < endToken; k++) quoted ||= tokens[k].kind === 'quote';
    if (quoted || LINK_OPENERS.has(tokens[firstToken].lower)) break;
    const ended = isSentenceEndPunct(tokens[last]);
    while (last > firstToken && (isSentenceEndPunct(tokens[last]) || isPunct(tokens[last], ',:;'))) last--;
    if (countWordTokens(tokens, firstToken, last) >= MIN_REPORTED_WORDS) items.push({ first: firstToken, last });
    if (ended) break;
  }
  return items;
}

/** "A," he said, "B": the second quote follows the attribution within the same sentence. */
function interruptedBy(tokens: Token[], first: DirectQuote, second: DirectQuote, own: QuoteCandidate): boolean {
  if (first.close < 0 || !own.cue) return false;
  const cueEnd = own.mention && own.mention.end > own.cue.end ? own.mention.end : own.cue.end;
  if (cueEnd < first.end || second.start < cueEnd) return false;
  const between = second.open - 1;
  if (!isPunct(tokens[between], ',:')) return false;
  return tokens[between].start - cueEnd <= 40 && tokens[first.close].sentence === tokens[second.open].sentence;
}

/**
 * The person's name that opens the sentence before `quote` (which opens its own sentence), in the same
 * paragraph and outside any quotation: a full name with a given name or a title ("Charles Schultze,
 * chairman of …, once summed up …"). Null otherwise.
 */
function personOpeningSentenceBefore(model: TextModel, quote: DirectQuote): Span | null {
  const { tokens, sentences } = model;
  const own = tokens[quote.open].sentence;
  const before = sentences[own - 1];
  if (!before || tokens[before.firstToken].paragraph !== tokens[quote.open].paragraph) return null;
  for (let k = before.firstToken; k < before.endToken; k++) if (tokens[k].kind === 'quote') return null;
  const opening = phraseStartingAt(tokens, before.firstToken, before.endToken);
  if (!opening || opening.last === opening.first || !isNameWord(tokens[opening.last])) return null;
  const first = tokens[opening.first].lower;
  return isGivenName(first) || TITLES.has(first) ? spanOfPhrase(tokens, opening) : null;
}

/**
 * "“We will not back down.” — Ana Ruiz, union leader": a pull quote or an epigraph, a paragraph of its own, credits
 * its speaker after a dash: a name that ends the paragraph or is followed by a comma and a role. The attribution,
 * or null ("The band played “Hey Jude” — Paul McCartney" is a title in a sentence).
 */
function dashCredit(model: TextModel, quote: DirectQuote): Attribution | null {
  const { tokens, paragraphs } = model;
  const dash = quote.close + 1;
  if (quote.close < 0 || !isPunct(tokens[dash], '—–') || !isNameWord(tokens[dash + 1]) || tokens[dash + 1]?.paragraph !== tokens[quote.close].paragraph) return null;
  const paragraph = paragraphs[tokens[dash].paragraph];
  if (paragraph.firstToken !== quote.open) return null;
  const paragraphEnd = paragraph.endToken;
  const name = phraseStartingAt(tokens, dash + 1, paragraphEnd);
  if (!name || !isNameWord(tokens[name.last])) return null;
  const after = name.last + 1;
  if (after < paragraphEnd && !isPunct(tokens[after], ',')) return null;
  const role = after + 1 < paragraphEnd ? { start: tokens[after + 1].start, end: tokens[paragraphEnd - 1].end } : null;
  return { cue: { start: tokens[dash].start, end: tokens[dash].end }, mention: { start: tokens[name.first].start, end: tokens[name.last].end }, appositive: role, antecedent: null };
}

function startsSentence(model: TextModel, quote: DirectQuote): boolean {
  const token = model.tokens[quote.open];
  return model.sentences[token.sentence]?.firstToken === quote.open;
}

/** Index of the last token starting before `offset` (0 when none does). */
function indexAtOrBefore(tokens: Token[], offset: number): number {
  return Math.max(0, firstIndexWhere(tokens.length, (index) => tokens[index].start >= offset) - 1);
}

/** The same span found twice (two cues for one clause) is reported once, the better-attributed copy kept. */
function dropDuplicates(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const kept: QuoteCandidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last && last.start === candidate.start && last.end === candidate.end) {
      if (candidate.confidence > last.confidence) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}
