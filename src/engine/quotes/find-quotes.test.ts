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

/** What a case checks of the listed quotes of its text: how many, all their texts, and one quote's spans and kind. */
interface ListedQuotes {
  count?: number;
  all?: Array<string | null>;
  quote?: string | null;
  kind?: QuoteCandidate['kind'];
  cue?: string | null;
  mention?: string | null;
  appositive?: string | null;
  fragments?: Array<string | null>;
}

/** The listed quotes of `text`, read as the cases check them: of one quote, the one with `pick`'s cue (and mention), else the first. */
function readListed(text: string, pick?: { cue: string; mention?: string }): ListedQuotes {
  const quotes = listed(text);
  const picked = (quote: QuoteCandidate) => slice(text, quote.cue) === pick?.cue && (pick.mention === undefined || slice(text, quote.mention) === pick.mention);
  const quote = pick ? quotes.find(picked) : quotes[0];
  return {
    count: quotes.length,
    all: quotes.map((candidate) => slice(text, candidate)),
    quote: quote && slice(text, quote),
    kind: quote?.kind,
    cue: quote && slice(text, quote.cue),
    mention: quote && slice(text, quote.mention),
    appositive: quote && slice(text, quote.appositive),
    fragments: quote?.fragments?.map((fragment) => slice(text, fragment)),
  };
}

describe('the quotes a reader sees', () => {
  const cases: Array<{ does: string; text: string; pick?: { cue: string; mention?: string }; listed: ListedQuotes }> = [
    // Direct quotes.
    { does: 'finds curly double quotes with the attribution after them', text: '“The bridge will open in May,” the mayor said.', listed: { quote: '“The bridge will open in May,”', kind: 'direct', cue: 'said', mention: 'the mayor' } },
    { does: 'finds straight quotes with the attribution before them', text: 'The coach said, "We played our best game of the season."', listed: { quote: '"We played our best game of the season."', mention: 'The coach' } },
    { does: 'keeps a ‘nested’ quote inside the quote around it', text: '“She told me ‘never again’ and left,” Mr. Okafor said.', listed: { count: 1, quote: '“She told me ‘never again’ and left,”', mention: 'Mr. Okafor' } },
    { does: 'reads low-high German marks', text: 'The minister said: „We will build more houses this year.“', listed: { all: ['„We will build more houses this year.“'] } },
    { does: 'reads two apostrophes as a double quotation mark', text: "''It is far too early to tell,'' the analyst said.", listed: { quote: "''It is far too early to tell,''" } },
    { does: 'joins a quote interrupted by its attribution inside one sentence', text: '“Prices,” the trader said, “will keep rising until spring.”', listed: { count: 1, fragments: ['“Prices,”', '“will keep rising until spring.”'] } },
    // Reported speech.
    { does: 'takes the clause after "said that" up to the clause end', text: 'The governor said on Monday that the roads would reopen soon, according to local radio.', pick: { cue: 'said' }, listed: { quote: 'the roads would reopen soon', kind: 'indirect', mention: 'The governor' } },
    { does: 'ends the report before ", as SUBJECT VERB …", the writer\'s own aside', text: 'The harbour master says the new pier is safe for ferries, as the storm season approaches the coast.', pick: { cue: 'says' }, listed: { quote: 'the new pier is safe for ferries' } },
    { does: 'ends the report before ", even as SUBJECT VERB …"', text: 'Ms. Adeyemi said the plant would stay open, even as the company closes two others.', pick: { cue: 'said' }, listed: { quote: 'the plant would stay open' } },
    { does: 'keeps ", while …" inside the report', text: 'The minister said exports would grow, while imports would fall.', pick: { cue: 'said' }, listed: { quote: 'exports would grow, while imports would fall' } },
    { does: 'keeps ", as a …" inside the report', text: 'The coach said he saw the match, as a fan who loves the club.', pick: { cue: 'said' }, listed: { quote: 'he saw the match, as a fan who loves the club' } },
    { does: 'reads "CLAUSE, SPEAKER said."', text: 'The factory will close by March, two union officials said.', listed: { quote: 'The factory will close by March', mention: 'two union officials' } },
    { does: 'reads "according to SPEAKER, CLAUSE"', text: 'According to the ministry, exports rose in the spring.', listed: { quote: 'exports rose in the spring', mention: 'the ministry' } },
    { does: 'reads ", according to SPEAKER."', text: 'Exports rose in the spring, according to a report by the central bank.', listed: { quote: 'Exports rose in the spring' } },
    { does: 'skips the hearer after "told"', text: 'Ms. Novak told reporters that the vote was delayed, the officials told NBC.', pick: { cue: 'told', mention: 'Ms. Novak' }, listed: { quote: 'the vote was delayed' } },
    { does: 'marks a reported clause with quoted words as mixed', text: 'The judge told the court that the delay was “entirely avoidable.”', listed: { count: 1, kind: 'mixed', quote: 'the delay was “entirely avoidable.”' } },
    { does: 'takes the speaker from an appositive construction', text: 'Maria Lopez, the director of the city museum, told visitors that the hall would reopen.', listed: { mention: 'Maria Lopez', appositive: 'the director of the city museum' } },
    { does: 'reads a quoted name after "called"', text: 'The senator called the budget “a work of fiction” on Sunday.', listed: { quote: 'the budget “a work of fiction” on Sunday' } },
    { does: 'reads the demand after "called for"', text: 'The union called for an inquiry into the crash.', listed: { quote: 'an inquiry into the crash' } },
    { does: 'reads a headline "Name: words"', text: 'Governor Reyes: Schools will reopen next week\n\nThe rest of the story.', listed: { quote: 'Schools will reopen next week', mention: 'Governor Reyes' } },
    { does: 'reads "say" after a subject no lexicon knows, with no "that"', text: 'Local beekeepers have said the winter killed half their hives.', listed: { quote: 'the winter killed half their hives', mention: 'Local beekeepers' } },
    { does: 'reads "say" after a role and its complement: the role speaks', text: 'Several growers with farms near the river say prices will fall.', listed: { mention: 'Several growers' } },
    { does: 'needs "that" after a weaker verb: "announced" often has a plain object', text: 'Local beekeepers announced the winter festival.', listed: { count: 0 } },
    { does: 'takes a determiner and its nouns as the speaker: "the airline said"', text: 'The flight was delayed by a storm, the airline said Thursday.', listed: { quote: 'The flight was delayed by a storm', mention: 'the airline' } },
    { does: 'reads an attribution set between commas inside the reported clause', text: 'Otherwise, the chairman added, the bridge would need new cables.', listed: { quote: 'Otherwise, the chairman added, the bridge would need new cables', fragments: ['Otherwise', 'the bridge would need new cables'] } },
    { does: 'reads an attribution set between commas after a connector', text: 'But, she said, the ferry is still cheaper.', listed: { quote: 'the ferry is still cheaper', mention: 'she' } },
    { does: 'reads an aside between commas after the cue', text: 'The coach says, however, that the team is tired.', listed: { quote: 'the team is tired' } },
    { does: 'gives "… and said" the subject that opens the sentence', text: 'The mayor toured the flooded streets and said the city would pay for repairs.', listed: { quote: 'the city would pay for repairs', mention: 'The mayor' } },
    { does: 'skips a time phrase between the speaker and the cue', text: 'Ms. Adeyemi on Tuesday said that the school would stay open.', listed: { mention: 'Ms. Adeyemi' } },
    { does: 'attributes a quotation to "said" and a speaker phrase that goes on', text: '“The ward is full every night,” said one aide familiar with the rota.', listed: { cue: 'said', mention: 'one aide familiar with the rota' } },
    { does: 'attributes a quotation to a speaker phrase with words before the name', text: '“The ward is full,” former aide Jo Okafor wrote to the board.', listed: { mention: 'former aide Jo Okafor' } },
    { does: 'does not take an opening time phrase for the reported words', text: 'Later in the day, the council said it would help.', listed: { all: ['it would help'] } },
    { does: 'does not take an opening year for the reported words', text: 'In 1999, the mayor wrote to the council.', listed: { count: 0 } },
    { does: 'keeps an opening phrase before an attribution between commas', text: 'In the end, the chairman said, the vote was close.', listed: { all: ['In the end, the chairman said, the vote was close'] } },
    { does: 'reads what was promised in an infinitive', text: 'The governor vowed to cut the fuel tax by spring.', listed: { quote: 'to cut the fuel tax by spring' } },
    { does: 'reads what was asked for in an infinitive', text: 'The union urged members not to cross the picket line.', listed: { quote: 'members not to cross the picket line' } },
    { does: 'reads "to" before a noun phrase as a place or a person, not a promise', text: 'The governor promised to the voters.', listed: { count: 0 } },
    { does: 'finds the speaker before an appositive that holds commas', text: '“The river keeps rising,” Ada Morse, 67, a retired teacher in Dayton, Ohio, said on Sunday.', listed: { mention: 'Ada Morse' } },
    { does: 'finds the speaker before an appositive that starts in lower case', text: '“The river keeps rising,” Ada Morse, executive director of the Flood Council, said.', listed: { mention: 'Ada Morse' } },
    { does: 'keeps a short parenthesis at the end of a name before the cue', text: '“We will vote no,” Sen. Ada Morse (D-Ohio) said.', listed: { mention: 'Sen. Ada Morse (D-Ohio)' } },
    { does: 'takes the words after "said" as the speaker after a quotation', text: '“It was awful,” said one of the two witnesses who saw the crash.', listed: { mention: 'one of the two witnesses' } },
    { does: 'reads "pointed out that"', text: 'The auditor pointed out that the accounts were late.', listed: { quote: 'the accounts were late' } },
    { does: 'reads "as X put it:"', text: 'As the coach put it: “We ran out of legs.”', listed: { mention: 'the coach' } },
    { does: 'reads no cue in "put it on the shelf"', text: 'She put it on the shelf and left.', listed: { count: 0 } },
    { does: 'ends a report where "and said" starts the next one', text: 'He said that the rink was “far too small” and said that the town should build another.', listed: { all: ['the rink was “far too small”', 'the town should build another'] } },
    { does: 'keeps a quotation that opens a longer reported clause inside it', text: 'The coach said “nobody” on the team had been told about the trade.', listed: { quote: '“nobody” on the team had been told about the trade', kind: 'mixed' } },
    { does: 'gives "released a statement saying" to the statement\'s author', text: 'Later, the bakery released a statement saying the shop would close.', listed: { quote: 'the shop would close', mention: 'the bakery' } },
    { does: 'reads "Says" in a headline written in title case', text: 'Mayor Lopez Says the Bridge Will Reopen in May\n\nThe rest of the story.', listed: { quote: 'the Bridge Will Reopen in May', mention: 'Mayor Lopez' } },
    { does: 'reads no "Says" in a title', text: 'The Ranger Says Goodbye was shown in a small theatre last week.', listed: { count: 0 } },
    // Quotes in other languages.
    { does: 'lists a quote in guillemets without a cue', text: 'Le texte dit ceci : «La mer monte plus vite que prévu». Fin.', listed: { count: 1 } },
    { does: 'lists a quote in German marks without a cue', text: 'Er schrieb: „Wir bauen die Schule neu“ und ging.', listed: { count: 1 } },
    { does: 'lists a quote in corner brackets without a cue', text: '「橋は五月に開通する」と市長は述べた。', listed: { count: 1 } },
    { does: 'does not list a word or two in guillemets', text: 'Le projet est jugé « absurde » par les riverains.', listed: { count: 0 } },
    { does: 'finds the cue and speaker after a French quote', text: '«Nous ne partirons pas», a affirmé la présidente Claire Roux.', listed: { cue: 'a affirmé', mention: 'présidente Claire Roux' } },
    { does: 'finds the cue and speaker after a Spanish quote', text: '«No habrá recortes», aseguró el ministro Luis Prado.', listed: { cue: 'aseguró', mention: 'ministro Luis Prado' } },
    { does: 'finds the cue and speaker after a German quote', text: '„Das Werk bleibt“, erklärte Bürgermeister Jan Roth.', listed: { cue: 'erklärte', mention: 'Bürgermeister Jan Roth' } },
  ];
  for (const { does, text, pick, listed: expected } of cases) {
    it(does, () => {
      expect(readListed(text, pick)).toMatchObject(expected);
    });
  }

  it('reads guillemets', () => {
    const guillemets = '«Nous restons ici pour longtemps», a déclaré le maire. The envoy said: «We stay here for a long time.»';
    expect(listed(guillemets).map((quote) => slice(guillemets, quote))).toContain('«We stay here for a long time.»');
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

  it('mentions the speaker of "…, who said" by "who" and resolves it to the name', () => {
    const text = 'The bill was drafted with Tom Okafor, who said it would pass easily.';
    const model = buildTextModel(text);
    const { quotes, speakers } = resolveSpeakers(model, findQuotes(model));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('it would pass easily');
    expect(quotes[0].speakerMention?.text).toBe('who');
    expect(speakers.find((speaker) => speaker.id === quotes[0].speakerId)?.name).toBe('Tom Okafor');
  });

  it.each(['The boy called his dog inside.', 'Trade between the United States and Canada grew.'])('reads no cue in %j: not "called" with a plain object, not "United States" or a headline word', (text) => {
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('does not read English words that look like foreign cues as attributions', () => {
    const text = 'They rolled a dice, said the croupier, and the table went quiet.';
    expect(quotesOf(text).every((quote) => slice(text, quote.cue) !== 'dice')).toBe(true);
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
    expect(growthRatio(attribute, textOf(500), textOf(5000))).toBeLessThan(LINEAR_FOR_TENFOLD);
  });
});

describe('speaker mentions', () => {
  it.each([
    ['Fares rose, as Harbour Gazette reported, “to keep drivers on the road.”', 'Harbour Gazette'],
    ['The vote comes after regional police said the march was peaceful.', 'regional police'],
    ['It seemed like Mayor Ines Duarte said the budget was final.', 'Mayor Ines Duarte'],
  ])('starts the mention after a clause or adverbial opening the scan swept in: %j', (text, mention) => {
    const quote = quotesOf(text).find((candidate) => candidate.mention);
    expect(slice(text, quote?.mention ?? null)).toBe(mention);
  });
});
