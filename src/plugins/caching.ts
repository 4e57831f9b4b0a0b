/**
 * HTTP caching and compression. Every response body that has no ETag yet gets a strong one over
 * its bytes (@fastify/etag leaves the ones the article routes computed alone) and
 * `If-None-Match` answers 304. Successful GETs are cacheable for CACHE_MAX_AGE seconds and may be
 * served stale while revalidating; errors are never stored. Bodies above 1 KB are compressed with
 * br or gzip — after the ETag is computed, which hooks' registration order guarantees.
 */
import { brotliCompressSync, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import compress, { type FastifyCompressOptions } from '@fastify/compress';
import etag from '@fastify/etag';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

const COMPRESS_OPTIONS = { encodings: ['br', 'gzip'], threshold: 1024 } satisfies FastifyCompressOptions;

/**
 * Compressed copies of the bodies sent again and again (the cached article representations),
 * per encoding: compressing a 15 KB article with br for every request costs more than serving it.
 * Keyed by the Buffer itself, so a copy lives exactly as long as the cache keeps the body.
 */
const compressedCopies = new WeakMap<Buffer, Map<string, Buffer>>();

/** Marks a body as reused: its compressed copies are kept with it. */
export function reusedBody(body: Buffer): Buffer {
  compressedCopies.set(body, new Map());
  return body;
}

function once<O>(encoding: string, compressSync: (buffer: Buffer, options?: O) => Buffer) {
  return (buffer: Buffer, options?: O): Buffer => {
    const copies = compressedCopies.get(buffer);
    if (!copies) return compressSync(buffer, options);
    let copy = copies.get(encoding);
    if (!copy) {
      copy = compressSync(buffer, options);
      copies.set(encoding, copy);
    }
    return copy;
  };
}

/**
 * @fastify/compress options for routes sending reused bodies: the same negotiation and threshold,
 * compressed once per body and encoding. These are compressed synchronously whatever their size
 * (the default synchronous limit is 8–64 KB by core count; larger bodies are streamed through
 * zlib, which cannot be reused): it happens once per body.
 */
export const reusedBodyCompression = {
  ...COMPRESS_OPTIONS,
  syncThreshold: Number.MAX_SAFE_INTEGER,
  zlib: {
    brotliCompressSync: once<BrotliOptions>('br', brotliCompressSync),
    gzipSync: once<ZlibOptions>('gzip', gzipSync),
  },
} satisfies FastifyCompressOptions;

type CachingConfig = Pick<Config, 'CACHE_MAX_AGE' | 'CACHE_STALE_WHILE_REVALIDATE'>;

export const cacheControlOf = (config: CachingConfig): string =>
  `public, max-age=${config.CACHE_MAX_AGE}, stale-while-revalidate=${config.CACHE_STALE_WHILE_REVALIDATE}`;

/** Caches must key compressed and plain bodies apart, compressed or not this time. */
function addVary(reply: FastifyReply, name: string) {
  const current = reply.getHeader('vary');
  if (current === undefined) {
    reply.header('vary', name);
    return;
  }
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim()).filter(Boolean);
  if (!values.some((value) => value.toLowerCase() === name || value === '*')) reply.header('vary', [...values, name].join(', '));
}

export default fp(
  async function caching(app: FastifyInstance, { config }: { config: CachingConfig }) {
    const cacheable = cacheControlOf(config);
    // Registered before @fastify/etag, so a 304 made by it still carries the 200's Cache-Control.
    // A callback hook, not an async one: it runs for every response.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (reply.hasHeader('cache-control')) return done(null, payload);
      const status = reply.statusCode;
      const safe = request.method === 'GET' || request.method === 'HEAD';
      if (safe && ((status >= 200 && status < 300) || status === 304)) {
        reply.header('cache-control', cacheable);
        addVary(reply, 'accept-encoding');
      } else if (status >= 400) {
        reply.header('cache-control', 'no-store');
      }
      done(null, payload);
    });
    await app.register(etag, { algorithm: 'sha1' });
    await app.register(compress, COMPRESS_OPTIONS);
  },
  { name: 'caching' },
);
