/**
 * Citations across the corpus, shared by /v1/citations, /v1/sources and the MCP tools: the filters
 * of a query, checked and turned into what the citation queries take, and the matching citations
 * as JSON hits or CSL items.
 */
import { citationFields } from '../db/citation-fields.js';
import type { ArticleQueries } from '../db/queries/articles.js';
import { matchExpression, MAX_WORDS, TEXT_FILTERS, words, type CitationFilter, type CitationQueries, type CitationRow, type TextFilter } from '../db/queries/citations.js';
import { normalizeDoi, normalizeIsbn } from '../document/identifiers.js';
import { toCsl } from './csl.js';
import { articleNotFound } from './lookup.js';
import { cursorPosition, decodeCursor, pageLimit, type PageResult, type Paginate } from './pagination.js';
import type { Citation, CitationHit, CitationQuery } from './wire/citations.js';
import type { CslItem } from './wire/csl.js';
import { articleRef } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';

/** A citation as the answers show it: its number, text, parsed fields and the work it cites. */
const toCitation = (row: CitationRow): Citation => ({
  n: row.n,
  text: row.text,
  ...(citationFields(row) as Omit<Citation, 'n' | 'text' | 'sourceId'>),
  sourceId: row.sourceId,
});

/** Each citation of a page of rows with its article and the sections citing it. */
function toHits(queries: CitationQueries, rows: CitationRow[]): CitationHit[] {
  const sections = queries.sectionsCitingEach(rows);
  // Added to the citation object, not spread with it into a new one: V8 promoted the spread
  // copies to the old generation (~20 KB a page), and the mark-compacts that followed were the
  // p99 of this query (~15 ms at 100,000 articles, with one connection).
  return rows.map((row, i) => Object.assign(toCitation(row), { article: articleRef(row.articleTitle), sections: sections[i]! }));
}

/**
 * The citations matching a query, after its cursor (as /v1/citations and the MCP `find_citations`
 * tool answer): a page of them as JSON hits, or as CSL items. 400 or 404 for a bad filter.
 */
export function findCitations(queries: CitationQueries, articles: ArticleQueries, query: Omit<CitationQuery, 'format' | 'style' | 'locale'>) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['number']) ?? [0];
  const rows = queries.search(citationFilter(articles, query), after as number, limit);
  return {
    /** How many citations come before this page. */
    start: cursorPosition(query.cursor, 1),
    hits(paginate: Paginate): PageResult<CitationHit> {
      const body = paginate(rows, limit, (row) => [row.id], (row) => row);
      return { ...body, items: toHits(queries, body.items) };
    },
    csl(paginate: Paginate): CslItem[] {
      return paginate(rows, limit, (row) => [row.id], (row) => toCsl(toCitation(row), articleRef(row.articleTitle))).items;
    },
  };
}

/** The word filters of a query as a MATCH expression; 400 for a filter with no words or too many. */
export function textMatch(query: Partial<Record<TextFilter, string>>): string | null {
  const tokens: Partial<Record<TextFilter, string[]>> = {};
  for (const name of Object.keys(TEXT_FILTERS) as TextFilter[]) {
    const value = query[name];
    if (value === undefined || value.trim() === '') continue;
    const found = words(value);
    if (found.length === 0 || found.length > MAX_WORDS) {
      const reason = found.length === 0 ? 'contains no letters or digits to search for' : `has more than ${MAX_WORDS} words`;
      throw new HttpProblem(400, 'Invalid parameters', `query parameter "${name}" ${reason}`, [{ in: 'query', name, reason }]);
    }
    tokens[name] = found;
  }
  return matchExpression(tokens);
}

/** `isbn` and `doi` as stored (ISBN-13 digits, lower-case DOI); 400 for a bad checksum or a malformed DOI. */
export function identifierFilter(query: { isbn?: string; doi?: string }): { isbn?: string; doi?: string } {
  const filter: { isbn?: string; doi?: string } = {};
  const invalid = (name: string, reason: string) =>
    new HttpProblem(400, 'Invalid parameters', `query parameter "${name}" ${reason}`, [{ in: 'query', name, reason }]);
  if (query.isbn !== undefined && query.isbn.trim() !== '') {
    const isbn = normalizeIsbn(query.isbn);
    if (isbn === null) throw invalid('isbn', 'is not a valid ISBN-10 or ISBN-13 (10 or 13 digits with a matching check digit)');
    filter.isbn = isbn.replace(/-/g, '');
  }
  if (query.doi !== undefined && query.doi.trim() !== '') {
    const doi = normalizeDoi(query.doi);
    if (doi === null) throw invalid('doi', 'is not a DOI (10.NNNN/suffix, bare, doi: or a doi.org URL)');
    filter.doi = doi;
  }
  return filter;
}

/** The filter of a citations query: 400 for an empty year range or bad words, 404 for an unknown article. */
export function citationFilter(articles: ArticleQueries, query: Omit<CitationQuery, 'format' | 'style' | 'locale' | 'limit' | 'cursor'>): CitationFilter {
  const { year, yearFrom, yearTo } = query;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    const reason = `yearFrom (${yearFrom}) is after yearTo (${yearTo})`;
    throw new HttpProblem(400, 'Invalid parameters', `query parameters "yearFrom" and "yearTo": ${reason}`, [
      { in: 'query', name: 'yearFrom', reason },
      { in: 'query', name: 'yearTo', reason },
    ]);
  }
  const filter: CitationFilter = { match: textMatch(query), year, yearFrom, yearTo, ...identifierFilter(query) };
  if (query.article !== undefined) {
    const resolved = articles.resolve(query.article);
    if (!resolved) throw articleNotFound(articles, query.article, [{ in: 'query', name: 'article', reason: 'no such article' }]);
    filter.articleId = resolved.id;
  }
  return filter;
}
