// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, compactWhitespace, rangeFor } from './text-index';

function body(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document.body;
}

describe('compactWhitespace', () => {
  it('removes every kind of whitespace, no-break spaces included', () => {
    expect(compactWhitespace(' a\u00a0b\n\n c\td\u2009e ')).toBe('abcde');
  });
});

describe('buildTextIndex', () => {
  it('indexes visible text without whitespace, across element boundaries', () => {
    const index = buildTextIndex(body('<h1>Big  news</h1><p>First <b>bold</b>\n line.</p><p>Second.</p>'));
    expect(index.text).toBe('BignewsFirstboldline.Second.');
  });

  it('skips scripts, styles, templates, controls and hidden elements', () => {
    const index = buildTextIndex(
      body(
        '<p>keep</p><script>var x = 1;</script><style>p{}</style><noscript>no js</noscript>' +
          '<template>tpl</template><button>Share</button><div hidden>hidden</div>' +
          '<div style="display:none">none</div><p>also kept</p>',
      ),
    );
    expect(index.text).toBe('keepalsokept');
  });

  it('maps every character back to its node and offset', () => {
    const root = body('<p>ab  <i>cd</i></p><p> e f</p>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('abcdef');
    const range = rangeFor(index, 1, 5);
    expect(range.toString()).toBe('b  cd e');
    expect(range.startContainer.textContent).toBe('ab  ');
    expect(range.startOffset).toBe(1);
    expect(range.endContainer.textContent).toBe(' e f');
    expect(range.endOffset).toBe(2);
  });

  it('handles an empty page', () => {
    expect(buildTextIndex(body('')).text).toBe('');
  });
});
