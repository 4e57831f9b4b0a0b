/** A cited work with a page of the articles citing it, as /v1/sources/{id} and the MCP `get_source` tool answer. */
import type { SourceQueries } from '../db/queries/sources.js';
import { decodeCursor, type Paginate } from './pagination.js';
import { articleRef } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';
import type { Source, SourceArticlesQuery } from './wire/sources.js';

/** A cited work with a page of the articles citing it (as /v1/sources/{id} and the MCP `get_source` tool answer); 404 for an unknown id. */
export function sourceWithArticles(queries: SourceQueries, id: number, query: SourceArticlesQuery, paginate: Paginate): Source {
  const source = queries.get(id);
  if (!source) throw new HttpProblem(404, 'Source not found', `There is no source with id ${id}.`);
  const limit = query.limit ?? 20;
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  const rows = queries.citingArticles(source.id, after as string, limit);
  const { items, nextCursor, next } = paginate(rows, limit, (row) => [row.titleKey], (row) => ({
    ...articleRef(row.title),
    ...queries.citingReferences(source.id, row.articleId),
  }));
  return { ...source, articles: items, nextCursor, next };
}
