import { describe, expect, it } from 'vitest';
import { buildMarkdownSummary, escapeMarkdown } from '../../src/shared/markdown-summary';
import { buildArticleView } from '../../src/shared/article-view';
import { popupResult, tabAnalysis } from './analysis-fixture';

describe('escapeMarkdown', () => {
  it('makes page text literal: no emphasis, links, code, HTML or headings', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) `f` <b>g</b> # h | i ~j~ \\k')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\<b\\>g\\</b\\> \\# h \\| i \\~j\\~ \\\\k',
    );
  });

  it('escapes entity-like ampersands only, and folds line breaks', () => {
    expect(escapeMarkdown('AT&T &amp; co\n\nnext')).toBe('AT&T \\&amp; co next');
  });
});

describe('buildMarkdownSummary', () => {
  const summary = buildMarkdownSummary(popupResult);

  it('starts with the title, site and URL', () => {
    expect(summary.split('\n').slice(0, 5)).toEqual([
      '# Housing \\#1: \\<b\\>homes\\</b\\> & \\*plans\\*',
      '',
      '- Site: Example News',
      '- URL: <https://news.example/housing?id=1>',
      '',
    ]);
  });

  it('lists speakers with roles and organisations', () => {
    expect(summary).toContain('## Speakers\n\n- **Jane Roe**, Minister, Ministry of Housing (1 quote)\n- **Officials** (1 quote)\n');
  });

  it('says who gets the voice: a line per kind of source, and a table with each source’s quotes and share of quoted words', () => {
    expect(summary).toContain(
      [
        '## Voices',
        '',
        '- Named people: 2 of 2 quotes (100%)',
        '',
        '| Source | Kind | Quotes | Share of quoted words |',
        '| --- | --- | ---: | ---: |',
        '| Jane Roe | named person | 1 | 53% |',
        '| Officials | named person | 1 | 47% |',
        '',
        '## Quotes',
      ].join('\n'),
    );
  });

  it('groups quotes by speaker with their kind, leaving out low-confidence ones', () => {
    expect(summary).toContain('### Jane Roe\n\n- “We will build 300 homes \\[phase\\_1\\] by \\*2026\\*.” (direct)\n');
    expect(summary).toContain('### Officials\n\n- the army controls 40 percent of the region (reported)\n');
    expect(summary).not.toContain('scam');
  });

  it('lists claims with the numbers in bold and who makes them', () => {
    expect(summary).toContain('## Claims\n\n- We will build **300 homes** \\[phase\\_1\\] by \\*2026\\* — Jane Roe (asserted, numeric)\n');
    expect(summary).toContain('- the army controls **40 percent** of the region — the article (asserted, numeric, territorial)\n');
  });

  it('says so when a section is empty', () => {
    const empty = buildMarkdownSummary({
      ...popupResult,
      view: buildArticleView({ ...tabAnalysis.analysis, quotes: [], speakers: [], claims: [] }),
    });
    expect(empty).toContain('## Speakers\n\nNo speakers identified.');
    expect(empty).toContain('## Voices\n\nNo quoted sources found.');
    expect(empty).toContain('## Quotes\n\nNo quotes found.');
    expect(empty).toContain('## Claims\n\nNo numeric or territorial claims found.');
  });
});
