/**
 * The reader's preferences (options page and popup toggles): what the page
 * highlighter paints and in which colours, and what "Copy summary" writes.
 * Pure: `settings-store.ts` keeps them in extension storage. Anything stored
 * that is missing or malformed (an older version, a hand-edited profile) falls
 * back to its default, field by field, so one bad value never loses the rest.
 */
import type { HighlightKind } from './highlights/types';
import { HIGHLIGHT_KINDS } from './highlights/types';

export type SummaryFormat = 'markdown' | 'text' | 'json';

export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['markdown', 'text', 'json'];

/** One colour per kind, as `#rrggbb` (what `<input type="color">` gives). */
export type HighlightColours = Record<HighlightKind, string>;

export type HighlightKinds = Record<HighlightKind, boolean>;

export interface Settings {
  highlightColours: HighlightColours;
  /** Which kinds are painted in the page; the popup's toggles change this too. */
  highlightKinds: HighlightKinds;
  summaryFormat: SummaryFormat;
  /** Whether the copied summary starts with the article's title, site and URL. */
  includeTitleAndUrl: boolean;
}

/** Amber, blue and magenta: told apart with the common colour-vision deficiencies too. */
export const DEFAULT_SETTINGS: Settings = {
  highlightColours: { quote: '#ffb800', numeric: '#1e90ff', territorial: '#ce40e0' },
  highlightKinds: { quote: true, numeric: true, territorial: true },
  summaryFormat: 'markdown',
  includeTitleAndUrl: true,
};

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value);
}

/** Settings from whatever storage held: each valid field kept, every other one its default. */
export function validateSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const colours = isRecord(raw.highlightColours) ? raw.highlightColours : {};
  const kinds = isRecord(raw.highlightKinds) ? raw.highlightKinds : {};
  const perKind = <T>(pick: (kind: HighlightKind) => T) =>
    Object.fromEntries(HIGHLIGHT_KINDS.map((kind) => [kind, pick(kind)])) as Record<HighlightKind, T>;
  return {
    highlightColours: perKind((kind) => {
      const colour = colours[kind];
      return isHexColour(colour) ? colour.toLowerCase() : DEFAULT_SETTINGS.highlightColours[kind];
    }),
    highlightKinds: perKind((kind) => {
      const on = kinds[kind];
      return typeof on === 'boolean' ? on : DEFAULT_SETTINGS.highlightKinds[kind];
    }),
    summaryFormat: SUMMARY_FORMATS.includes(raw.summaryFormat as SummaryFormat)
      ? (raw.summaryFormat as SummaryFormat)
      : DEFAULT_SETTINGS.summaryFormat,
    includeTitleAndUrl: typeof raw.includeTitleAndUrl === 'boolean' ? raw.includeTitleAndUrl : DEFAULT_SETTINGS.includeTitleAndUrl,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
