/**
 * The look of the highlights. Colours are translucent so the page's own text
 * colour shows through: dark text on a light page and light text on a dark page
 * both stay readable over them, and the underline keeps each kind visible where
 * the tint alone is faint. Each colour is a custom property on the root element
 * (`--quotelens-quote-background`, …) so that an options page can change them
 * without touching these rules.
 */
import { HIGHLIGHT_KINDS, highlightName, type HighlightKind, type KindColours } from './types';

/** Amber, blue and magenta: told apart with the common colour-vision deficiencies too. */
export const DEFAULT_COLOURS: Record<HighlightKind | 'flash', KindColours> = {
  quote: { background: 'rgba(255, 184, 0, 0.32)', underline: 'rgba(222, 138, 0, 0.95)' },
  numeric: { background: 'rgba(30, 144, 255, 0.28)', underline: 'rgba(24, 118, 235, 0.95)' },
  territorial: { background: 'rgba(206, 64, 224, 0.26)', underline: 'rgba(186, 48, 206, 0.95)' },
  // The short-lived mark `scrollTo` leaves: stronger than any kind, so it shows over them.
  flash: { background: 'rgba(255, 96, 0, 0.55)', underline: 'rgba(235, 80, 0, 1)' },
};

export function colourProperty(kind: HighlightKind | 'flash', part: keyof KindColours): string {
  return `--${highlightName(kind)}-${part}`;
}

/** The reader's colour for a kind (`#rrggbb`, from the options page): a translucent tint and a solid underline. */
export function kindColoursFrom(hex: string): KindColours {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return { background: `rgba(${r}, ${g}, ${b}, 0.3)`, underline: `rgba(${r}, ${g}, ${b}, 0.95)` };
}

/**
 * The style sheet adopted by the page: colour properties (the reader's colours
 * where given) plus one `::highlight()` rule per name.
 */
export function highlightStyleSheetText(colours: Partial<Record<HighlightKind, KindColours>> = {}): string {
  const kinds = [...HIGHLIGHT_KINDS, 'flash' as const];
  const colourOf = (kind: HighlightKind | 'flash') => (kind !== 'flash' && colours[kind]) || DEFAULT_COLOURS[kind];
  const properties = kinds
    .flatMap((kind) => [
      `  ${colourProperty(kind, 'background')}: ${colourOf(kind).background};`,
      `  ${colourProperty(kind, 'underline')}: ${colourOf(kind).underline};`,
    ])
    .join('\n');
  // The fallbacks matter: a highlight pseudo-element may not see the root's custom properties
  // in every engine, and then the default colour must still apply.
  const rules = kinds.map(
    (kind) =>
      `::highlight(${highlightName(kind)}) {\n` +
      `  background-color: var(${colourProperty(kind, 'background')}, ${DEFAULT_COLOURS[kind].background});\n` +
      `  text-decoration: underline 2px var(${colourProperty(kind, 'underline')}, ${DEFAULT_COLOURS[kind].underline});\n` +
      `}`,
  );
  return [`:root {\n${properties}\n}`, ...rules].join('\n');
}
