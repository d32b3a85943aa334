import { describe, expect, it } from 'vitest';
import { buildAnalysisExport } from '../../src/shared/analysis-export';
import { buildSummary } from '../../src/shared/summary';
import { popupResult, tabAnalysis } from './analysis-fixture';

const withHeader = { includeTitleAndUrl: true };
const withoutHeader = { includeTitleAndUrl: false };

describe('summary formats', () => {
  it('Markdown, with or without the title, site and URL', () => {
    const full = buildSummary(popupResult, 'markdown', withHeader);
    expect(full.startsWith('# Housing \\#1')).toBe(true);
    const bare = buildSummary(popupResult, 'markdown', withoutHeader);
    expect(bare.startsWith('## Speakers\n')).toBe(true);
    expect(bare).not.toContain('news.example');
    expect(bare).not.toContain('plans');
    expect(full.endsWith(bare)).toBe(true);
  });

  it('plain text: the same content with no Markdown syntax or escaping', () => {
    const text = buildSummary(popupResult, 'text', withHeader);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Housing #1: <b>homes</b> & *plans*',
      'Site: Example News',
      'URL: https://news.example/housing?id=1',
      '',
    ]);
    expect(text).toContain('SPEAKERS\n- Jane Roe, Minister, Ministry of Housing (1 quote)');
    expect(text).toContain('VOICES\nNamed people: 2 of 2 quotes (100%)\n- Jane Roe, named person: 1 quote, 53% of quoted words\n');
    expect(text).toContain('Jane Roe:\n- “We will build 300 homes [phase_1] by *2026*.” (direct)');
    expect(text).toContain('CLAIMS\n- We will build 300 homes [phase_1] by *2026* — Jane Roe (asserted, numeric)');
    expect(text).toContain('— the article (asserted, numeric, territorial)');
    expect(text).not.toContain('\\');
    expect(buildSummary(popupResult, 'text', withoutHeader).startsWith('SPEAKERS\n')).toBe(true);
  });

  it('JSON: what the popup lists, names resolved, numbers picked out', () => {
    const summary = JSON.parse(buildSummary(popupResult, 'json', withHeader));
    expect(summary).toMatchObject({ title: tabAnalysis.article.title, site: 'Example News', url: tabAnalysis.article.url });
    expect(summary.speakers[0]).toEqual({ name: 'Jane Roe', description: 'Minister, Ministry of Housing', quotes: 1 });
    // The low-confidence scare quote is not listed.
    expect(summary.quotes.map((quote: { speaker: string }) => quote.speaker)).toEqual(['Jane Roe', 'Officials']);
    expect(summary.claims[1]).toMatchObject({ numbers: ['40 percent'], kinds: ['numeric', 'territorial'], claimant: null });
    const bare = JSON.parse(buildSummary(popupResult, 'json', withoutHeader));
    expect(summary.voices[0]).toEqual({ name: 'Jane Roe', kind: 'person', quotes: 1, shareOfQuotedWords: expect.closeTo(0.53, 2) });
    expect(Object.keys(bare)).toEqual(['speakers', 'voices', 'quotes', 'claims', 'contestedFigures']);
  });
});

describe('Export JSON', () => {
  it('carries the full analysis, low-confidence quotes and offsets included', () => {
    const exported = JSON.parse(buildAnalysisExport({ ...tabAnalysis, highlights: { placed: { q1: true }, painted: true } }));
    expect(exported.format).toBe('quotelens-analysis');
    expect(exported.version).toBe(2);
    expect(exported.article).toEqual(tabAnalysis.article);
    expect(exported.analysis).toEqual(tabAnalysis.analysis);
    expect(exported.contestedFigures).toEqual([]);
    expect(exported.placedOnPage).toEqual({ q1: true });
  });
});
