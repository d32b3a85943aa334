/**
 * "Mayor Bill Ruiz visited the site. … The mayor said": the people the text names with a title before
 * their name, found in one pass, so that a later "the mayor" or "the senator" is the person who holds
 * that title rather than a new, nameless speaker.
 */
import * as LEXICON from '../lexicon/word-lists';
import { TITLE_ABBREVIATIONS } from '../lexicon/tables';
import { isAbbreviationDot, type TextModel } from '../text/text-model';
import { firstIndexWhere } from '../text/search';
import { isNameWord } from '../text/word-classes';
import type { Span } from '../types';
import { describePhrase, withoutPossessive, type Description } from './describe-phrase';

const { DEPARTMENT_WORDS, NAME_PARTICLES, TITLES } = LEXICON;

/** A titled name longer than this (in tokens) is a headline's capitals, not a name. */
const MAX_NAME_TOKENS = 12;

export interface TitledName {
  description: Description;
  span: Span;
}

/** The titled people, by each word that may name their title later ("senator" for "Sen."), each list in text order. */
export type TitledNames = ReadonlyMap<string, readonly TitledName[]>;

/**
 * Finds "Sen. Ana Ruiz", "Secretary of State Mike Pompeo", "Mayor Bill de Blasio": runs of capitalised words
 * (with abbreviation dots, a title's "of State" and a surname's particle) that hold a title and read as a person with a role.
 * `named(index)` says whether a run starting at token `index` is the text's own naming (not inside
 * someone's quoted words).
 */
export function titledNames(model: TextModel, named: (index: number) => boolean): TitledNames {
  const { tokens, text } = model;
  const byTitle = new Map<string, TitledName[]>();
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    for (i++; i < tokens.length && tokens[i].sentence === tokens[first].sentence; i++) {
      if (isNameWord(tokens[i])) last = i;
      else if (!isAbbreviationDot(tokens, i) && !(tokens[i].lower === 'of' && DEPARTMENT_WORDS.has(tokens[i + 1]?.lower ?? '')) && !(NAME_PARTICLES.has(tokens[i].lower) && isNameWord(tokens[i + 1]))) break;
    }
    if (last - first >= MAX_NAME_TOKENS || !named(first) || !hasTitleBefore(model, first, last)) continue;
    // "President Ruiz's plan": the possessive is the name's case, not its spelling.
    const description = withoutPossessive(describePhrase(text, tokens.slice(first, last + 1)));
    if (!description || description.kind !== 'person' || !description.role || description.nameWords.length === 0) continue;
    const entry = { description, span: { start: tokens[first].start, end: tokens[last].end } };
    for (const word of description.role.toLowerCase().split(/[\s.]+/u)) {
      for (const title of TITLE_ABBREVIATIONS.get(word) ?? [word]) {
        const list = byTitle.get(title);
        if (!list) byTitle.set(title, [entry]);
        else if (list[list.length - 1] !== entry) list.push(entry);
      }
    }
  }
  return byTitle;
}

/** Whether a title stands among tokens `first` to `last`, before the last (a name ends in a name, not a title). */
function hasTitleBefore(model: TextModel, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (TITLES.has(model.tokens[k].lower)) return true;
  return false;
}

/**
 * How far back (in characters, two or three paragraphs) a title may have been given: further on, "the
 * senator" is as likely someone the text has named since without the title.
 */
const TITLE_REACH_CHARS = 1500;

/** The person last named with `title` before offset `before`, not too far back; or null. */
export function titledBefore(names: TitledNames, title: string, before: number): TitledName | null {
  const list = names.get(title);
  if (!list) return null;
  const after = firstIndexWhere(list.length, (index) => list[index].span.start >= before);
  const titled = after > 0 ? list[after - 1] : null;
  return titled && before - titled.span.start <= TITLE_REACH_CHARS ? titled : null;
}
