import { describe, expect, it } from 'vitest';
import { quoteCitation } from '../../src/shared/quote-citation';

const article = { siteName: 'Press TV', url: 'https://www.presstv.ir/Detail/2021/07/28/663218' };
const blinken = { name: 'Antony Blinken', role: 'US Secretary of State', organisation: null };

describe('quoteCitation', () => {
  it('a direct quote keeps the article’s marks, then name, role, site and URL', () => {
    expect(quoteCitation({ text: '“We will not give up.”', kind: 'direct' }, blinken, article)).toBe(
      '“We will not give up.” — Antony Blinken, US Secretary of State, via Press TV, https://www.presstv.ir/Detail/2021/07/28/663218',
    );
    expect(quoteCitation({ text: '«Nous restons.»', kind: 'direct' }, blinken, article)).toMatch(/^«Nous restons\.» — /);
  });

  it('a direct quote without marks gets them; reported speech is not dressed up as verbatim', () => {
    expect(quoteCitation({ text: 'We stay', kind: 'direct' }, blinken, article)).toMatch(/^“We stay” — /);
    expect(quoteCitation({ text: 'the talks would resume', kind: 'indirect' }, blinken, article)).toMatch(/^the talks would resume — /);
  });

  it('says when the speaker is unknown, and uses the host when the site has no name', () => {
    expect(quoteCitation({ text: '“No.”', kind: 'direct' }, null, { siteName: null, url: 'https://news.example/a' })).toBe(
      '“No.” — speaker not identified, via news.example, https://news.example/a',
    );
  });

  it('adds the organisation, and folds the quote onto one line', () => {
    const lyons = { name: 'Deborah Lyons', role: 'special envoy', organisation: 'United Nations' };
    expect(quoteCitation({ text: '“A tragic\n course.”', kind: 'direct' }, lyons, article)).toBe(
      '“A tragic course.” — Deborah Lyons, special envoy, United Nations, via Press TV, https://www.presstv.ir/Detail/2021/07/28/663218',
    );
  });
});
