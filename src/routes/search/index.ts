/**
 * /v1/search: full-text search over articles, sections or citations, ranked by bm25 with HTML
 * snippets; /v1/titles: title completion (the job of MediaWiki's `opensearch`). The user's query
 * is translated into a safe FTS5 expression (src/db/queries/search.ts): whatever is typed answers
 * 200 or a 400 problem.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { page, pageLimit } from '../../api/pagination.js';
import { searchPage, titleSuggestions } from '../../api/search.js';
import { errorResponses, Page } from '../../api/wire/common.js';
import { DEFAULT_TITLES_LIMIT, SearchHit, SearchQuery, TitlesQuery, TitleSuggestions } from '../../api/wire/search.js';
import type { Db } from '../../db/open.js';
import { createSearchQueries } from '../../db/queries/search.js';

const tags = ['search'];

const search: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const queries = createSearchQueries(db);

  app.get(
    '/v1/search',
    {
      schema: {
        tags,
        operationId: 'search',
        summary: 'Search articles, sections or citations',
        description:
          'Full-text search, ranked by relevance (bm25), with an HTML snippet per hit (`<mark>` around the matches). ' +
          'Query syntax: plain words (all must match), `"exact phrase"`, `word*` (prefix), `-word` (exclude). ' +
          'Case and diacritics are ignored. With `in=articles` (the default) there is one hit per article, articles ' +
          'whose title or a redirect matches first; `in=sections` gives one hit per section, `in=citations` one per ' +
          'citation. A query with no positive term is a 400. Paginated with `limit` and `cursor`.',
        querystring: SearchQuery,
        response: { 200: Page(SearchHit, 'A page of search hits, best first'), ...errorResponses },
      },
    },
    async (request, reply) => searchPage(queries, request.query, (...args) => page(request, reply, ...args)),
  );

  app.get(
    '/v1/titles',
    {
      schema: {
        tags,
        operationId: 'completeTitles',
        summary: 'Complete a title',
        description:
          'Title suggestions for what has been typed, as a search box needs them (MediaWiki `opensearch`): titles and ' +
          'redirects starting with the prefix, then titles containing its words with the last word as a prefix; ' +
          'shortest first. Case and diacritics are ignored. A redirect names the article it leads to.',
        querystring: TitlesQuery,
        response: { 200: TitleSuggestions, ...errorResponses },
      },
    },
    async (request) => {
      const { prefix } = request.query;
      return { prefix, items: titleSuggestions(queries, prefix, pageLimit(request.query, DEFAULT_TITLES_LIMIT)) };
    },
  );
};

export default search;
