/**
 * /v1/redirects: the alternative titles that lead to an article.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { page } from '../../api/pagination.js';
import { redirectByTitle, redirectList } from '../../api/redirects.js';
import { okResponses, PageQuery } from '../../api/wire/common.js';
import { Redirect, RedirectPage, RedirectParams } from '../../api/wire/redirects.js';
import type { Db } from '../../db/open.js';
import { createRedirectQueries } from '../../db/queries/redirects.js';

const tags = ['redirects'];

const redirects: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const queries = createRedirectQueries(db);

  app.get(
    '/v1/redirects',
    {
      schema: {
        tags,
        operationId: 'listRedirects',
        summary: 'List redirects',
        description: 'Every redirect title with its target article, in title order. Paginated with `limit` and `cursor`.',
        querystring: Type.Object(PageQuery),
        response: okResponses(RedirectPage),
      },
    },
    async (request, reply) => redirectList(queries, request.query, (...args) => page(request, reply, ...args)),
  );

  app.get(
    '/v1/redirects/:title',
    {
      schema: {
        tags,
        operationId: 'getRedirect',
        summary: 'Get a redirect',
        description:
          'The target article of a redirect title, in any spelling of it (spaces or underscores, first-letter case). ' +
          'A title that is an article rather than a redirect is 404, with the article named in `detail`.',
        params: RedirectParams,
        response: okResponses(Redirect),
      },
    },
    async (request) => redirectByTitle(queries, request.params.title),
  );
};

export default redirects;
