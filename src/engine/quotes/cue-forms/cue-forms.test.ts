import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, LOW_CONFIDENCE } from '../../index';

/**
 * Each cue form's file opens with the sentences it reads, one a line: ` *   "…"` (a note in brackets may
 * follow). Each must give a listed quote with a cue and a speaker mention, so the examples stay true.
 */
const DIR = fileURLToPath(new URL('.', import.meta.url));
const EXAMPLE = /^ \*\s+"(.+)"(?:\s+\(.*\))?$/gmu;

const examples = readdirSync(DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => {
    const source = readFileSync(`${DIR}${file}`, 'utf8');
    const header = source.slice(0, source.indexOf('*/'));
    return [...header.matchAll(EXAMPLE)].map((match) => ({ file, text: match[1] }));
  });

describe('the cue forms read the examples they are written with', () => {
  it('has examples for every form', () => {
    expect(new Set(examples.map((example) => example.file)).size).toBeGreaterThanOrEqual(7);
  });

  for (const { file, text } of examples) {
    it(`${file}: ${text}`, () => {
      const listed = analyze({ text }).quotes.filter((quote) => quote.confidence >= LOW_CONFIDENCE);
      expect(listed.some((quote) => quote.cue !== null && quote.speakerMention !== null)).toBe(true);
    });
  }
});
