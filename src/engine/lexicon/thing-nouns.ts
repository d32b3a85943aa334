/**
 * Whether a common noun can name a speaker, from WordNet (see
 * scripts/build-lexicons.ts): "the index", "blood tests", "nothing" cannot.
 */
import thingNouns from './generated/thing-nouns.json';
import { listOf } from './generated-lists';

const THING_NOUNS: ReadonlySet<string> = new Set(listOf(thingNouns.words));

/** Irregular plurals of nouns a news text may use as a quote's head. */
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = { men: 'man', women: 'woman', children: 'child', people: 'person' };

/** The singular forms a lower-case noun may have: itself and, for a plural, its stem(s). */
function singularsOf(noun: string): string[] {
  const irregular = IRREGULAR_SINGULARS[noun];
  if (irregular) return [irregular];
  if (!noun.endsWith('s') || noun.endsWith('ss')) return [noun];
  const forms = [noun, noun.slice(0, -1)];
  if (noun.endsWith('ies')) forms.push(`${noun.slice(0, -3)}y`);
  if (noun.endsWith('es')) forms.push(noun.slice(0, -2));
  return forms;
}

/** Whether `noun` (lower case) reads as a plural ("men", "agents"). */
export function isPluralNoun(noun: string): boolean {
  return singularsOf(noun)[0] !== noun || singularsOf(noun).length > 1;
}

/**
 * True when `noun` (lower case) is a common thing and never a person or a body
 * of people in any of its senses. A plural counts when its singular does and the
 * form itself is not a noun of its own that can speak ("arms" stays unknown).
 */
export function isThingNoun(noun: string): boolean {
  const forms = singularsOf(noun);
  return THING_NOUNS.has(forms[0]) || (forms.length > 1 && forms.slice(1).some((form) => THING_NOUNS.has(form)));
}
