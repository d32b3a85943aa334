/**
 * quotelens on the command line: the same extraction and the same engine as the
 * extension, in Node.
 *
 *   quotelens FILE…                 readable report (.html via Readability, else plain text)
 *   quotelens --json FILE…          the full analysis as JSON
 *   quotelens --jsonl IN.jsonl      one scorer prediction per {"id","text"} line, on stdout
 *
 * Built into dist-cli/quotelens.mjs (vite.cli.config.ts), the package's `bin`:
 * `npx quotelens …` or `npm run analyze -- …`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../src/engine/index';
import { formatAnalysis } from './format';
import { loadArticle } from './load-article';
import { toPrediction } from './predictions';

const USAGE = `usage: quotelens [--json] FILE…
       quotelens --jsonl IN.jsonl > OUT.jsonl
(from the repository: npx quotelens …, or npm run analyze -- …)`;

const NOT_ARTICLE = {
  'no-article': 'no article found on this page',
  'too-short': 'too little text to be an article',
} as const;

async function analyzeFiles(files: string[], asJson: boolean): Promise<number> {
  let failures = 0;
  const reports: unknown[] = [];
  for (const file of files) {
    let extraction;
    try {
      extraction = await loadArticle(file);
    } catch (error) {
      console.error(`${file}: cannot read (${(error as Error).message})`);
      failures++;
      continue;
    }
    if (!extraction.ok) {
      console.error(`${file}: ${NOT_ARTICLE[extraction.reason]} (${extraction.words} words)`);
      failures++;
      continue;
    }
    const { article } = extraction;
    const analysis = analyze(article);
    if (asJson) reports.push({ file, title: article.title, siteName: article.siteName, url: article.url, analysis });
    else console.log(`${formatAnalysis(file, analysis, article.title)}\n`);
  }
  if (asJson) console.log(JSON.stringify(files.length === 1 ? reports[0] ?? null : reports, null, 2));
  return failures === 0 ? 0 : 1;
}

async function analyzeJsonl(input: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      console.error(`${input}:${lineNumber}: not JSON, skipped`);
      continue;
    }
    if (typeof record.id !== 'string' || typeof record.text !== 'string') {
      console.error(`${input}:${lineNumber}: needs string "id" and "text", skipped`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(toPrediction(record.id, analyze({ text: record.text })))}\n`);
  }
  return 0;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h') || args.length === 0) {
    console.log(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const jsonlAt = args.indexOf('--jsonl');
  if (jsonlAt >= 0) {
    const input = args[jsonlAt + 1];
    if (!input) {
      console.error(USAGE);
      return 2;
    }
    return analyzeJsonl(input);
  }
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown.length > 0 || files.length === 0) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  return analyzeFiles(files, args.includes('--json'));
}

/**
 * Exits once everything written has left: a pipe takes stdout asynchronously, and exiting at once would cut
 * a long report at the pipe's buffer (64 KB) for a reader slower than the writer.
 */
function exitAfterOutput(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2)).then(exitAfterOutput, (error) => {
  console.error(error);
  exitAfterOutput(1);
});
