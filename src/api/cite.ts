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
import { Type, type Static } from 'typebox';
import { CslDate, CslName } from './wire/csl.js';
import { ResolvedRef, type Article } from './wire/articles.js';

/** The site named when an article's source names none (text renderings without their site line). */
export const FALLBACK_SITE = 'Encyclopedia API';

export const ArticleCslItem = Type.Object(
  {
    id: Type.String({ description: 'The article slug', examples: ['Russian_revolution_of_1917'] }),
    type: Type.Literal('entry-encyclopedia'),
    title: Type.String({ examples: ['Russian revolution of 1917'] }),
    'container-title': Type.String({ description: 'The site (the encyclopedia the entry is in; not repeated as publisher, which styles would print twice)', examples: ['Wikipedia'] }),
    author: Type.Array(CslName, { description: '"‹site› contributors", a literal name', examples: [[{ literal: 'Wikipedia contributors' }]] }),
    issued: Type.Optional(CslDate),
    accessed: CslDate,
    version: Type.String({
      description: 'The version cited: the revision id (wikitext), else the first 12 hex digits of the sha256 of the source document',
      examples: ['1221234567'],
    }),
    URL: Type.String({ description: 'The permanent URL', examples: ['https://api.example.org/v1/articles/Russian_revolution_of_1917'] }),
  },
  { description: 'The article as a CSL-JSON item (an encyclopedia entry)' },
);
export type ArticleCslItem = Static<typeof ArticleCslItem>;

export const CiteThisArticle = Type.Object(
  {
    article: ResolvedRef,
    site: Type.String({ description: 'The site the article comes from', examples: ['Wikipedia'] }),
    author: Type.String({ description: '"‹site› contributors"', examples: ['Wikipedia contributors'] }),
    title: Type.String({ examples: ['Russian revolution of 1917'] }),
    revision: Type.Union([Type.Object({ id: Type.Integer(), timestamp: Type.String({ format: 'date-time' }) }), Type.Null()], {
      description: 'The revision imported (wikitext); null for text documents',
    }),
    permanentUrl: Type.String({
      description: "The wiki's URL of the revision (`Special:Redirect/revision/<id>`) when the export gave the wiki's base URL, else this API's absolute URL of the article",
      examples: ['https://en.wikipedia.org/wiki/Special:Redirect/revision/1221234567'],
    }),
    accessed: Type.String({ format: 'date', description: 'Today (UTC), the access date', examples: ['2026-12-02'] }),
    csl: ArticleCslItem,
  },
  { description: 'How to cite an article (as Special:CiteThisPage)' },
);
export type CiteThisArticle = Static<typeof CiteThisArticle>;

export type Cited = Pick<Article, 'title' | 'slug' | 'site' | 'revision' | 'contentHash'>;

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
  if (!base || revision === null || revision === undefined) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  const target = `Special:Redirect/revision/${revision}`;
  if (url.searchParams.has('title')) {
    url.searchParams.set('title', target);
    return url.href;
  }
  url.pathname = url.pathname.replace(/[^/]*$/, target);
  url.search = '';
  url.hash = '';
  return url.href;
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
  return { article: ref, site, author, title: article.title, revision, permanentUrl, accessed: today, csl };
}
