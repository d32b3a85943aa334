import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_FOR_TENFOLD } from '../../../test/support/growth';
import { buildTextModel } from '../text/text-model';
import { findQuotes, type QuoteCandidate } from './find-quotes';
import { resolveSpeakers } from '../speakers/resolve-speakers';
import { LOW_CONFIDENCE } from '../types';

function quotesOf(text: string): QuoteCandidate[] {
  return findQuotes(buildTextModel(text));
}

function slice(text: string, span: { start: number; end: number } | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

/** Quotes a reader would see: the confident ones. */
function listed(text: string): QuoteCandidate[] {
  return quotesOf(text).filter((quote) => quote.confidence >= LOW_CONFIDENCE);
}

describe('direct quotes', () => {
  it('finds curly double quotes with the attribution after them', () => {
    const text = '“The bridge will open in May,” the mayor said.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('“The bridge will open in May,”');
    expect(quote.kind).toBe('direct');
    expect(slice(text, quote.cue)).toBe('said');
    expect(slice(text, quote.mention)).toBe('the mayor');
  });

  it('finds straight quotes with the attribution before them', () => {
    const text = 'The coach said, "We played our best game of the season."';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('"We played our best game of the season."');
    expect(slice(text, quote.mention)).toBe('The coach');
  });

  it('keeps a ‘nested’ quote inside the quote around it', () => {
    const text = '“She told me ‘never again’ and left,” Mr. Okafor said.';
    const quotes = listed(text);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0])).toBe('“She told me ‘never again’ and left,”');
    expect(slice(text, quotes[0].mention)).toBe('Mr. Okafor');
  });

  it('reads guillemets and low-high German marks', () => {
    const guillemets = '«Nous restons ici pour longtemps», a déclaré le maire. The envoy said: «We stay here for a long time.»';
    expect(listed(guillemets).map((quote) => slice(guillemets, quote))).toContain('«We stay here for a long time.»');
    const german = 'The minister said: „We will build more houses this year.“';
    expect(listed(german).map((quote) => slice(german, quote))).toEqual(['„We will build more houses this year.“']);
  });

  it('reads two apostrophes as a double quotation mark', () => {
    const text = "''It is far too early to tell,'' the analyst said.";
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe("''It is far too early to tell,''");
  });

  it('never takes apostrophes for quotation marks', () => {
    const text = "The farmers' union said it didn't expect the '90s prices back, and the union's chief agreed.";
    const model = buildTextModel(text);
    expect(findQuotes(model).every((quote) => quote.kind !== 'direct')).toBe(true);
  });

  it('runs a quote over several paragraphs when the next one opens again', () => {
    const text = '“The harvest was poor this year,” the farmer said. “We lost half the wheat.\n\n“Next year we will plant earlier.”';
    const quotes = listed(text);
    const long = quotes.find((quote) => slice(text, quote)?.startsWith('“We lost'));
    expect(long).toBeDefined();
    expect(slice(text, long!)).toBe('“We lost half the wheat.\n\n“Next year we will plant earlier.”');
    expect(long!.fragments).toHaveLength(2);
  });

  it('joins a quote interrupted by its attribution inside one sentence', () => {
    const text = '“Prices,” the trader said, “will keep rising until spring.”';
    const quotes = listed(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].fragments?.map((fragment) => slice(text, fragment))).toEqual(['“Prices,”', '“will keep rising until spring.”']);
  });

  it('gives the quote after "…," he said. the same speaker', () => {
    const text = 'Ana Ruiz runs the clinic.\n\n“We open at six,” she said. “Nobody is turned away.”';
    const model = buildTextModel(text);
    const { quotes, speakers } = resolveSpeakers(model, findQuotes(model));
    const second = quotes.find((quote) => quote.text === '“Nobody is turned away.”');
    const first = quotes.find((quote) => quote.text === '“We open at six,”');
    expect(second?.speakerId).toBeTruthy();
    expect(second?.speakerId).toBe(first?.speakerId);
    expect(second!.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(speakers).toHaveLength(1);
  });

  it('keeps scare quotes and titles without a cue below the listing threshold', () => {
    const text = 'The so-called “reform” was debated after a screening of “The Long Road Home” on Tuesday.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes.every((quote) => quote.confidence < LOW_CONFIDENCE)).toBe(true);
  });
});

describe('reported speech', () => {
  it('takes the clause after "said that" up to the clause end', () => {
    const text = 'The governor said on Monday that the roads would reopen soon, according to local radio.';
    const quote = listed(text).find((candidate) => slice(text, candidate.cue) === 'said');
    expect(slice(text, quote!)).toBe('the roads would reopen soon');
    expect(quote!.kind).toBe('indirect');
    expect(slice(text, quote!.mention)).toBe('The governor');
  });

  it('ends the report before ", as SUBJECT VERB …", the writer\'s own aside', () => {
    const text = 'The harbour master says the new pier is safe for ferries, as the storm season approaches the coast.';
    const quote = listed(text).find((candidate) => slice(text, candidate.cue) === 'says');
    expect(slice(text, quote!)).toBe('the new pier is safe for ferries');
    const even = 'Ms. Adeyemi said the plant would stay open, even as the company closes two others.';
    expect(slice(even, listed(even).find((candidate) => slice(even, candidate.cue) === 'said')!)).toBe('the plant would stay open');
  });

  it('keeps ", while …" and ", as a …" inside the report', () => {
    const text = 'The minister said exports would grow, while imports would fall.';
    const quote = listed(text).find((candidate) => slice(text, candidate.cue) === 'said');
    expect(slice(text, quote!)).toBe('exports would grow, while imports would fall');
    const role = 'The coach said he saw the match, as a fan who loves the club.';
    expect(slice(role, listed(role).find((candidate) => slice(role, candidate.cue) === 'said')!)).toBe('he saw the match, as a fan who loves the club');
  });

  it('reads "CLAUSE, SPEAKER said."', () => {
    const text = 'The factory will close by March, two union officials said.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('The factory will close by March');
    expect(slice(text, quote.mention)).toBe('two union officials');
  });

  it('reads "according to SPEAKER, CLAUSE" and ", according to SPEAKER."', () => {
    const first = 'According to the ministry, exports rose in the spring.';
    expect(slice(first, listed(first)[0])).toBe('exports rose in the spring');
    expect(slice(first, listed(first)[0].mention)).toBe('the ministry');
    const second = 'Exports rose in the spring, according to a report by the central bank.';
    expect(slice(second, listed(second)[0])).toBe('Exports rose in the spring');
  });

  it('skips the hearer after "told"', () => {
    const text = 'Ms. Novak told reporters that the vote was delayed, the officials told NBC.';
    const quote = listed(text).find((candidate) => slice(text, candidate.cue) === 'told' && slice(text, candidate.mention) === 'Ms. Novak');
    expect(slice(text, quote!)).toBe('the vote was delayed');
  });

  it('marks a reported clause with quoted words as mixed', () => {
    const text = 'The judge told the court that the delay was “entirely avoidable.”';
    const quotes = listed(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].kind).toBe('mixed');
    expect(slice(text, quotes[0])).toBe('the delay was “entirely avoidable.”');
  });

  it('takes the speaker from an appositive construction', () => {
    const text = 'Maria Lopez, the director of the city museum, told visitors that the hall would reopen.';
    const [quote] = listed(text);
    expect(slice(text, quote.mention)).toBe('Maria Lopez');
    expect(slice(text, quote.appositive)).toBe('the director of the city museum');
  });

  it('reads a quoted name after "called" and the demand after "called for"', () => {
    const named = 'The senator called the budget “a work of fiction” on Sunday.';
    expect(slice(named, listed(named)[0])).toBe('the budget “a work of fiction” on Sunday');
    const demand = 'The union called for an inquiry into the crash.';
    expect(slice(demand, listed(demand)[0])).toBe('an inquiry into the crash');
    expect(quotesOf('The boy called his dog inside.')).toHaveLength(0);
  });

  it('reads a headline "Name: words"', () => {
    const text = 'Governor Reyes: Schools will reopen next week\n\nThe rest of the story.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('Schools will reopen next week');
    expect(slice(text, quote.mention)).toBe('Governor Reyes');
  });

  it('reads "say" after a subject no lexicon knows, with no "that"', () => {
    const text = 'Local beekeepers have said the winter killed half their hives.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('the winter killed half their hives');
    expect(slice(text, quote.mention)).toBe('Local beekeepers');
    const joined = 'Several growers with farms near the river say prices will fall.';
    expect(slice(joined, listed(joined)[0].mention)).toBe('Several growers with farms near the river');
    // A weaker verb still needs "that": "announced" often has a plain object.
    expect(listed('Local beekeepers announced the winter festival.')).toHaveLength(0);
  });

  it('takes a determiner and its nouns as the speaker: "the airline said"', () => {
    const text = 'The flight was delayed by a storm, the airline said Thursday.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('The flight was delayed by a storm');
    expect(slice(text, quote.mention)).toBe('the airline');
  });

  it('reads an attribution set between commas inside the reported clause', () => {
    const text = 'Otherwise, the chairman added, the bridge would need new cables.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('Otherwise, the chairman added, the bridge would need new cables');
    expect(quote.fragments?.map((fragment) => slice(text, fragment))).toEqual(['Otherwise', 'the bridge would need new cables']);
    const connector = 'But, she said, the ferry is still cheaper.';
    expect(slice(connector, listed(connector)[0])).toBe('the ferry is still cheaper');
    expect(slice(connector, listed(connector)[0].mention)).toBe('she');
    const aside = 'The coach says, however, that the team is tired.';
    expect(slice(aside, listed(aside)[0])).toBe('the team is tired');
  });

  it('gives "… and said" the subject that opens the sentence', () => {
    const text = 'The mayor toured the flooded streets and said the city would pay for repairs.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('the city would pay for repairs');
    expect(slice(text, quote.mention)).toBe('The mayor');
  });

  it('skips a time phrase between the speaker and the cue', () => {
    const text = 'Ms. Adeyemi on Tuesday said that the school would stay open.';
    const [quote] = listed(text);
    expect(slice(text, quote.mention)).toBe('Ms. Adeyemi');
  });

  it('attributes a quotation to "said" and a speaker phrase that goes on', () => {
    const text = '“The ward is full every night,” said one aide familiar with the rota.';
    const [quote] = listed(text);
    expect(slice(text, quote.cue)).toBe('said');
    expect(slice(text, quote.mention)).toBe('one aide familiar with the rota');
    const modifier = '“The ward is full,” former aide Jo Okafor wrote to the board.';
    expect(slice(modifier, listed(modifier)[0].mention)).toBe('former aide Jo Okafor');
  });

  it('mentions the speaker of "…, who said" by "who" and resolves it to the name', () => {
    const text = 'The bill was drafted with Tom Okafor, who said it would pass easily.';
    const model = buildTextModel(text);
    const { quotes, speakers } = resolveSpeakers(model, findQuotes(model));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('it would pass easily');
    expect(quotes[0].speakerMention?.text).toBe('who');
    expect(speakers.find((speaker) => speaker.id === quotes[0].speakerId)?.name).toBe('Tom Okafor');
  });

  it('does not take an opening time or place phrase for the reported words', () => {
    const short = 'Later in the day, the council said it would help.';
    expect(listed(short).map((quote) => slice(short, quote))).toEqual(['it would help']);
    expect(listed('In 1999, the mayor wrote to the council.')).toHaveLength(0);
    const tail = 'In the end, the chairman said, the vote was close.';
    expect(listed(tail).map((quote) => slice(tail, quote))).toEqual(['In the end, the chairman said, the vote was close']);
  });

  it('reads what was promised or asked for in an infinitive', () => {
    const vow = 'The governor vowed to cut the fuel tax by spring.';
    expect(slice(vow, listed(vow)[0])).toBe('to cut the fuel tax by spring');
    const ask = 'The union urged members not to cross the picket line.';
    expect(slice(ask, listed(ask)[0])).toBe('members not to cross the picket line');
    // "to" before a noun phrase is a place or a person, not a promise.
    expect(listed('The governor promised to the voters.')).toHaveLength(0);
  });

  it('finds the speaker before an appositive that holds commas or starts in lower case', () => {
    const commas = '“The river keeps rising,” Ada Morse, 67, a retired teacher in Dayton, Ohio, said on Sunday.';
    expect(slice(commas, listed(commas)[0].mention)).toBe('Ada Morse');
    const lower = '“The river keeps rising,” Ada Morse, executive director of the Flood Council, said.';
    expect(slice(lower, listed(lower)[0].mention)).toBe('Ada Morse');
  });

  it('keeps a short parenthesis at the end of a name before the cue', () => {
    const text = '“We will vote no,” Sen. Ada Morse (D-Ohio) said.';
    expect(slice(text, listed(text)[0].mention)).toBe('Sen. Ada Morse (D-Ohio)');
  });

  it('takes the words after "said" as the speaker after a quotation', () => {
    const text = '“It was awful,” said one of the two witnesses who saw the crash.';
    expect(slice(text, listed(text)[0].mention)).toBe('one of the two witnesses');
  });

  it('reads "pointed out that" and "as X put it:"', () => {
    const pointed = 'The auditor pointed out that the accounts were late.';
    expect(slice(pointed, listed(pointed)[0])).toBe('the accounts were late');
    const put = 'As the coach put it: “We ran out of legs.”';
    expect(slice(put, listed(put)[0].mention)).toBe('the coach');
    expect(listed('She put it on the shelf and left.')).toHaveLength(0);
  });

  it('ends a report where "and said" starts the next one', () => {
    const text = 'He said that the rink was “far too small” and said that the town should build another.';
    const quotes = listed(text).map((quote) => slice(text, quote));
    expect(quotes).toEqual(['the rink was “far too small”', 'the town should build another']);
  });

  it('keeps a quotation that opens a longer reported clause inside it', () => {
    const text = 'The coach said “nobody” on the team had been told about the trade.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('“nobody” on the team had been told about the trade');
    expect(quote.kind).toBe('mixed');
  });

  it('gives "released a statement saying" to the statement\'s author', () => {
    const text = 'Later, the bakery released a statement saying the shop would close.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('the shop would close');
    expect(slice(text, quote.mention)).toBe('the bakery');
  });

  it('reads "Says" in a headline written in title case', () => {
    const text = 'Mayor Lopez Says the Bridge Will Reopen in May\n\nThe rest of the story.';
    const [quote] = listed(text);
    expect(slice(text, quote)).toBe('the Bridge Will Reopen in May');
    expect(slice(text, quote.mention)).toBe('Mayor Lopez');
    expect(listed('The Ranger Says Goodbye was shown in a small theatre last week.')).toHaveLength(0);
  });

  it('does not read "United States" or a headline word as a cue', () => {
    const text = 'Trade between the United States and Canada grew.';
    expect(quotesOf(text)).toHaveLength(0);
  });
});

describe('robustness', () => {
  it('never throws and keeps every span inside the text', () => {
    const inputs = [
      '',
      '"'.repeat(10_000),
      '“'.repeat(5000) + 'said' + '”'.repeat(5000),
      '\u00a0said that, , , "" ‘’ « » „ “',
      'x'.repeat(1000) + ' said that ' + '\n\n'.repeat(50),
      Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0x20 + ((i * 7919) % 0x2fff))).join(''),
    ];
    for (const text of inputs) {
      const model = buildTextModel(text);
      const { quotes } = resolveSpeakers(model, findQuotes(model));
      for (const quote of quotes) {
        expect(quote.start).toBeGreaterThanOrEqual(0);
        expect(quote.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      }
    }
  });

  it('stays linear: 10x the text, about 10x the work (15,000 vs 150,000 words)', () => {
    const paragraph = '“We will not stop,” the spokesman said. Officials said that the talks, which began in May, would resume. According to the report, 40 people were hurt. ';
    const textOf = (paragraphs: number) => Array.from({ length: paragraphs }, () => paragraph).join('\n\n');
    const attribute = (text: string) => {
      const model = buildTextModel(text);
      return resolveSpeakers(model, findQuotes(model)).quotes;
    };
    expect(attribute(textOf(5000)).length).toBeGreaterThan(10_000);
    expect(growthRatio(attribute, textOf(500), textOf(5000), 2)).toBeLessThan(LINEAR_FOR_TENFOLD);
  });
});

describe('quotes in other languages', () => {
  it('lists quotes in guillemets, German marks and corner brackets without a cue', () => {
    for (const text of ['Le texte dit ceci : «La mer monte plus vite que prévu». Fin.', 'Er schrieb: „Wir bauen die Schule neu“ und ging.', '「橋は五月に開通する」と市長は述べた。']) {
      expect(listed(text)).toHaveLength(1);
    }
  });

  it('does not list a word or two in guillemets', () => {
    expect(listed('Le projet est jugé « absurde » par les riverains.')).toHaveLength(0);
  });

  it('finds the cue and speaker after a French, Spanish or German quote', () => {
    const cases: Array<[string, string, string]> = [
      ['«Nous ne partirons pas», a affirmé la présidente Claire Roux.', 'a affirmé', 'présidente Claire Roux'],
      ['«No habrá recortes», aseguró el ministro Luis Prado.', 'aseguró', 'ministro Luis Prado'],
      ['„Das Werk bleibt“, erklärte Bürgermeister Jan Roth.', 'erklärte', 'Bürgermeister Jan Roth'],
    ];
    for (const [text, cue, mention] of cases) {
      const [quote] = listed(text);
      expect(slice(text, quote.cue)).toBe(cue);
      expect(slice(text, quote.mention)).toBe(mention);
    }
  });

  it('does not read English words that look like foreign cues as attributions', () => {
    const text = 'They rolled a dice, said the croupier, and the table went quiet.';
    expect(quotesOf(text).every((quote) => slice(text, quote.cue) !== 'dice')).toBe(true);
  });
});

describe('speaker mentions', () => {
  it('starts the mention after a clause or adverbial opening the scan swept in', () => {
    const cases: Array<[string, string]> = [
      ['Fares rose, as Harbour Gazette reported, “to keep drivers on the road.”', 'Harbour Gazette'],
      ['The vote comes after regional police said the march was peaceful.', 'regional police'],
      ['It seemed like Mayor Ines Duarte said the budget was final.', 'Mayor Ines Duarte'],
    ];
    for (const [text, mention] of cases) {
      const quote = quotesOf(text).find((candidate) => candidate.mention);
      expect(slice(text, quote?.mention ?? null)).toBe(mention);
    }
  });
});
