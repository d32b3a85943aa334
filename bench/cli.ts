/**
 * The command-line tool's start-up: from spawning `node dist-cli/quotelens.mjs`
 * on a one-paragraph text to the first byte of its report on stdout. That is
 * what a newsroom script calling it once per article waits for.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SectionResult } from './report';
import { median } from './stats';

const ONE_PARAGRAPH =
  'The minister said on Tuesday that 40 people had been rescued from the flooded valley. ' +
  '“We will rebuild every bridge,” said Jane Doe, the mayor of the town, adding that the repairs would cost about $12 million.\n';

/** Milliseconds from spawning the CLI to its first byte of output. */
function firstByteMs(cli: string, file: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let ms: number | null = null;
    child.stdout.once('data', () => (ms = performance.now() - started));
    child.stdout.resume();
    child.on('error', fail);
    child.on('close', (code) => (code === 0 && ms !== null ? done(ms) : fail(new Error(`quotelens exited with ${code}`))));
  });
}

export async function benchCli(cliPath: string, runs: number): Promise<SectionResult<{ startupMs: number[] }>> {
  if (!existsSync(cliPath)) throw new Error(`No built CLI at ${cliPath}: run \`npm run build:cli\` first.`);
  const file = join(mkdtempSync(join(tmpdir(), 'quotelens-bench-')), 'paragraph.txt');
  writeFileSync(file, ONE_PARAGRAPH);
  await firstByteMs(cliPath, file); // warms the file system cache
  const startupMs: number[] = [];
  for (let run = 0; run < runs; run++) startupMs.push(await firstByteMs(cliPath, file));
  return {
    figures: [
      {
        section: 'cli',
        label: `CLI start-up to first byte of output, one-paragraph text, median of ${runs}`,
        value: Math.round(median(startupMs)),
        unit: 'ms',
        budget: { comparison: '<=', limit: 300 },
      },
    ],
    details: { startupMs: startupMs.map(Math.round) },
  };
}

export const CLI_PATH = resolve(import.meta.dirname, '../dist-cli/quotelens.mjs');
