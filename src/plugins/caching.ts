/**
 * HTTP caching and compression. Every response body that has no ETag yet gets a strong one over
 * its bytes (@fastify/etag leaves the ones the article routes computed alone) and
 * `If-None-Match` answers 304. Successful GETs are cacheable for CACHE_MAX_AGE seconds and may be
 * served stale while revalidating; errors are never stored. Bodies above 1 KB are compressed with
 * br or gzip — after the ETag is computed, which hooks' registration order guarantees.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, constants, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import { negotiate } from '@fastify/accept-negotiator';
import compress, { type FastifyCompressOptions } from '@fastify/compress';
import etag from '@fastify/etag';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

const ENCODINGS = ['br', 'gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];
/** @fastify/compress's recommended brotli settings, stated here so copies made outside it match. */
const BROTLI_OPTIONS: BrotliOptions = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 4 },
};
const COMPRESS_OPTIONS = { encodings: [...ENCODINGS], threshold: 1024, brotliOptions: BROTLI_OPTIONS } satisfies FastifyCompressOptions;

/**
 * The content coding @fastify/compress chooses for a request with the options above (its own
 * negotiation, repeated for responses built without it): none without Accept-Encoding or with
 * x-no-compression; `*` and `x-gzip` count as gzip.
 */
export function negotiateEncoding(headers: IncomingHttpHeaders): Encoding | null {
  const accepted = headers['accept-encoding'];
  if (accepted === undefined || headers['x-no-compression'] !== undefined) return null;
  const chosen = negotiate(accepted.toLowerCase().replace(/\*|x-gzip/g, 'gzip'), ENCODINGS as unknown as string[]);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/** Whether a body of this many bytes is compressed at all. */
export const compressible = (bytes: number): boolean => bytes >= COMPRESS_OPTIONS.threshold;

/**
 * RFC 9110 §13.1.2: If-None-Match matches when it is `*` or lists an entity tag that is weakly
 * equal to the current one (the same opaque tag, W/ or not).
 */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header === etag) return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const candidate of header.split(',')) {
    const tag = candidate.trim();
    if (tag === '*' || tag === opaque || tag === `W/${opaque}`) return true;
  }
  return false;
}

/**
 * RFC 9110 §13.2.2: If-None-Match decides when present; otherwise a GET is not modified when
 * its If-Modified-Since is a valid date no earlier than the Last-Modified (second precision).
 */
export function notModifiedSince(headers: IncomingHttpHeaders, etag: string, lastModified: string | undefined): boolean {
  if (headers['if-none-match'] !== undefined) return ifNoneMatch(headers['if-none-match'], etag);
  const since = headers['if-modified-since'];
  if (since === undefined || lastModified === undefined) return false;
  const sinceTime = Date.parse(since);
  return !Number.isNaN(sinceTime) && Date.parse(lastModified) <= sinceTime;
}

/** An ISO timestamp as an HTTP date (`Last-Modified`). */
export const httpDate = (iso: string): string => new Date(iso).toUTCString();

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

const brotliOnce = once<BrotliOptions>('br', brotliCompressSync);
const gzipOnce = once<ZlibOptions>('gzip', gzipSync);

/** A reused body compressed with the encoding, once. */
export const compressedCopy = (body: Buffer, encoding: Encoding): Buffer =>
  encoding === 'br' ? brotliOnce(body, BROTLI_OPTIONS) : gzipOnce(body);

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
  zlib: { brotliCompressSync: brotliOnce, gzipSync: gzipOnce },
} satisfies FastifyCompressOptions;

/**
 * @fastify/compress options for routes streaming newline-delimited JSON: the same negotiation,
 * for a media type @fastify/compress does not know as compressible (mime-db lists no NDJSON type).
 * A stream is compressed whatever its size, through zlib's streams, which wait for the socket.
 */
export const ndjsonCompression = {
  ...COMPRESS_OPTIONS,
  customTypes: /^application\/x-ndjson(?:;|$)/,
} satisfies FastifyCompressOptions;

type CachingConfig = Pick<Config, 'CACHE_MAX_AGE' | 'CACHE_STALE_WHILE_REVALIDATE'>;

export const cacheControlOf = (config: CachingConfig): string =>
  `public, max-age=${config.CACHE_MAX_AGE}, stale-while-revalidate=${config.CACHE_STALE_WHILE_REVALIDATE}`;

/** A Vary value with `name` added unless it is already there (or is `*`). */
export function varyWith(current: number | string | string[] | undefined, name: string): string {
  if (current === undefined || current === '') return name;
  const values = (Array.isArray(current) ? current.join(',') : String(current)).split(',').map((v) => v.trim()).filter(Boolean);
  return values.some((value) => value.toLowerCase() === name || value === '*') ? values.join(', ') : [...values, name].join(', ');
}

/** Caches must key compressed and plain bodies apart, compressed or not this time. */
function addVary(reply: FastifyReply, name: string) {
  reply.header('vary', varyWith(reply.getHeader('vary'), name));
}

export default fp(
  async function caching(app: FastifyInstance, { config }: { config: CachingConfig }) {
    const cacheable = cacheControlOf(config);
    // Registered before the 304 hook below, so a 304 still carries the 200's Cache-Control.
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
    await app.register(etag, { algorithm: 'sha1', replyWith304: false });
    // @fastify/etag compares If-None-Match as one string; a list of tags, W/ tags and `*` are
    // valid too (RFC 9110), and If-Modified-Since beside them; the prebuilt article responses
    // use the same test.
    app.addHook('onSend', (request, reply, payload, done) => {
      const tag = reply.getHeader('etag');
      const lastModified = reply.getHeader('last-modified');
      if (
        typeof tag === 'string' &&
        reply.statusCode < 300 &&
        notModifiedSince(request.headers, tag, typeof lastModified === 'string' ? lastModified : undefined)
      ) {
        // No body, so no Content-Type or Content-Length (RFC 9110 §15.4.5). Fastify's HEAD
        // routes end with a hook of their own that needs a payload (and sets Content-Length: 0).
        reply.code(304).removeHeader('content-type');
        return done(null, request.method === 'HEAD' ? '' : null);
      }
      done(null, payload);
    });
    await app.register(compress, COMPRESS_OPTIONS);
  },
  { name: 'caching' },
);
