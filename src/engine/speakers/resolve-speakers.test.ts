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

describe('the speaker of each quote', () => {
  const cases: Array<{ does: string; text: string; quote: string; speaker: Partial<Speaker> }> = [
    // One thing about the speaker: its name, kind, role or organisation.
    { does: "drops an acronym in parentheses from an organisation's name in an apposition", text: 'Lena Park, the head of the Northern Ports (NP) Authority in Oslo, said that cargo volumes doubled.', quote: 'cargo volumes', speaker: { organisation: 'Northern Ports Authority in Oslo' } },
    { does: "drops an acronym in parentheses from an organisation's name after \"of\"", text: 'Tomas Berg of the Northern Policy Institute (NPI) said the plan was too costly.', quote: 'the plan was too costly', speaker: { organisation: 'Northern Policy Institute' } },
    { does: 'takes the role from an appositive after the name', text: 'Lena Park, the head of the port authority, said that cargo volumes doubled.', quote: 'cargo volumes', speaker: { role: 'head of the port authority' } },
    { does: 'keeps a one-word label that names a speaker already seen', text: 'Senator Ilse Varga said the vote would pass.\n\nVarga: We have the numbers for this bill.', quote: 'We have the numbers', speaker: { name: 'Ilse Varga' } },
    { does: 'keeps a label of two name words', text: 'Marta Kline: The harbour plan will cost far more than promised.', quote: 'The harbour plan', speaker: { name: 'Marta Kline' } },
    { does: 'keeps "and" inside an organisation\'s name after "the"', text: 'Exports fell by a third last year, according to the Coastal Fishing and Canning Council, a trade body.', quote: 'Exports fell', speaker: { name: 'Coastal Fishing and Canning Council' } },
    { does: 'keeps a name the text writes after "in" only now and then a person', text: 'Voters put their faith in Okafor. Okafor said taxes would fall. Okafor said jobs would come. Okafor said roads would be built. Okafor said schools would open.', quote: 'taxes would fall', speaker: { kind: 'person' } },
    { does: 'keeps a surname after "in" a person when its full name has a given name', text: 'Grace Mbeki spoke in Tulsa. Few believed in Mbeki. Mbeki said the vote was fair.', quote: 'the vote was fair', speaker: { kind: 'person' } },
    { does: 'keeps a name with a given name after "in" a person', text: 'Hope in Ana Ruiz is high. Ana Ruiz said the clinic would open. Ruiz said it would hire nurses.', quote: 'the clinic would open', speaker: { kind: 'person' } },
    { does: 'keeps a person who is only the object near "its" a person', text: 'The party debated how to deal with Okafor during its meeting. Okafor said the party was wrong.', quote: 'the party was wrong', speaker: { kind: 'person' } },
    { does: 'keeps a person with a given name near "its" a person', text: 'Lena Zapf said its time had come. Zapf said it was late.', quote: 'it was late', speaker: { kind: 'person' } },
    { does: 'attributes "«…», dijo la alcaldesa NAME"', text: '«El puente estará listo en mayo», dijo la alcaldesa Rosa Vidal.', quote: 'El puente', speaker: { name: 'Rosa Vidal' } },
    { does: 'attributes "selon NAME"', text: 'Selon le maire Henri Colas, la piscine rouvrira en juin.', quote: 'la piscine rouvrira', speaker: { name: 'Henri Colas' } },
    { does: 'does not give a report to the last speaker', text: 'Mayor Ines Duarte said the plan was sound. The report said costs would rise. The statement said the vote was final.', quote: 'costs would rise', speaker: { name: 'report' } },
    { does: 'gives a statement to the last speaker', text: 'Mayor Ines Duarte said the plan was sound. The report said costs would rise. The statement said the vote was final.', quote: 'the vote was final', speaker: { name: 'Ines Duarte' } },
    { does: 'keeps a group noun in the plural', text: 'Human rights groups warned that the law was unfair. The defenseman said he was ready.', quote: 'the law was unfair', speaker: { name: 'Human rights groups' } },
    { does: 'keeps a human noun', text: 'Human rights groups warned that the law was unfair. The defenseman said he was ready.', quote: 'he was ready', speaker: { name: 'defenseman' } },
    { does: 'keeps an acronym', text: 'The US said it would send aid. Please said the party was over.', quote: 'it would send aid', speaker: { name: 'US' } },
    { does: 'joins the surname to a full name after a description', text: 'Oslo-based developer Mira Holt said the bug was old. Holt said a fix was ready.', quote: 'a fix was ready', speaker: { name: 'Mira Holt' } },
    { does: 'finds the name before a role that opens with a title ("NAME, CEO of X, adds")', text: 'The firm reported strong sales. "Our plan is to be where readers are," Nora Vance, CEO of Harbour Books, adds.', quote: 'Our plan is to be where readers are', speaker: { name: 'Nora Vance' } },
    { does: 'finds the name before two appositives ("NAME, a fellow at X, the Y, told")', text: 'Omar Haddad, a senior analyst at Fieldline, the Texas-based research firm, told reporters that the group was "fairly secular."', quote: 'fairly secular', speaker: { name: 'Omar Haddad' } },
    { does: 'reads a role joined by "and" as part of the appositive ("NAME, a fellow at X, and co-author of the study, said")', text: '"It works," Ann Lee, a fellow at the institute, and co-author of the study, said.', quote: 'It works', speaker: { name: 'Ann Lee' } },
    { does: 'keeps an ampersand inside a name ("PG&E officials")', text: 'Fires could spread in the hills, PG&E officials said.', quote: 'Fires could spread', speaker: { name: 'PG&E officials' } },
    { does: 'does not take a place after "the" for the person "he" refers to', text: 'Mayor Pedro Duarte spoke on Monday. In a retelling in the Cabinet Room, he said the plan would work.', quote: 'the plan would work', speaker: { name: 'Pedro Duarte' } },
    // Two things about it.
    { does: 'keeps "of the ORGANISATION" as the organisation', text: 'Tomas Berg of the Northern Policy Institute said the plan was too costly.', quote: 'the plan was too costly', speaker: { name: 'Tomas Berg', organisation: 'Northern Policy Institute' } },
    { does: 'takes the role from an appositive before the name', text: 'The chair of the water board, Omar Said Haddad, said in a statement that rates would rise.', quote: 'rates would rise', speaker: { name: 'Omar Said Haddad', role: 'chair of the water board' } },
    { does: 'leaves an adverb between the subject and the cue out of the speaker', text: 'The firm flat-out denied that any flights were cancelled.', quote: 'any flights were cancelled', speaker: { name: 'firm', kind: 'organisation' } },
    { does: 'takes the name set between commas after a role as the speaker of "…, saying …"', text: 'The head of the union, Pavel Orlov, rejected the offer, saying that it "insults every worker."', quote: 'insults every worker', speaker: { name: 'Pavel Orlov', role: 'head of the union' } },
    { does: 'gives a one-word name the text writes after "in" a body\'s kind', text: 'Talks in Norvania ended on Monday. Norvania said the border would stay closed. Port Velmar said the ferries would run. Trade in Port Velmar has slowed.', quote: 'the border would stay closed', speaker: { name: 'Norvania', kind: 'organisation' } },
    { does: 'gives a two-word name the text writes after "in" a body\'s kind', text: 'Talks in Norvania ended on Monday. Norvania said the border would stay closed. Port Velmar said the ferries would run. Trade in Port Velmar has slowed.', quote: 'the ferries would run', speaker: { name: 'Port Velmar', kind: 'organisation' } },
    { does: 'gives a one-word name the text writes of as a thing a body\'s kind', text: 'Zapply said its drivers would get a raise. Zapply, which runs the app, said fares would rise.', quote: 'its drivers would get a raise', speaker: { name: 'Zapply', kind: 'organisation' } },
    { does: 'attributes "«…», a déclaré le ministre NAME"', text: '«Nous fermerons le port», a déclaré le ministre Luc Garnier mardi.', quote: 'Nous fermerons', speaker: { name: 'Luc Garnier', role: 'ministre' } },
    { does: 'attributes "„…“, sagte Kanzlerin NAME" with the title as role', text: '„Die Brücke bleibt offen“, sagte Kanzlerin Greta Lorenz.', quote: 'Die Brücke', speaker: { name: 'Greta Lorenz', role: 'Kanzlerin' } },
    { does: 'gives a report to the body it names', text: 'A report from the Northern Policy Institute said rents had doubled.', quote: 'rents had doubled', speaker: { name: 'Northern Policy Institute', kind: 'organisation' } },
    { does: 'keeps the press as a speaker', text: 'According to local media reports, the bridge was closed for repairs.', quote: 'the bridge was closed', speaker: { name: 'local media reports', kind: 'organisation' } },
    { does: 'reads a plural role noun capitalised at the start of a sentence as a group, not a person', text: 'Prosecutors said the guards had slept. The judge agreed.', quote: 'the guards had slept', speaker: { name: 'Prosecutors', kind: 'group' } },
    { does: 'keeps a name that is also a common word when the text capitalises it mid-sentence', text: 'Prime Minister Theresa May met aides. May said the deal may pass.', quote: 'the deal may pass', speaker: { name: 'May', kind: 'person' } },
    { does: 'reads a name whose role is a kind of body as an organisation', text: 'The journal Coastal Ecology said the data were sound.', quote: 'the data were sound', speaker: { name: 'Coastal Ecology', kind: 'organisation' } },
    { does: 'gives "according to guidance from the Mayo Clinic" to the Mayo Clinic', text: 'The risk was moderate, according to guidance from the Harbour Heart Clinic.', quote: 'The risk was moderate', speaker: { name: 'Harbour Heart Clinic', kind: 'organisation' } },
    { does: 'keeps an ampersand inside an organisation\'s name ("Chapter & Verse")', text: 'Jeff Sanborn, president of Chapter & Verse, a Spokane advertising agency, said the campaign worked.', quote: 'the campaign worked', speaker: { name: 'Jeff Sanborn', role: 'president of Chapter & Verse' } },
    { does: 'reads "people familiar with …" and "sources close to …" as anonymous sources', text: 'China is wary of offering concessions, people familiar with Chinese trade policy said.', quote: 'China is wary', speaker: { name: 'people familiar with Chinese trade policy', kind: 'anonymous' } },
    // A role or an organisation it must not have.
    { does: 'takes no organisation from a nationality', text: 'Norwegian Prime Minister Karin Holm said taxes would fall.', quote: 'taxes would fall', speaker: { role: 'Norwegian Prime Minister', organisation: null } },
    { does: 'takes no organisation from a role adjective', text: 'Senior author Lena Park said the sample was small.', quote: 'the sample was small', speaker: { name: 'Lena Park', organisation: null } },
    { does: 'takes no role from a relative clause or a joined phrase after the name', text: 'Tomas Berg, who was then serving as the city’s lawyer, said the deal was legal.', quote: 'the deal was legal', speaker: { name: 'Tomas Berg', role: null } },
    // Three or four things about it.
    { does: 'splits a title from the name', text: 'Energy Minister Karin Holm said that prices would fall.', quote: 'prices would fall', speaker: { name: 'Karin Holm', role: 'Energy Minister', kind: 'person' } },
    { does: 'reads CEO as a title', text: 'Company CEO Dana Reyes said sales rose.', quote: 'sales rose', speaker: { name: 'Dana Reyes', role: 'Company CEO', kind: 'person' } },
    { does: 'splits "the OUTLET\'s ROLE NAME" into a person, her role and the outlet', text: "But the Courier's West Coast editor Nina Brandt said the mayor sounded tired.", quote: 'the mayor sounded tired', speaker: { name: 'Nina Brandt', kind: 'person', role: "Courier's West Coast editor", organisation: 'Courier' } },
    { does: 'splits a full name from the lower-case words describing it', text: 'Oslo-based developer Mira Holt said the bug was old. Holt said a fix was ready.', quote: 'the bug was old', speaker: { name: 'Mira Holt', role: 'Oslo-based developer', organisation: null, kind: 'person' } },
  ];
  for (const { does, text, quote, speaker } of cases) {
    it(does, () => {
      expect(speakerOf(analyse(text), quote)).toMatchObject(speaker);
    });
  }
});

describe('speakers a reader would believe', () => {
  const cases: Array<{ does: string; text: string }> = [
    { does: 'does not take a one-word label before a colon for a speaker', text: 'Graphic: Rainfall across the northern valleys this spring\n\nThe river rose overnight.' },
    { does: 'reads a noun after a determiner and an adjective as a noun, not a verb of saying', text: 'He gave no clear answer to that question, which left everyone puzzled about the plan.' },
    { does: 'lists no statement or letter whose issuer is not named nearby', text: 'The statement said the vote was final.' },
    { does: 'lists no speaker for an index (WordNet: no person or group sense)', text: 'The index said prices had risen by 2 percent.' },
    { does: 'lists no speaker for a test result', text: 'Blood tests said the level was normal.' },
    { does: 'lists no speaker for a holiday', text: 'The holiday says a lot about the town.' },
    { does: 'reads no cue after a possessive', text: 'The victim of Epstein’s alleged trafficking ring spoke to the court on Monday.' },
    { does: 'reads no cue after a number', text: 'The office released two highly critical reports that depicted delays.' },
    { does: 'reads no cue before a thing it describes', text: 'One Napa County reporting station has not seen rain since May.' },
    { does: 'lists no speaker for a page label in capitals ("SEE MORE: …")', text: 'SEE MORE: Harbour protests: 800 students under siege in the university' },
  ];
  for (const { does, text } of cases) {
    it(`${does}: ${JSON.stringify(text)}`, () => {
      expect(analyse(text).speakers).toEqual([]);
    });
  }

  it('gives nobody the words of a negated subject', () => {
    const result = analyse('Although no faction claimed the blast, the police feared that more attacks would follow.');
    expect(result.speakers.map((speaker) => speaker.name)).not.toContain('faction');
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

  it('lists no interjection', () => {
    expect(speakerOf(analyse('The US said it would send aid. Please said the party was over.'), 'the party was over')).toBeUndefined();
  });

  it('lists no speaker for a word the text otherwise writes in lower case', () => {
    const result = analyse('Housing is scarce, and the housing market is tight. Housing said it would sell.');
    expect(result.speakers.map((speaker) => speaker.name)).not.toContain('Housing');
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

describe('documents as sources', () => {
  it.each([
    ['A new report said the river had flooded twice.', 'new report'],
    ['Court records said the loan was repaid in March.', 'Court records'],
    ['The study said that most patients recovered.', 'study'],
    ['A Gallup poll says most voters backed the plan.', 'Gallup poll'],
  ])('lists a report, study, poll or records that name no issuer as the source itself: %j', (text, source) => {
    const result = analyse(text);
    expect(result.quotes.length).toBeGreaterThan(0);
    expect(result.speakers.map((speaker) => speaker.name)).toEqual([source]);
  });
});
