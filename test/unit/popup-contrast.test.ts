/**
 * The popup's colours (popup.css) meet WCAG AA for text — 4.5:1 — in the light
 * and the dark scheme, for every text colour on every background it is used on.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEnglish } from '../../src/popup/article-language';

const css = readFileSync(resolve(import.meta.dirname, '../../src/popup/popup.css'), 'utf8');

function variablesIn(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1], match[2]]));
}

const light = variablesIn(css.slice(css.indexOf(':root'), css.indexOf('}')));
const darkBlock = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const dark = { ...light, ...variablesIn(darkBlock.slice(0, darkBlock.indexOf('}\n}'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour → the backgrounds it is drawn on. */
const PAIRS: Array<[string, string[]]> = [
  ['text', ['bg', 'surface', 'badge-bg']],
  ['muted', ['bg', 'surface', 'badge-bg']],
  ['accent', ['bg', 'surface']],
  ['accent-text', ['accent']],
  ['warn', ['bg', 'surface']],
  ['numeric', ['bg', 'badge-bg']],
  ['territorial', ['bg', 'badge-bg']],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s scheme', (_scheme, colours: Record<string, string>) => {
  it('defines a different background from the other scheme', () => {
    expect(light.bg).not.toBe(dark.bg);
  });

  for (const [text, backgrounds] of PAIRS) {
    for (const background of backgrounds) {
      it(`--${text} on --${background} reaches 4.5:1`, () => {
        expect(colours[text], `--${text}`).toBeDefined();
        expect(colours[background], `--${background}`).toBeDefined();
        expect(contrast(colours[text], colours[background])).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});

describe('isEnglish', () => {
  it('reads the primary language subtag; no declared language counts as English', () => {
    for (const lang of ['en', 'en-GB', 'EN_us', null, undefined, '']) expect(isEnglish(lang), String(lang)).toBe(true);
    for (const lang of ['fr', 'fr-FR', 'de', 'es-419', 'ja']) expect(isEnglish(lang), lang).toBe(false);
  });
});
