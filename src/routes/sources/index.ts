/**
 * /v1/sources: the distinct cited works, with how often and where they are cited.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { page } from '../../api/pagination.js';
import { sourceToCsl } from '../../api/source-csl.js';
import { findSources, sourceById, sourceWithArticles } from '../../api/sources.js';
import { CITATION_FORMATS_DESCRIPTION, CITATION_FORMATS_NOTE, citationResponse } from '../../api/wire/citation-formats.js';
import { okResponses } from '../../api/wire/common.js';
import { Source, SourceArticlesQuery, SourcePage, SourceParams, SourceQuery } from '../../api/wire/sources.js';
import type { Db } from '../../db/open.js';
import { createSourceQueries } from '../../db/queries/sources.js';
import { askedFormat, sendCitations } from '../citation-replies.js';

const tags = ['sources'];

const sources: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const queries = createSourceQueries(db);

  app.get(
    '/v1/sources',
    {
      schema: {
        tags,
        operationId: 'listSources',
        summary: 'List cited works',
        description:
          'The distinct works cited across the corpus, in a stable order (paginated with `limit` and `cursor`): the same ' +
          'work cited from several places or articles is one source, with its citation and article counts. ' +
          '`author`, `title` and `q` keep the works with a reference matching those words (case and diacritics ' +
          'ignored, each word a prefix); their cost grows with the number of matching references, so prefer ' +
          'distinctive words. `isbn` (ISBN-10 or -13) and `doi` (any case, bare or a doi.org URL) find the work ' +
          'carrying that identifier; a bad ISBN check digit or a malformed DOI is a 400.\n\n' +
          CITATION_FORMATS_DESCRIPTION +
          ' Each work is one item, with the id `source-<id>`.',
        querystring: SourceQuery,
        response: okResponses(citationResponse(SourcePage, 'A page of cited works, as JSON or in a citation format')),
      },
    },
    async (request, reply) => {
      const found = findSources(queries, request.query);
      const wanted = askedFormat(request, reply);
      const body = found.page((...args) => page(request, reply, ...args));
      return wanted.format === 'json' ? body : sendCitations(reply, wanted, body.items.map(sourceToCsl), found.start);
    },
  );

  app.get(
    '/v1/sources/:id',
    {
      schema: {
        tags,
        operationId: 'getSource',
        summary: 'Get a cited work',
        description:
          'One cited work with the articles citing it, in title order: for each, its references to the work (number ' +
          'and text) and the sections whose text cites them. The articles are paginated with `limit` and `cursor` ' +
          '(a much-cited work has thousands); `articleCount` counts them all.\n\n' +
          CITATION_FORMATS_NOTE +
          ' In a citation format the answer is the work alone (one item, id `source-<id>`), without the articles.',
        params: SourceParams,
        querystring: SourceArticlesQuery,
        response: okResponses(citationResponse(Source, 'A cited work, as JSON with the articles citing it, or in a citation format')),
      },
    },
    async (request, reply) => {
      const wanted = askedFormat(request, reply);
      if (wanted.format !== 'json') return sendCitations(reply, wanted, [sourceToCsl(sourceById(queries, request.params.id))]);
      return sourceWithArticles(queries, request.params.id, request.query, (...args) => page(request, reply, ...args));
    },
  );
};

export default sources;
