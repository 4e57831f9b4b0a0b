/**
 * GET /v1/changes/stream: the change feed as server-sent events, for mirrors and caches that want
 * changes as they happen rather than a poll loop. The stream itself is src/api/change-stream/.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ChangeStreams } from '../../api/change-stream/hub.js';
import { changeStream, ChangeStreamHeaders, ChangeStreamQuery } from '../../api/wire/changes.js';
import { errorResponses } from '../../api/wire/common.js';

const stream: FastifyPluginAsyncTypebox<{ streams: ChangeStreams }> = async (app, { streams }) => {
  app.get(
    '/v1/changes/stream',
    {
      schema: {
        tags: ['changes'],
        operationId: 'streamChanges',
        summary: 'Stream changes (server-sent events)',
        description:
          'The change feed as it happens, as server-sent events: each change an event whose `id` is its cursor, sent within a second ' +
          'of the import that made it being served. An EventSource that reconnects sends the last id as `Last-Event-ID` and resumes ' +
          'right after it: nothing lost, nothing repeated. `?since=` (a cursor of /v1/changes) starts elsewhere than the end. ' +
          'Open here in Swagger UI it never finishes: use `curl -N` or an EventSource.',
        querystring: ChangeStreamQuery,
        headers: ChangeStreamHeaders,
        response: { ...errorResponses, ...changeStream },
      },
    },
    (request, reply) => {
      streams.open(request, reply, request.headers['last-event-id'] ?? request.query.since);
    },
  );
};

export default stream;
