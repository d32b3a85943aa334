/**
 * The command-line tool as users run it: the built `dist-cli/quotelens.mjs`
 * (the package's `bin`, built by `npm ci` and `npm run build:cli`), not its
 * TypeScript source.
 */
import { execFileSync, spawnSync } from 'node:child_process';
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
