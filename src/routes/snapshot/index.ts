/**
 * /v1/snapshot: the whole corpus in one request, as newline-delimited JSON — every article as
 * /v1/articles/{title} gives it, then a closing line with the change-feed cursor; `?since=` that
 * cursor sends only what changed. Streamed with back-pressure from one generation (src/api/snapshot.ts),
 * compressed as the client accepts, with the generation's content hash as its ETag.
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createSnapshot, snapshotStream } from '../../api/snapshot.js';
import type { License } from '../../api/wire/articles.js';
import { gone } from '../../api/wire/changes.js';
import { okResponses } from '../../api/wire/common.js';
import { NDJSON, SnapshotQuery, snapshotOk } from '../../api/wire/snapshot.js';
import type { Db } from '../../db/open.js';
import { ndjsonCompression } from '../../plugins/caching.js';

const snapshot: FastifyPluginAsyncTypebox<{ db: Db; license: License | null }> = async (app, { db, license }) => {
  const snapshots = createSnapshot(db, license);
  // Closing does not wait for downloads of the whole corpus: they are cut short (their readers see
  // no closing line and ask again, from another replica or after the restart).
  const downloads = new Set<Readable>();
  app.addHook('preClose', (done) => {
    for (const download of downloads) download.destroy();
    done();
  });

  app.get(
    '/v1/snapshot',
    {
      compress: ndjsonCompression,
      schema: {
        tags: ['snapshot'],
        operationId: 'getSnapshot',
        summary: 'Download every article',
        description:
          'Every article in title order, one JSON line each, exactly as GET /v1/articles/{title} gives it, then a closing ' +
          'line `{"type":"end","articles":N,"deleted":[],"next":"CURSOR"}` (an article has no `type`; a download without ' +
          'it was cut short). With `since=CURSOR` (the `next` of an earlier snapshot, or `since` of /v1/changes): only the ' +
          "articles whose answer changed after it — created or updated, a redirect added to them, or a link of theirs whose " +
          'target appeared or disappeared — and `deleted` lists the titles deleted; apply it, keep `next`, ask again. The ' +
          'answer is one database generation even across a swap; its ETag is the generation\'s content hash (as /readyz ' +
          'names it), then a hash of the article schema (a release that changes the lines changes it); a `since` or a configured licence add a suffix). Compressed with br or gzip as `Accept-Encoding` asks.',
        querystring: SnapshotQuery,
        response: { ...okResponses(snapshotOk), ...gone },
      },
    },
    async (request, reply) => {
      const plan = snapshots.plan(request.query.since);
      reply.type(NDJSON).header('content-disposition', `attachment; filename="${plan.filename}"`);
      if (plan.etag !== null) reply.header('etag', plan.etag);
      // HEAD: the same headers, and no article read (Fastify would read a stream to its end and drop it).
      if (request.method === 'HEAD') return reply.send(Readable.from([]));
      const download = snapshotStream(plan.lines(), (sent) => {
        downloads.delete(download);
        request.log.info({ snapshot: sent }, sent.complete ? 'snapshot sent' : 'snapshot cut short');
      });
      downloads.add(download);
      return reply.send(download);
    },
  );
};

export default snapshot;
