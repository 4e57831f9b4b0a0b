/** Cited works as /v1/sources and the MCP `get_source` tool answer them: a page of them, one by id, and one with a page of the articles citing it. */
import type { SourceQueries, SourceRow } from '../db/queries/sources.js';
import { normalizeIsbn } from '../document/identifiers.js';
import { identifierFilter, textMatch } from './citations.js';
import { cursorPosition, decodeCursor, pageLimit, type PageResult, type Paginate } from './pagination.js';
import { articleRef, sourceHref } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';
import type { Source, SourceArticlesQuery, SourceIdentifiers, SourceListItem, SourceQuery } from './wire/sources.js';

function identifiersOf(queries: SourceQueries, id: number): SourceIdentifiers {
  const out: SourceIdentifiers = { isbn: [], doi: null, oclc: null };
  for (const { kind, value } of queries.identifiers(id)) {
    if (kind === 'isbn') out.isbn.push(normalizeIsbn(value) ?? value);
    else if (kind === 'doi') out.doi ??= value;
    else if (kind === 'oclc') out.oclc ??= value;
  }
  return out;
}

function toItem(queries: SourceQueries, row: SourceRow): SourceListItem {
  const { citationCount, articleCount } = queries.counts(row.id);
  return {
    id: row.id,
    title: row.title,
    authors: JSON.parse(row.authors) as string[],
    year: row.year,
    publisher: row.publisher,
    place: row.place,
    url: row.url,
    kind: row.kind,
    identifiers: identifiersOf(queries, row.id),
    citationCount,
    articleCount,
    href: sourceHref(row.id),
  };
}

/** The sources matching a query (words, an ISBN or DOI; 400 for bad ones), after its cursor: a page of them. */
export function findSources(queries: SourceQueries, query: Omit<SourceQuery, 'format' | 'style' | 'locale'>) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['number']) ?? [0];
  const rows = queries.list(after as number, limit, { match: textMatch(query), ...identifierFilter(query) });
  return {
    /** How many sources come before this page. */
    start: cursorPosition(query.cursor, 1),
    page: (paginate: Paginate): PageResult<SourceListItem> => paginate(rows, limit, (row) => [row.id], (row) => toItem(queries, row)),
  };
}

/** One cited work; 404 for an unknown id. */
export function sourceById(queries: SourceQueries, id: number): SourceListItem {
  const row = queries.get(id);
  if (!row) throw new HttpProblem(404, 'Source not found', `There is no source with id ${id}.`);
  return toItem(queries, row);
}

/** A cited work with a page of the articles citing it (as /v1/sources/{id} and the MCP `get_source` tool answer); 404 for an unknown id. */
export function sourceWithArticles(queries: SourceQueries, id: number, query: SourceArticlesQuery, paginate: Paginate): Source {
  const source = sourceById(queries, id);
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  const rows = queries.citingArticles(source.id, after as string, limit);
  const { items, nextCursor, next } = paginate(rows, limit, (row) => [row.titleKey], (row) => ({
    ...articleRef(row.title),
    ...queries.citingReferences(source.id, row.articleId),
  }));
  return { ...source, articles: items, nextCursor, next };
}
