/**
 * /v1/citations: the references of every article, queried by their parts — words of the author,
 * title, publisher or whole text (case and diacritics ignored), year or year range, article, ISBN or DOI — as
 * JSON hits with their article and sections, or in a citation format (src/citations).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { wantedFormat } from '../../citations/negotiate.js';
import { CITATION_FORMATS_DESCRIPTION, citationResponse } from '../../citations/schemas.js';
import { sendCitations } from '../../citations/send.js';
import type { Db } from '../../db/open.js';
import { createArticleQueries, type ArticleQueries } from '../../db/queries/articles.js';
import { createCitationQueries, matchExpression, MAX_WORDS, TEXT_FILTERS, words, type CitationFilter, type TextFilter } from '../../db/queries/citations.js';
import { normalizeDoi, normalizeIsbn } from '../../document/identifiers.js';
import { decodeCursor, page } from '../../pagination.js';
import { HttpProblem } from '../../plugins/errors.js';
import { articleNotFound } from '../articles/lookup.js';
import { errorResponses, notModified } from '../common.js';
import { toCsl, varyOnAccept } from './csl.js';
import { CitationPage, CitationQuery } from './schemas.js';

const tags = ['citations'];

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

const citations: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const articles = createArticleQueries(db);
  const queries = createCitationQueries(db);

  app.get(
    '/v1/citations',
    {
      schema: {
        tags,
        operationId: 'searchCitations',
        summary: 'Search citations',
        description:
          'The references of every article, each with its article and the sections citing it, in a stable order ' +
          '(paginated with `limit` and `cursor`). Filters combine with AND: `author`, `title`, `publisher` and `q` ' +
          'match words of the author names, the title, the publisher (or journal, outlet) and the whole reference ' +
          'text, ignoring case and diacritics, each word as a prefix (`perez` finds "Pérez"); `year`, `yearFrom`, ' +
          '`yearTo` (inclusive) the year of publication; `article` the citations of one article (any spelling or ' +
          'redirect); `isbn` and `doi` the references carrying that ISBN (ISBN-10 or -13, hyphens optional) or DOI ' +
          '(any case, bare or as a doi.org URL); a bad ISBN check digit or a malformed DOI is a 400. Without filters, every citation. An empty parameter is no filter; a word parameter with no ' +
          `letters or digits, or more than ${MAX_WORDS} words, is a 400.\n\n` +
          CITATION_FORMATS_DESCRIPTION,
        querystring: CitationQuery,
        response: {
          200: citationResponse(CitationPage, 'A page of citations, as JSON hits or in a citation format'),
          ...notModified,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20;
      const [after] = decodeCursor(request.query.cursor, ['number']) ?? [0];
      const rows = queries.search(citationFilter(articles, request.query), after as number, limit);
      const wanted = wantedFormat(request);
      varyOnAccept(reply);
      if (wanted.format !== 'json') {
        const body = page(request, reply, rows, limit, (row) => [row.id], (row) => toCsl(queries.toCitation(row), queries.article(row)));
        return sendCitations(reply, wanted, body.items);
      }
      const body = page(request, reply, rows, limit, (row) => [row.id], (row) => row);
      return reply.type('application/json; charset=utf-8').send({ ...body, items: queries.toHits(body.items) });
    },
  );
};

export default citations;
