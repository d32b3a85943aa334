import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { substitute, t } from '../../src/shared/i18n';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const scope = globalThis as { chrome?: unknown };

afterEach(() => {
  delete scope.chrome;
});

describe('t', () => {
  it('answers from the English catalogue outside an extension', () => {
    expect(t('copySummary')).toBe('Copy summary');
    expect(t('showLowConfidenceMany', 3)).toBe('Show 3 low-confidence quotes');
    expect(t('showOnlySpeaker', 'Antony Blinken')).toBe('Show only Antony Blinken’s quotes');
  });

  it('asks the browser’s i18n API first, and falls back to English for a key the locale lacks', () => {
    const asked: unknown[] = [];
    scope.chrome = {
      i18n: {
        getMessage: (key: string, substitutions: string[]) => {
          asked.push([key, substitutions]);
          return key === 'copySummary' ? 'Copier le résumé' : '';
        },
      },
    };
    expect(t('copySummary')).toBe('Copier le résumé');
    expect(t('showAll')).toBe('Show all');
    expect(asked[0]).toEqual(['copySummary', []]);
  });

  it('substitutes $1…$9 and keeps $$ as a dollar sign, as Chrome and Firefox do', () => {
    expect(substitute('$1 of $2 cost $$5', ['3', '4'])).toBe('3 of 4 cost $5');
    expect(substitute('missing $2', ['a'])).toBe('missing ');
  });
});

describe('the manifest', () => {
  it('takes its name, description, title and shortcut descriptions from the English messages', async () => {
    const manifest = JSON.parse(await readFile(resolve(REPO_ROOT, 'manifest.json'), 'utf8'));
    expect(manifest.default_locale).toBe('en');
    const used = JSON.stringify(manifest).match(/__MSG_\w+__/g) ?? [];
    expect(used).toEqual(expect.arrayContaining(['__MSG_extensionName__', '__MSG_extensionDescription__', '__MSG_actionTitle__']));
    for (const placeholder of used) expect(english, placeholder).toHaveProperty(placeholder.slice(6, -2));
    // Chrome's store limit for the description.
    expect(english.extensionDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('declares the two keyboard shortcuts', async () => {
    const manifest = JSON.parse(await readFile(resolve(REPO_ROOT, 'manifest.json'), 'utf8'));
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+Q');
    expect(manifest.commands['toggle-highlights'].suggested_key.default).toBe('Alt+Shift+H');
  });
});
