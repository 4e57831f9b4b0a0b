/**
 * /v1/citations: the references of every article, queried by their parts — words of the author,
 * title, publisher or whole text (case and diacritics ignored), year or year range, article, ISBN or DOI — as
 * JSON hits with their article and sections, or in a citation format (src/citations).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findCitations } from '../../api/citations.js';
import { page, type Paginate } from '../../api/pagination.js';
import { CITATION_FORMATS_DESCRIPTION, citationResponse } from '../../api/wire/citation-formats.js';
import { CitationPage, CitationQuery } from '../../api/wire/citations.js';
import { okResponses } from '../../api/wire/common.js';
import type { Db } from '../../db/open.js';
import { createArticleQueries } from '../../db/queries/articles.js';
import { createCitationQueries, MAX_WORDS } from '../../db/queries/citations.js';
import { askedFormat, sendCitations } from '../citation-replies.js';

const tags = ['citations'];

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
        response: okResponses(citationResponse(CitationPage, 'A page of citations, as JSON hits or in a citation format')),
      },
    },
    async (request, reply) => {
      const found = findCitations(queries, articles, request.query);
      const wanted = askedFormat(request, reply);
      const paginate: Paginate = (...args) => page(request, reply, ...args);
      if (wanted.format !== 'json') return sendCitations(reply, wanted, found.csl(paginate), found.start);
      const body = found.hits(paginate);
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );
};

export default citations;
