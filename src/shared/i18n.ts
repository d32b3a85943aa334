/**
 * The extension's words, through the browser's i18n API (`_locales/<lang>/messages.json`).
 * `getMessage` is synchronous and identical in Chrome (`chrome.i18n`) and Firefox
 * (`browser.i18n`), so it is read straight from the global rather than through
 * the polyfill, which cannot load outside an extension. Outside one (unit tests,
 * the CLI) and for a key a locale lacks, the English catalogue answers.
 */
import english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function browserI18n(): I18nApi | null {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n ?? null;
}

/** The message for `key` in the browser's language, with `$1`, `$2`… replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  try {
    const message = browserI18n()?.getMessage(key, values);
    if (message) return message;
  } catch {
    // An extension page whose context is gone (extension reloaded): fall back to English.
  }
  return substitute(english[key].message, values);
}

/** Chrome's rules: `$n` is the n-th substitution, `$$` a literal dollar sign. */
export function substitute(message: string, values: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_match, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}
