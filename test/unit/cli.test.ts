/**
 * The command-line tool as users run it: the built `dist-cli/quotelens.mjs`
 * (the package's `bin`, built by `npm ci` and `npm run build:cli`), not its
 * TypeScript source.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const CLI = resolve(REPO_ROOT, 'dist-cli/quotelens.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

beforeAll(() => {
  // Built from the current source, so the test never reads a stale build.
  execFileSync('npm', ['run', 'build:cli'], { cwd: REPO_ROOT, stdio: 'ignore' });
});

describe('the quotelens command', () => {
  it('reads a news page through Readability and lists its speakers', () => {
    const { status, stdout } = run('test/fixtures/seed/article.html');
    expect(status).toBe(0);
    expect(stdout).toContain('Antony Blinken — US Secretary of State');
    expect(stdout).toMatch(/Claims \(\d+\)/);
  });

  it('answers --jsonl with one scorer prediction per line', () => {
    const input = join(mkdtempSync(join(tmpdir(), 'quotelens-cli-')), 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'a', text: '“We will rebuild,” said Jane Doe. About 40 people were rescued.' })}\n`);
    const { status, stdout } = run('--jsonl', input);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0].id).toBe('a');
    expect(lines[0].quotes[0].speaker).toBe('Jane Doe');
  });

  it('writes a long --json report whole to a pipe whose reader is slow', async () => {
    const input = join(mkdtempSync(join(tmpdir(), 'quotelens-cli-')), 'long.txt');
    writeFileSync(input, Array.from({ length: 400 }, (_, n) => `“We will rebuild bridge ${n},” said Jane Doe. About ${n + 40} people were rescued.`).join('\n\n'));
    const child = spawn(process.execPath, [CLI, '--json', input], { cwd: REPO_ROOT });
    // The reader starts late, as a slow consumer ("| less") does: the writer must wait for it, not exit.
    child.stdout.pause();
    await new Promise((settle) => setTimeout(settle, 300));
    let report = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (report += chunk)).resume();
    const status = await new Promise((settle) => child.on('close', settle));
    expect(status).toBe(0);
    expect(report.length).toBeGreaterThan(65_536);
    expect(JSON.parse(report).analysis.quotes).toHaveLength(400);
  });

  it('says why a page is not an article, and exits non-zero', () => {
    const { status, stderr } = run('test/fixtures/not-article/index.html');
    expect(status).toBe(1);
    expect(stderr).toContain('too little text to be an article');
  });

  it('prints its usage for no arguments', () => {
    const { status, stdout } = run();
    expect(status).toBe(2);
    expect(stdout).toContain('usage:');
  });
});
