/**
 * Whatever text a page holds, the engine answers: it never throws, every span
 * it returns lies inside the text and matches the text it claims to cover, and
 * its work grows linearly with adversarial input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis, type TextSpan } from '../../src/engine/index';
import { growthRatio, LINEAR_FOR_TENFOLD } from '../support/growth';

function expectSpanOf(text: string, span: TextSpan, what: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${what} offsets are integers`).toBe(true);
  expect(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} inside the text`).toBe(true);
  expect(text.slice(span.start, span.end), `${what} text matches its span`).toBe(span.text);
}

function expectConsistent(analysis: Analysis): void {
  const { text } = analysis;
  const speakerIds = new Set(analysis.speakers.map((speaker) => speaker.id));
  const quantityIds = new Set(analysis.quantities.map((quantity) => quantity.id));
  const quoteIds = new Set(analysis.quotes.map((quote) => quote.id));
  for (const quote of analysis.quotes) {
    expectSpanOf(text, quote, 'quote');
    if (quote.cue) expectSpanOf(text, quote.cue, 'cue');
    if (quote.speakerMention) expectSpanOf(text, quote.speakerMention, 'speaker mention');
    if (quote.speakerId) expect(speakerIds.has(quote.speakerId)).toBe(true);
    expect(quote.confidence).toBeGreaterThanOrEqual(0);
    expect(quote.confidence).toBeLessThanOrEqual(1);
  }
  for (const speaker of analysis.speakers) {
    for (const mention of speaker.mentions) expectSpanOf(text, mention, 'speaker mention');
    for (const quoteId of speaker.quoteIds) expect(quoteIds.has(quoteId)).toBe(true);
  }
  for (const quantity of analysis.quantities) {
    expectSpanOf(text, quantity, 'quantity');
    if (quantity.value !== null) expect(Number.isNaN(quantity.value)).toBe(false);
  }
  for (const claim of analysis.claims) {
    expectSpanOf(text, claim, 'claim');
    for (const place of claim.places) expectSpanOf(text, place, 'place');
    for (const quantityId of claim.quantityIds) expect(quantityIds.has(quantityId)).toBe(true);
    if (claim.claimantId) expect(speakerIds.has(claim.claimantId)).toBe(true);
  }
}

/** Pieces news text is made of, and the marks that trip quote and number scanners. */
const NEWSY_PIECES = [
  'said', ' said ', 'told', 'according to', 'he', 'She', 'The minister', 'Mr. Smith', 'Jane Doe', 'officials',
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '「', '」', ',', '.', '...', '…', ':', ';', '(', ')', '—', '-',
  '\n\n', '\n', ' ', '\u00a0', '\u202e', '\u200f', '80%', '1,200', '1.5', '$5bn', '£300m', 'two-thirds',
  'several hundred', 'between 10 and 20', '252-287', 'per cent', 'million', 'seized', 'control of', 'Kabul',
  'districts', 'e', '9', '0', '.5', ',,', '%%', '$', '<script>alert(1)</script>',
];

const newsyText = fc.array(fc.constantFrom(...NEWSY_PIECES), { maxLength: 300 }).map((pieces) => pieces.join(''));

describe('engine properties', () => {
  it('never throws and keeps every span consistent on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => expectConsistent(analyze({ text }))),
      { numRuns: 300 },
    );
  });

  it('never throws on unbalanced and nested quote marks, digit runs and punctuation', () => {
    fc.assert(fc.property(newsyText, (text) => expectConsistent(analyze({ text }))), { numRuns: 500 });
  });

  it('never throws on raw UTF-16 including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectConsistent(analyze({ text }))),
      { numRuns: 200 },
    );
  });
});

describe('engine work on adversarial input', () => {
  const SMALL = 20 * 1024;
  const repeatTo = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  const adversarial: Record<string, string> = {
    'quotation marks only': '"“”‘’«»„',
    'one long digit run': '9',
    'digits and separators': '1,2.3,',
    'speech verbs without sentences': 'he said that she told them according to ',
    'open quotes that never close': 'He said, “We ',
    'no spaces at all': 'abcdefghij',
    'punctuation storm': '.,;:!?—()[]…',
  };
  for (const [name, piece] of Object.entries(adversarial)) {
    it(`grows linearly on ${name}, and reads all of 1 MB of it`, () => {
      // Ten times the text costs about ten times the work: no quadratic path (times are not asserted).
      const ratio = growthRatio((text: string) => analyze({ text }), repeatTo(piece, SMALL), repeatTo(piece, 10 * SMALL), 2);
      expect(ratio).toBeLessThan(LINEAR_FOR_TENFOLD);
      // All of it is analysed, or the analysis says where it stopped.
      const text = repeatTo(piece, 1 << 20);
      const analysis = analyze({ text });
      if (analysis.stats.truncated) expect(text.startsWith(analysis.text)).toBe(true);
      else expect(analysis.text).toBe(text);
    });
  }
});
