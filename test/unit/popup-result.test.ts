import { describe, expect, it } from 'vitest';
import { analysisExportFrom, popupReplyFrom } from '../../src/background/popup-result';
import { tabAnalysis } from './analysis-fixture';

describe('what the popup is sent', () => {
  it('is what it lists, without the article text or the raw spans', () => {
    const reply = popupReplyFrom({ state: 'ready', result: tabAnalysis });
    if (reply.state !== 'ready') throw new Error('expected a ready reply');
    expect(Object.keys(reply.result).sort()).toEqual(['analysed', 'article', 'highlights', 'view']);
    expect(reply.result.view.quotes.map((quote) => quote.id)).toEqual(['q1', 'q2']);
    expect(JSON.stringify(reply.result)).not.toContain(tabAnalysis.analysis.text.slice(0, 60));
  });

  it('passes other answers on unchanged', () => {
    expect(popupReplyFrom({ state: 'not-article', reason: 'loading' })).toEqual({ state: 'not-article', reason: 'loading' });
  });
});

describe('Export JSON from the worker', () => {
  it('is the full analysis of the article the popup shows, and nothing once the tab holds another', () => {
    const ready = { state: 'ready', result: tabAnalysis } as const;
    expect(JSON.parse(analysisExportFrom(ready, tabAnalysis.article.url)!).analysis.text).toBe(tabAnalysis.analysis.text);
    expect(analysisExportFrom(ready, 'https://news.example/another-story')).toBeNull();
    expect(analysisExportFrom({ state: 'error', message: 'failed' }, tabAnalysis.article.url)).toBeNull();
  });
});
