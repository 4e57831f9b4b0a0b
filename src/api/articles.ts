/**
 * Articles as the answers carry them, shared by /v1/articles and the MCP tools: a page of the
 * list, the whole article assembled from its rows, and a page of what links to one.
 */
import { citationFields } from '../db/citation-fields.js';
import type { ArticleQueries, ArticleRows } from '../db/queries/articles.js';
import type { BacklinkQueries, BacklinkRow } from '../db/queries/backlinks.js';
import type { ArticleMetadataReader } from './metadata.js';
import { decodeCursor, pageLimit, type Paginate } from './pagination.js';
import type { Article, ArticleListItem, Infobox, Link, MetadataKey, ResolvedRef, Section } from './wire/articles.js';
import type { Citation } from './wire/citations.js';
import { articleHref, articleRef, categoryHref } from './wire/links.js';

/** A whole article as assembled and cached: the answer of /v1/articles/{title} but how its title was asked. */
export type Loaded = Omit<Article, 'redirectedFrom' | 'normalizedFrom'>;

/** A page of articles in title order after the query's cursor (as /v1/articles and the MCP resource list answer). */
export function articleList(queries: ArticleQueries, query: { limit?: number; cursor?: string }, paginate: Paginate) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['string']) ?? [null];
  const toItem = (row: { title: string; summary: string | null }): ArticleListItem => ({ ...articleRef(row.title), summary: row.summary });
  return paginate(queries.list(limit, after as string | null), limit, (row) => [row.titleKey], toItem);
}

/** The whole article of an id but its metadata (src/api/metadata.ts), or null (the article cache, src/api/article-cache.ts, adds the metadata from the same rows and keeps it). */
export function loadArticle(queries: ArticleQueries, id: number): Omit<Loaded, MetadataKey> | null {
  const rows = queries.load(id);
  return rows && assembleArticle(rows);
}

/** The whole article of an id with its metadata, as GET /v1/articles/{title} and the snapshot carry it, or null. */
export function wholeArticle(queries: ArticleQueries, metadata: ArticleMetadataReader, id: number): Loaded | null {
  const rows = queries.load(id);
  if (!rows) return null;
  const loaded = assembleArticle(rows);
  return { ...loaded, ...metadata(rows.article, loaded.infobox) };
}

/** The answer of GET /v1/articles/{title}: the article with how its title was asked (`ref`); the snapshot's lines are the same. */
export const articleAnswer = (article: Loaded, ref: ResolvedRef): Article => ({ ...article, ...ref });

/** A page of the articles linking to article `id` (as /v1/articles/{title}/backlinks answers). */
export function backlinkList(queries: BacklinkQueries, id: number, query: { limit?: number; cursor?: string }, paginate: Paginate) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  const toItem = (row: BacklinkRow) => ({ ...articleRef(row.title), via: row.via === '' ? null : row.via });
  return paginate(queries.list(id, after as string, limit), limit, (row) => [row.titleKey], toItem);
}

/** The article of its rows: sections with their hatnotes and paragraphs, the infobox, citations, links and categories. */
export function assembleArticle({ article, infoboxFields, sections, blocks, citationUses, citations, redirects, links, categories }: ArticleRows): Omit<Loaded, MetadataKey> {
  const citedBy = new Map<number, number[]>();
  for (const use of citationUses) {
    const list = citedBy.get(use.partSeq) ?? [];
    if (!list.includes(use.n)) list.push(use.n);
    citedBy.set(use.partSeq, list);
  }
  const sectionList: Section[] = sections.map((row) => ({
    index: row.index,
    anchor: row.anchor,
    title: row.title,
    level: row.level,
    hatnotes: [],
    paragraphs: [],
    citations: [],
  }));
  const hatnoteTargets = new Map<number, string[]>();
  for (const link of links) {
    if (link.kind === 'link') continue;
    hatnoteTargets.set(link.partSeq, [...(hatnoteTargets.get(link.partSeq) ?? []), link.target]);
  }
  for (const block of blocks) {
    const section = sectionList[block.sectionIndex];
    if (!section) continue;
    if (block.kind === 'hatnote') {
      section.hatnotes.push({ kind: block.hatnoteKind as Section['hatnotes'][number]['kind'], targets: hatnoteTargets.get(block.seq) ?? [] });
      continue;
    }
    const cited = citedBy.get(block.seq) ?? [];
    section.paragraphs.push({
      kind: block.kind,
      text: block.text,
      ...(block.kind === 'list' ? { items: block.text.split('\n') } : {}),
      ...(block.kind === 'table' ? { rows: block.text.split('\n').map((row) => row.split('\t')) } : {}),
      citations: cited,
    });
    for (const n of cited) if (!section.citations.includes(n)) section.citations.push(n);
  }
  const infobox: Infobox | null = article.hasInfobox
    ? {
        title: article.infoboxTitle,
        template: article.infoboxTemplate,
        fields: infoboxFields.map((row) => ({
          key: row.key,
          label: row.label,
          text: row.text,
          ...(row.values ? { values: row.values } : {}),
          ...(row.date ? { date: row.date } : {}),
          ...(row.groupName ? { group: row.groupName } : {}),
          ...(row.supplied ? { supplied: true } : {}),
          ...(row.raw !== null ? { raw: row.raw } : {}),
          ...(row.links ? { links: row.links } : {}),
          value: row.value ?? null,
        })),
      }
    : null;
  const citationList: Citation[] = citations.map((row) => ({
    n: row.n,
    text: row.text,
    ...(citationFields(row) as Omit<Citation, 'n' | 'text' | 'sourceId'>),
    sourceId: row.sourceId,
  }));
  const linkList: Link[] = links.map((row) => ({
    kind: row.kind,
    target: row.target,
    exists: row.exists === 1,
    href: articleHref(row.target),
    section: row.sectionIndex,
  }));
  return {
    ...articleRef(article.title),
    site: article.siteName !== null ? { name: article.siteName, tagline: article.siteTagline ?? '', ...(article.siteUrl ? { url: article.siteUrl } : {}) } : null,
    summary: article.summary,
    infobox,
    sections: sectionList,
    citations: citationList,
    redirects: redirects.map((row) => row.fromTitle),
    links: linkList,
    contentHash: article.contentHash,
    format: article.format,
    categories: categories.map((row) => ({ ...row, href: categoryHref(row.name) })),
  };
}
