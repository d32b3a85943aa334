import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../text/text-model';
import { findQuotes } from '../quotes/find-quotes';
import { resolveSpeakers } from './resolve-speakers';
import type { Quote, Speaker } from '../types';

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

const seedPath = fileURLToPath(new URL('../../../../shared/corpus/seed/article.txt', import.meta.url));

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

describe('speakers a reader would believe', () => {
  it('does not take a one-word label before a colon for a speaker', () => {
    const result = analyse('Graphic: Rainfall across the northern valleys this spring\n\nThe river rose overnight.');
    expect(result.speakers).toHaveLength(0);
  });

  it('keeps a one-word label that names a speaker already seen', () => {
    const result = analyse('Senator Ilse Varga said the vote would pass.\n\nVarga: We have the numbers for this bill.');
    expect(speakerOf(result, 'We have the numbers')?.name).toBe('Ilse Varga');
  });

  it('keeps a label of two name words', () => {
    const result = analyse('Marta Kline: The harbour plan will cost far more than promised.');
    expect(speakerOf(result, 'The harbour plan')?.name).toBe('Marta Kline');
  });

  it('reads a noun after a determiner and an adjective as a noun, not a verb of saying', () => {
    const result = analyse('He gave no clear answer to that question, which left everyone puzzled about the plan.');
    expect(result.speakers).toHaveLength(0);
  });

  it('gives nobody the words of a negated subject', () => {
    const result = analyse('Although no faction claimed the blast, the police feared that more attacks would follow.');
    expect(result.speakers.map((speaker) => speaker.name)).not.toContain('faction');
  });

  it('splits "the OUTLET\'s ROLE NAME" into a person, her role and the outlet', () => {
    const result = analyse("But the Courier's West Coast editor Nina Brandt said the mayor sounded tired.");
    const speaker = speakerOf(result, 'the mayor sounded tired');
    expect(speaker?.name).toBe('Nina Brandt');
    expect(speaker?.kind).toBe('person');
    expect(speaker?.role).toBe("Courier's West Coast editor");
    expect(speaker?.organisation).toBe('Courier');
  });

  it('leaves an adverb between the subject and the cue out of the speaker', () => {
    const result = analyse('The firm flat-out denied that any flights were cancelled.');
    const speaker = speakerOf(result, 'any flights were cancelled');
    expect(speaker?.name).toBe('firm');
    expect(speaker?.kind).toBe('organisation');
  });

  it('gives a statement\'s words to whoever issued it, never to a person called "statement"', () => {
    const result = analyse('Nordlake Shipping said it regretted the delay.\n\n"We will refund every passenger," the statement read.');
    expect(speakerOf(result, 'We will refund')?.name).toBe('Nordlake Shipping');
    expect(result.speakers.some((speaker) => speaker.name === 'statement')).toBe(false);
  });

  it('gives a description no role that repeats its name, and no person kind without a proper name', () => {
    const result = analyse('Local officials said the road would close. An insider said the budget was gone.');
    for (const speaker of result.speakers) {
      expect(speaker.role).not.toBe(speaker.name);
      expect(speaker.kind).not.toBe('person');
    }
  });

  it('still lets "he" refer to an unnamed spokesman', () => {
    const result = analyse('The spokesman said the talks had failed. He said a new round would start soon.');
    expect(speakerOf(result, 'a new round')?.id).toBe(speakerOf(result, 'the talks had failed')?.id);
    expect(speakerOf(result, 'a new round')?.kind).toBe('anonymous');
  });

  it('keeps "and" inside an organisation\'s name after "the"', () => {
    const result = analyse('Exports fell by a third last year, according to the Coastal Fishing and Canning Council, a trade body.');
    expect(speakerOf(result, 'Exports fell')?.name).toBe('Coastal Fishing and Canning Council');
  });

  it('takes the name set between commas after a role as the speaker of "…, saying …"', () => {
    const result = analyse('The head of the union, Pavel Orlov, rejected the offer, saying that it "insults every worker."');
    const speaker = speakerOf(result, 'insults every worker');
    expect(speaker?.name).toBe('Pavel Orlov');
    expect(speaker?.role).toBe('head of the union');
  });
});

describe('places that speak', () => {
  it('gives a name the text writes after "in" a body\'s kind, not a person\'s', () => {
    const result = analyse('Talks in Norvania ended on Monday. Norvania said the border would stay closed. Port Velmar said the ferries would run. Trade in Port Velmar has slowed.');
    expect(speakerOf(result, 'the border would stay closed')).toMatchObject({ name: 'Norvania', kind: 'organisation' });
    expect(speakerOf(result, 'the ferries would run')).toMatchObject({ name: 'Port Velmar', kind: 'organisation' });
  });

  it('keeps people written after "in" now and then, or with a given name, as people', () => {
    const once = analyse('Voters put their faith in Okafor. Okafor said taxes would fall. Okafor said jobs would come. Okafor said roads would be built. Okafor said schools would open.');
    expect(speakerOf(once, 'taxes would fall')?.kind).toBe('person');
    const surname = analyse('Grace Mbeki spoke in Tulsa. Few believed in Mbeki. Mbeki said the vote was fair.');
    expect(speakerOf(surname, 'the vote was fair')?.kind).toBe('person');
    const full = analyse('Hope in Ana Ruiz is high. Ana Ruiz said the clinic would open. Ruiz said it would hire nurses.');
    expect(speakerOf(full, 'the clinic would open')?.kind).toBe('person');
  });
});

describe('companies that speak', () => {
  it('gives a one-word name the text writes of as a thing a body\'s kind', () => {
    const result = analyse('Zapply said its drivers would get a raise. Zapply, which runs the app, said fares would rise.');
    expect(speakerOf(result, 'its drivers would get a raise')).toMatchObject({ name: 'Zapply', kind: 'organisation' });
  });

  it('keeps a person who is only the object near "its" a person', () => {
    const result = analyse('The party debated how to deal with Okafor during its meeting. Okafor said the party was wrong.');
    expect(speakerOf(result, 'the party was wrong')?.kind).toBe('person');
    const named = analyse('Lena Zapf said its time had come. Zapf said it was late.');
    expect(speakerOf(named, 'it was late')?.kind).toBe('person');
  });
});

describe('attributions in French, Spanish and German', () => {
  it('attributes "«…», a déclaré le ministre NAME"', () => {
    const result = analyse('«Nous fermerons le port», a déclaré le ministre Luc Garnier mardi.');
    const speaker = speakerOf(result, 'Nous fermerons');
    expect(speaker?.name).toBe('Luc Garnier');
    expect(speaker?.role).toBe('ministre');
  });

  it('attributes "«…», dijo la alcaldesa NAME" and "selon NAME"', () => {
    const spanish = analyse('«El puente estará listo en mayo», dijo la alcaldesa Rosa Vidal.');
    expect(speakerOf(spanish, 'El puente')?.name).toBe('Rosa Vidal');
    const french = analyse('Selon le maire Henri Colas, la piscine rouvrira en juin.');
    expect(speakerOf(french, 'la piscine rouvrira')?.name).toBe('Henri Colas');
  });

  it('attributes "„…“, sagte Kanzlerin NAME" with the title as role', () => {
    const result = analyse('„Die Brücke bleibt offen“, sagte Kanzlerin Greta Lorenz.');
    const speaker = speakerOf(result, 'Die Brücke');
    expect(speaker?.name).toBe('Greta Lorenz');
    expect(speaker?.role).toBe('Kanzlerin');
  });
});

describe('documents as sources', () => {
  it('lists a report, study, poll or records that name no issuer as the source itself', () => {
    const cases: Array<[string, string]> = [
      ['A new report said the river had flooded twice.', 'new report'],
      ['Court records said the loan was repaid in March.', 'Court records'],
      ['The study said that most patients recovered.', 'study'],
      ['A Gallup poll says most voters backed the plan.', 'Gallup poll'],
    ];
    for (const [text, source] of cases) {
      const result = analyse(text);
      expect(result.quotes.length, text).toBeGreaterThan(0);
      expect(result.speakers.map((speaker) => speaker.name), text).toEqual([source]);
    }
  });

  it('gives a report to the body it names', () => {
    const result = analyse('A report from the Northern Policy Institute said rents had doubled.');
    const speaker = speakerOf(result, 'rents had doubled');
    expect(speaker?.name).toBe('Northern Policy Institute');
    expect(speaker?.kind).toBe('organisation');
  });

  it('does not give a report to the last speaker, as it does a statement', () => {
    const result = analyse('Mayor Ines Duarte said the plan was sound. The report said costs would rise. The statement said the vote was final.');
    expect(speakerOf(result, 'costs would rise')?.name).toBe('report');
    expect(speakerOf(result, 'the vote was final')?.name).toBe('Ines Duarte');
  });

  it('lists no statement or letter whose issuer is not named nearby', () => {
    const result = analyse('The statement said the vote was final.');
    expect(result.speakers).toEqual([]);
  });
});

describe('things that cannot speak (WordNet nouns with no person or group sense)', () => {
  it('lists no speaker for an index, a test result or a holiday', () => {
    for (const text of ['The index said prices had risen by 2 percent.', 'Blood tests said the level was normal.', 'The holiday says a lot about the town.']) {
      expect(analyse(text).speakers, text).toEqual([]);
    }
  });

  it('keeps human and group nouns, singular or plural', () => {
    const result = analyse('Human rights groups warned that the law was unfair. The defenseman said he was ready.');
    expect(speakerOf(result, 'the law was unfair')?.name).toBe('Human rights groups');
    expect(speakerOf(result, 'he was ready')?.name).toBe('defenseman');
  });
});

describe('media reports', () => {
  it('keeps the press as a speaker', () => {
    const result = analyse('According to local media reports, the bridge was closed for repairs.');
    expect(speakerOf(result, 'the bridge was closed')).toMatchObject({ name: 'local media reports', kind: 'organisation' });
  });
});

describe('common nouns capitalised at the start of a sentence', () => {
  it('reads a plural role noun as a group, not a person', () => {
    const result = analyse('Prosecutors said the guards had slept. The judge agreed.');
    expect(speakerOf(result, 'the guards had slept')).toMatchObject({ name: 'Prosecutors', kind: 'group' });
  });

  it('lists no speaker for a word the text otherwise writes in lower case', () => {
    const result = analyse('Housing is scarce, and the housing market is tight. Housing said it would sell.');
    expect(result.speakers.map((speaker) => speaker.name)).not.toContain('Housing');
  });

  it('keeps a name that is also a common word when the text capitalises it mid-sentence', () => {
    const result = analyse('Prime Minister Theresa May met aides. May said the deal may pass.');
    expect(speakerOf(result, 'the deal may pass')).toMatchObject({ name: 'May', kind: 'person' });
  });

  it('keeps an acronym and lists no interjection', () => {
    const result = analyse('The US said it would send aid. Please said the party was over.');
    expect(speakerOf(result, 'it would send aid')?.name).toBe('US');
    expect(speakerOf(result, 'the party was over')).toBeUndefined();
  });
});

describe('names after a description', () => {
  it('splits a full name from the lower-case words describing it, and joins the surname to it', () => {
    const result = analyse('Oslo-based developer Mira Holt said the bug was old. Holt said a fix was ready.');
    expect(speakerOf(result, 'the bug was old')).toMatchObject({ name: 'Mira Holt', role: 'Oslo-based developer', organisation: null, kind: 'person' });
    expect(speakerOf(result, 'a fix was ready')?.name).toBe('Mira Holt');
  });

  it('takes no organisation from a nationality or a role adjective', () => {
    expect(speakerOf(analyse('Norwegian Prime Minister Karin Holm said taxes would fall.'), 'taxes would fall')).toMatchObject({ role: 'Norwegian Prime Minister', organisation: null });
    expect(speakerOf(analyse('Senior author Lena Park said the sample was small.'), 'the sample was small')).toMatchObject({ name: 'Lena Park', organisation: null });
  });

  it('reads a name whose role is a kind of body as an organisation, and CEO as a title', () => {
    expect(speakerOf(analyse('The journal Coastal Ecology said the data were sound.'), 'the data were sound')).toMatchObject({ name: 'Coastal Ecology', kind: 'organisation' });
    expect(speakerOf(analyse('Company CEO Dana Reyes said sales rose.'), 'sales rose')).toMatchObject({ name: 'Dana Reyes', role: 'Company CEO', kind: 'person' });
  });
});

describe('appositive roles', () => {
  it('takes no role from a relative clause or a joined phrase after the name', () => {
    const result = analyse('Tomas Berg, who was then serving as the city’s lawyer, said the deal was legal.');
    expect(speakerOf(result, 'the deal was legal')).toMatchObject({ name: 'Tomas Berg', role: null });
  });
});

describe('a name with appositives before the verb of saying', () => {
  it('finds the name before a role that opens with a title ("NAME, CEO of X, adds")', () => {
    const result = analyse('The firm reported strong sales. "Our plan is to be where readers are," Nora Vance, CEO of Harbour Books, adds.');
    expect(speakerOf(result, 'Our plan is to be where readers are')?.name).toBe('Nora Vance');
  });

  it('finds the name before two appositives ("NAME, a fellow at X, the Y, told")', () => {
    const result = analyse('Omar Haddad, a senior analyst at Fieldline, the Texas-based research firm, told reporters that the group was "fairly secular."');
    expect(speakerOf(result, 'fairly secular')?.name).toBe('Omar Haddad');
  });

  it('reads a role joined by "and" as part of the appositive ("NAME, a fellow at X, and co-author of the study, said")', () => {
    const result = analyse('"It works," Ann Lee, a fellow at the institute, and co-author of the study, said.');
    expect(speakerOf(result, 'It works')?.name).toBe('Ann Lee');
  });
});

describe('a thing from a body that can speak', () => {
  it('gives "according to guidance from the Mayo Clinic" to the Mayo Clinic', () => {
    const result = analyse('The risk was moderate, according to guidance from the Harbour Heart Clinic.');
    expect(speakerOf(result, 'The risk was moderate')).toMatchObject({ name: 'Harbour Heart Clinic', kind: 'organisation' });
  });
});

describe('words of saying that describe a noun, and labels that are no names', () => {
  it('reads no cue after a possessive, after a number, or before a thing it describes', () => {
    for (const text of [
      'The victim of Epstein’s alleged trafficking ring spoke to the court on Monday.',
      'The office released two highly critical reports that depicted delays.',
      'One Napa County reporting station has not seen rain since May.',
    ]) {
      expect(analyse(text).speakers, text).toEqual([]);
    }
  });

  it('lists no speaker for a page label in capitals ("SEE MORE: …")', () => {
    expect(analyse('SEE MORE: Harbour protests: 800 students under siege in the university').speakers).toEqual([]);
  });
});

describe('sources as news prose names them', () => {
  it('keeps an ampersand inside a name ("PG&E officials", "Chapter & Verse")', () => {
    expect(speakerOf(analyse('Fires could spread in the hills, PG&E officials said.'), 'Fires could spread')?.name).toBe('PG&E officials');
    const result = analyse('Jeff Sanborn, president of Chapter & Verse, a Spokane advertising agency, said the campaign worked.');
    expect(speakerOf(result, 'the campaign worked')).toMatchObject({ name: 'Jeff Sanborn', role: 'president of Chapter & Verse' });
  });

  it('reads "people familiar with …" and "sources close to …" as anonymous sources', () => {
    const result = analyse('China is wary of offering concessions, people familiar with Chinese trade policy said.');
    expect(speakerOf(result, 'China is wary')).toMatchObject({ name: 'people familiar with Chinese trade policy', kind: 'anonymous' });
  });
});

describe('pronouns and the names before them', () => {
  it('does not take a place after "the" for the person "he" refers to', () => {
    const result = analyse('Mayor Pedro Duarte spoke on Monday. In a retelling in the Cabinet Room, he said the plan would work.');
    expect(speakerOf(result, 'the plan would work')?.name).toBe('Pedro Duarte');
  });
});
