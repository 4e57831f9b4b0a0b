/**
 * One search, as /v1/search and the MCP `search` tool run it: the user's query translated, the
 * cursor checked against it, the ranked rows paged; and title completion, as /v1/titles and the
 * MCP resource completion run it. Every refusal is a 400 HttpProblem.
 */
import { SearchQueryError, translateQuery, type HitRow, type RankedRow, type RankKey, type SearchQueries, type TranslatedQuery } from '../db/queries/search.js';
import { decodeCursor, pageLimit, type PageResult, type Paginate } from './pagination.js';
import { articleRef } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';
import type { SearchHit, SearchQuery, TitleSuggestion } from './wire/search.js';

function invalidQuery(error: SearchQueryError): HttpProblem {
  return new HttpProblem(400, 'Invalid search query', error.message, [{ in: 'query', name: 'q', reason: error.message }]);
}

/** Cursor: [tier, bm25 as a string (exact), id, scope:digest of the query] — opaque to clients. */
function afterOf(cursor: string | undefined, tag: string): RankKey | null {
  const values = decodeCursor(cursor, ['number', 'string', 'number', 'string']);
  if (!values) return null;
  const [tier, score, id, cursorTag] = values as [number, string, number, string];
  const value = Number(score);
  if (cursorTag !== tag || (tier !== 0 && tier !== 1) || !/^-?[\d.e+-]+$/i.test(score) || !Number.isFinite(value) || id < 0) {
    throw new HttpProblem(400, 'Invalid cursor', 'The cursor does not belong to this query; use `nextCursor` from a previous page of the same search.', [
      { in: 'query', name: 'cursor', reason: 'cursor of another query' },
    ]);
  }
  return { tier, score: value, id };
}

/** A hit as the answer shows it: the article named by its title, slug and link. */
const toHit = ({ articleTitle, ...hit }: HitRow): SearchHit => ({ article: articleRef(articleTitle), ...hit });

export function searchPage(queries: SearchQueries, asked: SearchQuery, paginate: Paginate): PageResult<SearchHit> {
  const { q, cursor, in: scope = 'articles' } = asked;
  const limit = pageLimit(asked);
  let query: TranslatedQuery;
  try {
    query = translateQuery(q);
  } catch (error) {
    if (error instanceof SearchQueryError) throw invalidQuery(error);
    throw error;
  }
  const tag = `${scope}:${query.digest}`;
  const after = afterOf(cursor, tag);
  try {
    const rows = queries.rank(scope, query, limit + 1, after);
    return paginate(rows, limit, (row: RankedRow) => [row.tier, String(row.score), row.id, tag], (row) => toHit(queries.hit(query, row)));
  } catch (error) {
    if (error instanceof SearchQueryError) throw invalidQuery(error);
    throw error;
  }
}

/** The titles (and redirects) completing a prefix, each naming the article it leads to; 400 for what cannot be a prefix. */
export function titleSuggestions(queries: SearchQueries, prefix: string, limit: number): TitleSuggestion[] {
  try {
    return queries.titles(prefix, limit).map(({ title, redirect, targetTitle }) => ({ title, redirect, target: articleRef(targetTitle) }));
  } catch (error) {
    if (error instanceof SearchQueryError) {
      throw new HttpProblem(400, 'Invalid prefix', error.message, [{ in: 'query', name: 'prefix', reason: error.message }]);
    }
    throw error;
  }
}
