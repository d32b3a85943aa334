/**
 * Quote finding: direct quotes (paired quotation marks), reported speech
 * (a speaker, a verb of saying and a clause), and the speaker mention and cue
 * each one is attributed to. Speaker resolution (who "he" is) happens later,
 * in speakers.ts.
 *
 * Everything here walks the token array of the text model with small,
 * bounded look-arounds, so the stage is linear in the text's length.
 */
import type { QuoteKind, Span } from '../types';
import { isAbbreviationDot, type TextModel, type Token } from '../text/text-model';
import { firstIndexWhere } from '../text/search';
import { ADJUNCT_OPENERS, AUXILIARIES_AND_ADVERBS, BE_FORMS, CALL_VERBS, CAPITALISED_FUNCTION_WORDS, CIRCUMSTANCE_CONJUNCTIONS, CLAUSE_START_BLOCKERS, DETERMINERS, DOCUMENT_NOUNS, FINITE_VERB_WORDS, FOREIGN_ACCORDING, FOREIGN_AUXILIARIES, FOREIGN_DETERMINERS, FOREIGN_SPEECH_VERBS, INFINITIVE_CUES, INTRODUCTORY_WORDS, MENTION_RESTARTS, NEGATIVE_SUBJECTS, NOUN_LIKE_CUES, PARTICIPLE_CUES, PHRASE_BREAKS, PHRASE_PREPOSITIONS, POINT_VERBS, PREPOSITIONS, PRONOUNS, QUESTION_OPENERS, RELATIVE_WORDS, ROLE_NOUNS, SAY_VERBS, SENTENCE_CONNECTORS, SPEECH_VERBS, TAKES_HEARER, TIME_LEADS, TIME_WORDS, TITLE_CASE_SMALL_WORDS, WEAK_CUES } from '../lexicon/word-lists';

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

/** An opening phrase of at most this many words before "SPEAKER said" is an adverbial, not the reported words. */
const SHORT_OPENING_WORDS = 6;

// ---------------------------------------------------------------------------
// Token helpers

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

export function isNameWord(token: Token | undefined): boolean {
  return isWord(token) && token.capitalised && !CAPITALISED_FUNCTION_WORDS.has(token.lower) && !DETERMINERS.has(token.lower);
}

function isRoleWord(token: Token | undefined): boolean {
  return isWord(token) && ROLE_NOUNS.has(token.lower);
}

function isHeadWord(token: Token | undefined): boolean {
  return isNameWord(token) || isRoleWord(token) || (isWord(token) && /^\d/.test(token.lower) === false && token.lower.endsWith("'s") && token.capitalised);
}

/** A ’ glued to a plural ("Sanders’ campaign"): an apostrophe the tokenizer could not tell from a closing mark. */
function isPossessiveMark(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && token.kind === 'quote' && token.end - token.start === 1 && previous !== undefined && previous.end === token.start && previous.lower.endsWith('s') && isWord(tokens[index + 1]) && tokens[index + 1].start > token.end;
}

function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.lower);
}

function isSentenceEndPunct(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && (token.lower === '.' || token.lower === '!' || token.lower === '?' || token.lower === '...' || token.lower === '…');
}

// ---------------------------------------------------------------------------
// Direct quotes: pairing quotation marks

type MarkRole = 'open' | 'close' | 'either' | 'none';

interface DirectQuote {
  /** Token index of the opening mark, and of the closing mark (-1 when the quote runs to the paragraph's end). */
  open: number;
  close: number;
  start: number;
  end: number;
  /** Pieces when the quote runs over several paragraphs. */
  pieces: Span[];
  double: boolean;
}

function isDoubleMark(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»' || ch === '‟' || ch === '＂' || ch === '「' || ch === '」';
}

/**
 * Marks that, unlike English ones, are hardly ever scare quotes in the text they appear in and open quotes in
 * languages our cue lexicons barely cover (Japanese has no spaces to count words by): a quote in them is listed
 * even without a cue.
 */
const SPEECH_OPENERS = new Set(['«', '„', '「', '『']);

/** The mark a quote token stands for: two apostrophes ('') read as a straight double quote. */
function markOf(text: string, token: Token): string {
  return token.end - token.start === 2 ? '"' : text[token.start];
}

/** Whether the mark opens or closes, judged by the characters around it. */
function markRole(text: string, token: Token, paragraphStart: number, paragraphEnd: number): MarkRole {
  const ch = markOf(text, token);
  // Corner brackets have one direction each, whatever surrounds them (Japanese puts no spaces around words).
  if (ch === '「' || ch === '『') return 'open';
  if (ch === '」' || ch === '』') return 'close';
  const before = token.start > paragraphStart ? text[token.start - 1] : ' ';
  const after = token.end < paragraphEnd ? text[token.end] : ' ';
  const spaceBefore = /[\s([{\u2014\u2013/-]/u.test(before) || QUOTE_OPENERS.has(before);
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013/-]/u.test(after) || QUOTE_CLOSERS.has(after);
  if (ch === '“' || ch === '„' || ch === '«' || ch === '‹' || ch === '‟' || ch === '‚') {
    // “ also closes German „…“ and sloppy typing: judged again when pairing.
    return spaceAfter && !spaceBefore ? 'either' : 'open';
  }
  if (ch === '”' || ch === '»' || ch === '›') return spaceBefore && !spaceAfter ? 'either' : 'close';
  if (ch === '‘') return spaceAfter ? 'none' : 'open';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return ch === "'" || ch === '’' ? 'none' : 'either';
}

const QUOTE_OPENERS = new Set(['“', '„', '«', '‘', '"', "'"]);
const QUOTE_CLOSERS = new Set(['”', '»', '’', '"', "'"]);

/** Straight single quotes longer than this are taken for apostrophes gone astray. */
const MAX_SINGLE_QUOTE_CHARS = 600;

/**
 * Pairs quotation marks paragraph by paragraph. Only top-level quotes are
 * returned (a ‘nested’ quote is part of the quote around it). A double quote
 * left open at a paragraph's end continues when the next paragraph opens with
 * a quotation mark, the convention for quotes running over paragraphs.
 */
function pairQuoteMarks(model: TextModel): DirectQuote[] {
  const { text, tokens, paragraphs } = model;
  const quotes: DirectQuote[] = [];
  let carried: DirectQuote | null = null;
  for (const paragraph of paragraphs) {
    const stack: Array<{ index: number; double: boolean }> = [];
    let continued = null as DirectQuote | null;
    if (carried) {
      const first = tokens[paragraph.firstToken];
      if (first && first.kind === 'quote' && isDoubleMark(markOf(text, first))) continued = carried;
      else quotes.push(carried);
      carried = null;
    }
    for (let t = paragraph.firstToken; t < paragraph.endToken; t++) {
      const token = tokens[t];
      if (token.kind !== 'quote') continue;
      const double = isDoubleMark(markOf(text, token));
      let role = markRole(text, token, paragraph.start, paragraph.end);
      if (continued && t === paragraph.firstToken) {
        stack.push({ index: t, double: true });
        continue;
      }
      if (role === 'either') role = stack.some((open) => open.double === double) ? 'close' : 'open';
      if (role === 'none') {
        // A word-final ’ closes a pending single quote ("the ‘Afghans’ view"), else it is an apostrophe.
        if (!double && stack.length > 0 && !stack[stack.length - 1].double && token.start > 0 && !/\s/u.test(text[token.start - 1])) {
          role = 'close';
        } else continue;
      }
      if (role === 'open') {
        if (stack.length < 8) stack.push({ index: t, double });
        continue;
      }
      // A closing mark: find the opener of its kind, dropping unclosed marks above it.
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth].double !== double) depth--;
      if (depth < 0) continue;
      const opener = stack[depth];
      stack.length = depth;
      if (depth > 0) continue;
      if (!double && token.end - tokens[opener.index].start > MAX_SINGLE_QUOTE_CHARS) continue;
      if (continued && opener.index === paragraph.firstToken) {
        continued.pieces.push({ start: tokens[opener.index].start, end: token.end });
        continued.end = token.end;
        continued.close = t;
        quotes.push(continued);
        continued = null;
      } else {
        const start = tokens[opener.index].start;
        quotes.push({ open: opener.index, close: t, start, end: token.end, pieces: [{ start, end: token.end }], double });
      }
    }
    // A double quote still open at the paragraph's end may go on in the next one.
    const pending = stack.length > 0 && stack[0].double ? stack[0] : null;
    if (continued) {
      continued.pieces.push({ start: tokens[paragraph.firstToken].start, end: paragraph.end });
      continued.end = paragraph.end;
      carried = continued;
    } else if (pending) {
      const start = tokens[pending.index].start;
      carried = { open: pending.index, close: -1, start, end: paragraph.end, pieces: [{ start, end: paragraph.end }], double: true };
    }
  }
  if (carried) quotes.push(carried);
  return quotes;
}

// ---------------------------------------------------------------------------
// Noun phrases naming speakers

interface Phrase {
  first: number;
  last: number;
}

/**
 * The speaker phrase ending at token `last` (scanning left, not before `floor`):
 * names, titles, role nouns, determiners, a few modifiers and the prepositions
 * that join an organisation ("of the International Crisis Group").
 */
function phraseEndingAt(tokens: Token[], last: number, floor: number): Phrase | null {
  const end = tokens[last];
  if (isPunct(end, ')')) {
    // "Sen. Ana Ruiz (D-Ore.) said": a short parenthesis closes the name.
    let open = last - 1;
    while (open > last - 7 && open > floor && !isPunct(tokens[open], '(')) open--;
    const named = isPunct(tokens[open], '(') && isNameWord(tokens[open - 1]) ? phraseEndingAt(tokens, open - 1, floor) : null;
    return named ? { first: named.first, last } : null;
  }
  if (!isWord(end)) return null;
  if (PRONOUNS.has(end.lower) && end.lower !== 'who') return { first: last, last };
  if (!isHeadWord(end)) return null;
  let first = last;
  let i = last - 1;
  let modifiers = 0;
  while (i >= floor) {
    const token = tokens[i];
    if (isHeadWord(token)) {
      first = i;
      i--;
      continue;
    }
    if (isPunct(token, ')')) {
      // "Rep. Earl Blumenauer (D-Ore.)": a short parenthesis stays with the name.
      let open = i - 1;
      while (open > i - 7 && open >= floor && !isPunct(tokens[open], '(')) open--;
      if (open < floor || !isPunct(tokens[open], '(') || !isHeadWord(tokens[open - 1])) break;
      first = open;
      i = open - 1;
      continue;
    }
    if ((isPossessiveMark(tokens, i) || isAbbreviationDot(tokens, i)) && isHeadWord(tokens[i - 1])) {
      first = i - 1;
      i -= 2;
      continue;
    }
    if (isWord(token) && DETERMINERS.has(token.lower)) {
      first = i;
      // "Andrew Watkins of the International Crisis Group": the determiner sits after a joining preposition.
      const preposition = tokens[i - 1];
      if (i - 2 >= floor && isWord(preposition) && PHRASE_PREPOSITIONS.has(preposition.lower) && isHeadWord(tokens[i - 2])) {
        first = i - 2;
        i -= 3;
        continue;
      }
      break;
    }
    if (isWord(token) && PHRASE_PREPOSITIONS.has(token.lower) && (isHeadWord(tokens[i - 1]) || isPunct(tokens[i - 1], ')')) && i - 1 >= floor) {
      first = i - 1;
      i -= 2;
      continue;
    }
    // Modifiers before a role noun: "senior administration officials", "Afghan media reports".
    if (isWord(token) && !token.capitalised && modifiers < 3 && !SPEECH_VERBS.has(token.lower) && !AUXILIARIES_AND_ADVERBS.has(token.lower) && !PRONOUNS.has(token.lower) && !CLAUSE_START_BLOCKERS.has(token.lower) && token.lower !== 'that' && token.lower !== 'and') {
      const left = tokens[i - 1];
      // At the clause's edge ("“…,” former aide Jo Li said") the modifier opens the phrase.
      const opensPhrase = i - 1 < floor || left.kind === 'quote' || isPunct(left, ',;:(—–');
      if (opensPhrase || isWord(left) && (DETERMINERS.has(left.lower) || isNameWord(left)) || (isWord(left) && !left.capitalised && modifiers < 2)) {
        modifiers++;
        first = i;
        i--;
        continue;
      }
    }
    break;
  }
  return { first, last };
}

/** The speaker phrase starting at token `first` (scanning right, before `ceiling`). */
function phraseStartingAt(tokens: Token[], first: number, ceiling: number): Phrase | null {
  const start = tokens[first];
  if (!isWord(start)) return null;
  if (PRONOUNS.has(start.lower) && start.lower !== 'who') return { first, last: first };
  let i = first;
  if (DETERMINERS.has(start.lower)) i++;
  let modifiers = 0;
  while (i < ceiling && isWord(tokens[i]) && !isHeadWord(tokens[i]) && modifiers < 3 && !tokens[i].capitalised && !SPEECH_VERBS.has(tokens[i].lower) && !CLAUSE_START_BLOCKERS.has(tokens[i].lower) && tokens[i].lower !== 'that') {
    modifiers++;
    i++;
  }
  if (i >= ceiling || !isHeadWord(tokens[i])) return null;
  let last = i;
  i++;
  let prepositions = 0;
  while (i < ceiling) {
    const token = tokens[i];
    if (isHeadWord(token)) {
      last = i;
      i++;
      continue;
    }
    if (isPunct(token, '(')) {
      let close = i + 1;
      while (close < i + 7 && close < ceiling && !isPunct(tokens[close], ')')) close++;
      if (close >= ceiling || !isPunct(tokens[close], ')')) break;
      last = close;
      i = close + 1;
      continue;
    }
    if (isPossessiveMark(tokens, i) || (isAbbreviationDot(tokens, i) && isHeadWord(tokens[i + 1]))) {
      last = i;
      i++;
      continue;
    }
    // "the World Travel and Tourism Council", "the Bill & Melinda Gates Foundation": a name after "the" is an organisation's, "and" and all.
    if ((isWord(token) && token.lower === 'and' || isPunct(token, '&')) && start.lower === 'the' && isNameWord(tokens[i - 1]) && i + 1 < ceiling && isNameWord(tokens[i + 1])) {
      last = i + 1;
      i += 2;
      continue;
    }
    if (isWord(token) && PHRASE_PREPOSITIONS.has(token.lower) && prepositions < 2) {
      let j = i + 1;
      if (isWord(tokens[j]) && DETERMINERS.has(tokens[j].lower)) j++;
      if (j < ceiling && isHeadWord(tokens[j])) {
        prepositions++;
        last = j;
        i = j + 1;
        continue;
      }
    }
    break;
  }
  return { first, last };
}

// ---------------------------------------------------------------------------
// Cues and their frames

/**
 * One use of a verb of saying: who (the mention), what (the content, before or
 * after the cue) and where the content may begin or end.
 */
interface CueFrame {
  cueFirst: number;
  cueLast: number;
  mention: Phrase | null;
  appositive: Phrase | null;
  /** The relative pronoun that mentions the speaker ("X, who said"); `mention` is then the phrase it refers to. */
  relative?: Phrase | null;
  /** `after`: the content follows (from `contentFirst`); `before`: it precedes (up to `contentLast`). */
  direction: 'after' | 'before';
  contentFirst: number;
  contentLast: number;
  /** The window of the sentence the frame was read in (see CUE_WINDOW). */
  floor: number;
  ceiling: number;
  /** A one-word label before a colon (see QuoteCandidate.label). */
  label?: boolean;
}

/**
 * How far (in tokens) on either side of a cue its frame may reach. Real
 * attributions fit easily; the bound keeps run-on "sentences" of any length linear.
 */
const CUE_WINDOW = 120;

function isCueAt(tokens: Token[], index: number): number {
  const token = tokens[index];
  if (!isWord(token)) return -1;
  if (token.lower === 'according' && isWord(tokens[index + 1]) && tokens[index + 1].lower === 'to') return index + 1;
  if (FOREIGN_ACCORDING.has(token.lower) || FOREIGN_SPEECH_VERBS.has(token.lower)) return index;
  if (FOREIGN_AUXILIARIES.has(token.lower) && isWord(tokens[index + 1]) && FOREIGN_SPEECH_VERBS.has(tokens[index + 1].lower)) return index + 1;
  const next = tokens[index + 1];
  // "pointed out that …"; "as she put it: …" (only before a colon or a quotation, else "put it away").
  if (POINT_VERBS.has(token.lower) && isWord(next) && next.lower === 'out') return index + 1;
  if (token.lower === 'put' && isWord(next) && next.lower === 'it' && (isPunct(tokens[index + 2], ':,') || tokens[index + 2]?.kind === 'quote')) return index + 1;
  if (!SPEECH_VERBS.has(token.lower)) return -1;
  // "called for", "calls on": the demand follows.
  if (CALL_VERBS.has(token.lower) && isWord(tokens[index + 1]) && (tokens[index + 1].lower === 'for' || tokens[index + 1].lower === 'on')) return index + 1;
  return index;
}

/** Skips auxiliaries and adverbs leftwards ("has also said", "later told"). */
function skipLeftModifiers(tokens: Token[], index: number, floor: number): number {
  let i = index;
  let skipped = 0;
  while (i >= floor && skipped < 4 && isWord(tokens[i])) {
    const word = tokens[i].lower;
    if (!tokens[i].capitalised && (AUXILIARIES_AND_ADVERBS.has(word) || (word.endsWith('ly') && word.length > 4))) {
      i--;
    } else if (TIME_WORDS.has(word) && i - 1 >= floor && isWord(tokens[i - 1]) && TIME_LEADS.has(tokens[i - 1].lower)) {
      // "Clinton on Tuesday said", "the senator last week told".
      i -= 2;
    } else break;
    skipped++;
  }
  return i;
}

/** How many commas back an appositive before a cue may reach. */
const MAX_APPOSITIVE_COMMAS = 4;

/**
 * The subject of a cue, to its left: a phrase, a pronoun, a phrase with an
 * appositive ("Deborah Lyons, the head of …, told") or a relative clause
 * ("Smith, who …, said").
 */
function subjectBefore(tokens: Token[], cue: number, floor: number): { mention: Phrase | null; appositive: Phrase | null; relative?: Phrase } {
  const i = skipLeftModifiers(tokens, cue - 1, floor);
  if (i < floor) return { mention: null, appositive: null };
  const token = tokens[i];
  if (isWord(token) && token.lower === 'who' && isPunct(tokens[i - 1], ',') && i - 2 >= floor) {
    const antecedent = phraseEndingAt(tokens, i - 2, floor);
    return antecedent ? { mention: antecedent, appositive: null, relative: { first: i, last: i } } : { mention: null, appositive: null };
  }
  if (isPunct(token, ',') && i - 1 > floor) {
    // An appositive between commas: "NAME, the ROLE …, said" or "the ROLE …, NAME, said". The appositive
    // may hold commas of its own ("NAME, 67, a nurse in Dayton, Ohio, said"): a few commas back are tried.
    const limit = Math.max(floor, i - 30);
    let open = i - 1;
    for (let commas = 0; commas < MAX_APPOSITIVE_COMMAS; commas++, open--) {
      while (open >= limit && !isPunct(tokens[open], ',') && tokens[open].kind !== 'quote') open--;
      if (open < limit || !isPunct(tokens[open], ',')) break;
      const inner = commas === 0 ? phraseStartingAt(tokens, open + 1, i) : null;
      if (inner && inner.last === i - 1 && tokens[open + 1].capitalised && !DETERMINERS.has(tokens[open + 1].lower) && isNameWord(tokens[inner.last])) {
        let roleFirst = open - 1;
        while (roleFirst > floor && open - roleFirst < 20 && !isPunct(tokens[roleFirst - 1], ',;:') && tokens[roleFirst - 1].kind !== 'quote') roleFirst--;
        const roleOpening = clauseOpening(tokens, roleFirst, open - 1);
        // "the head of …, NAME," or "Carter’s press secretary, NAME,"; a role after another comma is itself an
        // appositive ("NAME, 67, a teacher in Dayton, Ohio, said").
        const roleStartsClause = !isPunct(tokens[roleFirst - 1], ',');
        if (roleStartsClause && isWord(tokens[roleOpening]) && (DETERMINERS.has(tokens[roleOpening].lower) || isRoleWord(tokens[open - 1]))) {
          return { mention: inner, appositive: { first: roleOpening, last: open - 1 } };
        }
      }
      const outer = phraseEndingAt(tokens, open - 1, floor);
      const opening = tokens[open + 1];
      if (!outer || !isWord(opening) || !isNameWord(tokens[outer.last])) continue;
      // The appositive describes: "the head of …", "a Democratic pollster", "45", "deputy adviser", "Sanders’ campaign manager".
      const describes = DETERMINERS.has(opening.lower) || opening.lower === 'who' || /^\d/.test(opening.lower) || !opening.capitalised || isRoleWord(tokens[i - 1]);
      if (describes) return { mention: outer, appositive: { first: open + 1, last: i - 1 } };
    }
    return { mention: null, appositive: null };
  }
  return { mention: phraseEndingAt(tokens, i, floor) ?? determinedPhraseEndingAt(tokens, i, floor), appositive: null };
}

/** Words a determined noun phrase cannot end with or run through. */
function isFunctionWord(token: Token): boolean {
  const word = token.lower;
  return PRONOUNS.has(word) || DETERMINERS.has(word) || AUXILIARIES_AND_ADVERBS.has(word) || CLAUSE_START_BLOCKERS.has(word) || SPEECH_VERBS.has(word) || word === 'that' || word === 'which' || word === 'what';
}

/**
 * A noun phrase no lexicon knows, held together by its determiner: "the airline", "many economists",
 * "his online campaign". Up to three words after the determiner, none of them a function word.
 */
function determinedPhraseEndingAt(tokens: Token[], last: number, floor: number): Phrase | null {
  const end = tokens[last];
  if (!isWord(end) || end.capitalised || isFunctionWord(end)) return null;
  for (let i = last - 1; i >= floor && i >= last - 4; i--) {
    const token = tokens[i];
    if (!isWord(token)) return null;
    if (DETERMINERS.has(token.lower)) {
      // "growers near the river said": a phrase after a preposition is inside a longer subject.
      const lead = tokens[i - 1];
      if (i - 1 >= floor && isWord(lead) && PREPOSITIONS.has(lead.lower)) return null;
      // "The company flat-out denied": words after the phrase's head noun are adverbs before the verb.
      let head = last;
      while (head > i + 1 && !isRoleWord(tokens[head]) && isRoleWord(tokens[head - 1])) head--;
      return { first: i, last: isRoleWord(tokens[head]) ? head : last };
    }
    if (isFunctionWord(token)) return null;
  }
  return null;
}

/** Where the reported clause starts after a cue, skipping a hearer and time or place phrases. */
function contentStartAfter(tokens: Token[], cueLast: number, ceiling: number, takesHearer: boolean): number {
  let i = cueLast + 1;
  const hearerAt = i;
  if (takesHearer && i < ceiling) {
    const hearer = phraseStartingAt(tokens, i, ceiling);
    if (hearer) i = hearer.last + 1;
    else if (isWord(tokens[i]) && !tokens[i].capitalised && !CLAUSE_START_BLOCKERS.has(tokens[i].lower) && tokens[i].lower !== 'that') i++;
  }
  // "vowed to cut taxes", "urged the council not to wait": what was promised or asked for; the hearer belongs to it.
  if (INFINITIVE_CUES.has(tokens[cueLast].lower) && i + 1 < ceiling) {
    const to = isWord(tokens[i]) && tokens[i].lower === 'not' ? i + 1 : i;
    const verb = tokens[to + 1];
    if (isWord(tokens[to]) && tokens[to].lower === 'to' && isWord(verb) && !verb.capitalised && !DETERMINERS.has(verb.lower) && !PRONOUNS.has(verb.lower)) return hearerAt;
  }
  // "said on Friday that", "said in a statement that": look a short way for "that" or a colon.
  if (i < ceiling && isWord(tokens[i]) && ADJUNCT_OPENERS.has(tokens[i].lower)) {
    const limit = Math.min(ceiling, i + 14);
    for (let j = i; j < limit; j++) {
      const token = tokens[j];
      if (isWord(token) && token.lower === 'that') return j + 1;
      if (isPunct(token, ':')) return j + 1;
      if (isPunct(token, ',') && tokens[j + 1]?.kind === 'quote') return j + 1;
      if (token.kind === 'quote' || isPunct(token, ';') || SPEECH_VERBS.has(token.lower)) break;
    }
    return -1;
  }
  // "said, however, that …": a word set off by commas before the clause.
  if (isPunct(tokens[i], ',') && isWord(tokens[i + 1]) && isPunct(tokens[i + 2], ',') && i + 3 < ceiling) i += 3;
  if (i >= ceiling) return -1;
  const token = tokens[i];
  if (isWord(token) && token.lower === 'that') return i + 1;
  if (isPunct(token, ':')) return i + 1;
  if (isPunct(token, ',') && tokens[i + 1]?.kind === 'quote') return i + 1;
  if (token.kind === 'quote') return i;
  if (isWord(token) && !CLAUSE_START_BLOCKERS.has(token.lower)) return i;
  return -1;
}

/** A word that reads as a finite verb: an auxiliary, or a lower-case word in -s or -ed ("intensifies", "rejected"). */
function looksFinite(token: Token | undefined): boolean {
  if (!isWord(token) || token.capitalised) return false;
  if (FINITE_VERB_WORDS.has(token.lower)) return true;
  const w = token.lower;
  return w.length > 3 && ((w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) || w.endsWith('ed'));
}

/**
 * Whether the tokens from `at` (just after a comma) open a new clause of the writer's: "as" or
 * "even as", then a subject of its own (a pronoun, a determined phrase or a name) and a finite verb.
 */
function opensOwnClause(tokens: Token[], at: number, ceiling: number): boolean {
  let i = at;
  if (isWord(tokens[i]) && tokens[i].lower === 'even') i++;
  if (!isWord(tokens[i]) || !CIRCUMSTANCE_CONJUNCTIONS.has(tokens[i].lower)) return false;
  i++;
  const start = tokens[i];
  if (!isWord(start)) return false;
  if (PRONOUNS.has(start.lower) && start.lower !== 'who' && start.lower !== 'it') {
    return looksFinite(tokens[skipRightModifiers(tokens, i + 1, ceiling)]);
  }
  if (!DETERMINERS.has(start.lower) && !isNameWord(start)) return false;
  // The subject's words, then the verb: at most five words in all, none of them a function word.
  for (let j = i + 1; j < ceiling && j <= i + 5; j++) {
    const token = tokens[j];
    if (!isWord(token)) return false;
    if (looksFinite(token)) {
      // "as the economy is shrinking" mostly gives the speaker's own reason; the writer's aside is in the simple tense.
      const next = tokens[j + 1];
      if (BE_FORMS.has(token.lower) && isWord(next) && next.lower.endsWith('ing')) return false;
      return j > i + (DETERMINERS.has(start.lower) ? 1 : 0);
    }
    if (PREPOSITIONS.has(token.lower) || CLAUSE_START_BLOCKERS.has(token.lower) || RELATIVE_WORDS.has(token.lower)) return false;
  }
  return false;
}

/** The last token of the reported clause that starts at `first`: its sentence's end, or an earlier clause break. */
function contentEnd(tokens: Token[], first: number, ceiling: number): number {
  let last = ceiling - 1;
  for (let i = first + 1; i < ceiling; i++) {
    const token = tokens[i];
    if (isPunct(token, ';')) {
      last = i - 1;
      break;
    }
    // "… and said that …" starts a second report, with its own frame.
    if (isWord(token) && token.lower === 'and') {
      const verb = tokens[skipRightModifiers(tokens, i + 1, ceiling)];
      if (isWord(verb) && SPEECH_VERBS.has(verb.lower) && !PARTICIPLE_CUES.has(verb.lower) && !NOUN_LIKE_CUES.has(verb.lower)) {
        last = i - 1;
        break;
      }
    }
    if (isPunct(token, ',')) {
      const next = tokens[i + 1];
      // ", according to X", ", X said" and ", said X" end the reported clause.
      if (isWord(next) && next.lower === 'according') {
        last = i - 1;
        break;
      }
      if (isWord(next) && SPEECH_VERBS.has(next.lower) && !PARTICIPLE_CUES.has(next.lower)) {
        last = i - 1;
        break;
      }
      if (opensOwnClause(tokens, i + 1, ceiling)) {
        last = i - 1;
        break;
      }
      const phrase = isWord(next) ? phraseStartingAt(tokens, i + 1, ceiling) : null;
      if (phrase) {
        const after = skipRightModifiers(tokens, phrase.last + 1, ceiling);
        if (after < ceiling && isWord(tokens[after]) && SPEECH_VERBS.has(tokens[after].lower) && !NOUN_LIKE_CUES.has(tokens[after].lower)) {
          last = i - 1;
          break;
        }
      }
    }
  }
  while (last > first && (isSentenceEndPunct(tokens[last]) || isPunct(tokens[last], ',:'))) last--;
  return last;
}

function skipRightModifiers(tokens: Token[], index: number, ceiling: number): number {
  let i = index;
  let skipped = 0;
  while (i < ceiling && skipped < 3 && isWord(tokens[i]) && !tokens[i].capitalised && (AUXILIARIES_AND_ADVERBS.has(tokens[i].lower) || tokens[i].lower.endsWith('ly'))) {
    i++;
    skipped++;
  }
  return i;
}

/** The first token of a sentence's own words, past "But", "And", "Meanwhile," and the like. */
function clauseOpening(tokens: Token[], first: number, last: number): number {
  let i = first;
  // A dateline: "WASHINGTON (AP) — …".
  for (let j = first; j < Math.min(last, first + 8); j++) {
    const token = tokens[j];
    if (isPunct(token, '—–-')) {
      if (j > first) i = j + 1;
      break;
    }
    if (isWord(token) ? !token.allCaps : !isPunct(token, '(),')) break;
  }
  while (i < last && isWord(tokens[i]) && SENTENCE_CONNECTORS.has(tokens[i].lower)) {
    i++;
    if (isPunct(tokens[i], ',')) i++;
  }
  return i;
}

/** Finds every cue in a sentence and works out its frame. */
function framesInSentence(tokens: Token[], first: number, end: number, insideDirect: Uint8Array): CueFrame[] {
  const frames: CueFrame[] = [];
  // A headline or a lead-in "Senator Smith: Taxes will rise": a name, a colon, the words.
  const speaker = phraseStartingAt(tokens, first, Math.min(end, first + 10));
  const colon = speaker ? speaker.last + 1 : -1;
  if (speaker && isPunct(tokens[colon], ':') && isNameWord(tokens[speaker.last]) && countWordTokens(tokens, colon + 1, Math.min(end - 1, colon + 4)) >= 3) {
    // "Analysis: …", "Map: …", "Lire : …": one word before a colon is mostly a section label, not a name.
    let nameWords = 0;
    for (let t = speaker.first; t <= speaker.last; t++) if (isNameWord(tokens[t])) nameWords++;
    frames.push({ cueFirst: colon, cueLast: colon, mention: speaker, appositive: null, direction: 'after', contentFirst: colon + 1, contentLast: -1, floor: first, ceiling: Math.min(end, colon + CUE_WINDOW), label: nameWords < 2 });
  }
  let titleCase: boolean | undefined;
  for (let c = first; c < end; c++) {
    if (insideDirect[c]) continue;
    const cueLast = isCueAt(tokens, c);
    if (cueLast < 0) continue;
    const cue = tokens[c];
    if (NOUN_LIKE_CUES.has(cue.lower) && afterDeterminer(tokens, c, first)) continue;
    // A capitalised cue inside a sentence is a name or a title ("United States", "Editor's Note"),
    // except "Says" in a headline written in title case ("Mayor Says Bridge Will Reopen").
    if (cue.capitalised && c !== clauseOpening(tokens, first, end) && !(SAY_VERBS.has(cue.lower) && (titleCase ??= isTitleCase(tokens, first, end)))) continue;
    const floor = Math.max(first, c - CUE_WINDOW);
    const ceiling = Math.min(end, cueLast + CUE_WINDOW);
    // The window is the frame's own floor and ceiling: built in one literal, not copied (this runs for every cue).
    const frame = frameFor(tokens, c, cueLast, floor, ceiling, frames);
    const cueFirst = c;
    c = cueLast;
    if (!frame || !frame.mention && NOUN_LIKE_CUES.has(cue.lower)) continue;
    // Words that are often not speech ("the claims", "will continue") need a clause or quote to follow.
    const demand = cueLast > cueFirst && CALL_VERBS.has(cue.lower);
    // "called the plan “a disgrace”": naming counts as speech when the name is quoted.
    const quotedName = CALL_VERBS.has(cue.lower) && frame.direction === 'after' && quoteWithin(tokens, frame.contentFirst, Math.min(end, frame.contentFirst + 8));
    if ((NOUN_LIKE_CUES.has(cue.lower) || WEAK_CUES.has(cue.lower)) && !demand && !quotedName && frame.direction === 'after' && !opensReport(tokens, frame.contentFirst)) continue;
    frames.push(frame);
  }
  return frames;
}

/**
 * "a direct answer", "his statement", "the report": a word after a determiner, or after a determiner and
 * an adjective, is a noun, not a verb of saying ("the officials report" keeps its verb: "officials" heads the subject).
 */
function afterDeterminer(tokens: Token[], c: number, first: number): boolean {
  const previous = tokens[c - 1];
  if (c - 1 < first || !isWord(previous)) return false;
  if (DETERMINERS.has(previous.lower)) return true;
  const before = tokens[c - 2];
  return c - 2 >= first && isWord(before) && DETERMINERS.has(before.lower) && !previous.capitalised && !isRoleWord(previous) && !isFunctionWord(previous);
}

/** A headline in title case: a few words, each capitalised but for the small ones. */
function isTitleCase(tokens: Token[], first: number, end: number): boolean {
  let words = 0;
  for (let i = first; i < end; i++) {
    const token = tokens[i];
    if (!isWord(token) || /^\d/.test(token.lower)) continue;
    if (!token.capitalised && !TITLE_CASE_SMALL_WORDS.has(token.lower)) return false;
    words++;
  }
  return words >= MIN_TITLE_WORDS && end - first <= MAX_TITLE_TOKENS;
}

const MIN_TITLE_WORDS = 4;
const MAX_TITLE_TOKENS = 40;

/** A source phrase with no recognisable head: everything up to the next comma, colon or quote (bounded). */
function sourceUpToBreak(tokens: Token[], first: number, end: number): Phrase | null {
  let last = first - 1;
  for (let i = first; i < end && i < first + 20; i++) {
    if (tokens[i].kind !== 'word' && !isPunct(tokens[i], "-'()&")) break;
    last = i;
  }
  return last >= first ? { first, last } : null;
}

/** Up to eight words from `first`, stopping before punctuation or a relative clause: "one of two witnesses". */
function wordsUpToBreak(tokens: Token[], first: number, end: number): Phrase | null {
  const start = tokens[first];
  if (!isWord(start) || CLAUSE_START_BLOCKERS.has(start.lower) || PHRASE_BREAKS.has(start.lower)) return null;
  let last = first;
  while (last + 1 < end && last - first < 7 && isWord(tokens[last + 1]) && !PHRASE_BREAKS.has(tokens[last + 1].lower)) last++;
  return { first, last };
}

/**
 * A subject no lexicon knows ("About 4 in 10", "progressive organizations that have endorsed him"):
 * the words back to the clause's start, at most a few, when a clause follows the cue.
 */
function looseSubjectBefore(tokens: Token[], cue: number, floor: number): Phrase | null {
  const last = skipLeftModifiers(tokens, cue - 1, floor);
  if (last < floor || !isWord(tokens[last]) || SPEECH_VERBS.has(tokens[last].lower) || CLAUSE_START_BLOCKERS.has(tokens[last].lower)) return null;
  let first = last;
  while (first - 1 >= floor && last - first < 11 && (isWord(tokens[first - 1]) || isPossessiveMark(tokens, first - 1))) {
    const word = tokens[first - 1].lower;
    if (SPEECH_VERBS.has(word) || CLAUSE_START_BLOCKERS.has(word) && !PHRASE_PREPOSITIONS.has(word)) break;
    first--;
  }
  const lead = tokens[first - 1];
  if (first - 1 >= floor && !isPunct(lead, ',;:') && lead.kind !== 'quote' && !SENTENCE_CONNECTORS.has(lead.lower)) return null;
  return { first, last };
}

/**
 * "The mayor toured the site and said …": the speaker of a verb joined by "and" is the subject
 * that opens the sentence.
 */
function coordinatedSubject(tokens: Token[], cue: number, floor: number, end: number): Phrase | null {
  const and = skipLeftModifiers(tokens, cue - 1, floor);
  if (and <= floor || !isWord(tokens[and]) || tokens[and].lower !== 'and') return null;
  const subject = phraseStartingAt(tokens, clauseOpening(tokens, floor, end), and);
  return subject && subject.last < and - 1 ? subject : null;
}

function quoteWithin(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (tokens[i].kind === 'quote') return true;
  return false;
}

function opensReport(tokens: Token[], contentFirst: number): boolean {
  const previous = tokens[contentFirst - 1];
  const first = tokens[contentFirst];
  return (isWord(previous) && previous.lower === 'that') || isPunct(previous, ':,') || first?.kind === 'quote';
}

/** A speaker phrase after a French, Spanish or German cue, past its article: "le ministre Jean Dupont" → "ministre Jean Dupont". */
function foreignPhraseAt(tokens: Token[], first: number, end: number): Phrase | null {
  const start = isWord(tokens[first]) && !tokens[first].capitalised && FOREIGN_DETERMINERS.has(tokens[first].lower) ? first + 1 : first;
  return start < end ? phraseStartingAt(tokens, start, end) : null;
}

function frameFor(tokens: Token[], c: number, cueLast: number, first: number, end: number, earlier: CueFrame[]): CueFrame | null {
  const cue = tokens[c];
  const foreignAccording = FOREIGN_ACCORDING.has(cue.lower);
  if (FOREIGN_SPEECH_VERBS.has(tokens[cueLast].lower) && !foreignAccording) {
    // Only the order these languages use after a quotation ("«…», a déclaré le ministre X"): alone, the
    // words are too rare, or too like English ones ("dice"), to read a frame around them.
    const previous = tokens[c - 1];
    const afterQuote = previous?.kind === 'quote' || (isPunct(previous, ',') && tokens[c - 2]?.kind === 'quote');
    const speaker = afterQuote && c > first ? foreignPhraseAt(tokens, cueLast + 1, end) : null;
    return speaker ? { cueFirst: c, cueLast, mention: speaker, appositive: null, direction: 'before', contentFirst: first, contentLast: c - 1, floor: first, ceiling: end } : null;
  }
  if (cue.lower === 'according' || foreignAccording) {
    // Sources after "according to" are often long ("a study last year by economists at …"): take them up to the comma.
    const source = (foreignAccording ? foreignPhraseAt(tokens, cueLast + 1, end) : phraseStartingAt(tokens, cueLast + 1, end)) ?? sourceUpToBreak(tokens, cueLast + 1, end);
    if (!source) return null;
    const afterSource = source.last + 1;
    const opening = clauseOpening(tokens, first, end);
    if (c <= opening && isPunct(tokens[afterSource], ',:')) {
      return { cueFirst: c, cueLast, mention: source, appositive: null, direction: 'after', contentFirst: afterSource + 1, contentLast: -1, floor: first, ceiling: end };
    }
    if (c > opening && (isPunct(tokens[c - 1], ',') || tokens[c - 1].kind === 'quote')) {
      return { cueFirst: c, cueLast, mention: source, appositive: null, direction: 'before', contentFirst: opening, contentLast: c - 1, floor: first, ceiling: end };
    }
    return null;
  }
  if (cue.lower === 'asked' && isWord(tokens[cueLast + 1]) && QUESTION_OPENERS.has(tokens[cueLast + 1].lower)) {
    // "Asked whether …, Smith said …": the question is reported; the asker is rarely named.
    const opening = clauseOpening(tokens, first, end);
    if (c === opening || (c === opening + 1 && tokens[opening].lower === 'when')) {
      let comma = cueLast + 2;
      while (comma < end && !isPunct(tokens[comma], ',')) comma++;
      const answerer = comma < end ? phraseStartingAt(tokens, comma + 1, end) : null;
      return { cueFirst: c, cueLast, mention: answerer, appositive: null, direction: 'after', contentFirst: cueLast + 1, contentLast: -1, floor: first, ceiling: end };
    }
  }
  if (PARTICIPLE_CUES.has(cue.lower) && isPunct(tokens[c - 1], ',')) {
    // "…, saying that …": the speaker is the subject of the sentence's main verb.
    const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
    if (start < 0) return null;
    const main = earlier.length > 0 ? earlier[earlier.length - 1].mention : phraseStartingAt(tokens, clauseOpening(tokens, first, end), end);
    // "The leader of X, Ana Ruiz, condemned …, saying …": the name between commas is the speaker, the phrase her role.
    const named = main && earlier.length === 0 && isPunct(tokens[main.last + 1], ',') ? phraseStartingAt(tokens, main.last + 2, c) : null;
    if (named && isNameWord(tokens[named.first]) && isNameWord(tokens[named.last]) && isPunct(tokens[named.last + 1], ',')) {
      return { cueFirst: c, cueLast, mention: named, appositive: main, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
    }
    return { cueFirst: c, cueLast, mention: main, appositive: null, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
  }
  const previous = tokens[c - 1];
  // Inverted: "…,” said Blinken" / "…, said the spokesman."
  if (c > first && (isPunct(previous, ',') || previous.kind === 'quote') && !TAKES_HEARER.has(cue.lower)) {
    // After a closed quotation, "said" and a phrase is the attribution whatever follows ("said one aide familiar with …"),
    // and a phrase no lexicon knows is the speaker too ("said one of the witnesses").
    const afterQuote = previous.kind === 'quote' || tokens[c - 2]?.kind === 'quote';
    const speaker = phraseStartingAt(tokens, cueLast + 1, end) ?? (afterQuote ? wordsUpToBreak(tokens, cueLast + 1, end) : null);
    const after = speaker ? tokens[speaker.last + 1] : undefined;
    const endsThere = afterQuote || !after || isSentenceEndPunct(after) || isPunct(after, ',;:') || after.kind === 'quote' || ADJUNCT_OPENERS.has(after.lower);
    if (speaker && endsThere && !PRONOUNS.has(tokens[speaker.first].lower)) {
      return { cueFirst: c, cueLast, mention: speaker, appositive: null, direction: 'before', contentFirst: first, contentLast: c - 1, floor: first, ceiling: end };
    }
  }
  const subject = subjectBefore(tokens, c, first);
  // "No group claimed responsibility": a negated subject speaks for nobody.
  if (subject.mention && (NEGATIVE_SUBJECTS.has(tokens[subject.mention.first].lower) || NEGATIVE_SUBJECTS.has(tokens[subject.mention.first - 1]?.lower ?? ''))) return null;
  const appositive = subject.appositive;
  const relative = subject.relative ?? null;
  let mention = subject.mention;
  // "She released a statement saying …": the document is the object; its author is the subject of the verb before it.
  if (mention && PARTICIPLE_CUES.has(cue.lower) && DOCUMENT_NOUNS.has(tokens[mention.last].lower)) {
    const verb = tokens[mention.first - 1];
    const authorLast = skipLeftModifiers(tokens, mention.first - 2, first);
    const readable = isWord(verb) && !verb.capitalised && !isFunctionWord(verb) && authorLast >= first;
    const author = readable ? phraseEndingAt(tokens, authorLast, first) ?? determinedPhraseEndingAt(tokens, authorLast, first) : null;
    if (author) mention = author;
  }
  if (!mention) {
    const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
    if (start < 0 || start >= end || NOUN_LIKE_CUES.has(cue.lower)) return null;
    if (!opensReport(tokens, start) && !SAY_VERBS.has(cue.lower)) return null;
    mention = looseSubjectBefore(tokens, c, first) ?? coordinatedSubject(tokens, c, first, end);
    if (!mention) return null;
  }
  const before = tokens[(appositive && appositive.first < mention.first ? appositive.first : mention.first) - 1];
  const startsClause = mention.first === clauseOpening(tokens, first, end) || (appositive !== null && appositive.first === clauseOpening(tokens, first, end));
  // "CLAUSE, SPEAKER said …" / "“QUOTE,” SPEAKER said": the content comes first.
  if (!startsClause && (isPunct(before, ',') || before?.kind === 'quote')) {
    const tail = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
    // After a comma a long clause may still follow ("Speaking on radio, Kiedis said his band …");
    // after an opening time or place phrase ("Later in the day, the FBI said it would help") a short one too.
    const opening = tokens[clauseOpening(tokens, first, end)];
    const introduced = isWord(opening) && (PREPOSITIONS.has(opening.lower) || INTRODUCTORY_WORDS.has(opening.lower));
    const clauseFollows = tail >= 0 && isPunct(before, ',') && (tokens[tail - 1]?.lower === 'that' || end - tail >= (introduced ? 2 : 5));
    const lastBefore = (appositive && appositive.first < mention.first ? appositive.first : mention.first) - 1;
    // "In 1977, Donald asked Freddy to …": a short opening phrase is not what was said (unless the clause
    // goes on after the attribution: "In the end, she said, costs fell").
    const adverbial = introduced && before.kind !== 'quote' && !isPunct(tokens[cueLast + 1], ',') && countWordTokens(tokens, first, lastBefore) <= SHORT_OPENING_WORDS;
    if (!clauseFollows && !adverbial) {
      return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'before', contentFirst: first, contentLast: lastBefore, floor: first, ceiling: end };
    }
  }
  const start = contentStartAfter(tokens, cueLast, end, TAKES_HEARER.has(cue.lower));
  // "“… at all?” Trump told ITV.": the quote ended the sentence before; the attribution stands alone.
  const quoteBefore = tokens[first - 1];
  if ((start < 0 || start >= end) && startsClause && quoteBefore?.kind === 'quote' && quoteBefore.paragraph === cue.paragraph) {
    return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'before', contentFirst: first, contentLast: first - 1, floor: first, ceiling: end };
  }
  if (start < 0) {
    // "But, he said, prices will rise": an attribution set off by commas after an opening word.
    const next = tokens[cueLast + 2];
    if (startsClause && isPunct(before, ',') && isPunct(tokens[cueLast + 1], ',') && cueLast + 2 < end && isWord(next) && !CLAUSE_START_BLOCKERS.has(next.lower) && !PARTICIPLE_CUES.has(next.lower)) {
      return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'after', contentFirst: cueLast + 2, contentLast: -1, floor: first, ceiling: end };
    }
    return null;
  }
  return { cueFirst: c, cueLast, mention, appositive, relative, direction: 'after', contentFirst: start, contentLast: -1, floor: first, ceiling: end };
}

// ---------------------------------------------------------------------------
// Putting quotes and frames together

function spanOfPhrase(tokens: Token[], phrase: Phrase | null): Span | null {
  return phrase ? { start: tokens[phrase.first].start, end: tokens[phrase.last].end } : null;
}

/**
 * The speaker phrase without a clause or adverbial opening that the scan swept in: the speaker of
 * "as Reuters reported" is "Reuters", of "Despite parliamentary reports, officials said" not "Despite".
 */
function speakerPhrase(tokens: Token[], phrase: Phrase | null): Span | null {
  if (!phrase) return null;
  let first = phrase.first;
  for (let i = phrase.first; i < phrase.last; i++) if (isWord(tokens[i]) && MENTION_RESTARTS.has(tokens[i].lower)) first = i + 1;
  return spanOfPhrase(tokens, { first, last: phrase.last });
}

/** Confidence of a direct quote with no cue: a few words in marks are scare quotes or titles. */
const SCARE_QUOTE_CONFIDENCE = 0.2;
const UNATTRIBUTED_QUOTE_CONFIDENCE = 0.4;
const CONTINUATION_CONFIDENCE = 0.65;
const LONG_UNATTRIBUTED_QUOTE_CONFIDENCE = 0.55;
/** From this many words a quotation with no cue is listed (three in four such quotes on PolNeAR train are attributed speech). */
const LONG_QUOTE_WORDS = 9;
/** How many paragraphs on a long quotation with no cue is still given to the last speaker. */
const MAX_CARRY_PARAGRAPHS = 2;
const ATTRIBUTED_CONFIDENCE = 0.9;
const REPORTED_CONFIDENCE = 0.8;
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
  const { tokens, sentences } = model;
  const directs = pairQuoteMarks(model).sort((a, b) => a.start - b.start);
  const insideDirect = new Uint8Array(tokens.length);
  const directByOpen = new Map<number, DirectQuote>();
  const directByClose = new Map<number, DirectQuote>();
  for (const quote of directs) {
    const closeIndex = quote.close >= 0 ? quote.close : indexAtOrBefore(tokens, quote.end);
    for (let t = quote.open; t <= closeIndex && t < tokens.length; t++) insideDirect[t] = 1;
    directByOpen.set(quote.open, quote);
    if (quote.close >= 0) directByClose.set(quote.close, quote);
  }

  const attributed = new Map<DirectQuote, QuoteCandidate>();
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
        if (isPunct(tokens[attributionEnd], ',') && frame.ceiling - attributionEnd > 3 && !insideDirect[attributionEnd + 1]) {
          tailLast = contentEnd(tokens, attributionEnd + 1, frame.ceiling);
          if (tailLast <= attributionEnd + 1) tailLast = -1;
        }
        // Reported words before the cue: a clause of a few words at least, and a verb that is surely speech;
        // an attribution set between commas inside a clause ("Otherwise, she added, prices …") is speech whatever its verb.
        const cueWord = tokens[frame.cueFirst].lower;
        if (tailLast < 0 && (countWordTokens(tokens, frame.contentFirst, last) < MIN_REPORTED_WORDS || WEAK_CUES.has(cueWord) || NOUN_LIKE_CUES.has(cueWord))) continue;
        // "X said that …, ABC reported": the nested attribution is the quote, not the whole clause.
        // Frames come in text order, so the one just before is the only one that can sit inside this content.
        const earlier = frames[index - 1];
        if (earlier && earlier.cueFirst >= frame.contentFirst && earlier.cueFirst <= last) continue;
        const first = clauseOpening(tokens, frame.contentFirst, last);
        const candidate = reported(tokens, first, last, directs, { cue, mention, appositive, antecedent });
        if (tailLast >= 0) {
          candidate.fragments = [{ start: candidate.start, end: candidate.end }, { start: tokens[attributionEnd + 1].start, end: tokens[tailLast].end }];
          candidate.end = tokens[tailLast].end;
        }
        candidates.push(candidate);
        continue;
      }
      if (frame.contentFirst >= frame.ceiling) continue;
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
      candidates.push(candidate);
    }
  }

  // Direct quotes: merge "A," he said, "B" into one quote; carry speakers over to quotes with no cue.
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
    const words = countWordTokens(tokens, quote.open, quote.close >= 0 ? quote.close : indexAtOrBefore(tokens, quote.end));
    const standsAlone = startsSentence(model, quote);
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
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropDuplicates(candidates);
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

/** "A," he said, "B": the second quote follows the attribution within the same sentence. */
function interruptedBy(tokens: Token[], first: DirectQuote, second: DirectQuote, own: QuoteCandidate): boolean {
  if (first.close < 0 || !own.cue) return false;
  const cueEnd = own.mention && own.mention.end > own.cue.end ? own.mention.end : own.cue.end;
  if (cueEnd < first.end || second.start < cueEnd) return false;
  const between = second.open - 1;
  if (!isPunct(tokens[between], ',:')) return false;
  return tokens[between].start - cueEnd <= 40 && tokens[first.close].sentence === tokens[second.open].sentence;
}

function startsSentence(model: TextModel, quote: DirectQuote): boolean {
  const token = model.tokens[quote.open];
  return model.sentences[token.sentence]?.firstToken === quote.open;
}

function countWordTokens(tokens: Token[], first: number, last: number): number {
  let words = 0;
  for (let t = first; t <= last && t < tokens.length; t++) if (tokens[t].kind === 'word') words++;
  return words;
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
