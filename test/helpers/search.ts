/** The shapes of /v1/search's answer that the search tests read: a page of hits. */
export interface Hit {
  article: { title: string; slug: string; href: string };
  section: { index: number; anchor: string | null; title: string | null } | null;
  snippet: string;
  score: number;
  matchedIn: string;
  citation?: { n: number; text: string };
}
export interface SearchPage {
  items: Hit[];
  nextCursor: string | null;
  next: string | null;
}
