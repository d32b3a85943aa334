/**
 * The pages the benchmark reads: the seed article and, when the team's shared
 * corpus is beside the repo, its real news pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, REPO_ROOT, SHARED_MISSING_MESSAGE, sharedCorpusAvailable } from '../scripts/shared-corpus';

export type PageSource = 'seed' | 'readability' | 'aeb';

export interface BenchPage {
  /** `source/file-name`, unique across the corpus. */
  name: string;
  source: PageSource;
  file: string;
}

export interface PageSet {
  seed: BenchPage;
  /** The seed first, then the corpus pages. */
  pages: BenchPage[];
  /** Why only the seed is measured, when the shared corpus is absent. */
  corpusSkipped: string | null;
}

/** The seed page from the shared corpus, else the repo's own copy of it. */
export function seedPage(): BenchPage {
  const shared = join(CORPUS_DIR, 'seed/article.html');
  const file = existsSync(shared) ? shared : resolve(REPO_ROOT, 'test/fixtures/seed/article.html');
  return { name: 'seed/article.html', source: 'seed', file };
}

/** `NAME.html` pages only: the readability folder also holds `NAME.expected.html`, the reference output. */
function pagesIn(source: PageSource, folder: string): BenchPage[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html') && !file.endsWith('.expected.html'))
    .sort()
    .map((file) => ({ name: `${source}/${file}`, source, file: join(folder, file) }));
}

export function benchPages(): PageSet {
  const seed = seedPage();
  if (!sharedCorpusAvailable()) return { seed, pages: [seed], corpusSkipped: SHARED_MISSING_MESSAGE };
  return {
    seed,
    pages: [
      seed,
      ...pagesIn('readability', join(CORPUS_DIR, 'pages/readability')),
      ...pagesIn('aeb', join(CORPUS_DIR, 'pages/aeb')),
    ],
    corpusSkipped: null,
  };
}
