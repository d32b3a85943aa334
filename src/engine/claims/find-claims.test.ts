import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findClaims } from './find-claims';
import { findQuantities } from '../quantities/find-quantities';
import { analyze } from '../index';
import type { Claim, Quote, Speaker } from '../types';

/** A quote over `quoted` in `text`, spoken by `speaker`, as the attribution stage would hand it over. */
function quoteOf(text: string, quoted: string, speaker: Speaker, cue = 'said'): Quote {
  const start = text.indexOf(quoted);
  const cueStart = text.indexOf(cue);
  speaker.quoteIds.push(`quote-${start}`);
  return {
    id: `quote-${start}`, start, end: start + quoted.length, text: quoted, kind: 'indirect',
    cue: { start: cueStart, end: cueStart + cue.length, text: cue }, speakerMention: null, speakerId: speaker.id, confidence: 0.9,
  };
}

function speaker(id: string, name: string, aliases: string[] = [], text = '', kind: Speaker['kind'] = 'person'): Speaker {
  const mentions = [name, ...aliases].flatMap((n) => {
    const at = text.indexOf(n);
    return at >= 0 ? [{ start: at, end: at + n.length, text: n }] : [];
  });
  return { id, name, aliases, role: null, organisation: null, kind, mentions, quoteIds: [] };
}

function claimsOf(text: string, quotes: Quote[] = [], speakers: Speaker[] = []): Claim[] {
  return findClaims(text, { quotes, speakers, quantities: findQuantities(text) });
}

describe('findClaims: what is a claim', () => {
  it('finds a numeric claim and links its quantity', () => {
    const text = 'About 400 peacekeepers are expected to stay in the region.';
    const [claim] = claimsOf(text);
    // Peacekeepers staying in a region are a military presence there too ("troops remain at the base").
    expect(claim.kinds).toEqual(['numeric', 'territorial']);
    expect(claim.quantityIds).toHaveLength(1);
    expect(claim.text).toBe('About 400 peacekeepers are expected to stay in the region');
  });

  it('finds a territorial claim with its places', () => {
    const text = 'Rebel fighters seized the port city of Mirava on Sunday.';
    const [claim] = claimsOf(text);
    expect(claim.kinds).toEqual(['territorial']);
    expect(claim.places.map((p) => p.text)).toContain('Mirava');
    expect(claim.places.map((p) => p.text)).toContain('port city');
  });

  it('finds claims that are both numeric and territorial', () => {
    const [claim] = claimsOf('The army now holds 42 districts in the north.');
    expect(claim.kinds).toEqual(['numeric', 'territorial']);
  });

  it.each([
    ['control', 'The rebels are in control of the eastern provinces.'],
    ['capture', 'Government troops captured Velna after a long siege.'],
    ['take', 'The militia took over the airport overnight.'],
    ['retake', 'Loyalist units retook the border crossing.'],
    ['advance', 'Columns are advancing on the capital from three sides.'],
    ['fall of', 'The fall of Dorsk came after weeks of shelling.'],
    ['withdraw from', 'The brigade will withdraw from the occupied territory.'],
    ['annex', 'The parliament voted to annex the disputed region.'],
  ])('recognises "%s" as a territorial cue', (_cue, text) => {
    expect(claimsOf(text).flatMap((c) => c.kinds)).toContain('territorial');
  });

  it('keeps two claims in one sentence apart', () => {
    const text = 'Nine hundred soldiers will remain at the base, probably until March, to train local forces.';
    const texts = claimsOf(text).map((c) => c.text);
    expect(texts).toEqual(['Nine hundred soldiers will remain at the base', 'probably until March']);
  });

  it('counts a comparison with an earlier time as a numeric claim', () => {
    const [claim] = claimsOf('We are seeing higher prices in the shops compared to a year ago.');
    expect(claim.kinds).toEqual(['numeric']);
  });
});

describe('findClaims: claimant and status', () => {
  it('gives a claim inside a quote to the quote\'s speaker', () => {
    const text = 'Ruth Amari said that the rebels were in control of 60 percent of the valley.';
    const amari = speaker('s1', 'Ruth Amari', ['Amari'], text);
    const quote = quoteOf(text, 'the rebels were in control of 60 percent of the valley', amari);
    const [claim] = claimsOf(text, [quote], [amari]);
    expect(claim).toMatchObject({ claimantId: 's1', quoteId: quote.id, status: 'claimed' });
  });

  // The claimant comes from the quote stage's attributions, so these run the whole pipeline.
  it.each([
    ['"according to" a source, for its whole sentence', 'According to local officials, 300 families have fled the town.', 'local officials'],
    ['a reporting verb whose clause holds the claim', 'Rebels claim they control 80% of the island.', 'Rebels'],
    ['a headline that drops the clause\'s subject', 'Rebels claim are in control of 80% of the island\n\nThe fighting went on.', 'Rebels'],
  ])('gives a claim to its source: %s', (_kind, text, claimant) => {
    const analysis = analyze({ text });
    const [claim] = analysis.claims;
    expect(analysis.speakers.find((s) => s.id === claim.claimantId)?.name).toBe(claimant);
  });

  it('gives a claim whose figure sits in a reported clause to its speaker, however long the frame before it', () => {
    const text = 'Several riders who waited at the depot on Monday reported delays that exceeded three hours.';
    const riders = speaker('s1', 'riders', [], text, 'group');
    const quote = quoteOf(text, 'delays that exceeded three hours', riders, 'reported');
    const [claim] = claimsOf(text, [quote], [riders]);
    expect(claim).toMatchObject({ claimantId: 's1', quoteId: quote.id });
  });

  it('prefers, of two quotes holding a claim alike, the one with a speaker', () => {
    const text = 'According to the tenant, the pills “worked within 2 days. I slept again.”';
    const tenant = speaker('s1', 'tenant', [], text);
    const report = quoteOf(text, 'the pills “worked within 2 days', tenant, 'According to');
    const quotation = { ...quoteOf(text, '“worked within 2 days. I slept again.”', tenant), id: 'bare', speakerId: null, kind: 'direct' as const };
    const claim = claimsOf(text, [quotation, report], [tenant]).find((c) => c.text.includes('2 days'));
    expect(claim).toMatchObject({ claimantId: 's1', quoteId: report.id });
  });

  it.each([
    ['a participle and its agent between dashes', 'Lena Ortiz said the drive – run by a local firm with a budget of $80,000 – worked well.', 'the drive – run by a local firm with a budget of $80,000 – worked well', 'run by a local firm with a budget of $80,000'],
    ['an apposition to a name', 'Ortiz asked how Marek, the mayor’s second son, could forget the vote.', 'how Marek, the mayor’s second son, could forget the vote', 'the mayor’s second son'],
    ['a relative clause', 'Ortiz said the storm hit on the night of May 4, during which 12 boats sank in the bay.', 'the storm hit on the night of May 4, during which 12 boats sank in the bay', 'during which 12 boats sank in the bay'],
  ])('gives the writer\'s insert in someone\'s reported words to the article: %s', (_kind, text, reported, insert) => {
    const ortiz = speaker('s1', 'Lena Ortiz', ['Ortiz'], text);
    const claims = claimsOf(text, [quoteOf(text, reported, ortiz)], [ortiz]);
    expect(claims.find((c) => c.text === insert)).toMatchObject({ claimantId: null, quoteId: null });
  });

  it('gives an age beside a name to the article, also in a reported clause that quotes some words', () => {
    const text = 'An aide said the “final” offer went to Marek, 38, on Friday.';
    const aide = speaker('s1', 'aide', [], text);
    const quote = { ...quoteOf(text, 'the “final” offer went to Marek, 38, on Friday', aide), kind: 'mixed' as const };
    expect(claimsOf(text, [quote], [aide]).find((c) => c.text === 'Marek, 38')).toMatchObject({ claimantId: null });
  });

  it('gives a sentence to the frame put after all it says, its speaker after the verb', () => {
    const text = 'Three scans failed to find the cause, which was “maddening,” wrote Ilse Berg.';
    const berg = speaker('s1', 'Ilse Berg', ['Berg'], text);
    const quote = { ...quoteOf(text, '“maddening,”', berg, 'wrote'), kind: 'direct' as const };
    quote.speakerMention = { start: text.indexOf('Ilse'), end: text.indexOf('Ilse') + 'Ilse Berg'.length, text: 'Ilse Berg' };
    expect(claimsOf(text, [quote], [berg])[0]).toMatchObject({ text: 'Three scans failed to find the cause', claimantId: 's1' });
  });

  it('gives a claim that starts inside a reported clause to its speaker, where the quote stage ended it early', () => {
    const text = 'He said he first sought more, then settled and asked for $40 million in aid.';
    const him = speaker('s1', 'Dale Moor', [], text);
    const quote = quoteOf(text, 'he first sought more, then settled', him);
    expect(claimsOf(text, [quote], [him]).find((c) => c.text.includes('$40 million'))?.claimantId).toBe('s1');
  });

  it.each([
    ['it is alleged', 'Ortiz said the guard lied about that day – the day it is alleged he took $5,000 from the till.', 'the guard lied about that day – the day it is alleged he took $5,000 from the till'],
    ['allegedly', 'Ortiz said the guard allegedly took $5,000 from the till.', 'the guard allegedly took $5,000 from the till'],
  ])('gives a claim hedged without a source ("%s") to the article, even in someone\'s reported words', (_hedge, text, reported) => {
    const ortiz = speaker('s1', 'Lena Ortiz', ['Ortiz'], text);
    const claims = claimsOf(text, [quoteOf(text, reported, ortiz)], [ortiz]);
    expect(claims.find((c) => c.text.includes('$5,000'))).toMatchObject({ claimantId: null, quoteId: null });
  });

  it('keeps a hedge in someone\'s own quoted words theirs', () => {
    const text = '“He allegedly took $5,000,” the prosecutor said.';
    const prosecutor = speaker('s1', 'prosecutor', [], text);
    const quote = { ...quoteOf(text, '“He allegedly took $5,000,”', prosecutor), kind: 'direct' as const };
    expect(claimsOf(text, [quote], [prosecutor])[0]?.claimantId).toBe('s1');
  });

  it('gives the main clause after an opening concessive report to the article, where the quote runs on into it', () => {
    const text = 'While Ortiz said the visit was routine, the mayor has skipped 3 of the last 4 checkups.';
    const ortiz = speaker('s1', 'Lena Ortiz', ['Ortiz'], text);
    const claims = claimsOf(text, [quoteOf(text, text.slice(text.indexOf('the visit'), -1), ortiz)], [ortiz]);
    expect(claims.find((c) => c.text.includes('checkups'))).toMatchObject({ claimantId: null, quoteId: null });
  });

  it('gives a claim whose amount no quantity holds to the speaker of the reported clause that holds the amount', () => {
    const text = 'In a long retelling at the ranch on Sunday, he said he pushed his aides to triple that figure.';
    const him = speaker('s1', 'Dale Moor', [], text);
    const quote = quoteOf(text, 'he pushed his aides to triple that figure', him);
    expect(claimsOf(text, [quote], [him])[0]).toMatchObject({ claimantId: 's1' });
  });

  it('keeps an insert that reports in the speaker\'s words', () => {
    const text = 'Ortiz said spending may sink to 1.1 percent, which she said would be well below the 2 percent pledged.';
    const ortiz = speaker('s1', 'Lena Ortiz', ['Ortiz'], text);
    const claims = claimsOf(text, [quoteOf(text, text.slice(text.indexOf('spending'), -1), ortiz)], [ortiz]);
    expect(claims.find((c) => c.text.includes('2 percent'))?.claimantId).toBe('s1');
  });

  it('leaves the article\'s own claims without a claimant', () => {
    const [claim] = claimsOf('Five years of fighting left the army in control of the coast.');
    expect(claim).toMatchObject({ claimantId: null, quoteId: null, status: 'asserted' });
    expect(claim.claimantMention).toBeUndefined();
  });

  it('marks expected and denied claims', () => {
    expect(claimsOf('Some 2,000 troops will remain in the country.')[0].status).toBe('expected');
    expect(claimsOf('The fall of the capital is not imminent.')[0].status).toBe('denied');
  });

  it('never throws on odd context', () => {
    const text = '«»,,,;; 5 5 5 (((';
    expect(() => findClaims(text, { quotes: [], speakers: [], quantities: findQuantities(text) })).not.toThrow();
    expect(findClaims('', { quotes: [], speakers: [], quantities: [] })).toEqual([]);
  });
});

const SEED = fileURLToPath(new URL('../../../../shared/corpus/seed/', import.meta.url));
const haveSeed = existsSync(`${SEED}gold.jsonl`);

describe.skipIf(!haveSeed)('findClaims on the seed article (needs ../shared/corpus/seed; skipped without it)', () => {
  it('finds at least 14 of the 15 gold claims, at least 13 with the right claimant', () => {
    const gold = JSON.parse(readFileSync(`${SEED}gold.jsonl`, 'utf8').split('\n')[0]) as {
      text: string; claims: Array<{ start: number; end: number; claimant: string }>;
    };
    const analysis = analyze({ text: gold.text });
    const nameOf = (id: string | null) => analysis.speakers.find((s) => s.id === id)?.name ?? null;
    const words = (name: string) => name.toLowerCase().replace(/^the /, '').split(/\s+/);
    // The scorer's name rule, in short: same last word, or one name's words inside the other's.
    const sameName = (a: string, b: string) => {
      const x = words(a), y = words(b);
      return x[x.length - 1] === y[y.length - 1] || x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
    };
    const used = new Set<Claim>();
    let found = 0;
    let rightClaimant = 0;
    for (const g of gold.claims) {
      const covered = (c: Claim) => Math.max(0, Math.min(c.end, g.end) - Math.max(c.start, g.start)) / (g.end - g.start);
      const best = analysis.claims.filter((c) => !used.has(c) && covered(c) >= 0.3).sort((a, b) => covered(b) - covered(a))[0];
      if (!best) continue;
      used.add(best);
      found++;
      const claimant = nameOf(best.claimantId);
      if (g.claimant === 'article' ? claimant === null : claimant !== null && sameName(claimant, g.claimant)) rightClaimant++;
    }
    expect(found).toBeGreaterThanOrEqual(14);
    expect(rightClaimant).toBeGreaterThanOrEqual(13);
  });
});

describe('findClaims: any predicate that states a quantity, and what the guidelines leave out (claims GUIDELINES.md)', () => {
  const cases: Array<{ what: string; text: string; claims: string[] }> = [
    { what: 'takes a clause whatever its verb', text: 'The grocery chain cut more than 45 jobs last month.', claims: ['The grocery chain cut more than 45 jobs last month'] },
    { what: 'takes a clause whatever its verb', text: 'She sold the team for $2.1 billion.', claims: ['She sold the team for $2.1 billion'] },
    { what: 'takes a clause whatever its verb', text: 'Each charge carries a maximum sentence of five years.', claims: ['Each charge carries a maximum sentence of five years'] },
    { what: 'takes a dated event', text: 'The film was released on September 25, 2019.', claims: ['The film was released on September 25, 2019'] },
    { what: 'takes a dated event', text: 'The virus first appeared in 2014.', claims: ['The virus first appeared in 2014'] },
    { what: 'joins an opening phrase of time to the clause it frames', text: 'Three weeks before he died, the prisoner had been moved to a new cell.', claims: ['Three weeks before he died, the prisoner had been moved to a new cell'] },
    { what: 'joins an opening phrase of time to the clause it frames', text: 'In December 2015, the company released a short letter.', claims: ['In December 2015, the company released a short letter'] },
    { what: 'joins an opening phrase of time after a quotation mark', text: '“Two months after the fall, I could not walk for more than a few minutes,” he wrote.', claims: ['Two months after the fall, I could not walk for more than a few minutes'] },
    { what: 'reads "the following" as an adjective, not a clause opener', text: 'The patients had a higher risk of a stroke in the following 3-5 years.', claims: ['The patients had a higher risk of a stroke in the following 3-5 years'] },
    { what: 'joins opening phrases in a row to the clause they frame', text: 'In fact, in March 2018, the tenant came back with a worse cough.', claims: ['In fact, in March 2018, the tenant came back with a worse cough'] },
    { what: 'joins an opening phrase of time in a reported clause', text: 'Aides told reporters that a year later, the mayor had changed little.', claims: ['Aides told reporters that a year later, the mayor had changed little'] },
    { what: 'takes a duration of one that "a" counts', text: 'Her cough eased within a month.', claims: ['Her cough eased within a month'] },
    { what: 'takes a duration of one that "a" counts', text: 'It was the worst flood in the valley in a decade.', claims: ['It was the worst flood in the valley in a decade'] },
    { what: 'takes a duration of one that "a" counts', text: 'After a year, the rash cleared.', claims: ['After a year, the rash cleared'] },
    { what: 'takes a "-long" span of time', text: 'The two rivals traded barbs in an hourlong debate.', claims: ['The two rivals traded barbs in an hourlong debate'] },
    { what: 'takes a "-long" span of time', text: 'Shoppers can sign up for a week-long trial.', claims: ['Shoppers can sign up for a week-long trial'] },
    { what: 'takes a count of one that a focus word insists on', text: 'Only one game on the list is new.', claims: ['Only one game on the list is new'] },
    { what: 'leaves out "a" + a unit of time that makes a rate', text: 'Volunteers meet twice a month at the library.', claims: [] },
    { what: 'leaves out "one" without a focus word', text: 'He walked from one room to the other.', claims: [] },
    { what: 'keeps a relative clause after the predicate apart', text: 'Doctors described a patient who fell ill in May 2016.', claims: ['who fell ill in May 2016'] },
    { what: 'keeps a relative clause inside the subject with its predicate', text: 'Nine of the 14 guards who worked that night were fired.', claims: ['Nine of the 14 guards who worked that night were fired'] },
    { what: 'keeps the relative clause that "there are" introduces with it', text: 'There are two villages where the army holds only the square.', claims: ['There are two villages where the army holds only the square'] },
    { what: 'reads a hyphen between spaces as a dash', text: 'The mayor - who took office in 2019 - resigned.', claims: ['who took office in 2019'] },
    { what: 'keeps a short bracketed figure in its clause', text: 'The store offers a range of games (more than 60) for its members.', claims: ['The store offers a range of games (more than 60) for its members'] },
    { what: 'keeps a short bracketed date in its clause, and takes "were published" as an event, not a timestamp', text: 'The results were published today (May 3) in a journal.', claims: ['The results were published today (May 3) in a journal'] },
    { what: 'leaves out a bracketed list number', text: 'The kit holds: (3) hygiene and waste.', claims: [] },
    { what: 'takes a dated event whose verb is an irregular past', text: 'The feud, which began in 2011 when both were mayors, went on.', claims: ['which began in 2011'] },
    { what: 'ends a claim where a clause with its own subject and verb joins it', text: 'The climb took 20 minutes as I could manage only three steps at a time.', claims: ['The climb took 20 minutes', 'as I could manage only three steps at a time'] },
    { what: 'ends a claim where a clause with its own subject and verb joins it', text: 'Acme has sold phones since 2014 and Globex opened 13 stores last year.', claims: ['Acme has sold phones since 2014', 'Globex opened 13 stores last year'] },
    { what: 'ends a claim where a clause with its own subject and verb joins it', text: 'Ten more titles were added on Friday after the first dozen games were shown last week.', claims: ['Ten more titles were added on Friday', 'after the first dozen games were shown last week'] },
    { what: 'keeps names joined by "and" in their clause', text: 'Raids in Iraq and Syria rose by 40 percent.', claims: ['Raids in Iraq and Syria rose by 40 percent'] },
    { what: 'keeps a phrase of time after "after" in its clause', text: 'He saw a doctor after three months of feeling tired.', claims: ['He saw a doctor after three months of feeling tired'] },
    { what: 'takes an age set beside a name', text: 'Marek, 38 – who runs the shop – has been trying to reach Ilse, 29, for weeks.', claims: ['Marek, 38', 'Ilse, 29'] },
    { what: 'joins an age beside a name to the predicate that follows', text: 'Dale, 41, is charged with three counts of fraud.', claims: ['Dale, 41, is charged with three counts of fraud'] },
    { what: 'takes a multiple that a verb states', text: 'He urged his staff to more than triple that figure.', claims: ['He urged his staff to more than triple that figure'] },
    { what: 'takes a multiple that a verb states', text: 'Rents in the old town doubled.', claims: ['Rents in the old town doubled'] },
    { what: 'leaves out "double" that names a thing', text: 'Critics saw a double standard in the ruling.', claims: [] },
    { what: 'takes a multiple or a count in an adverb', text: 'The lake is warming twice as fast as the sea.', claims: ['The lake is warming twice as fast as the sea'] },
    { what: 'takes a multiple or a count in an adverb', text: 'The winger scored twice before the break.', claims: ['The winger scored twice before the break'] },
    { what: 'takes a tally written with a dash', text: 'The board voted 7-2 to approve the merger.', claims: ['The board voted 7-2 to approve the merger'] },
    { what: 'takes a tally written with a dash', text: 'Dunmore beat Ashby 3-1 on Saturday.', claims: ['Dunmore beat Ashby 3-1 on Saturday'] },
    { what: 'leaves out numbers joined by dashes in a code', text: 'See reference 10.1234/567-8-910-11111-2_345-6 online.', claims: [] },
    { what: 'keeps a span between clock times in one clause', text: 'No checks were made from 10:30 p.m. to 6:30 a.m., inspectors found.', claims: ['No checks were made from 10:30 p.m. to 6:30 a.m.'] },
    { what: 'takes a headline that reports a toll after its count', text: '12 Injured After Storm Hits Coast', claims: ['12 Injured After Storm Hits Coast'] },
    { what: 'leaves out a listicle title with its count in words', text: 'Five Things to Know About the Budget', claims: [] },
    { what: 'leaves out a timestamp with a time before its date', text: 'Published 7:07 PM EST Nov 19, 2019', claims: [] },
    { what: 'takes a span of time written in words before its noun', text: 'The boat began a three-day journey north.', claims: ['The boat began a three-day journey north'] },
    { what: 'leaves out a span of time in a name', text: 'Veterans of the Six-Day War met.', claims: [] },
    { what: 'takes an ordinal of a large count', text: 'The zoo welcomed its millionth visitor on Sunday.', claims: ['The zoo welcomed its millionth visitor on Sunday'] },
    { what: 'takes a figure that repeats the claim before it without its verb', text: 'Of the voters polled, 12.5 percent were undecided, 40.2 percent Labour.', claims: ['Of the voters polled, 12.5 percent were undecided', '40.2 percent Labour'] },
    { what: 'leaves out a bare figure of another unit after a claim', text: 'Turnout was 61 percent, 2 wards.', claims: ['Turnout was 61 percent'] },
    { what: 'leaves out a date alone', text: 'Photo taken on June 25, 2021.', claims: [] },
    { what: 'leaves out "took up" a task, which takes no place', text: 'He took up the task of running the airport.', claims: [] },
    { what: 'leaves out the year of an aside', text: 'The talks, held in 2019, went nowhere.', claims: [] },
    { what: 'leaves out "one of" a group', text: 'She is one of the best players.', claims: [] },
    { what: 'leaves out a listicle’s title', text: '7 Strange Signs of an Allergy to Cats', claims: [] },
    { what: 'leaves out a listicle title that starts with "The"', text: 'The 15 Weirdest Galaxies in Our Universe', claims: [] },
    { what: 'leaves out a listicle title whose verbs title case capitalises', text: 'The 11 Biggest Unanswered Questions About Dark Matter', claims: [] },
    { what: 'leaves out a listicle title whose verbs title case capitalises', text: '27 Oddest Medical Case Reports', claims: [] },
    { what: 'leaves out a timestamp', text: 'Published 7:20am | Updated November 19, 2019', claims: [] },
    { what: 'leaves out a date that labels a thing', text: 'A 2018 survey found little support for the plan.', claims: [] },
    { what: 'leaves out a date that labels a thing', text: 'Critics doubt whether a crewed 2024 moon mission is feasible.', claims: [] },
    { what: 'leaves out a date that dates a speech act', text: 'He told investors on Oct. 31 that the plan was sound.', claims: [] },
    { what: 'leaves out the month of a meeting', text: 'The council met in April to discuss the plan.', claims: [] },
    { what: 'leaves out a small number naming a known set', text: 'The two sides continue to negotiate over the border.', claims: [] },
    { what: 'leaves out a small number naming a known set', text: 'All three candidates issued statements on the attack.', claims: [] },
    { what: 'leaves out an ordinal in a name', text: 'The First Amendment protects the speech of every citizen.', claims: [] },
    { what: 'leaves out "first" telling when', text: 'The doctors he first saw had no idea of the cause.', claims: [] },
    { what: 'leaves out "first" as a manner of speaking', text: 'At first glance, the plan looked sound.', claims: [] },
  ];
  for (const { what, text, claims } of cases) {
    it(`${what}: ${JSON.stringify(text)}`, () => {
      expect(claimsOf(text).map((claim) => claim.text)).toEqual(claims);
    });
  }

  it('takes a clause whatever its verb: "belongs to"', () => {
    expect(claimsOf('The clinic belongs to a network of 12 hospitals.')).toHaveLength(1);
  });

  it('takes armed forces moving into, out of or staying in a place as territorial', () => {
    for (const text of ['The government has sent troops to Port Lena.', 'Some 200 soldiers remain at the Harbour base.', 'The army began withdrawing its forces from Northern Vale.']) {
      const [claim] = claimsOf(text);
      expect(claim?.kinds, text).toContain('territorial');
    }
    expect(claimsOf('The army band will perform in Port Lena.').flatMap((claim) => claim.kinds)).not.toContain('territorial');
  });

  it('takes a siege, a blockade, an encirclement, an invasion and an advance as territorial', () => {
    for (const text of [
      'Police laid siege to the university campus in Port Lena.',
      'Rebel forces encircled the refugee camp near Tal Amar.',
      'The navy has blockaded the port for weeks.',
      'Government troops advanced toward the provincial capital on Sunday.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
  });
});

describe('findClaims: ordinals that state a count', () => {
  it('takes "its third hearing" and "the country’s second governor" (not "the First Amendment" or "first saw": see above)', () => {
    expect(claimsOf('The panel held its third public hearing on Tuesday.')).toHaveLength(1);
    expect(claimsOf('He is the country’s second elected governor from the coast.')).toHaveLength(1);
  });

  it('takes "first" after a determiner, also before a name that qualifies the noun ("their first TV debate")', () => {
    expect(claimsOf('The crew went to sea for the first time since the war.')).toHaveLength(1);
    expect(claimsOf('In their first TV debate, the rivals traded barbs.')).toHaveLength(1);
    expect(claimsOf('The state holds the first Southern primary of the season.')).toHaveLength(1);
  });

  it('takes withdrawing from, abandoning and embedding forces in a place as territorial', () => {
    for (const text of [
      'The plan upended the goal of withdrawing from both countries.',
      'The militia was pressed to abandon the border outpost.',
      'He talked about embedding commandos with local units on the front lines.',
      'Oil fields seized by the rebels fund the war.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
  });

  it('takes forces taking command, entering, gaining ground or moving militarily in a place as territorial', () => {
    for (const text of [
      'The country is set to take command of a brigade in Northern Vale.',
      'Allies welcomed the entry of the army into Port Lena.',
      'Insurgents made major gains against the government in Tal Amar province.',
      'The neighbour moved militarily in Northern Vale last week.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
  });

  it('takes a place falling to a force and forces driven or forced out of a place as territorial; not a value falling, nor a drive', () => {
    for (const text of [
      'The district fell to the Kestrel Front on Sunday.',
      'The northern towns have fallen to rebel fighters.',
      'The militants were driven out of the city in 2017.',
      'Loyalists were forced out of Port Lena.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
    for (const text of ['Sales in the region fell to 5 percent.', 'She drove to the airport in March 2019.']) {
      expect(claimsOf(text).flatMap((claim) => claim.kinds), text).not.toContain('territorial');
    }
  });

  it('takes claiming territory and establishing or imposing a zone as territorial, not claiming responsibility', () => {
    for (const text of [
      'The army pressed on as it claims more territory from the rebels.',
      'She wants to establish a safe zone for civilians in Northern Vale.',
      'The alliance may impose a buffer zone along the river.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
    expect(claimsOf('The group claimed responsibility for the attack in Port Lena.').flatMap((claim) => claim.kinds)).not.toContain('territorial');
  });

  it('takes a control verb as territorial only over the place it governs, or in a clause about armed forces', () => {
    for (const text of [
      'Insurgents seized government buildings in Port Lena.',
      'The town of Velna was captured at dawn.',
      'Armed groups control an estimated 60 percent of the capital.',
      'Loyalist units regained the hilltop after a three-day battle.',
      'Gunmen took over the presidential palace.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
    for (const text of [
      'She holds a degree from a university in Port Lena.',
      'The club will hold its annual meeting in Velna.',
      'The team captured the title in Dorsk.',
      'The judge ruled that EU countries must label the goods.',
    ]) expect(claimsOf(text).flatMap((claim) => claim.kinds), text).not.toContain('territorial');
  });

  it('reads the share or count a control verb governs: "controls about 70 districts"', () => {
    expect(claimsOf('The movement controls about 70 districts across the country.')[0]?.kinds).toEqual(['numeric', 'territorial']);
    expect(claimsOf('Separatists hold a third of the region.')[0]?.kinds).toEqual(['numeric', 'territorial']);
  });

  it('takes where an event is held as no place held', () => {
    expect(claimsOf('The final will be held at Dunmore Park on May 25.').flatMap((claim) => claim.kinds)).not.toContain('territorial');
    expect(claimsOf('Rebels still hold the airport.')[0]?.kinds).toContain('territorial');
  });

  it('takes no place in "take on" a rival, "taken to hospital", "a hold of", a claim about someone, a possessive or an institution', () => {
    for (const text of [
      'The studio will take on Netflix at its own game.',
      'Lund, 21, was taken to Dorsk General hospital on 12 April.',
      'Agents have been trying to get a hold of Vance for weeks.',
      'The article claimed Vance relied on lies to win.',
      "Players don't control Mario's movement in the level.",
      'The Labour-controlled House of Commons voted on the bill.',
    ]) expect(claimsOf(text).flatMap((claim) => claim.kinds), text).not.toContain('territorial');
    expect(claimsOf("Troops took to the city's streets at dawn.")[0]?.kinds).toContain('territorial');
  });

  it('takes electoral or business control as no territorial claim', () => {
    expect(claimsOf('The party won control of the state legislature.').flatMap((claim) => claim.kinds)).not.toContain('territorial');
  });

  it('leaves out a territorial cue a modal of possibility makes hypothetical', () => {
    expect(claimsOf('The army could be deployed to the border if needed.').flatMap((claim) => claim.kinds)).not.toContain('territorial');
    expect(claimsOf('The army will be deployed to the border.')[0]?.kinds).toContain('territorial');
    expect(claimsOf('Officials fear recruits who may have joined the militants in Northern Vale.').flatMap((claim) => claim.kinds)).not.toContain('territorial');
  });

  it('takes forces present in a place, moving on it or leaving a military base as territorial', () => {
    for (const text of [
      'The alliance has about 900 troops in Northern Vale.',
      'Columns of soldiers reached the outskirts of the capital.',
      'Tank crews pushed into northern Velna overnight.',
      'The rebels have made gains in the east.',
      'Neighbours have been pressing the foreign power to leave the base.',
      'The airport fell into the hands of the militia.',
      'The offensive forced the brigade to abandon its positions.',
    ]) expect(claimsOf(text)[0]?.kinds, text).toContain('territorial');
  });

  it('takes deployments and withdrawals of forces as territorial', () => {
    expect(claimsOf('The deployments in Northern Vale upended the plan.')[0]?.kinds).toContain('territorial');
  });
});
