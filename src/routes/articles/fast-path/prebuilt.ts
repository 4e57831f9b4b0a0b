/**
 * Prebuilt responses, the last step of the fast path (./index.ts). Once a URL has been answered
 * with a cached representation of an article (src/api/article-cache.ts), later GET and HEAD
 * requests for the same URL are answered at the front door (src/front.ts) where it is in place,
 * or else from an onRequest hook of the articles plugin. The URL (one without a query string)
 * names the route and its parameters, and the database does not
 * change while serving, so the answer is known. It skips what would only compute it again —
 * validation, title resolution, the handler, Fastify's serialisation and the onSend hooks — and
 * writes the cached bytes (or their compressed copy) with the headers the full path gives them:
 * ETag, Cache-Control, Vary, 304 on a matching If-None-Match, Accept-Encoding negotiated as
 * @fastify/compress does. In the hook, the global onRequest hooks (request id, security headers,
 * CORS, load shedding, rate limiting) have run before, and their headers are kept; Fastify still
 * logs the request and runs onResponse hooks. test/routes/prebuilt.test.ts checks, for each route and
 * each kind of request, that this answer is byte for byte and header for header the one of the
 * full path; test/routes/front.test.ts, the same of the front door's.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeader, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Body } from '../../../api/article-cache.js';
import type { Responder } from '../../../front.js';
import { compressedCopy, compressible, negotiateEncoding, notModifiedSince, varyWith } from '../../../plugins/caching.js';

export interface PrebuiltEntry {
  /** The body cache's key of the representation. */
  key: string;
  /** The representation's own headers: content-type, link, content-location, last-modified. */
  headers: Record<string, string>;
}

export interface PrebuiltOptions {
  /** The body cache's lookup (refreshing its recency); null once the body is evicted. */
  body(key: string): Body | null;
  /** Cache-Control of successful GETs. */
  cacheControl: string;
  /** URLs remembered, oldest forgotten first. */
  maxUrls?: number;
}

/** Headers the answer sets itself, whatever the hooks before it set. */
const SET_HERE = new Set(['etag', 'cache-control', 'vary', 'content-encoding', 'content-length', 'content-type']);

export function createPrebuilt({ body, cacheControl, maxUrls = 4096 }: PrebuiltOptions) {
  const urls = new Map<string, PrebuiltEntry>();

  /** The representation a GET or HEAD of this URL was answered with, while its body is cached. */
  function lookup(method: string | undefined, url: string): { entry: PrebuiltEntry; found: Body } | null {
    if (method !== 'GET' && method !== 'HEAD') return null;
    const entry = urls.get(url);
    if (!entry) return null;
    const found = body(entry.key);
    if (!found) {
      urls.delete(url);
      return null;
    }
    return { entry, found };
  }

  /** Writes the answer after `headers` (those of the steps before), with ETag, Cache-Control, Vary (added to `vary`), 304 or the body. */
  function write(
    res: ServerResponse,
    requestHeaders: IncomingHttpHeaders,
    { entry, found }: { entry: PrebuiltEntry; found: Body },
    headers: OutgoingHttpHeader[],
    vary: OutgoingHttpHeader | undefined,
  ) {
    const notModified = notModifiedSince(requestHeaders, found.etag, entry.headers['last-modified']);
    for (const name in entry.headers) if (!(notModified && name === 'content-type')) headers.push(name, entry.headers[name]!);
    headers.push('etag', found.etag, 'cache-control', cacheControl, 'vary', varyWith(vary, 'accept-encoding'));
    if (notModified) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let bytes = found.bytes;
    const encoding = compressible(bytes.length) ? negotiateEncoding(requestHeaders) : null;
    if (encoding) {
      bytes = compressedCopy(bytes, encoding);
      headers.push('content-encoding', encoding);
    }
    headers.push('content-length', bytes.length);
    res.writeHead(200, headers);
    // Node sends no body for HEAD.
    res.end(bytes);
  }

  return {
    /**
     * The full path answered this URL with this representation. URLs with a query string are not
     * kept: the representations have none, and a client adding arbitrary queries would otherwise
     * fill the map with long keys.
     */
    remember(url: string, entry: PrebuiltEntry) {
      if (urls.has(url) || url.includes('?')) return;
      if (urls.size >= maxUrls) urls.delete(urls.keys().next().value!);
      urls.set(url, entry);
    },

    /** Answers the request from the articles' onRequest hook when its URL is known; false lets it take the full path. */
    answer(request: FastifyRequest, reply: FastifyReply): boolean {
      const known = lookup(request.raw.method, request.url);
      if (!known) return false;
      // As a flat [name, value, ...] list for writeHead: the headers of the hooks before (request
      // id, security, CORS...) but those this answer sets, then the representation's own.
      const earlier = reply.getHeaders();
      const headers: OutgoingHttpHeader[] = [];
      for (const name in earlier) {
        const value = earlier[name];
        if (value !== undefined && !SET_HERE.has(name) && !(name in known.entry.headers)) headers.push(name, value);
      }
      reply.hijack();
      write(reply.raw, request.headers, known, headers, earlier.vary);
      return true;
    },

    /** Answers the request at the front door (src/front.ts) when its URL is known. */
    respond: ((req, res, start) => {
      const known = lookup(req.method, req.url!);
      if (!known) return false;
      write(res, req.headers, known, start(req, res), undefined);
      return true;
    }) satisfies Responder,
  };
}
