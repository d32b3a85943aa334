/**
 * What a speaker phrase says about its speaker: "US Secretary of State Antony Blinken" is the name
 * "Antony Blinken" with the role "US Secretary of State"; "a spokesman for the Pentagon" a role with
 * its organisation and no name; "the officials" a group.
 */
import * as LEXICON from '../lexicon/word-lists';
import { isGivenName } from '../lexicon/first-names';
import { isThingNoun } from '../lexicon/thing-nouns';
import { isDomainDot, type Token } from '../text/text-model';
import { isOriginAdjective, isRoleWord } from '../text/word-classes';
import type { SpeakerKind } from '../types';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { ANONYMOUS_HEADS, APPOSITIVE_CLAUSE_OPENERS, DEPARTMENT_WORDS, DETERMINERS, DOCUMENT_WORDS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ORGANISATION_WORDS, PHRASE_PREPOSITIONS, RELATIVE_WORDS, ROLE_ADJECTIVES, SOURCE_QUALIFIERS, TITLE_CASE_SMALL_WORDS, TITLES } = LEXICON;

export interface Description {
  name: string;
  /** Lower-case words of the name, for surname and alias matching. */
  nameWords: string[];
  role: string | null;
  organisation: string | null;
  kind: SpeakerKind;
  /** The last word of a description without a name ("spokesman", "officials"), for "the spokesman". */
  head: string | null;
  definite: boolean;
  /** A person, named or not ("the spokesman"): what "he" and "she" may refer to. */
  human: boolean;
}

function joinTokens(text: string, tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i].start > tokens[i - 1].end) {
      // The words only are kept, but an ampersand inside a name stays as written ("PG&E", "Chapter & Verse").
      const gap = text.slice(tokens[i - 1].end, tokens[i].start);
      out += gap.trim() === '&' ? gap : ' ';
    }
    out += text.slice(tokens[i].start, tokens[i].end);
  }
  return out;
}

function bare(word: Token): string {
  return word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
}

function isTitle(token: Token): boolean {
  return token.kind === 'word' && (TITLES.has(token.lower) || (isRoleWord(token) && !token.capitalised));
}

function isAcronym(text: string, token: Token): boolean {
  const raw = text.slice(token.start, token.end);
  return raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function isDescriptiveWord(word: Token): boolean {
  return ROLE_ADJECTIVES.has(word.lower) || DEPARTMENT_WORDS.has(word.lower) || isOriginAdjective(word.lower);
}

/** A word that ends in a top-level domain ("polygraph.info"), as withAddressesJoined makes it. */
const WEB_ADDRESS = /[a-z0-9]\.[a-z]{2,6}$/u;

/** The phrase with each web address ("Polygraph.info") made one word, as a name is written. */
function withAddressesJoined(phrase: Token[]): Token[] {
  if (!phrase.some((_, i) => isDomainDot(phrase, i))) return phrase;
  const joined: Token[] = [];
  for (let i = 0; i < phrase.length; i++) {
    if (isDomainDot(phrase, i)) {
      const name = joined.pop()!;
      const suffix = phrase[++i];
      joined.push({ ...name, end: suffix.end, lower: `${name.lower}.${suffix.lower}`, endFine: suffix.endFine });
    } else {
      joined.push(phrase[i]);
    }
  }
  return joined;
}

/**
 * Splits a speaker phrase into name, role and organisation:
 * "US Secretary of State Antony Blinken" → role "US Secretary of State", name "Antony Blinken";
 * "Andrew Watkins of the International Crisis Group" → name "Andrew Watkins", organisation "International Crisis Group".
 */
export function describePhrase(text: string, phrase: Token[]): Description | null {
  let words = withAddressesJoined(phrase).filter((token) => token.kind === 'word' || token.lower === '(' || token.lower === ')');
  let definite = false;
  if (words.length > 0 && DETERMINERS.has(words[0].lower)) {
    definite = words[0].lower === 'the';
    words = words.slice(1);
  }
  if (words.length === 0) return null;
  // "people familiar with their thinking": an anonymous source and its qualifier, all of it the name.
  const qualifier = words.findIndex((word, i) => i > 0 && SOURCE_QUALIFIERS.has(word.lower) && ANONYMOUS_HEADS.has(words[i - 1].lower));
  if (qualifier > 0) {
    const head = words[qualifier - 1];
    return { name: joinTokens(text, words), nameWords: words.map(bare), role: null, organisation: null, kind: 'anonymous', head: head.lower, definite, human: false };
  }
  // "… of the ORGANISATION": the part after the first preposition that is not a title's department.
  let organisation: string | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    // "an article by New York magazine": "by" after a document names who issued it.
    if (!PHRASE_PREPOSITIONS.has(words[i].lower) && !(words[i].lower === 'by' && DOCUMENT_WORDS.has(words[i - 1].lower))) continue;
    if (isTitle(words[i - 1]) && DEPARTMENT_WORDS.has(words[i + 1].lower) && words[i].lower === 'of') continue;
    let rest = words.slice(i + 1);
    if (rest.length > 0 && DETERMINERS.has(rest[0].lower)) rest = rest.slice(1);
    const main = words.slice(0, i);
    if (rest.length === 0) break;
    // "the High Commissioner for Human Rights", "NASA's Office of the Inspector General": an office or body
    // whose name runs on past the preposition is one name; "High Commissioner for Refugees Ana Ruiz" a
    // person with that office as her role.
    const office = officeNameEnd(words[i - 1], rest);
    if (office === rest.length) {
      const name = joinTokens(text, withoutAcronyms(text, words));
      return { name, nameWords: words.map(bare), role: null, organisation: null, kind: 'organisation', head: null, definite, human: false };
    }
    if (office > 0) {
      const person = rest.slice(office);
      const role = joinTokens(text, withoutAcronyms(text, words.slice(0, words.length - person.length)));
      return { name: joinTokens(text, person), nameWords: person.map(bare), role, organisation: null, kind: 'person', head: null, definite, human: true };
    }
    if (main.some((word) => word.capitalised && !isTitle(word))) {
      // A name with its organisation; the name keeps its own title, if any.
      organisation = joinTokens(text, withoutAcronyms(text, rest));
      words = main;
    } else {
      // A role with its organisation ("a spokesman for the Pentagon").
      // The name is the description itself, so no role repeats it.
      const description = joinTokens(text, words);
      const kind = headKind(words[i - 1]);
      const organisationName = joinTokens(text, withoutAcronyms(text, rest));
      if (!kind) {
        // "guidance from the Mayo Clinic", "figures from the Census Bureau": a thing that cannot speak, from a
        // body that can; the body is the source.
        const named = words[i].lower === 'from' || words[i].lower === 'by';
        return named && rest.every((word) => word.capitalised || TITLE_CASE_SMALL_WORDS.has(word.lower))
          ? { name: organisationName, nameWords: organisationName.toLowerCase().split(/\s+/u), role: null, organisation: null, kind: 'organisation', head: null, definite: true, human: false }
          : null;
      }
      // "a survey of 2,000 voters", "research into hibernation": what a document is about is not who issued it,
      // unless it is a body's name ("a report of the Senate Intelligence Committee") or comes after "by" or "from".
      const issued = !DOCUMENT_WORDS.has(words[i - 1].lower) || words[i].lower === 'by' || words[i].lower === 'from' || rest.every((word) => word.capitalised || TITLE_CASE_SMALL_WORDS.has(word.lower));
      return { name: description, nameWords: words.map(bare), role: null, organisation: issued ? organisationName : null, ...kind, head: words[i - 1].lower, definite };
    }
    break;
  }
  // The last title word: what precedes it (and its department) is the role, what follows the name.
  let roleEnd = -1;
  // Where a surname would stand: the last word, or the one before a suffix ("Martin Luther King Jr.").
  const surnameAt = words.length - 1 - (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1].lower) ? 1 : 0);
  for (let i = 0; i < words.length; i++) {
    // "Kevin King", "Ana Judge": a title word right after a given name, ending the phrase, is a surname.
    if (!isTitle(words[i]) || (i === surnameAt && i > 0 && words[i].capitalised && isGivenName(words[i - 1].lower))) continue;
    roleEnd = i;
    if (words[i + 1]?.lower === 'of') {
      let j = i + 2;
      while (j < words.length && DEPARTMENT_WORDS.has(words[j].lower)) j++;
      if (j > i + 2) roleEnd = j - 1;
    }
  }
  let nameTokens = words.slice(roleEnd + 1).filter((word) => !HONORIFICS.has(word.lower));
  // "US’s Blinken": a possessive before the name belongs to the organisation, not the name.
  const possessive = nameTokens.findLastIndex((word, i) => i < nameTokens.length - 1 && word.lower.endsWith("'s"));
  // "the People's Bank", "the Children's Hospital": after "the", a possessive inside a body's name is part of it.
  const possessiveInName = definite && roleEnd < 0 && ORGANISATION_WORDS.has(nameTokens[nameTokens.length - 1]?.lower ?? '');
  if (possessive >= 0 && !possessiveInName) {
    organisation ??= joinTokens(text, nameTokens.slice(0, possessive + 1)).replace(/['’]s$/u, '');
    nameTokens = nameTokens.slice(possessive + 1);
  }
  let roleTokens = words.slice(0, roleEnd + 1);
  // "Committee on Intelligence": a small word between capitalised ones stays inside the name.
  // "Bill de Blasio": so does a surname's particle.
  const inName = (word: Token, i: number) => word.capitalised || word.lower === '(' || word.lower === ')' ||
    ((TITLE_CASE_SMALL_WORDS.has(word.lower) || NAME_PARTICLES.has(word.lower)) && i > 0 && i < nameTokens.length - 1 && nameTokens[i - 1].capitalised && nameTokens[i + 1].capitalised);
  const body = bodyNameStart(nameTokens, inName);
  if (body > 0) {
    // "the nonpartisan Congressional Budget Office": lower-case words before a body's name describe the body;
    // they are neither its name nor a role.
    nameTokens = nameTokens.slice(body);
  } else if (nameTokens.length > 0 && !nameTokens.every(inName)) {
    // "Pakistan-based developer Ammar Askar", "43-year-old Martin Taylor": a full name after lower-case words
    // that describe its bearer; the description is the role.
    let first = nameTokens.length;
    while (first > 0 && nameTokens[first - 1].capitalised && !ORGANISATION_WORDS.has(nameTokens[first - 1].lower)) first--;
    const described = first > 0 && nameTokens.length - first >= 2 && !nameTokens[first - 1].capitalised;
    if (described) {
      roleTokens = words.slice(0, words.indexOf(nameTokens[first]));
      nameTokens = nameTokens.slice(first);
    } else if (first > 0 && first < nameTokens.length && !ORGANISATION_WORDS.has(nameTokens[nameTokens.length - 1].lower)) {
      // "aide Smith", "after legal consultation Washington": one name after lower-case words; they are its role
      // only when they end in a role noun.
      const before = nameTokens[first - 1];
      roleTokens = isRoleWord(before) ? words.slice(0, words.indexOf(nameTokens[first])) : [];
      nameTokens = nameTokens.slice(first);
    } else {
      nameTokens = [];
    }
  }
  if (nameTokens.length === 0) {
    // No name: a description ("the officials", "US officials", "Afghan media reports").
    const description = joinTokens(text, words);
    // "the Secretary of State": a title with its department is headed by the title.
    const head = roleEnd === words.length - 1 && words[roleEnd - 1]?.lower === 'of' ? words.findLast(isTitle)! : words[words.length - 1];
    const kind = headKind(head);
    if (!kind) return null;
    return { name: description, nameWords: words.map(bare), role: null, organisation, ...kind, head: head.lower, definite };
  }
  // "NASA Administrator Jim Bridenstine", "Cmdr. Sean Robertson": a person's name starts at its given name
  // (the first-name lists); the capitalised words before it are a role the title lexicon does not know.
  let given = nameTokens.findIndex((word, i) => i > 0 && i < nameTokens.length - 1 && isGivenName(word.lower) && !isGivenName(nameTokens[i - 1].lower) && nameTokens[i - 1].lower !== '(');
  // "Harry B. Harris": given names and initials before it are the name's own start.
  const start = given > 0 ? nameTokens.slice(0, given) : [];
  if (isGivenName(start[0]?.lower ?? '') && start.every((word) => isGivenName(word.lower) || word.lower.length === 1)) given = -1;
  // "C. Eugene Steuerle": an initial before the given name is no role (the name is listed from its given name).
  let initials = given;
  while (initials > 0 && nameTokens[initials - 1].lower.length === 1) initials--;
  // A body's name holds given names too ("Harbor Lane Productions"): it is not split.
  const bodyName = ORGANISATION_WORDS.has(nameTokens[nameTokens.length - 1].lower);
  if (given > 0 && !bodyName && !nameTokens.slice(0, given).some((word) => ORGANISATION_WORDS.has(word.lower) && !isTitle(word))) {
    // "Enter Stuart Kaplan": capitals before a name with no title, role or body among them are no role.
    const before = nameTokens.slice(0, initials);
    if (before.some((word) => isTitle(word) || isRoleWord(word) || ORGANISATION_WORDS.has(word.lower) || isAcronym(text, word))) roleTokens = [...roleTokens, ...before];
    nameTokens = nameTokens.slice(given);
  }
  const role = roleTokens.length > 0 ? joinTokens(text, roleTokens) : null;
  if (!organisation && roleTokens.length > 1) {
    // "Taliban spokesman": the capitalised words before the title name the organisation; after a possessive
    // ("the BBC's North America editor") the possessor alone does.
    // "EPA Administrator": with no title, an acronym before the role word is the organisation too.
    const titled = roleTokens.findIndex((word) => isTitle(word));
    const roleWord = roleTokens.findLastIndex((word) => isRoleWord(word));
    const title = titled >= 0 ? titled : roleWord > 0 && roleTokens.slice(0, roleWord).every((word) => isAcronym(text, word)) ? roleWord : -1;
    let prefix = title > 0 ? roleTokens.slice(0, title) : [];
    const possessor = prefix.findIndex((word) => word.lower.endsWith("'s"));
    if (possessor >= 0) prefix = prefix.slice(0, possessor + 1);
    if (prefix.length > 0 && prefix.every((word) => word.capitalised) && !(prefix.length === 1 && isDescriptiveWord(prefix[0]))) organisation = joinTokens(text, prefix).replace(/['’]s$/u, '');
  }
  // "the Pentagon" is a body; "the BBC's editor Jon Sopel" is a person whose role carries the article.
  // "the journal JAMA Psychiatry": a role that is a kind of body makes the name a body's.
  const bodyRole = roleTokens.length > 0 && ORGANISATION_WORDS.has(roleTokens[roleTokens.length - 1].lower);
  // A web address ("Polygraph.info") names a site, a body.
  // "the Pentagon": "the" right before a name makes it a body's; "the time Yoon declared" has other words between.
  const theName = definite && roleTokens.length === 0 && words[0] === nameTokens[0];
  const kind: SpeakerKind = theName || bodyRole || nameTokens.some((word) => ORGANISATION_WORDS.has(word.lower) || WEB_ADDRESS.test(word.lower)) || (nameTokens.length === 1 && isAcronym(text, nameTokens[0])) ? 'organisation' : 'person';
  // "Sen. Ana Ruiz (D-Ore.)": a person's party and state are no part of the name.
  if (kind === 'person') nameTokens = withoutTrailingAside(text, nameTokens);
  const name = joinTokens(text, nameTokens);
  // "Harry Harris Jr." is "Admiral Harris": a generational suffix is no word names are matched by.
  const nameWords = nameTokens.map(bare).filter((word) => word !== '(' && word !== ')' && !NAME_SUFFIXES.has(word));
  return { name, nameWords, role, organisation, kind, head: null, definite, human: kind === 'person' };
}

/** The description of a possessor ("the Urban Institute's report"): the name without its case ending. */
export function withoutPossessive(description: Description | null): Description | null {
  return description && { ...description, name: description.name.replace(/['’]s$/u, '') };
}

/**
 * Where a body's name of two or more words, ending in a word for a body ("Budget Office", "Heritage
 * Foundation"), begins in `words` after lower-case words; 0 when `words` are no such phrase.
 */
function bodyNameStart(words: Token[], inName: (word: Token, i: number) => boolean): number {
  const last = words.length - 1;
  if (last < 2 || !words[last].capitalised || !ORGANISATION_WORDS.has(words[last].lower)) return 0;
  let start = last;
  while (start > 0 && inName(words[start - 1], start - 1)) start--;
  return start > 0 && last - start >= 1 && !words[start - 1].capitalised ? start : 0;
}

/**
 * Where the name of an office or body ends in `rest`, the capitalised words after the preposition that
 * follows `head` (a capitalised title or body: "Commissioner", "Office", "Committee"): at a given name
 * that opens a person's full name ("… for Refugees Ana Ruiz"), else at the end. -1 when it is no office.
 */
function officeNameEnd(head: Token, rest: Token[]): number {
  if (!head.capitalised || !(TITLES.has(head.lower) || ORGANISATION_WORDS.has(head.lower))) return -1;
  if (!rest.every((word) => word.capitalised || TITLE_CASE_SMALL_WORDS.has(word.lower))) return -1;
  const person = rest.findIndex((word, i) => i > 0 && i < rest.length - 1 && isGivenName(word.lower));
  return person > 0 ? person : rest.length;
}

/**
 * The kind of a description without a name. A person needs a proper name, so "the spokesman" is
 * anonymous (though still "he" or "she"), "the airline" an organisation, "officials" a group.
 * Null for a thing that cannot speak: no speaker at all.
 */
function headKind(head: Token): { kind: SpeakerKind; human: boolean } | null {
  if (ANONYMOUS_HEADS.has(head.lower)) return { kind: head.lower.endsWith('s') ? 'group' : 'anonymous', human: false };
  if (ORGANISATION_WORDS.has(head.lower)) return { kind: 'organisation', human: false };
  if (DOCUMENT_WORDS.has(head.lower)) return { kind: 'anonymous', human: false };
  // A thing that cannot speak ("the index", "blood tests"): no speaker at all (WordNet, lexicon/thing-nouns.ts).
  if (isThingNoun(head.lower)) return null;
  if (head.lower.endsWith('s') && head.lower.length > 3 && !head.lower.endsWith('ss')) return { kind: 'group', human: false };
  return { kind: 'anonymous', human: true };
}

/** The role and organisation an appositive gives ("the head of the UN mission", "a spokesman for the Pentagon"). */
export function describeAppositive(text: string, phrase: Token[]): { role: string; organisation: string | null } | null {
  let words = phrase.filter((token) => token.kind === 'word' || token.lower === '(' || token.lower === ')');
  if (words.length > 0 && DETERMINERS.has(words[0].lower)) words = words.slice(1);
  // "…, who was then serving as …", "…, and co-author of …": a clause, not a role.
  if (words.length === 0 || /^\d/.test(words[0].lower) || APPOSITIVE_CLAUSE_OPENERS.has(words[0].lower)) return null;
  // "an expert at the University of York who did not work on the study": the relative clause is no part of the role.
  const relative = words.findIndex((word, i) => i > 0 && RELATIVE_WORDS.has(word.lower));
  if (relative > 0) words = words.slice(0, relative);
  const role = joinTokens(text, words);
  // "director for China at the International Monetary Fund": "at" names the workplace wherever it stands.
  const workplace = words.findIndex((word, i) => i > 0 && word.lower === 'at');
  const at = workplace >= 0 ? workplace : words.findIndex((word, i) => i > 0 && PHRASE_PREPOSITIONS.has(word.lower));
  let rest = at >= 0 ? words.slice(at + 1) : [];
  if (rest.length > 0 && DETERMINERS.has(rest[0].lower)) rest = rest.slice(1);
  // "head of the Taliban’s political office": the possessor is the organisation; in "the U.K.'s University of
  // York" the name after it is.
  const possessor = rest.findIndex((word) => word.lower.endsWith("'s"));
  if (possessor >= 0) rest = rest[possessor + 1]?.capitalised ? rest.slice(possessor + 1) : rest.slice(0, possessor + 1);
  const organisation = rest.length > 0 && rest[0].capitalised ? joinTokens(text, withoutAcronyms(text, rest)).replace(/['’]s$/u, '') : null;
  return { role, organisation };
}

/** A name without a parenthesis that closes it, unless it holds the name's acronym ("Islamic State (IS)"). */
function withoutTrailingAside(text: string, words: Token[]): Token[] {
  const last = words.length - 1;
  if (last < 2 || words[last].lower !== ')') return words;
  const open = words.findLastIndex((word) => word.lower === '(');
  if (open <= 0 || (open === last - 2 && isAcronym(text, words[open + 1]))) return words;
  return words.slice(0, open);
}

/**
 * An organisation's name without the acronym spelled out beside it:
 * "United Nations (UN) Assistance Mission" → "United Nations Assistance Mission".
 */
function withoutAcronyms(text: string, words: Token[]): Token[] {
  return words.filter((word, i) => {
    const inParentheses = (at: number): boolean => words[at - 1]?.lower === '(' && words[at + 1]?.lower === ')' && isAcronym(text, words[at]);
    return !inParentheses(i) && !(word.lower === '(' && inParentheses(i + 1)) && !(word.lower === ')' && inParentheses(i - 1));
  });
}
