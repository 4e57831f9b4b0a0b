/**
 * A wiki's URL of one of its pages, made from its main page URL (a MediaWiki export's `<base>`) as
 * the wiki's article path is: `/wiki/Main_Page` → `/wiki/<page>`, `index.php?title=Main_Page` →
 * `index.php?title=<page>`; null without a base, or when it is no URL.
 */
export function wikiPageUrl(base: string | null | undefined, page: string): string | null {
  if (!base) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.searchParams.has('title')) {
    url.searchParams.set('title', page);
    return url.href;
  }
  url.pathname = url.pathname.replace(/[^/]*$/, '') + encodeURIComponent(page).replace(/%3A/g, ':').replace(/%2F/g, '/');
  url.search = '';
  url.hash = '';
  return url.href;
}
