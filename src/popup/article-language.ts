/**
 * Whether the article is in English, from the page's declared language. The
 * engine's attribution (speech verbs, roles, pronouns) is English-only, so the
 * popup says so for other languages. No declared language counts as English:
 * most pages that omit it are, and a wrong warning is worse than none.
 */
export function isEnglish(lang: string | null | undefined): boolean {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return !primary || primary === 'en';
}
