/** In-page links change only the #fragment: the article is the same. */
export function sameArticleAddress(a: string, b: string): boolean {
  return withoutFragment(a) === withoutFragment(b);
}

function withoutFragment(url: string): string {
  return url.split('#')[0];
}
