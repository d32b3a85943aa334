import { describe, expect, it, vi } from 'vitest';
import { kindColoursFrom, highlightStyleSheetText } from '../../src/shared/highlights/styles';
import { DEFAULT_SETTINGS, isHexColour, validateSettings } from '../../src/shared/settings';

// paint-highlights reads the settings through the extension API, which only loads inside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { highlightLook } = await import('../../src/background/paint-highlights');

describe('validateSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('settings')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings([])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const stored = {
      highlightColours: { quote: '#00FF00', numeric: '#123456', territorial: '#abcdef' },
      highlightKinds: { quote: false, numeric: true, territorial: false },
      summaryFormat: 'json',
      includeTitleAndUrl: false,
    };
    expect(validateSettings(stored)).toEqual({ ...stored, highlightColours: { ...stored.highlightColours, quote: '#00ff00' } });
  });

  it('replaces each malformed field by its default and keeps the rest', () => {
    const settings = validateSettings({
      highlightColours: { quote: 'red', numeric: '#12345', territorial: '#00aa00' },
      highlightKinds: { quote: 'no', numeric: false },
      summaryFormat: 'html',
      includeTitleAndUrl: 1,
      unknown: true,
    });
    expect(settings).toEqual({
      highlightColours: { quote: DEFAULT_SETTINGS.highlightColours.quote, numeric: DEFAULT_SETTINGS.highlightColours.numeric, territorial: '#00aa00' },
      highlightKinds: { quote: true, numeric: false, territorial: true },
      summaryFormat: 'markdown',
      includeTitleAndUrl: true,
    });
  });

  it('accepts only #rrggbb colours (what a colour input gives), so nothing else reaches the page’s style sheet', () => {
    expect(isHexColour('#a1b2c3')).toBe(true);
    for (const bad of ['a1b2c3', '#abc', 'red; } body { display: none', 'rgb(1,2,3)', 7]) expect(isHexColour(bad)).toBe(false);
  });
});

describe('highlight colours from settings', () => {
  it('turn a colour into a translucent tint and an underline', () => {
    expect(kindColoursFrom('#1e90ff')).toEqual({ background: 'rgba(30, 144, 255, 0.3)', underline: 'rgba(30, 144, 255, 0.95)' });
  });

  it('go into the page’s style sheet as the kind’s custom properties; other kinds keep the defaults', () => {
    const sheet = highlightStyleSheetText({ quote: kindColoursFrom('#00ff00') });
    expect(sheet).toContain('--quotelens-quote-background: rgba(0, 255, 0, 0.3);');
    expect(sheet).toContain('--quotelens-numeric-background: rgba(30, 144, 255, 0.28);');
  });

  it('are sent to the page with the kinds the reader chose', () => {
    const look = highlightLook({ ...DEFAULT_SETTINGS, highlightKinds: { quote: true, numeric: false, territorial: true } });
    expect(look.kinds).toEqual({ quote: true, numeric: false, territorial: true });
    expect(look.colours.territorial).toEqual(kindColoursFrom(DEFAULT_SETTINGS.highlightColours.territorial));
  });
});
