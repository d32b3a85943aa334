import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from './text';
import { findQuotes } from './quotes';
import { resolveSpeakers } from './speakers';
import type { Quote, Speaker } from './types';

function analyse(text: string): { quotes: Quote[]; speakers: Speaker[] } {
  const model = buildTextModel(text);
  return resolveSpeakers(model, findQuotes(model));
}

function speakerOf(result: { quotes: Quote[]; speakers: Speaker[] }, quoteText: string): Speaker | undefined {
  const quote = result.quotes.find((candidate) => candidate.text.includes(quoteText));
  return result.speakers.find((speaker) => speaker.id === quote?.speakerId);
}

describe('speaker names, roles and organisations', () => {
  it('splits a title from the name', () => {
    const result = analyse('Energy Minister Karin Holm said that prices would fall.');
    const speaker = speakerOf(result, 'prices would fall');
    expect(speaker?.name).toBe('Karin Holm');
    expect(speaker?.role).toBe('Energy Minister');
    expect(speaker?.kind).toBe('person');
  });

  it('keeps "of the ORGANISATION" as the organisation', () => {
    const result = analyse('Tomas Berg of the Northern Policy Institute said the plan was too costly.');
    const speaker = speakerOf(result, 'the plan was too costly');
    expect(speaker?.name).toBe('Tomas Berg');
    expect(speaker?.organisation).toBe('Northern Policy Institute');
  });

  it('drops an acronym in parentheses from an organisation\'s name', () => {
    const apposition = analyse('Lena Park, the head of the Northern Ports (NP) Authority in Oslo, said that cargo volumes doubled.');
    expect(speakerOf(apposition, 'cargo volumes')?.organisation).toBe('Northern Ports Authority in Oslo');
    const of = analyse('Tomas Berg of the Northern Policy Institute (NPI) said the plan was too costly.');
    expect(speakerOf(of, 'the plan was too costly')?.organisation).toBe('Northern Policy Institute');
  });

  it('takes the role from an appositive on either side of the name', () => {
    const after = analyse('Lena Park, the head of the port authority, said that cargo volumes doubled.');
    expect(speakerOf(after, 'cargo volumes')?.role).toBe('head of the port authority');
    const before = analyse('The chair of the water board, Omar Said Haddad, said in a statement that rates would rise.');
    const speaker = speakerOf(before, 'rates would rise');
    expect(speaker?.name).toBe('Omar Said Haddad');
    expect(speaker?.role).toBe('chair of the water board');
  });
});

describe('one speaker per person', () => {
  const text = [
    'Transport Secretary Helen Achebe said that the line would be finished in 2027.',
    '“We are on schedule,” Achebe said.',
    '“The budget holds,” she told reporters.',
    'Union spokesman Piotr Nowak said the workers had not been paid.',
    '“Nobody has seen a contract,” the spokesman said.',
    'The company said it would respond next week.',
  ].join('\n\n');
  const result = analyse(text);

  it('joins a later surname to the full name', () => {
    expect(speakerOf(result, 'We are on schedule')?.name).toBe('Helen Achebe');
    expect(speakerOf(result, 'line would be finished')?.aliases).toContain('Achebe');
  });

  it('sends "she" to the most recent compatible speaker', () => {
    expect(speakerOf(result, 'The budget holds')?.name).toBe('Helen Achebe');
  });

  it('sends "the spokesman" to the speaker who carries that role', () => {
    expect(speakerOf(result, 'Nobody has seen a contract')?.name).toBe('Piotr Nowak');
  });

  it('lets an organisation speak', () => {
    const company = speakerOf(result, 'it would respond');
    expect(company?.kind).toBe('organisation');
  });

  it('records every quote and mention on its speaker', () => {
    const achebe = result.speakers.find((speaker) => speaker.name === 'Helen Achebe')!;
    expect(achebe.quoteIds).toHaveLength(3);
    expect(achebe.mentions.map((mention) => mention.text)).toEqual(['Transport Secretary Helen Achebe', 'Achebe', 'she']);
  });
});

const seedPath = fileURLToPath(new URL('../../../shared/corpus/seed/article.txt', import.meta.url));

describe.skipIf(!existsSync(seedPath))('the seed article (needs ../shared/corpus, absent here: skipped)', () => {
  it('finds the five named people with their roles and organisations', () => {
    const { speakers } = analyse(readFileSync(seedPath, 'utf8'));
    const byName = (name: string) => speakers.find((speaker) => speaker.name === name);
    expect(byName('Antony Blinken')?.role).toBe('US Secretary of State');
    expect(byName('Suhail Shaheen')?.role).toBe('Taliban spokesman');
    expect(byName('Deborah Lyons')?.role).toBe('head of the United Nations (UN) Assistance Mission in Afghanistan');
    expect(byName('Andrew Watkins')?.organisation).toBe('International Crisis Group');
    expect(byName('Abdul Ghani Baradar')?.role).toBe('head of the Taliban’s political office');
    for (const name of ['Antony Blinken', 'Suhail Shaheen', 'Deborah Lyons', 'Andrew Watkins', 'Abdul Ghani Baradar']) {
      expect(byName(name)?.kind).toBe('person');
    }
  });
});
