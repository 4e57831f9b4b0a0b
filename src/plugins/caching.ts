/**
 * HTTP caching and compression. Every response body that has no ETag yet gets a strong one over
 * its bytes (@fastify/etag leaves the ones the article routes computed alone) and
 * `If-None-Match` answers 304. Successful GETs are cacheable for CACHE_MAX_AGE seconds and may be
 * served stale while revalidating; errors are never stored. Bodies above 1 KB are compressed with
 * br or gzip — after the ETag is computed, which hooks' registration order guarantees.
 */
import compress from '@fastify/compress';
import etag from '@fastify/etag';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

type CachingConfig = Pick<Config, 'CACHE_MAX_AGE' | 'CACHE_STALE_WHILE_REVALIDATE'>;

export const cacheControlOf = (config: CachingConfig): string =>
  `public, max-age=${config.CACHE_MAX_AGE}, stale-while-revalidate=${config.CACHE_STALE_WHILE_REVALIDATE}`;

/** Caches must key compressed and plain bodies apart, compressed or not this time. */
function addVary(reply: FastifyReply, name: string) {
  const current = reply.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim()).filter(Boolean);
  if (!values.some((value) => value.toLowerCase() === name || value === '*')) reply.header('vary', [...values, name].join(', '));
}

export default fp(
  async function caching(app: FastifyInstance, { config }: { config: CachingConfig }) {
    const cacheable = cacheControlOf(config);
    // Registered before @fastify/etag, so a 304 made by it still carries the 200's Cache-Control.
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.hasHeader('cache-control')) return payload;
      const status = reply.statusCode;
      const safe = request.method === 'GET' || request.method === 'HEAD';
      if (safe && ((status >= 200 && status < 300) || status === 304)) {
        reply.header('cache-control', cacheable);
        addVary(reply, 'accept-encoding');
      } else if (status >= 400) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
    await app.register(etag, { algorithm: 'sha1' });
    await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  },
  { name: 'caching' },
);
