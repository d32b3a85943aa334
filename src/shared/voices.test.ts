import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../cli/load-article';
import { analyze } from '../engine';
import type { Speaker, SpeakerKind } from '../engine/types';
import { buildArticleView } from './article-view';
import { buildVoices, type ListedQuote } from './voices';
import { voicesReading } from './voices-reading';

/** A speaker of `text`, mentioned at each occurrence of each of `names`. */
function speaker(text: string, id: string, kind: SpeakerKind, ...names: string[]): Speaker {
  const mentions = names.flatMap((name) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((match) => ({ start: match.index, end: match.index + name.length, text: name })),
  );
  return { id, name: names[0], aliases: names.slice(1), role: null, organisation: null, kind, mentions, quoteIds: [] };
}

describe('buildVoices', () => {
  const text = [
    'Jane Roe said the bridge will open in May. “We are on time,” Roe said.',
    'The council said costs rose. A resident said she was worried about the noise.',
  ].join('\n\n');
  const speakers = [
    speaker(text, 'jane', 'person', 'Jane Roe', 'Roe'),
    speaker(text, 'council', 'organisation', 'The council'),
    speaker(text, 'resident', 'group', 'A resident'),
  ];
  const quotes: ListedQuote[] = [
    { speakerIds: ['jane'], text: 'the bridge will open in May' },
    { speakerIds: ['jane'], text: '“We are on time,”' },
    { speakerIds: ['council'], text: 'costs rose' },
    { speakerIds: ['resident'], text: 'she was worried about the noise' },
    { speakerIds: [], text: 'an unattributed aside of five' },
  ];
  const voices = buildVoices({ text, speakers }, quotes);

  it('counts every listed quote and its words, the unattributed ones included', () => {
    expect(voices.quotes).toBe(5);
    expect(voices.words).toBe(6 + 4 + 2 + 6 + 5);
  });

  it('groups sources by kind, people first, each with its quotes and share of quoted words', () => {
    expect(voices.groups.map((group) => [group.kind, group.quotes])).toEqual([
      ['person', 2],
      ['organisation', 1],
      ['group', 1],
    ]);
    const [jane] = voices.groups[0].voices;
    expect(jane).toMatchObject({ name: 'Jane Roe', quotes: 2, words: 10 });
    expect(jane.wordShare).toBeCloseTo(10 / 23);
  });

  it('counts a quote several say together for each of them', () => {
    const text = 'Egypt and Jordan criticised the move.';
    const speakers = [speaker(text, 'egypt', 'organisation', 'Egypt'), speaker(text, 'jordan', 'organisation', 'Jordan')];
    const { groups } = buildVoices({ text, speakers }, [{ speakerIds: ['egypt', 'jordan'], text: 'the move' }]);
    expect(groups[0].voices.map((voice) => [voice.name, voice.quotes, voice.words])).toEqual([['Egypt', 1, 2], ['Jordan', 1, 2]]);
  });

  it('lists the most quoted first, then the most words', () => {
    const text = 'Ann Lee said a. Bo Kim said b c d. Cy Po said e. Cy Po said f.';
    const speakers = [speaker(text, 'ann', 'person', 'Ann Lee'), speaker(text, 'bo', 'person', 'Bo Kim'), speaker(text, 'cy', 'person', 'Cy Po')];
    const { groups } = buildVoices({ text, speakers }, [
      { speakerIds: ['ann'], text: 'a' },
      { speakerIds: ['bo'], text: 'b c d' },
      { speakerIds: ['cy'], text: 'e' },
      { speakerIds: ['cy'], text: 'f' },
    ]);
    expect(groups[0].voices.map((voice) => voice.name)).toEqual(['Cy Po', 'Bo Kim', 'Ann Lee']);
  });

  it('has no groups and no shares for an article without quotes', () => {
    expect(buildVoices({ text: 'Nothing said.', speakers: [] }, [])).toEqual({ quotes: 0, words: 0, groups: [] });
  });
});

describe('anonymous sources', () => {
  const anonymity = (text: string, ...sources: Array<[string, SpeakerKind, string]>) => {
    const speakers = sources.map(([id, kind, name]) => speaker(text, id, kind, name));
    const voices = buildVoices({ text, speakers }, sources.map(([id]) => ({ speakerIds: [id], text: 'something said' })));
    return Object.fromEntries(voices.groups.flatMap((group) => group.voices.map((voice) => [voice.speakerId, voice.kind])));
  };

  it('are the engine’s anonymous speakers', () => {
    expect(anonymity('A source said the talks failed.', ['source', 'anonymous', 'A source'])).toEqual({ source: 'anonymous' });
  });

  it('include named groups the article quotes on the condition of anonymity, or who asked not to be named', () => {
    expect(anonymity('Troops will stay, US officials told NBC on the condition of anonymity.', ['officials', 'group', 'US officials'])).toEqual({
      officials: 'anonymous',
    });
    expect(anonymity('Speaking anonymously, two diplomats said the deal was close.', ['diplomats', 'group', 'two diplomats'])).toEqual({
      diplomats: 'anonymous',
    });
    expect(anonymity('An aide, who asked not to be named, said the vote was delayed.', ['aide', 'person', 'An aide'])).toEqual({
      aide: 'anonymous',
    });
  });

  it('do not include a source named in the same sentence as someone else’s anonymity, or in another sentence', () => {
    const text = 'Jane Roe said the plan works, while officials, speaking on condition of anonymity, said it did not. Ann Lee agreed.';
    expect(anonymity(text, ['jane', 'person', 'Jane Roe'], ['officials', 'group', 'officials'], ['ann', 'person', 'Ann Lee'])).toEqual({
      jane: 'person',
      officials: 'anonymous',
      ann: 'person',
    });
  });
});

describe('voicesReading', () => {
  it('gives a kind’s quotes out of all, with the percentage', () => {
    expect(voicesReading({ kind: 'anonymous', quotes: 2 }, 19)).toBe('Anonymous sources: 2 of 19 quotes (11%)');
    expect(voicesReading({ kind: 'person', quotes: 0 }, 0)).toBe('Named people: 0 of 0 quotes (0%)');
  });
});

describe('on the seed article', () => {
  it('lists Antony Blinken first with 6 quotes, and the officials quoted on the condition of anonymity as anonymous', async () => {
    const extraction = await loadArticle(resolve(import.meta.dirname, '../../test/fixtures/seed/article.html'));
    if (!extraction.ok) throw new Error('the seed article was not extracted');
    const view = buildArticleView(analyze(extraction.article));
    const { groups, quotes } = view.voices;
    expect(groups[0].kind).toBe('person');
    expect(groups[0].voices[0]).toMatchObject({ name: 'Antony Blinken', quotes: 6 });
    const anonymous = groups.find((group) => group.kind === 'anonymous');
    expect(anonymous?.voices.map((voice) => voice.name)).toEqual(['US officials']);
    expect(voicesReading(anonymous!, quotes)).toBe('Anonymous sources: 2 of 19 quotes (11%)');
  });
});
