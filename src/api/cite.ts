/**
 * Cite-this-article, shared by GET /v1/articles/{title}/cite and the MCP tools: how to cite the
 * article itself, as MediaWiki's Special:CiteThisPage gives it — the site, "‹site› contributors" as
 * author, the title, the revision and its time where known (wikitext), a permanent URL and today's
 * date (UTC) as the access date.
 *
 * The permanent URL of a wikitext revision whose export gave the wiki's `<base>` is the wiki's own
 * `Special:Redirect/revision/<id>` (every MediaWiki since 1.27 resolves it to that revision);
 * otherwise it is this API's absolute URL of the article.
 */
import { wikiPageUrl } from '../document/wiki-urls.js';
import type { Article, ResolvedRef } from './wire/articles.js';
import type { ArticleCslItem, CiteThisArticle } from './wire/cite.js';

/** The site named when an article's source names none (text renderings without their site line). */
export const FALLBACK_SITE = 'Encyclopedia API';

export type Cited = Pick<Article, 'title' | 'slug' | 'site' | 'revision' | 'contentHash' | 'license'>;

const datePartsOf = (iso: string): [number, number, number] | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
};

/**
 * The wiki's permanent URL of a revision, from its main page URL (`<base>`): the article path's
 * `Special:Redirect/revision/<id>` (`/wiki/Main_Page` → `/wiki/Special:Redirect/revision/42`, and
 * `index.php?title=Main_Page` → `index.php?title=Special:Redirect/revision/42`); null without both.
 */
export function revisionUrl(base: string | undefined, revision: number | null | undefined): string | null {
  if (revision === null || revision === undefined) return null;
  return wikiPageUrl(base, `Special:Redirect/revision/${revision}`);
}

/** The citation of an article: pure (the URL and the day are given); the MCP `cite_article` tool answers it too. */
export function citeArticle(article: Cited, ref: ResolvedRef, { url, today }: { url: string; today: string }): CiteThisArticle {
  const site = article.site?.name.trim() || FALLBACK_SITE;
  const author = `${site} contributors`;
  const revision = article.revision ? { id: article.revision.id, timestamp: article.revision.timestamp } : null;
  const issued = revision ? datePartsOf(revision.timestamp) : null;
  const permanentUrl = revisionUrl(article.site?.url, revision?.id) ?? url;
  const csl: ArticleCslItem = {
    id: article.slug,
    type: 'entry-encyclopedia',
    title: article.title,
    'container-title': site,
    author: [{ literal: author }],
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [datePartsOf(today)!] },
    version: revision ? String(revision.id) : article.contentHash.slice(0, 12),
    URL: permanentUrl,
  };
  return { article: ref, site, author, title: article.title, revision, permanentUrl, accessed: today, license: article.license, csl };
}
