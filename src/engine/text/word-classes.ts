/**
 * What a text-model token is, read from its kind, case and lexicon classes: a word, a name, a role
 * noun, a function word, a punctuation mark. The quote and speaker stages ask these questions of
 * nearly every token they look at.
 */
import * as LEXICON from '../lexicon/word-lists';
import personNouns from '../lexicon/generated/person-nouns.json';
import type { Token } from './text-model';
import { listOf } from '../lexicon/generated-lists';

// Bound once per module: under Vitest's module runner each use of an imported name is a getter call,
// which doubled this stage's time in the timing tests (bundled and Node builds bind them directly).
const { AUXILIARIES_AND_ADVERBS, CAPITALISED_FUNCTION_WORDS, CONTRACTED_AUXILIARIES, CLAUSE_START_BLOCKERS, DETERMINERS, ORGANISATION_WORDS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS } = LEXICON;

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

export function isNameWord(token: Token | undefined): boolean {
  return isWord(token) && token.capitalised && !CAPITALISED_FUNCTION_WORDS.has(token.lower) && !DETERMINERS.has(token.lower);
}

/** The hand-made role nouns (titles, sources, bodies' members) with their regular plurals ("ministries"), built once. */
const CORE_ROLE_FORMS: ReadonlySet<string> = new Set([...ROLE_NOUNS].flatMap((noun) => [noun, pluralOf(noun)]));

/** Those and WordNet's person nouns ("coach", "receptionist", "rebel"), with their plurals. */
const ROLE_NOUN_FORMS: ReadonlySet<string> = new Set([...CORE_ROLE_FORMS, ...listOf(personNouns.words).flatMap((noun) => [noun, pluralOf(noun)])]);

function pluralOf(noun: string): string {
  if (noun.endsWith('s')) return noun;
  if (noun.endsWith('y') && !/[aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('ch') || noun.endsWith('sh') || noun.endsWith('x') ? `${noun}es` : `${noun}s`;
}

export function isRoleWord(token: Token | undefined): boolean {
  return isWord(token) && ROLE_NOUN_FORMS.has(token.lower);
}

/** A hand-made role noun: a word that heads a speaker phrase even before another noun ("the company flat-out denied"). */
export function isCoreRoleWord(token: Token | undefined): boolean {
  return isWord(token) && CORE_ROLE_FORMS.has(token.lower);
}

/** A lower-case word that names a kind of body ("commission", "nations"). */
export function isBodyWord(word: string): boolean {
  return ORGANISATION_WORDS.has(word) || (word.endsWith('s') && ORGANISATION_WORDS.has(word.slice(0, -1)));
}

export function isHeadWord(token: Token | undefined): boolean {
  // The regular expression last: most words are not capitalised possessives.
  return isNameWord(token) || isRoleWord(token) || (isWord(token) && token.capitalised && token.lower.endsWith("'s") && !/^\d/.test(token.lower));
}

/** Words a determined noun phrase cannot end with or run through. */
export function isFunctionWord(token: Token): boolean {
  const word = token.lower;
  return PRONOUNS.has(word) || DETERMINERS.has(word) || AUXILIARIES_AND_ADVERBS.has(word) || CLAUSE_START_BLOCKERS.has(word) || SPEECH_VERBS.has(word) || word === 'that' || word === 'which' || word === 'what';
}

/** A ’ glued to a plural ("Sanders’ campaign"): an apostrophe the tokenizer could not tell from a closing mark. */
export function isPossessiveMark(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token !== undefined && token.kind === 'quote' && token.end - token.start === 1 && previous !== undefined && previous.end === token.start && previous.lower.endsWith('s') && isWord(tokens[index + 1]) && tokens[index + 1].start > token.end;
}

export function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.lower);
}

export function isSentenceEndPunct(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && (token.lower === '.' || token.lower === '!' || token.lower === '?' || token.lower === '...' || token.lower === '…');
}

export function countWordTokens(tokens: Token[], first: number, last: number): number {
  let words = 0;
  for (let t = first; t <= last && t < tokens.length; t++) if (tokens[t].kind === 'word') words++;
  return words;
}

/** A word without an auxiliary contracted onto it ("he'd" → "he", "she's" → "she", "they've" → "they"). */
export function withoutContraction(word: string): string {
  const apostrophe = word.lastIndexOf("'");
  return apostrophe > 0 && CONTRACTED_AUXILIARIES.has(word.slice(apostrophe + 1)) ? word.slice(0, apostrophe) : word;
}

/** Endings of nationality and origin adjectives ("Israeli", "American", "Pakistan-based"). */
const ORIGIN_SUFFIXES = ['ian', 'ean', 'ese', 'ish', 'ican', 'i', '-based'];

/** Whether a word (lower case) reads as a nationality or origin adjective: it describes, it names no one. */
export function isOriginAdjective(word: string): boolean {
  return ORIGIN_SUFFIXES.some((suffix) => word.endsWith(suffix));
}
