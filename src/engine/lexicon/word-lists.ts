/**
 * The engine's word lists, written as data in the JSON files beside this one (one file per subject:
 * calendar, speech, people, …). Each list has an `about` (what it is for), its `words` (lower case,
 * separated by spaces: what a token's `lower` is matched against) and, optionally, `include`: lists
 * defined earlier whose words it also holds, so that a word such as a weekday is written once.
 * Value tables (number words, months' numbers, bounds) are in tables.ts and number-words.ts.
 */
import calendar from './calendar.json';
import abbreviations from './abbreviations.json';
import functionWords from './function-words.json';
import clauses from './clauses.json';
import speech from './speech.json';
import people from './people.json';
import claims from './claims.json';
import places from './places.json';
import quantities from './quantities.json';

export interface WordListSpec {
  about?: string;
  note?: string;
  words: string;
  include?: string[];
}

/** Every file's lists in one record, in the order the files are listed (an `include` names a list before it). */
export const WORD_LIST_FILES = { calendar, abbreviations, functionWords, clauses, speech, people, claims, places, quantities };

const SPECS = { ...calendar, ...abbreviations, ...functionWords, ...clauses, ...speech, ...people, ...claims, ...places, ...quantities };

function build<T extends Record<string, WordListSpec>>(specs: T): { [K in keyof T]: ReadonlySet<string> } {
  const built: Record<string, ReadonlySet<string>> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const entries = spec.words.split(' ');
    for (const included of spec.include ?? []) entries.push(...built[included]);
    built[name] = new Set(entries);
  }
  return built as { [K in keyof T]: ReadonlySet<string> };
}

export const {
  WEEKDAYS, MONTH_NAMES, MONTH_ABBREVIATIONS, AMBIGUOUS_MONTHS, DAY_WORDS, TIME_WORDS, TIME_LEADS, TIME_ZONES, TIME_SUFFIXES, CLOCK_ENDINGS, TIME_ZONE_WORDS,
  ABBREVIATIONS, PRONOUNS, SUBJECT_PRONOUNS, DETERMINERS, INDEFINITE_ARTICLES, PHRASE_PREPOSITIONS, PREPOSITIONS, OBJECT_MARKS,
  AUXILIARIES_AND_ADVERBS, CAPITALISED_FUNCTION_WORDS, TITLE_CASE_SMALL_WORDS, RELATIVE_WORDS, SUBJECT_RELATIVES, BE_FORMS,
  PASSIVE_AUXILIARIES, CONDITIONALS, HYPOTHETICAL_MODALS, CONTRACTED_AUXILIARIES, PLURAL_AUXILIARIES, SINGULAR_AUXILIARIES, FINITE_VERB_WORDS, INTRODUCTORY_WORDS, ASIDE_OPENERS, GERUND_LEADS, SENTENCE_CONNECTORS, CLAUSE_START_BLOCKERS, ADJUNCT_OPENERS,
  TOPIC_PREPOSITIONS, DURATION_NOUNS, LINK_OPENERS, IRREGULAR_PARTICIPLES, CIRCUMSTANCE_CONJUNCTIONS, PHRASE_BREAKS, MENTION_RESTARTS, COORDINATORS, SUBORDINATORS, APPOSITIVE_CLAUSE_OPENERS, CLAUSE_OPENERS, CLAUSE_JOINERS,
  LEADING_CONNECTIVES, SPEECH_VERBS, WEAK_CUES, DESCRIBE_CUES, FINDING_CUES, ATTITUDE_CUES, CLAUSE_ONLY_CUES, DOCUMENT_CUES, NOUN_LIKE_CUES, TAKES_HEARER, INFINITIVE_CUES,
  PARTICIPLE_CUES, CALL_VERBS, POINT_VERBS, SAY_VERBS, THAT_ONLY_CUES, EMPTY_OBJECTS, ANONYMITY_WORDS, PURPOSE_VENUES, CAUSATIVE_VERBS, REASON_CUES, DOCUMENT_NOUNS, NEGATIVE_SUBJECTS, QUESTION_OPENERS,
  IRREGULAR_PAST_CUES, FOREIGN_SPEECH_VERBS, FOREIGN_AUXILIARIES, FOREIGN_ACCORDING, FOREIGN_DETERMINERS, REPORTING_VERBS,
  DENIAL_VERBS, ROLE_NOUNS, HONORIFICS, NAME_SUFFIXES, NAME_PARTICLES, TITLES, DEPARTMENT_WORDS, ORGANISATION_WORDS, DOCUMENT_WORDS, RECORD_NOUNS, STATE_BODIES,
  ISSUED_WORDS, MEDIA_WORDS, ANONYMOUS_HEADS, SOURCE_QUALIFIERS, ROLE_ADJECTIVES, NOT_SPEAKERS, QUANTITY_HEADS, AUTHOR_HEADS, AUTHORED_DOCUMENTS, GROUP_PRONOUNS, NEGATIONS,
  EXPECTATION_WORDS, ASSERTING_WORDS, COMPARISON_CHANGE_WORDS, DEADLINE_WORDS, LABEL_DETERMINERS, TIMESTAMP_WORDS, SET_DETERMINERS, ORDINAL_WORDS, TIME_UNITS_OF_ONE, DURATION_PREPOSITIONS, STATED_ONE_WORDS, RELATIVE_OPENERS, IRREGULAR_PAST_VERBS, HEDGE_ADVERBS, HEDGE_PARTICIPLES, CONCESSIVE_OPENERS, MULTIPLYING_WORDS, MULTIPLE_ADVERBS, TOLL_WORDS, PLACE_NOUNS, PLACE_ADJECTIVES, INSTITUTION_NOUNS,
  PLACE_PREPOSITIONS, NOT_PLACE_NAMES, ANYWHERE_CUES, TERRITORIAL_NOUNS, OBJECT_CUES, OBJECT_LINKS, HOLD_CUES, TAKE_CUES, CLAIM_CUES, LOCATIVE_LINKS, FORCE_NOUNS, MOVEMENT_CUES, MILITARY_PLACES, PRESENCE_PREPOSITIONS, FALL_TO_CUES, EXPULSION_CUES, HYPOTHETICAL_CUE_MODALS, RISE_WORDS, FALL_WORDS, RISE_BY_WORDS,
  CHANGE_FILLERS, PHRASAL_VERBS, BEFORE_BARE_MONTH, BEFORE_YEAR, POSSESSIVES, ORDINAL_SUFFIXES, STREET_WORDS, LABEL_WORDS,
  HYPHEN_PREFIXES, BEFORE_PRONOUN_ONE, AFTER_PRONOUN_ONE, HALF_FOLLOWERS, RATE_NOUNS, RELATIVE_TIME_WORDS, NOUN_PHRASE_STOPS,
  IRREGULAR_PLURALS, UNITS_BEFORE_NUMBER, QUANTITY_START_WORDS, MONEY_NOUNS, WEIGHT_VERBS, VIDEO_LINES, COMPARING_WORDS, PARTITIVE_DETERMINERS,
} = build(SPECS);
