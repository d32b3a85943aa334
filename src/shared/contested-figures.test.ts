import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../content/article-text';
import { analyze } from '../engine/index';
import { contestedFigures } from './contested-figures';

const figuresOf = (text: string) => contestedFigures(analyze({ text }));

describe('contestedFigures', () => {
  it('sets two sides’ casualty figures side by side and marks them contested', () => {
    const groups = figuresOf(
      'The health ministry said 40 people were killed in the shelling of the market. ' +
        'The rebel command said only 12 people were killed in the shelling. Some 300 people attended the funeral, police said.',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ label: 'Number of people', contested: true });
    expect(groups[0].claims.map((claim) => [claim.claimantName, claim.value])).toEqual([
      ['health ministry', '40 people'],
      ['rebel command', '12 people'],
    ]);
  });

  it('reads "the country" as the place the article names, and agrees "80 percent" with "more than 80 percent"', () => {
    const groups = figuresOf(
      'The rebels said they controlled 80 percent of Freedonia. Rebel spokesman Ali Haddad said more than 80 percent of the country was held by their forces. ' +
        'The fighting in Freedonia has lasted a year.',
    );
    const share = groups.find((group) => group.label === 'Share of Freedonia held');
    expect(share?.claims.map((claim) => claim.claimantName)).toEqual(['rebels', 'Ali Haddad']);
    expect(share?.contested).toBe(false);
  });

  it('marks two shares of a territory that cannot both hold as contested', () => {
    const groups = figuresOf('The rebels said they controlled 80 percent of Freedonia. The army said the rebels held only 30 percent of Freedonia.');
    expect(groups[0]).toMatchObject({ label: 'Share of Freedonia held', contested: true });
  });

  it('marks a denial of what another claims as contested', () => {
    const groups = figuresOf('The rebels said they had captured Port Lena on Sunday. The defence ministry denied that the rebels had captured Port Lena.');
    expect(groups[0]).toMatchObject({ label: 'Control of Port Lena', contested: true });
    expect(groups[0].claims.map((claim) => claim.status)).toContain('denied');
  });

  it('leaves out a figure only one claimant gives', () => {
    expect(figuresOf('The ministry said 40 people were killed. It said 45 people were killed by Monday.')).toEqual([]);
  });

  it('groups the seed’s shares of Afghanistan: the Taliban’s and Suhail Shaheen’s', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../test/fixtures/seed/article.html'), 'utf8');
    const extraction = extractArticle(new JSDOM(html, { url: 'https://news.example/' }).window.document, 'https://news.example/');
    if (!extraction.ok) throw new Error('the seed page is an article');
    const share = contestedFigures(analyze(extraction.article)).find((group) => group.label === 'Share of Afghanistan held');
    const claimants = share?.claims.map((claim) => claim.claimantName);
    expect(claimants).toContain('Taliban');
    expect(claimants).toContain('Suhail Shaheen');
  });
});
