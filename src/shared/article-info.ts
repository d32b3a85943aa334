/** The article's identity, as the popup header and the Markdown summary show it. */
export interface ArticleInfo {
  title: string;
  siteName: string | null;
  byline: string | null;
  url: string;
  words: number;
  /** The page's declared language (`<html lang>` or Readability's guess); absent in results kept by older versions. */
  lang?: string | null;
}
