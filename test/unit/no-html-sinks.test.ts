/**
 * Nothing the extension shows is parsed as HTML and nothing it holds is run as
 * code: the extension's own source has no HTML sink and no eval. (ESLint bans
 * these too; this test keeps the guarantee even if the lint config changes.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

const SINKS: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['eval(', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string setTimeout', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
];

/** The extension's code: everything under src/ except unit tests. */
function extensionFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|html)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(SRC, file));
}

describe('the extension source', () => {
  it('is found (the check below is not vacuous)', () => {
    const files = extensionFiles();
    expect(files.some((file) => file.endsWith('popup/app.tsx'))).toBe(true);
    expect(files.some((file) => file.endsWith('content/content-script.ts'))).toBe(true);
  });

  it('has no HTML sink and no eval', () => {
    const found: string[] = [];
    for (const file of extensionFiles()) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const [name, pattern] of SINKS) if (pattern.test(line)) found.push(`${file.slice(SRC.length + 1)}:${index + 1} ${name}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('the check catches a sink when there is one', () => {
    const hits = ['el.innerHTML = text', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'eval(code)', 'new Function("x")'].filter((line) =>
      SINKS.some(([, pattern]) => pattern.test(line)),
    );
    expect(hits).toHaveLength(4);
  });
});
