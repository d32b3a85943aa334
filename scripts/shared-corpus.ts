/** Where the team's shared corpus and scorer live: `../shared` beside the repo (or $QUOTELENS_SHARED). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = resolve(process.env.QUOTELENS_SHARED ?? resolve(REPO_ROOT, '../shared'));
export const CORPUS_DIR = resolve(SHARED_DIR, 'corpus');
export const SCORER = resolve(SHARED_DIR, 'tools/score.mjs');

export const sharedCorpusAvailable = (): boolean => existsSync(CORPUS_DIR) && existsSync(SCORER);

export const SHARED_MISSING_MESSAGE = `skipped: the shared corpus is not at ${SHARED_DIR} (put the team's shared/ folder beside the repo, or set QUOTELENS_SHARED)`;
