/**
 * The speaker list a reader sees, one kind of news sentence per case: who is listed as a source and who
 * must not be. Every text is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline';
import { LOW_CONFIDENCE } from '../types';

/** The names of the speakers of the quotes a reader is shown. */
function listedSpeakers(text: string): string[] {
  const analysis = analyze({ text });
  const names = new Set<string>();
  for (const quote of analysis.quotes) {
    if (quote.confidence < LOW_CONFIDENCE || !quote.speakerId) continue;
    for (const id of [quote.speakerId, ...(quote.coSpeakerIds ?? [])]) names.add(analysis.speakers.find((speaker) => speaker.id === id)!.name);
  }
  return [...names];
}

interface Case {
  kind: string;
  text: string;
  /** Exactly the sources a reader should see, in any order. */
  sources: string[];
}

const CASES: Case[] = [
  {
    kind: 'a verb of saying with a plain object is no speech ("maintains an office", "admitted refugees")',
    text:
      'The group maintains a political office in Doha, the capital. The country had admitted more than 40,000 refugees by May. ' +
      'The scan revealed a small fracture in the patient’s wrist. Mayor Ana Ruiz has maintained a wide lead in the polls for months.',
    sources: [],
  },
  {
    kind: 'the same verbs with a clause, a gerund or a quotation report speech',
    text:
      'The minister admitted he had misjudged the vote. Her deputy, Tom Reyes, later admitted misleading the committee. ' +
      'The company maintains its drivers are contractors. Ana Ruiz revealed that the plant would close.',
    sources: ['minister', 'Tom Reyes', 'company', 'Ana Ruiz'],
  },
  {
    kind: 'a passive subject is spoken to or of, not a source',
    text:
      'The condition is called “farmer’s lung” by doctors. The senator was told that the vote would wait. ' +
      'The plan has been criticised ever since.',
    sources: [],
  },
  {
    kind: 'hypothetical speech has no source, and "May" before "said" is a name',
    text:
      'As Sherlock Holmes would say, “Elementary.” Critics might argue that the law goes too far. ' +
      'Prime Minister Theresa May said this week that the country would leave by March.',
    sources: ['Theresa May'],
  },
  {
    kind: 'a name before a long appositive with commas of its own',
    text:
      '“Experiments like this work when you get out more than you put in,” Lena Okafor, a research fellow at the Kiel Institute ' +
      'for Marine Science in Kiel, Germany, and co-author of the study, said in a statement.',
    sources: ['Lena Okafor'],
  },
  {
    kind: 'a photo credit is no one "he" refers to; a title and surname ("Mr. Okafor") is',
    text: 'Prices rose.\n\nCredit: Anna Lindqvist/The Daily Ledger\n\nWhen the advisers drew up a deal, Mr. Okafor was not satisfied. In a retelling, he said he wanted more.',
    sources: ['Okafor'],
  },
  {
    kind: 'a subject with a relative clause is the phrase before "who", not the clause\'s last noun',
    text: 'Analysts who have done the calculations say the target is out of reach. Local officials who toured the site on Monday said the damage was severe.',
    sources: ['Analysts', 'Local officials'],
  },
  {
    kind: 'a surname is listed by the full name the text gave before; a given name tells "he" from "she"',
    text:
      'Sen. Elizabeth Warren questioned bank chief John Stumpf for three hours on Tuesday. “You should resign,” Warren told Stumpf. ' +
      'He admitted under questioning he had not been held accountable. “This is not right,” she said.',
    sources: ['Elizabeth Warren', 'John Stumpf'],
  },
  {
    kind: 'a name inside a quotation is not who "he" is; a person named with a title is',
    text:
      'Prince Andrew spoke to the BBC’s Emily Maitlis about the night in question. Andrew does not remember much of it. ' +
      '"Going to Pizza Express in Woking is an unusual thing for me to do," he said.',
    sources: ['Andrew'],
  },
  {
    kind: 'a floating "both" is not part of the speaker\'s name',
    text: 'Two guards were charged on Tuesday. The guards both acknowledged that they had not made the checks.',
    sources: ['guards'],
  },
  {
    kind: 'a relative clause set off by commas or dashes before the verb',
    text:
      'Local farmers, who make up most of the district’s voters, said the new tax was unfair. ' +
      'The Harbour Authority - which runs the port - said it would appeal.',
    sources: ['Local farmers', 'Harbour Authority'],
  },
  {
    kind: 'a statement issued by a body that a relative clause describes',
    text: 'The Electoral Commission, which regulates campaign spending, issued a statement warning that “voters are entitled to honesty.”',
    sources: ['Electoral Commission'],
  },
  {
    kind: 'a statement issued by a body the text describes but does not name is that body\'s, not the person named before',
    text: 'Tom Reyes spoke on Sunday. The union issued a statement on Monday. The statement said workers would strike.',
    sources: ['union'],
  },
  {
    kind: '"with NAME warning of …" and a topic after "of"',
    text: 'Two neighbours condemned the plan on Monday, with Foreign Minister Ana Ruiz warning of “grave consequences” for the region.',
    sources: ['neighbours', 'Ana Ruiz'],
  },
  {
    kind: 'a noun after an article is no verb of saying ("an original estimate of")',
    text: 'The utility cut the number of people who could lose power from an original estimate of about 600,000 homes.',
    sources: [],
  },
  {
    kind: 'an office or body whose name runs past "for", "of" or "on" is one name; a person after it keeps the office as a role',
    text:
      'The United Nations High Commissioner for Human Rights said the decision did not change the law. ' +
      'The Senate Committee on Foreign Relations said the hearing would resume. ' +
      'UN High Commissioner for Refugees Filippo Grandi said the camps were full.',
    sources: ['United Nations High Commissioner for Human Rights', 'Senate Committee on Foreign Relations', 'Filippo Grandi'],
  },
  {
    kind: 'a capitalised "He" before a name is a surname ("He Jianxiong")',
    text: '“Then what is the incentive?” He Lifang, a former director for China at the International Monetary Fund, said at an event in Washington.',
    sources: ['He Lifang'],
  },
  {
    kind: 'a name after a preposition is no speaker ("testified before the House Committee"; "published in the journal X argued")',
    text:
      'Two former aides, Ana Ruiz and Tom Reyes, testified before the powerful House Committee. ' +
      'The authors of the study published in the journal Lancet Planetary argued that the rise was a concern.',
    sources: ['authors of the study'],
  },
  {
    kind: 'speech acts whose object is what was said: condemned, criticised, accused … of, welcomed',
    text:
      'The Harbour League condemned the unilateral move on Monday. The two defence ministries accused the rebels of shelling the port. ' +
      'The city council welcomed the exchange of prisoners.',
    sources: ['Harbour League', 'defence ministries', 'city council'],
  },
  {
    kind: 'an anonymous source keeps its qualifier, whichever side of the verb it stands',
    text:
      'The trip may end badly, according to people familiar with their thinking. “It is off,” said a source close to the minister. ' +
      'Officials briefed on the plan said it would wait.',
    sources: ['people familiar with their thinking', 'source close to the minister', 'Officials briefed on the plan'],
  },
  {
    kind: '"I\'d never say" is hypothetical; a participle with no auxiliary describes a noun ("her website criticizing")',
    text: 'It is something I’d never say about the other headsets. Posts appeared on her page and even her own website criticizing her photos.',
    sources: [],
  },
  {
    kind: 'a pronoun with a contracted auxiliary ("she\'s said", "he\'d said") is still a pronoun',
    text: 'Mayor Ana Ruiz spoke on Monday. She’s said that the bridge will open in May.',
    sources: ['Ana Ruiz'],
  },
  {
    kind: 'a photo credit with a slash is no one "he" refers to',
    text: 'Mr. Yoon spoke in Seoul on Thursday.\n\nAnthony Wallace / AFP - Getty Images\n\n“I deeply regret this,” he said.',
    sources: ['Yoon'],
  },
  {
    kind: '"many of them" is part of a group already named, not a source called "of them"',
    text: 'Officials said the crowd was large. Many of them said they had learned of the order from the news.',
    sources: ['Officials'],
  },
  {
    kind: 'two places joined by "and" after a preposition are inside the subject',
    text: 'In fact, prosecutors in San Francisco and Los Angeles say the company misled its customers.',
    sources: ['prosecutors'],
  },
  {
    kind: 'a possessive name owns the role or body after it, in a second "and said" too',
    text: 'Norway’s foreign ministry said it viewed the move as a mistake and said it would raise tensions.',
    sources: ['Norway’s foreign ministry'],
  },
  {
    kind: 'a passive\'s "by" phrase speaks; naming ("called the process a sham") and "citing" are speech',
    text:
      'The mayor, a veteran of three campaigns, is accused by critics of wasting money. The White House called the impeachment process a sham. ' +
      'President Okafor ended the talks in September, citing the violence. She called a meeting for Monday.',
    sources: ['critics', 'White House', 'Okafor'],
  },
  {
    kind: 'what a poll, study or record shows or found is what it says; "police found a car" is no speech',
    text: 'A Gallup poll found that 60 percent of voters approve. Court records show the officers slept. Police found a car near the border.',
    sources: ['Gallup poll', 'Court records'],
  },
  {
    kind: 'a site named by its web address speaks and hears ("told Factcheck.org")',
    text: 'UN spokesman Lars Holm told Factcheck.org that the convoy had left. Factcheck.org said the claim was false.',
    sources: ['Lars Holm', 'Factcheck.org'],
  },
  {
    kind: '"the ministry" is the ministry named before, but "the Dutch foreign ministry" is not Norway’s',
    text:
      'Norway’s foreign ministry said it viewed the move as a mistake. The Dutch foreign ministry said it “regrets the decision”. ' +
      'The ministry added that it would act.',
    sources: ['Norway’s foreign ministry', 'Dutch foreign ministry'],
  },
  {
    kind: 'a title with its department, in lower case, is a role ("the secretary of state said")',
    text: 'Ana Ruiz, the US Secretary of State, said the talks had failed. The secretary of state said later that she was tired.',
    sources: ['Ana Ruiz'],
  },
  {
    kind: 'a description that opens the next sentence is the person named before ("The real estate agent said")',
    text:
      'Mara Quist did not know the governor was coming but saw his visit as a pleasant surprise. ' +
      'The real estate agent said she related to him. Tom Reyes met Ana Ruiz on Tuesday. The spokesman said the talks went well.',
    sources: ['Mara Quist', 'spokesman'],
  },
  {
    kind: '"the source" is the anonymous source named before; "the production company" the body named "Productions"',
    text:
      '“He is frustrated,” an insider told the magazine. He has tried to reach her for weeks, the source further claimed. ' +
      'Harbor Lane Productions denied that it had settled. “We have no further comment,” the production company said.',
    sources: ['insider', 'Harbor Lane Productions'],
  },
  {
    kind: 'a participle after a subordinate clause has that clause\'s named subject',
    text: 'They were close to a deal when President Ana Ruiz ended the talks in September, citing the violence.',
    sources: ['Ana Ruiz'],
  },
  {
    kind: 'a verb of saying in a condition reports nothing',
    text: 'An inmate leaves suicide watch only if a licensed psychologist concludes he is no longer at risk.',
    sources: [],
  },
  {
    kind: 'two people with one surname are two sources',
    text: 'Lena Okafor said the plan was sound. Her husband, David Okafor, said it was not.',
    sources: ['Lena Okafor', 'David Okafor'],
  },
  {
    kind: 'a role with a place phrase speaks ("sources in the camp told"); describing and expressing are speech',
    text:
      'Sources in the camp told reporters the claims were false. The party chairman described the video as satire. ' +
      'Lawmakers expressed outrage over the breakdown. The report describes the site in detail.',
    sources: ['Sources', 'party chairman', 'Lawmakers'],
  },
  {
    kind: 'a document with its complement speaks ("a survey of 2,000 voters found"); a day is no one; a body "found that"',
    text:
      'A survey of 2,000 voters found that most want change. A Marist poll released Wednesday found that the race was close. ' +
      'A report by the Urban Institute found that rents rose. The Government Accountability Office found that the agency erred. ' +
      'Police found a car near the border.',
    sources: ['survey of 2,000 voters', 'Marist poll', 'Urban Institute', 'Government Accountability Office'],
  },
  {
    kind: 'a body named in the possessive speaks ("Moody\'s said", "the People\'s Bank said"); protesters chant; analysts expect',
    text:
      'Moody’s said the outlook was stable. The People’s Bank said rates would rise. Protesters chanted slogans against the mayor. ' +
      'Analysts expect the bank to cut rates. The mayor did not expect a wider campaign.',
    sources: ['Moody’s', 'People’s Bank', 'Protesters', 'Analysts'],
  },
  {
    kind: 'a participle after a preposition\'s object is the subject\'s, after "of" the object\'s; "the American demand" is a noun',
    text:
      'Ana Ruiz posted to Twitter asking if anyone had seen the ad. The spot shows footage of Tom Reyes saying “That makes me smart.” ' +
      'Officials said that the American demand that the leader be tried had not changed.',
    sources: ['Ana Ruiz', 'Tom Reyes', 'Officials'],
  },
  {
    kind: 'a source after "according to" ends before its relative clause',
    text: 'The towels might not be clean, according to the hotel bosses that responded to an online thread about the things owners hate.',
    sources: ['hotel bosses'],
  },
  {
    kind: 'a view is speech ("experts believe that …"), but "said he believed" is one report',
    text: 'Few experts believe that the deal will hold. Ana Ruiz said she believed the attack would unite the country.',
    sources: ['experts', 'Ana Ruiz'],
  },
  {
    kind: '"wrote in a Facebook post that" is one report, by its writer; "the Kremlin claims that" keeps its verb',
    text: 'Ana Ruiz wrote in a Facebook post that she was leaving. The Kremlin claims that the vote was fair.',
    sources: ['Ana Ruiz', 'Kremlin'],
  },
  {
    kind: '"the statement continued" is the words of whoever issued the statement',
    text:
      'On Monday, Harbor Lane Records issued a statement about the show. The deal was signed last week, the statement said. ' +
      'Critics disagreed. “Artists need no approval,” the statement continued.',
    sources: ['Harbor Lane Records'],
  },
  {
    kind: 'names joined by "and" are each a source: people, countries, bodies',
    text:
      'Egypt and Jordan criticised the decision. The United Nations and the European Union stressed that the move was illegal. ' +
      'Boris Johnson and Jeremy Corbyn said the debate had been fair. Mr. Grassley, Mr. Leahy, and Ms. Ruiz say other changes are needed. ' +
      'In the report, Tom Reyes of Mercy Hospital and Kim Hughes, Lena Okafor, and Sam Ortiz of the Kiel Institute wrote that the man recovered.',
    sources: ['Egypt', 'Jordan', 'United Nations', 'European Union', 'Boris Johnson', 'Jeremy Corbyn', 'Grassley', 'Leahy', 'Ruiz', 'Tom Reyes', 'Kim Hughes', 'Lena Okafor', 'Sam Ortiz'],
  },
  {
    kind: 'a body whose name holds "and" is one source, and so are groups named by common nouns',
    text:
      'The Food and Drug Administration said the drug was safe. Immigration and Customs Enforcement said the man was detained. ' +
      'The Securities and Exchange Commission said it would appeal. Businesses and residents also have complained and say that the outages were too broad.',
    sources: ['Food and Drug Administration', 'Immigration and Customs Enforcement', 'Securities and Exchange Commission', 'Businesses and residents'],
  },
  {
    kind: '"both men" and "the two women" are the two people named just before',
    text:
      'Kevin King and Timothy Weeks were abducted in 2016. King and Weeks were freed on Tuesday. Both men said they had been treated well. ' +
      'Ana Ruiz met Lena Okafor in May. The two women said talks went well. Kim Hughes was one of two women who said the talks failed.',
    sources: ['Kevin King', 'Timothy Weeks', 'Ana Ruiz', 'Lena Okafor', 'women'],
  },
  {
    kind: 'a number or share of people is no speaker; a part, a count or a crowd "of" a group is that group',
    text:
      'In adults, the number who said they had used cannabis rose. Sixty-two percent say the economy is weak. ' +
      'Half of respondents said prices were too high. Hundreds of nurses say the ward is unsafe. Large crowds of farmers have called for a new tax.',
    sources: ['respondents', 'nurses', 'farmers'],
  },
  {
    kind: 'a bare "the company" that opens a sentence is the listed body named just before',
    text:
      'Big Machine Records said the claims were false. Later Swift accused Braun and Big Machine of blocking a film. ' +
      'The company denied the allegations.',
    sources: ['Big Machine Records'],
  },
  {
    kind: 'the researchers of a study cited without an issuer are its one source',
    text:
      'Cannabis use has risen in states that legalised it, according to a study. The researchers said the rise was small.\n\n' +
      'In another trial, the researchers said sleep improved. The study found that patients slept an hour longer.',
    sources: ['researchers'],
  },
  {
    kind: 'an unnamed spokesperson of a named source is that source\'s voice ("Swift\'s rep", "a spokesman for the State Department")',
    text: 'A spokesman for the State Department said the strike was lawful. The State Department said it would review it. ' +
      'Ana Ruiz said the deal was unfair. Ruiz’s publicist said she was hurt. Jane Doe, a spokeswoman for Ana Ruiz, said she would appeal.',
    sources: ['State Department', 'Ana Ruiz', 'Jane Doe'],
  },
  {
    kind: '"the army" is the army, not a place or another body named before it',
    text: 'Rebels seized the town of Kidal on Tuesday, the army said. Rebels seized Gao, the army said. Acme Mining closed its mine. The police said it was unsafe.',
    sources: ['army', 'police'],
  },
  {
    kind: 'records of one kind named two ways ("court records", "court documents") are one source; other records another',
    text: 'Court records show the guards slept. They were asleep at their desks, according to court documents. Police records show he fled.',
    sources: ['Court records', 'Police records'],
  },
  {
    kind: 'the researchers are not the authors of a literature ("a large body of studies")',
    text: 'A large body of studies has pointed out that naps help. In a new trial, the researchers said sleep improved.',
    sources: ['studies', 'researchers'],
  },
  {
    kind: 'a label before a colon is no source unless it names a person ("Senator Smith:", "Ana Ruiz:")',
    text:
      'Hollywood Nation: Taylor Swift will be honoured at the ceremony.\n\nEditor\'s Note: The following is an excerpt from a new book.\n\n' +
      'Senator Smith: Taxes will rise next year.\n\nAna Ruiz: We will win this race.',
    sources: ['Smith', 'Ana Ruiz'],
  },
  {
    kind: 'a verb of saying in its progressive form ("are alleging that") reports speech',
    text: 'The Democrats are alleging that the call was improper. Critics were complaining that the rules had changed. The company is maintaining a large office in Doha.',
    sources: ['Democrats', 'Critics'],
  },
  {
    kind: 'a role with no article ("…, engineer says") is a headline\'s shorthand, not a source; "police said" is',
    text: 'Airline went into records after the crash, engineer says\n\nThis comes after police said the protesters had no option but to surrender.',
    sources: ['police'],
  },
  {
    kind: 'a state or country between commas after a city is part of the place, not a speaker ("Baltimore, Md.,")',
    text:
      'The bill passed in Annapolis, Md. Officials in Baltimore, Md., said the vote was close. ' +
      'A spokesman for the police in Perth, Australia, told reporters that two men were held. Residents in Dayton, Ohio, said they were afraid.',
    sources: ['Officials', 'spokesman for the police in Perth', 'Residents'],
  },
  {
    kind: 'one group twice: a body\'s officials named with fewer of its words are the same officials',
    text:
      'Environmental Protection Department officials said the pipes were old. Environmental Protection officials said 75 mains broke. ' +
      'Israeli officials said the talks failed. Palestinian officials said the talks would go on.',
    sources: ['Environmental Protection Department officials', 'Israeli officials', 'Palestinian officials'],
  },
  {
    kind: 'captions, credits and bylines name no source, and give no one to a later description',
    text: 'By Jane Doe, Staff Writer\n\nTom Reyes — Image caption\n\nPhoto: Ana Ruiz/Reuters\n\nThe mayor said the bridge would open in May.',
    sources: ['mayor'],
  },
  {
    kind: 'bodies that estimate and members of the public who write or reply are sources',
    text:
      'The Brookings Institution estimated that costs would rise. A reader wrote that the column was unfair. ' +
      'One Twitter user replied that the photo was fake.',
    sources: ['Brookings Institution', 'reader', 'Twitter user'],
  },
  {
    kind: 'one source twice: members named by their noun ("prosecutors") are the institution listed before',
    text:
      'The Dutch Public Prosecution Service said it would appeal. Prosecutors said the sentence was too light. ' +
      'The World Health Organization said cases rose. Organizers said the summit would go on.',
    sources: ['Dutch Public Prosecution Service', 'World Health Organization', 'Organizers'],
  },
  {
    kind: 'members quoted before their body is named are that body ("Prosecutors said … The Public Prosecution Service said")',
    text: 'Prosecutors said the sentence was too light. The Dutch Public Prosecution Service said it would appeal. Organizers said the march was calm.',
    sources: ['Dutch Public Prosecution Service', 'Organizers'],
  },
];

describe('the speaker list, kind by kind', () => {
  it.each(CASES)('$kind', ({ text, sources }) => {
    expect(listedSpeakers(text).sort()).toEqual([...sources].sort());
  });
});

describe('names as news prose writes them', () => {
  it.each([
    ['NASA Administrator Jim Bridenstine said the plan would work.', 'Jim Bridenstine', 'NASA Administrator'],
    ['Cmdr. Sean Robertson said the base was safe.', 'Sean Robertson', 'Cmdr'],
    ['“It is over,” former aide Smith said.', 'Smith', 'former aide'],
    ['After legal consultation Oslo had concluded that the deal was “sound”.', 'Oslo', null],
    ['UN High Commissioner for Refugees Filippo Grandi said the camps were full.', 'Filippo Grandi', 'UN High Commissioner for Refugees'],
    // Role nouns from WordNet's person nouns, not only the hand-made titles.
    ['Staff writer Ana Ruiz posted to Twitter asking if anyone had seen it.', 'Ana Ruiz', 'Staff writer'],
    ['Rookie defenceman Sam Ortiz said he was ready.', 'Sam Ortiz', 'Rookie defenceman'],
    ['Toronto police Const. Lena Okafor said the man was arrested.', 'Lena Okafor', 'Toronto police Const'],
    // The role after an inverted attribution, not a relative clause.
    ['“It is spreading,” said Dr. Lena Okafor, the province’s chief medical officer.', 'Lena Okafor', 'province’s chief medical officer'],
    ['“It was scary,” said Kim Hughes, who lives nearby.', 'Kim Hughes', null],
    // An initial before the given name is neither role nor a separate word of the name.
    ['The economist C. Eugene Steuerle said the deficit was a worry.', 'Eugene Steuerle', 'economist'],
    // Capitals before a name with no title, role or body among them are no role.
    ['Enter Stuart Kaplan, who said the deal was off.', 'Stuart Kaplan', null],
    // A relative clause inside an appositive describes the name before it.
    ['Tom Reyes, a Democrat who has said the deficit is dangerous, voted for the bill.', 'Tom Reyes', 'Democrat'],
    // A surname's particle, a generational suffix and a party-and-state aside.
    ['Mayor Ana de Souza said the city was safe.', 'Ana de Souza', 'Mayor'],
    ['Walter Hines Jr. said the dam would hold.', 'Walter Hines Jr', null],
    ['Sen. Ana Ruiz (D-Ore.) said the bill was dead.', 'Ana Ruiz', 'Sen'],
    // Given names and an initial before a surname that is also a given name are the name's own start.
    ['Adm. Harry B. Harris said the fleet was ready.', 'Harry B Harris', 'Adm'],
    // "the" with words between it and the name does not make the name a body's.
    ['In the hours from the time Reyes said a curfew was needed, the city emptied.', 'Reyes', null],
  ])('%s', (text, name, role) => {
    const { speakers } = analyze({ text });
    expect(speakers.map((speaker) => [speaker.name, speaker.role])).toEqual([[name, role]]);
  });

  it('takes the organisation from an acronym before a role word that is no title ("EPA Administrator Ana Ruiz")', () => {
    const { speakers } = analyze({ text: 'EPA Administrator Ana Ruiz said the rule would stand. Rookie defenceman Sam Ortiz said he was ready.' });
    expect(speakers.map((speaker) => [speaker.name, speaker.role, speaker.organisation])).toEqual([['Ana Ruiz', 'EPA Administrator', 'EPA'], ['Sam Ortiz', 'Rookie defenceman', null]]);
  });

  it('reads an appositive past a possessive abbreviation ("the U.K.\'s"), without its relative clause', () => {
    const text = 'Ian Hamilton, an expert at the U.K.\'s University of York who did not work on the study, told Newsweek: "The risk is real."';
    const { speakers, quotes } = analyze({ text });
    expect(speakers.map((speaker) => [speaker.name, speaker.role, speaker.organisation])).toEqual([['Ian Hamilton', 'expert at the U.K.\'s University of York', 'University of York']]);
    expect(quotes.map((quote) => quote.speakerId)).toEqual([speakers[0].id]);
  });

  it('takes a lone surname\'s full name from before, without a piece of a title ("Secretary of State Mike Pompeo" → not "State")', () => {
    const { speakers } = analyze({ text: 'The move was announced by US Secretary of State Mike Pompeo on Monday. Pompeo said the courts should decide.' });
    expect(speakers.map((speaker) => [speaker.name, speaker.role])).toEqual([['Mike Pompeo', null]]);
  });
});

describe('who a description is', () => {
  const speakersOf = (text: string) => {
    const { quotes, speakers } = analyze({ text });
    return quotes.map((quote) => speakers.find((speaker) => speaker.id === quote.speakerId)?.name);
  };

  it('is the person named next with a role of the same noun, when the lede describes a source before naming them', () => {
    const lede = 'The mother of a student who died after a hazing ritual has described the night as a nightmare.\n\nThe student, 19, was taken to hospital in April.\n\n“They knew he was ill,” his mother, Rosa Delgado, said.';
    const { speakers } = analyze({ text: lede });
    expect(speakers.map((speaker) => [speaker.name, speaker.quoteIds.length])).toEqual([['Rosa Delgado', 2]]);
    // Not when the person was named before ("an architect who said" is someone new), nor when another named
    // person speaks between the description and the name.
    expect(speakersOf('Architect Lena Okafor designed the hall. Reyes did not pay an architect who said he was cheated.\n\n“We were never paid,” said Okafor, an architect.')).toEqual(['architect', 'Lena Okafor']);
    expect(speakersOf('The ministry’s top adviser went further, arguing the plan would fail. “It is absurd,” said Carl Diaz. “It will work,” said Ana Ruiz, a senior adviser.')).toEqual(['ministry’s top adviser', 'Carl Diaz', 'Ana Ruiz']);
  });

  it('is the person the text last named with that title, when it named them shortly before', () => {
    expect(speakersOf('Nine people were hurt in a blast that Mayor Ana de Souza called deliberate.\n\nAt a briefing, the mayor said the bridge was safe.')).toEqual(['Ana de Souza']);
    expect(speakersOf('Sen. Tom Reyes met voters on Monday. The senator said the bill was dead.')).toEqual(['Tom Reyes']);
    expect(speakersOf('Norwegian Prime Minister Ana Ruiz won. The Norwegian prime minister said talks would start.')).toEqual(['Ana Ruiz']);
    // A title of another country is someone else.
    expect(speakersOf('Norwegian Prime Minister Ana Ruiz won. The Danish prime minister said talks would start.')).toEqual(['Danish prime minister']);
  });

  it('is not a person titled long before: the text may have named the holder since without the title', () => {
    const far = 'Sen. Tom Reyes spoke on Monday. ' + 'The vote was close and the hall was full of voters. '.repeat(40) + 'Carl Diaz toured the plant. The senator said the plant would stay open.';
    expect(speakersOf(far)).toEqual(['senator']);
  });

  it('is the body a document was said to come from ("a report by X … the report found"), and a body described before its name', () => {
    expect(speakersOf('A report released on Monday by the Northern Policy Institute was widely read. The report found that rents rose.')).toEqual(['Northern Policy Institute']);
    expect(speakersOf("The Northern Policy Institute's study came out in May. The study said rents rose.")).toEqual(['Northern Policy Institute']);
    expect(speakersOf('Rents rose, according to the nonpartisan Northern Policy Institute. Wages fell, the institute said.')).toEqual(['Northern Policy Institute', 'Northern Policy Institute']);
    // Far on, "the report" is still the one the text found it to be.
    const far = 'A report by the Northern Policy Institute came out. The report found that rents rose. ' + 'The hall was full of voters. '.repeat(60) + 'The report also said wages fell.';
    expect(speakersOf(far)).toEqual(['Northern Policy Institute', 'Northern Policy Institute']);
  });

  it('is, for "the company", the body named just before, listed or not, and never a person, a place or a day', () => {
    expect(speakersOf('The sale is one of 300 offers Harbor Foods plans this year. The company also said prices would fall.')).toEqual(['Harbor Foods']);
    expect(speakersOf('Ana Ruiz spoke in Oslo on Monday. The company said prices would fall.')).toEqual(['company']);
  });

  it('is, for "it said", the body named just before', () => {
    expect(speakersOf('Within months, Tom Reyes said, Harbor Foods was selling cheaper eggs, prices it said came from the deal.')).toEqual(['Tom Reyes', 'Harbor Foods']);
  });

  it('is the full name a one-word name begins, family name first ("Yoon" after "President Yoon Suk Yeol"), not a building', () => {
    expect(speakersOf('President Yoon Suk Yeol said on Tuesday that martial law was needed. Yoon said the order was lawful.')).toEqual(['Yoon Suk Yeol', 'Yoon Suk Yeol']);
    expect(speakersOf('Chinese President Xi Jinping visited Paris. Xi said trade would grow.')).toEqual(['Xi Jinping']);
    expect(speakersOf('Reyes Tower was busy. Reyes said the deal was done.')).toEqual(['Reyes']);
  });

  it('is the name an appositive describes when a relative clause inside it describes a body', () => {
    expect(speakersOf('Ortiz, a commissioner on the Halibut Commission, which has set catch limits since 1924, said the stock was stable.')).toEqual(['Ortiz']);
    expect(speakersOf('The company, which makes parts for cars, said sales fell.')).toEqual(['company']);
  });
});

describe('who is quoted where news prose leaves the verb out or puts words between', () => {
  const quotesOf = (text: string) => {
    const { quotes, speakers } = analyze({ text });
    return quotes.map((quote) => [speakers.find((speaker) => speaker.id === quote.speakerId)?.name ?? null, quote.text]);
  };

  it('gives a quotation standing alone to the person who opened the sentence before it, in its paragraph', () => {
    expect(quotesOf('Carl Diaz, who ran the mill for 30 years, once summed up the trade with a joke. “Wood is easy; people are hard.”')).toEqual([['Carl Diaz', '“Wood is easy; people are hard.”']]);
  });

  it('reads a verb joined by "but" to a subject after an opening phrase, and "for years" before "that"', () => {
    expect(quotesOf('In 2016, the site surveyed 5,000 readers but noted that the survey was biased.')).toEqual([['site', 'the survey was biased']]);
    expect(quotesOf('Budget hawks have warned for years that a crisis is coming.')).toEqual([['Budget hawks', 'a crisis is coming']]);
    // Not any "for": "argued for the plan that …" has no clause of speech.
    expect(quotesOf('He argued for the plan that the council approved.')).toEqual([]);
  });

  it('reads what follows "X said:" at a paragraph\'s end: the next paragraph, or each item of a list, up to a link', () => {
    const list = 'In an interview, Mayor Ana Ruiz also said:\n\nThe bridge must open in May\n\nShe is confident the council will pay\n\nRead the full transcript\n\nRuiz flies to Oslo on Friday.';
    expect(quotesOf(list)).toEqual([['Ana Ruiz', 'The bridge must open in May'], ['Ana Ruiz', 'She is confident the council will pay']]);
    expect(quotesOf('The mayor said:\n\nThe bridge will open in May. It will cost less.\n\nThen the council voted.')).toEqual([['mayor', 'The bridge will open in May. It will cost less']]);
  });

  it('reads the subject after an opening phrase for a participle ("Earlier Saturday, Yoon apologized, saying …")', () => {
    expect(quotesOf('Earlier Saturday, Ana Ruiz apologized in a brief address, saying the order was a mistake.')).toEqual([['Ana Ruiz', 'the order was a mistake']]);
  });

  it('does not read a possessive after "said" as an inverted speaker ("Lee, the leader, said Yoon’s “order” …")', () => {
    expect(quotesOf('Ana Ruiz, the party leader, said Reyes’s “illegal order” had caused chaos.')).toEqual([['Ana Ruiz', 'Reyes’s “illegal order” had caused chaos']]);
  });

  it('reads the document, not the one who saw it, as the subject of "reports seen by X suggest"', () => {
    expect(quotesOf('Police reports seen by the Courier suggest that the fire was set.')).toEqual([['Police reports', 'the fire was set']]);
    expect(quotesOf('The authors of the study published in the Journal of Sleep argued that naps help.')).toEqual([['authors of the study', 'naps help']]);
  });

  it('reads the name after a role after "according to" ("whale rescue group Project Jonah")', () => {
    expect(quotesOf('Ninety whales came ashore, according to whale rescue group Ocean Watch.')).toEqual([['Ocean Watch', 'Ninety whales came ashore']]);
  });

  it('reads the clause after a time phrase with no "that" ("said Tuesday it would …", "said earlier this week the …")', () => {
    expect(quotesOf('The company said Tuesday it would cut 300 jobs.')).toEqual([['company', 'it would cut 300 jobs']]);
    expect(quotesOf('Officials said earlier this week the road would reopen.')).toEqual([['Officials', 'the road would reopen']]);
    expect(quotesOf('Tom Reyes said later that day it had been a mistake.')).toEqual([['Tom Reyes', 'it had been a mistake']]);
    // "that" opens the clause when no other time word leads.
    expect(quotesOf('Tom Reyes said that Monday was a holiday.')).toEqual([['Tom Reyes', 'Monday was a holiday']]);
  });

  it('reads the clause a relative word is the subject of ("which Ana Ruiz said last year had passed …")', () => {
    expect(quotesOf('Then came the loyalty plan, which founder Ana Ruiz said last year had passed 100 million members.')).toEqual([['Ana Ruiz', 'had passed 100 million members']]);
  });

  it('reads the subject before an adverbial set off by commas, with no role from it ("The company, in a statement, said")', () => {
    expect(quotesOf('The company, in a statement, said the plant would close.')).toEqual([['company', 'the plant would close']]);
    expect(quotesOf('Two officials, speaking on condition of anonymity, said the talks had failed.')).toEqual([['officials', 'the talks had failed']]);
    const roleOf = (text: string) => analyze({ text }).speakers.map((speaker) => [speaker.name, speaker.role]);
    expect(roleOf('Ana Ruiz, however, said the talks had failed.')).toEqual([['Ana Ruiz', null]]);
    expect(roleOf('Ana Ruiz, acting director of the agency, said the talks had failed.')).toEqual([['Ana Ruiz', 'acting director of the agency']]);
    // An aside that names some of them, or opens with "both", in a clause after "that" too.
    expect(quotesOf('Residents, including veterans, said the picture was fine.')).toEqual([['Residents', 'the picture was fine']]);
    expect(quotesOf('Ana Ruiz found that many people, both young and old, told her the picture was fine.')).toContainEqual(['people', 'the picture was fine']);
    // Not a phrase inside the clause: "… from farmers to teachers, with its seat in Dover, called …".
    expect(quotesOf('The county has 90,000 residents, from farmers to teachers, with its seat in Dover, called the “Heart of the Valley” by locals.')).toEqual([[null, '“Heart of the Valley”']]);
  });

  it('gives a gerund of saying after "by", "after", "while" to the clause\'s subject, or to what a relative clause describes', () => {
    expect(quotesOf('The party tried to rally support by saying that turnout was low.')).toEqual([['party', 'turnout was low']]);
    expect(quotesOf('Ana Ruiz apologized after saying the mayor was corrupt.')).toEqual([['Ana Ruiz', 'the mayor was corrupt']]);
    expect(quotesOf('The warning was about rhetoric from the Labour Party, which tried to rally support by saying that turnout was low.')).toEqual([['Labour Party', 'turnout was low']]);
  });

  it('reads a verb of saying in an infinitive of purpose ("took to Twitter to say", "wrote in to say") as the subject\'s report', () => {
    expect(quotesOf('The singer took to Twitter to say she was sorry.')).toEqual([['singer', 'she was sorry']]);
    expect(quotesOf('A reader wrote in to say the bridge was unsafe.')).toEqual([['reader', 'the bridge was unsafe']]);
    expect(quotesOf('Ana Ruiz called a press conference to announce that she would run.')).toEqual([['Ana Ruiz', 'she would run']]);
    expect(quotesOf('The feud went on, with Ana Ruiz taking to Twitter to call Reyes “totally delusional.”')).toEqual([['Ana Ruiz', 'Reyes “totally delusional.”']]);
    // Not what someone was asked, led or wanted to say, nor a passive's.
    expect(quotesOf('They want the platform to acknowledge the facts. She was sworn in to tell the truth.')).toEqual([]);
    expect(quotesOf('The board asked Ana Ruiz in a letter to say nothing.')).toEqual([['board', 'Ana Ruiz in a letter to say nothing']]);
  });

  it('reads what a document "read" before a colon, a quotation or "that", not how it reads', () => {
    const text = 'The union issued a statement on Monday. “We are ready,” the statement read. The report read like a novel.';
    expect(quotesOf(text)).toEqual([['union', '“We are ready,”']]);
    expect(quotesOf('The union issued a letter. The letter read in part that the talks were over.')).toEqual([['union', 'the talks were over']]);
  });

  it('reads past a relative clause set off by commas after the hearer ("accuse the Islamists, who held power, of …")', () => {
    expect(quotesOf('Many farmers accuse the ministry, which set the quotas in 2019, of ignoring the drought.')).toEqual([['farmers', 'ignoring the drought']]);
    expect(quotesOf('Ana Ruiz told reporters, who had waited for hours, that the talks had failed.')).toEqual([['Ana Ruiz', 'the talks had failed']]);
  });

  it('reads what a passive verb of judging blames or praises "for" as its agent\'s words ("criticized by the White House for …")', () => {
    expect(quotesOf('The speech was criticized by the White House for making relations partisan.')).toEqual([['White House', 'making relations partisan']]);
    expect(quotesOf('The mayor was praised by residents for keeping the library open.')).toEqual([['residents', 'keeping the library open']]);
    // A participle joined to another: "arranged by aides and criticized by the White House for …".
    expect(quotesOf('It was an appearance arranged by aides and criticized by the White House for making relations partisan.')).toEqual([['White House', 'making relations partisan']]);
  });

  it('gives a pull quote or epigraph to the name a dash credits it to, with the role after a comma', () => {
    const { quotes, speakers } = analyze({ text: '“We will not back down.” — Ana Ruiz, union leader\n\nThe strike began on Monday.' });
    expect(quotes.map((quote) => speakers.find((speaker) => speaker.id === quote.speakerId)?.name)).toEqual(['Ana Ruiz']);
    expect(speakers[0].role).toBe('union leader');
    // Not a title inside a sentence.
    expect(quotesOf('The band played “Hey Jude” — Paul McCartney')).toEqual([[null, '“Hey Jude”']]);
  });

  it('keeps the outer report when the one inside it reports no clause ("A poll showed …, the Times reported")', () => {
    expect(quotesOf('Her client denied the charges, the attorney said.')).toEqual([['attorney', 'Her client denied the charges'], ['client', 'the charges']]);
    expect(quotesOf('A Gallup poll showed his rating at 13%, the Courier reported.')).toEqual([['Courier', 'A Gallup poll showed his rating at 13%'], ['Gallup poll', 'his rating at 13%']]);
    // One that reports a clause is the quote, its relay none ("X said that …, ABC reported").
    expect(quotesOf('Ana Ruiz said that the talks had failed, the Courier reported.')).toEqual([['Ana Ruiz', 'the talks had failed']]);
  });

  it('reads what someone "will never tell you" as no report', () => {
    expect(quotesOf('Here are the secrets the receptionist will never tell you when you check in.')).toEqual([]);
  });

  it('reads a participial opening ("Asked about the plan,", "Speaking on radio,") as about the speaker, not their words', () => {
    expect(quotesOf('Asked about the plan, Tom Reyes said it was dead.')).toEqual([['Tom Reyes', 'it was dead']]);
    expect(quotesOf('Reached by phone, Ana Ruiz said she was safe.')).toEqual([['Ana Ruiz', 'she was safe']]);
    // A clause that a participle opens is still what was said.
    expect(quotesOf('Reported cases rose, officials said.')).toEqual([['officials', 'Reported cases rose']]);
  });

  it('reads "People" that opens a sentence as a group, with or without a relative clause after it', () => {
    expect(quotesOf('People who live near the plant said the water was bad.')).toEqual([['People', 'the water was bad']]);
  });

  it('reads no words in "asked not to be identified", the condition a source speaks on', () => {
    expect(quotesOf('The official, who asked not to be named, said the talks had failed.')).toEqual([['official', 'the talks had failed']]);
    expect(quotesOf('A nurse at the camp, who asked not to be identified because she feared reprisals, described the shortages.')).toEqual([]);
    expect(quotesOf('“It is frightening,” said one resident, who asked that her name not be used.')).toEqual([['resident', '“It is frightening,”']]);
    // The relative clause may hold that request with no commas around it.
    expect(quotesOf('A refugee who feared retaliation and asked not to be identified said the camp was starving.')).toEqual([['refugee', 'the camp was starving']]);
  });

  it('reads no words in "said nothing about", "say little to nothing about how …", but a clause that "nothing" opens', () => {
    expect(quotesOf('Many accounts of the launch say little to nothing about how the code was written. Ana Ruiz said nothing.')).toEqual([]);
    expect(quotesOf('Ana Ruiz said nothing would change.')).toEqual([['Ana Ruiz', 'nothing would change']]);
    expect(quotesOf('Ana Ruiz said much of the talk was about trade.')).toEqual([['Ana Ruiz', 'much of the talk was about trade']]);
  });

  it('reads "declare" as speech before "that" or an infinitive only, not an act ("declared the ban unconstitutional")', () => {
    expect(quotesOf('The court declared the mask ban unconstitutional. The army declared martial law.')).toEqual([]);
    expect(quotesOf('The court declared that the mask ban was unconstitutional.')).toEqual([['court', 'the mask ban was unconstitutional']]);
    expect(quotesOf('The mayor has declared her intention to run again.')).toEqual([['mayor', 'her intention to run again']]);
  });

  it('reads "that" after a hearer and a "by" phrase of means ("told the mayor by telephone on Monday that"), inside a report too', () => {
    expect(quotesOf('The ministry said Ana Ruiz had told the mayor by telephone on Monday that she was safe.')).toEqual([
      ['ministry', 'Ana Ruiz had told the mayor by telephone on Monday that she was safe'],
      ['Ana Ruiz', 'she was safe'],
    ]);
  });

  it('reads what a court has held or ruled, with "that" only', () => {
    expect(quotesOf('The courts have held that a sale of the business needs a vote.')).toEqual([['courts', 'a sale of the business needs a vote']]);
    expect(quotesOf('He held the door for her.')).toEqual([]);
  });

  it('gives a document to the one named after "by" ("an article by X that claimed", "a study by professor NAME found")', () => {
    expect(quotesOf('She shared an article by Harbor magazine that claimed the vote was rigged.')).toEqual([['Harbor magazine', 'the vote was rigged']]);
    expect(quotesOf('A 2014 study by law professor Ana Ruiz found 31 cases of fraud.')).toEqual([['Ana Ruiz', '31 cases of fraud']]);
    // The source's appositive is no part of the words.
    expect(quotesOf('Fraud is rare, according to an analysis by Ana Ruiz, a law professor. It is very rare, Professor Ruiz said.')).toEqual([['Ana Ruiz', 'Fraud is rare'], ['Ana Ruiz', 'It is very rare']]);
  });

  it('reads a verb that takes a hearer as inverted after a quotation ("“…,” urged the officer")', () => {
    expect(quotesOf('“Don’t get nervous,” instructed Luis Ortiz, the crew’s supervisor.')).toEqual([['Luis Ortiz', '“Don’t get nervous,”']]);
  });
});

describe('who speaks', () => {
  it('reads a country, a state or a capital that speaks as a government, not a person', () => {
    const { speakers } = analyze({ text: 'Jordan said the talks had failed. Texas and Florida said they would sue. Moscow denied that troops had crossed.' });
    expect(speakers.map((speaker) => [speaker.name, speaker.kind])).toEqual([['Jordan', 'organisation'], ['Texas', 'organisation'], ['Florida', 'organisation'], ['Moscow', 'organisation']]);
  });

  it('reads a one-word name in the possessive form as a firm ("Moody\'s said"), or "has" after a person\'s surname', () => {
    const kindsOf = (text: string) => analyze({ text }).speakers.map((speaker) => [speaker.name, speaker.kind]);
    expect(kindsOf('Moody’s said the outlook was stable. McDonald’s said sales rose.')).toEqual([['Moody’s', 'organisation'], ['McDonald’s', 'organisation']]);
    expect(kindsOf('Ana Okafor spoke on Monday. Okafor’s said it before.')).toEqual([['Ana Okafor', 'person']]);
  });

  it('reads a one-word name before a verb in its plural form as a group ("Ngāpuhi believe …"), not "Mr. Leahy" or the last of two names', () => {
    const kindsOf = (text: string) => analyze({ text }).speakers.map((speaker) => [speaker.name, speaker.kind]);
    expect(kindsOf('Ngāpuhi believe the river is an ancestor.')).toEqual([['Ngāpuhi', 'group']]);
    expect(kindsOf('Okonkwo believes the river is an ancestor.')).toEqual([['Okonkwo', 'person']]);
    expect(kindsOf('Mr. Leahy say other changes are needed.')).toEqual([['Leahy', 'person']]);
    expect(kindsOf('Ana Ruiz and Okonkwo say other changes are needed.')).toEqual([['Ana Ruiz', 'person'], ['Okonkwo', 'person']]);
    // A body named with "the", before or after, is the same one speaker.
    expect(kindsOf('The Hezbollah said the talks failed. Hezbollah say they will go on.')).toEqual([['Hezbollah', 'organisation']]);
    expect(kindsOf('Hezbollah say the talks failed. The Hezbollah said they will go on.')).toEqual([['Hezbollah', 'organisation']]);
  });

  it('gives a participle after a report nested in another to the outer speaker', () => {
    const text = 'Pompeo said that after consultation the government had concluded the settlements were legal, saying he trusted the courts.';
    const { quotes, speakers } = analyze({ text });
    const saying = quotes.find((quote) => quote.cue?.text === 'saying')!;
    expect(speakers.find((speaker) => speaker.id === saying.speakerId)?.name).toBe('Pompeo');
  });
});

describe('who "he" and "she" are', () => {
  const speakerOfLast = (text: string) => {
    const { quotes, speakers } = analyze({ text });
    return speakers.find((speaker) => speaker.id === quotes[quotes.length - 1].speakerId)?.name;
  };

  it('is the person a sentence since the last speaker opened with, named outside anyone\'s words', () => {
    expect(speakerOfLast('Ana Ruiz said the bridge would open in May.\n\nLena Okafor, a nurse, lives near the site.\n\n“I can’t sleep,” she said.')).toBe('Lena Okafor');
    expect(speakerOfLast('Mayor Tom Reyes said the bridge would open in May.\n\nCarl Diaz runs a bakery. He has lived there for 30 years.\n\n“We are worried,” he said.')).toBe('Carl Diaz');
  });

  it('is never a group, even one with a name ("Ngāpuhi believe …")', () => {
    expect(speakerOfLast('Okonkwo said the river was low.\n\nNgāpuhi believe the river is an ancestor.\n\n“We are ready,” he said.')).toBe('Okonkwo');
  });

  it('stays the last speaker when the person named since is of the other gender, an object, or a headline', () => {
    expect(speakerOfLast('Ana Ruiz said the bridge would open in May.\n\nCarl Diaz runs a bakery.\n\n“I can’t sleep,” she said.')).toBe('Ana Ruiz');
    expect(speakerOfLast('Tom Reyes said the bridge would open in May. He met Carl Diaz on Monday.\n\n“We are ready,” he said.')).toBe('Tom Reyes');
    expect(speakerOfLast('Tom Reyes said the bridge would open in May.\n\nCarl Diaz Promises Action On Bridge In First 100 Days.\n\n“We are ready,” he said.')).toBe('Tom Reyes');
  });
});

