import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED_DIR, fixturePages, pageExpectation } from '../page-expectations';

describe('real pages: what a reader sees matches the reviewed expectation', () => {
  for (const page of fixturePages()) {
    it(`${page.name}: speakers, quotes and claims`, async () => {
      const expected = JSON.parse(readFileSync(resolve(EXPECTED_DIR, `${page.name}.json`), 'utf8'));
      expect(await pageExpectation(page.file)).toEqual(expected);
    });
  }
});
