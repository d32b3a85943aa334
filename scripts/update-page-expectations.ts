/** Rewrites test/fixtures/expected/*.json from the current engine: review the diff before committing. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXPECTED_DIR, fixturePages, pageExpectation } from '../test/page-expectations';

mkdirSync(EXPECTED_DIR, { recursive: true });
for (const page of fixturePages()) {
  writeFileSync(resolve(EXPECTED_DIR, `${page.name}.json`), `${JSON.stringify(await pageExpectation(page.file), null, 2)}\n`);
  console.log(`wrote test/fixtures/expected/${page.name}.json`);
}
