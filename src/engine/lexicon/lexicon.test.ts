import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORD_LIST_FILES, type WordListSpec } from './word-lists';
import { frontCoded, listOf } from './generated-lists';
import firstNamesFile from './generated/first-names.json';
import personNounsFile from './generated/person-nouns.json';
import placeNamesFile from './generated/place-names.json';
import thingNounsFile from './generated/thing-nouns.json';

const ENGINE_DIR = fileURLToPath(new URL('..', import.meta.url));
const files = Object.entries(WORD_LIST_FILES) as Array<[string, Record<string, WordListSpec>]>;
const lists = files.flatMap(([file, specs]) => Object.entries(specs).map(([name, spec]) => ({ file, name, spec })));
const byName = new Map(lists.map((list) => [list.name, list]));

/** A list's words with those of the lists it includes, as the engine builds it. */
function wordsOf(name: string): string[] {
  const { spec } = byName.get(name)!;
  return [...spec.words.split(' '), ...(spec.include ?? []).flatMap(wordsOf)];
}

function engineSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'lexicon' ? [] : engineSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the lexicon', () => {
  it('names each list once across its files', () => {
    const names = lists.map((list) => list.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('has every entry once within each list (its included lists counted)', () => {
    const repeated = lists.flatMap(({ name }) => wordsOf(name).filter((word, i, all) => all.indexOf(word) !== i).map((word) => `${name}: ${word}`));
    expect(repeated).toEqual([]);
  });

  it('writes words in lower case, one space apart, and includes only lists defined before', () => {
    const order = lists.map((list) => list.name);
    for (const { name, spec } of lists) {
      expect(spec.words, name).toBe(spec.words.toLowerCase());
      expect(spec.words.split(' ').every(Boolean), name).toBe(true);
      for (const included of spec.include ?? []) expect(order.indexOf(included), `${name} includes ${included}`).toBeLessThan(order.indexOf(name));
    }
  });

  it('does not define the same word list twice', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { name } of lists) {
      const key = wordsOf(name).sort().join(' ');
      if (seen.has(key)) twice.push(`${seen.get(key)} = ${name}`);
      seen.set(key, name);
    }
    expect(twice).toEqual([]);
  });

  it('is where the engine keeps its word lists: no stage builds a Set or Map of words inline', () => {
    const inline = engineSources(ENGINE_DIR).filter((path) => /new (?:Set|Map)\b[^;]*?\[\s*\[?\s*['"][a-z]{2,}/u.test(readFileSync(path, 'utf8')));
    expect(inline).toEqual([]);
  });
});

describe('the generated lists, front-coded by the store build', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['thing nouns', thingNounsFile.words], ['person nouns', personNounsFile.words], ['place names', placeNamesFile.names],
    ['female names', firstNamesFile.female], ['male names', firstNamesFile.male], ['names of either', firstNamesFile.either],
  ];

  it.each(lists)('reads the %s back word for word', (_, words) => {
    // The code letters and the separator never occur in a word, so the coding is unambiguous.
    expect(words.every((word) => !/[A-Z|]/u.test(word))).toBe(true);
    expect(listOf(frontCoded(words))).toEqual(words);
  });

  it('codes shared beginnings of up to 26 letters, and a word that shares none as itself', () => {
    expect(frontCoded(['abandon', 'abandonment', 'abbey', 'zoo'])).toBe('abandon|Gment|Bbey|zoo');
    const long = 'a'.repeat(30);
    expect(listOf(frontCoded([long, `${long}b`]))).toEqual([long, `${long}b`]);
  });
});
