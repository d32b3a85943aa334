import { describe, expect, it } from 'vitest';
import { buildArticleView, claimSegments, joinNames, speakerDescription } from '../../src/shared/article-view';
import { analysis } from './analysis-fixture';

describe('buildArticleView', () => {
  const view = buildArticleView(analysis);

  it('lists quotes in article order with their speakers, keeping low-confidence ones apart', () => {
    expect(view.quotes.map((quote) => [quote.id, quote.speakerName, quote.kind])).toEqual([
      ['q1', 'Jane Roe', 'direct'],
      ['q2', 'Officials', 'indirect'],
    ]);
    expect(view.lowConfidenceQuotes.map((quote) => quote.id)).toEqual(['q3']);
  });

  it('lists speakers who say something a reader sees, counting listed quotes only', () => {
    expect(view.speakers.map((speaker) => [speaker.name, speaker.quoteCount])).toEqual([
      ['Jane Roe', 1],
      ['Officials', 1],
    ]);
  });

  it('gives a quote several say together to each of them, named together', () => {
    const [first] = analysis.quotes;
    const together = buildArticleView({ ...analysis, quotes: [{ ...first, coSpeakerIds: [analysis.quotes[1].speakerId!] }] });
    expect(together.quotes.map((quote) => [quote.speakerName, quote.speakerIds])).toEqual([['Officials and Jane Roe', [first.speakerId, analysis.quotes[1].speakerId]]]);
    expect(together.speakers.map((speaker) => [speaker.name, speaker.quoteCount])).toEqual([
      ['Jane Roe', 1],
      ['Officials', 1],
    ]);
  });

  it('names the claimant, or null for the article’s own voice', () => {
    expect(view.claims.map((claim) => claim.claimantName)).toEqual(['Jane Roe', null]);
  });
});

describe('joinNames', () => {
  it('lists names as a sentence does', () => {
    expect([[], ['Egypt'], ['Egypt', 'Jordan'], ['the US', 'Britain', 'France']].map(joinNames)).toEqual(['', 'Egypt', 'Egypt and Jordan', 'the US, Britain and France']);
  });
});

describe('claimSegments', () => {
  it('marks the quantities inside a claim', () => {
    const segments = claimSegments(analysis.claims[1], analysis);
    expect(segments).toEqual([
      { text: 'the army controls ', quantity: false },
      { text: '40 percent', quantity: true },
      { text: ' of the region', quantity: false },
    ]);
  });

  it('ignores quantities outside the claim and keeps the whole text', () => {
    const claim = { ...analysis.claims[1], quantityIds: ['n1', 'n2'] };
    expect(claimSegments(claim, analysis).map((segment) => segment.text).join('')).toBe(claim.text);
    expect(claimSegments(claim, analysis).filter((segment) => segment.quantity)).toHaveLength(1);
  });
});

describe('speakerDescription', () => {
  it('joins role and organisation', () => {
    expect(speakerDescription({ name: 'Jane Roe', role: 'Minister', organisation: 'Ministry of Housing' })).toBe(
      'Minister, Ministry of Housing',
    );
  });

  it('drops what repeats the name or the role', () => {
    expect(speakerDescription({ name: 'US officials', role: 'US officials', organisation: null })).toBe('');
    expect(speakerDescription({ name: 'Suhail Shaheen', role: 'Taliban spokesman', organisation: 'Taliban' })).toBe('Taliban spokesman');
    expect(speakerDescription({ name: 'Andrew Watkins', role: null, organisation: 'International Crisis Group' })).toBe(
      'International Crisis Group',
    );
  });

  it('does not repeat an organisation the role names with its acronym in brackets', () => {
    const lead = { name: 'Dana Ruiz', role: 'head of the World Harbour (WH) Survey Office', organisation: 'World Harbour Survey Office' };
    expect(speakerDescription(lead)).toBe('head of the World Harbour (WH) Survey Office');
  });
});
