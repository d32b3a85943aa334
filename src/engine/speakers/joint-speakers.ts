/**
 * Quotes several say together: "Egypt and Jordan criticised …", "Both men said …". Whether names joined
 * by "and" are several speakers or one body's name, and who "both men" are (see resolve-speakers.ts).
 */
import { isGivenName } from '../lexicon/first-names';
import { isPlaceName } from '../lexicon/place-names';
import type { Gender } from '../lexicon/tables';
import { isPluralNoun, isThingNoun } from '../lexicon/thing-nouns';
import * as LEXICON from '../lexicon/word-lists';
import type { Phrase } from '../quotes/phrases';
import type { Token } from '../text/text-model';
import { isBodyWord, isNameWord, isRoleWord } from '../text/word-classes';
import type { NameUse } from './name-use';

const { DETERMINERS, HONORIFICS, TITLES } = LEXICON;

/**
 * Whether the phrases `left` "and" `right` name several speakers ("Egypt and Jordan", "Boris Johnson and Jeremy
 * Corbyn", "the United Nations and European Union") rather than one: groups named by common nouns are one source
 * ("businesses and residents"); so is a body whose name holds "and" ("the Food and Drug Administration", "the
 * Securities and Exchange Commission"), and two names neither of which reads as a name alone ("Procter and Gamble").
 */
export function severalSpeakers(tokens: Token[], left: Phrase, right: Phrase, names: NameUse): boolean {
  if (!isNameWord(tokens[left.last]) || !isNameWord(tokens[right.last])) return false;
  const leftWords = wordsOf(tokens, left);
  const before = leftWords[leftWords.length - 1];
  // A common noun before "and" ("Food", "Customs") is part of a body's name, unless it is a place's or the text's surname.
  if (isThingNoun(before) && !isPlaceName([before]) && !names.ending.has(before)) return false;
  // A body's word after "and" ("… Exchange Commission") names the whole, when the words before name no body, place or person.
  if (isBodyWord(wordsOf(tokens, right).at(-1)!) && !leftWords.some(isBodyWord) && !isPlaceName(leftWords) && !isGivenName(leftWords[0])) return false;
  return standsAlone(tokens, left, names) || standsAlone(tokens, right, names);
}

/** Whether a name phrase reads as a speaker's name without the words around it: "the United Nations", "Mr. Leahy", "Jeremy Corbyn", "Egypt", "NATO", a surname the text has given in full. */
function standsAlone(tokens: Token[], phrase: Phrase, names: NameUse): boolean {
  const first = tokens[phrase.first];
  if (DETERMINERS.has(first.lower) || HONORIFICS.has(first.lower) || TITLES.has(first.lower)) return true;
  const words = wordsOf(tokens, phrase);
  if (isPlaceName(words)) return true;
  return words.length === 1 ? first.allCaps || names.ending.has(words[0]) : isGivenName(words[0]);
}

/**
 * "both men", "the two women", "both leaders" (tokens `first`..`last`): two people the text has just named, of the
 * gender the noun gives; not "two women who …", who are new.
 */
export function pairOf(tokens: Token[], first: number, last: number): { gender: Gender } | null {
  const start = tokens[first].lower === 'the' ? first + 1 : first;
  const pair = tokens[start].lower === 'both' || (tokens[start].lower === 'two' && tokens[start - 1]?.lower === 'the');
  const head = tokens[last];
  if (last !== start + 1 || !pair || !isRoleWord(head) || isBodyWord(head.lower) || !isPluralNoun(head.lower)) return null;
  return { gender: head.lower === 'men' ? 'male' : head.lower === 'women' ? 'female' : null };
}

/** The lower-case words of `phrase`, past a determiner. */
function wordsOf(tokens: Token[], phrase: Phrase): string[] {
  const words: string[] = [];
  for (let t = phrase.first; t <= phrase.last; t++) if (tokens[t].kind === 'word' && !(t === phrase.first && DETERMINERS.has(tokens[t].lower))) words.push(tokens[t].lower);
  return words;
}
