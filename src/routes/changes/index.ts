/**
 * /v1/changes: the change feed, for mirrors and caches — what each import run created, updated,
 * deleted, and which redirects it added or removed, in order, after a cursor — and its stream
 * (stream.ts). It lives in the database, so every replica serving the same file serves the same feed.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ChangeStreams } from '../../api/change-stream/hub.js';
import { changePage, changesAfter } from '../../api/changes.js';
import { page, pageLimit } from '../../api/pagination.js';
import { Change, ChangePage, ChangesQuery, gone } from '../../api/wire/changes.js';
import { okResponses } from '../../api/wire/common.js';
import type { Db } from '../../db/open.js';
import { createChangeQueries } from '../../db/queries/changes.js';
import stream from './stream.js';

const changes: FastifyPluginAsyncTypebox<{ db: Db; streams: ChangeStreams }> = async (app, { db, streams }) => {
  const queries = createChangeQueries(db);
  app.addSchema(Change);

  app.get(
    '/v1/changes',
    {
      schema: {
        tags: ['changes'],
        operationId: 'listChanges',
        summary: 'List changes',
        description:
          'What the import runs changed, oldest first, after the cursor `since` (from an earlier answer). Paginated with `limit` ' +
          'and `cursor`; keep `since` of the last page to ask again later. A cursor older than the changes kept (the last 100 ' +
          'import runs) is 410 Gone: resync from /v1/articles, then follow the feed from the `since` of a fresh answer.',
        querystring: ChangesQuery,
        response: { ...okResponses(ChangePage), ...gone },
      },
    },
    async (request, reply) => {
      const after = changesAfter(queries, request.query);
      // Revalidated on every use (the feed is small and an ETag answers 304), not kept for max-age.
      reply.header('cache-control', 'no-cache');
      return changePage(queries, after, pageLimit(request.query), (...args) => page(request, reply, ...args));
    },
  );

  await app.register(stream, { streams });
};

export default changes;
