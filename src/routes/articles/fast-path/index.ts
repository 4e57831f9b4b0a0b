/**
 * The fast path of the article routes: how an article's title, body and whole answer are kept
 * while serving, so that a request for an article already asked for costs what a static file's would.
 *
 * Why it exists: the article and its parts are the hottest requests, and the database does not
 * change while serving, so each step's result can be kept. Three steps, each skipping more:
 * - the title cache: a spelling of a title → the article it resolves to (normalizeTitle and an
 *   indexed lookup were a tenth of the time of an article GET); only found titles, oldest out;
 * - the body cache (src/api/article-cache.ts, shared with MCP): assembled articles and the
 *   serialised bytes and ETag of each representation, so a handler sends bytes, not objects;
 * - prebuilt answers (./prebuilt.ts): a URL once answered from the body cache is answered again
 *   before validation, the handler and the onSend hooks, from an onRequest hook of every article
 *   route, or at the front door (src/front.ts) before Fastify sees the request.
 * The benchmark that justifies it is `npm run bench` (bench/run.ts, "server vs baseline"): the
 * server against a bare Fastify replaying the same bytes and headers; bench/results.md records
 * GET /v1/articles/{title} at 1.02 of that baseline and /summary at 1.18 (target ≥ 0.9).
 * test/prebuilt.test.ts and test/front.test.ts hold every answer it gives to the full path's.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { createArticleCache, etagOf } from '../../../api/article-cache.js';
import type { Loaded } from '../../../api/articles.js';
import { articleNotFound, resolveTitle, withLastModified, type Served } from '../../../api/lookup.js';
import type { ArticleMetadataReader } from '../../../api/metadata.js';
import type { ArticleQueries } from '../../../db/queries/articles.js';
import type { FrontDoor } from '../../../front.js';
import { createPrebuilt } from './prebuilt.js';

export interface SendOptions {
  contentType?: string;
  /** False when the representation depends on more than the URL (Accept): it is then never prebuilt. */
  sameForEveryRequest?: boolean;
}

/** Spellings of titles whose resolution is kept (each holds the asked title, up to 512 characters). */
const RESOLUTIONS = 4096;

/** The fast path of the articles plugin `app`: installs the prebuilt answers and returns what the handlers go through. */
export function createFastPath(
  app: FastifyInstance,
  { queries, metadata, cacheControl, front }: { queries: ArticleQueries; metadata: ArticleMetadataReader; cacheControl: string; front?: FrontDoor | undefined },
) {
  const cache = createArticleCache(queries, metadata);
  const prebuilt = createPrebuilt({ body: cache.cached, cacheControl });
  front?.add(prebuilt.respond);
  // The last onRequest hook of every article route: after the global ones (request id, security,
  // CORS, load shedding) and after the route-level ones plugins add as routes are declared
  // (@fastify/rate-limit's), so every request still passes them.
  const answerPrebuilt: onRequestHookHandler = (request, reply, done) => {
    if (!prebuilt.answer(request, reply)) done();
  };
  app.addHook('onRoute', (route) => {
    const hooks = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    if (!hooks.includes(answerPrebuilt)) route.onRequest = [...hooks, answerPrebuilt];
  });

  const resolutions = new Map<string, Served>();
  function served(title: string): Served | null {
    let resolved = resolutions.get(title);
    if (resolved) return resolved;
    const found = resolveTitle(queries, title);
    if (!found) return null;
    resolved = withLastModified(found);
    if (resolutions.size >= RESOLUTIONS) resolutions.delete(resolutions.keys().next().value!);
    resolutions.set(title, resolved);
    return resolved;
  }

  return {
    /** The assembled article of an id. */
    article: cache.article,

    /** The article a title names (any spelling or redirect), with Link rel="canonical" and Content-Location set; throws the 404 problem. */
    resolve(request: FastifyRequest, reply: FastifyReply, title: string, suffix = ''): Served {
      const resolved = served(title);
      if (!resolved) throw articleNotFound(queries, title);
      const canonical = `${resolved.ref.href}${suffix}`;
      reply.header('link', `<${canonical}>; rel="canonical"`);
      if (!resolved.canonical) reply.header('content-location', canonical);
      return resolved;
    },

    /** Sends one representation of an article: cached bytes for the canonical title (routes sending them compress with reusedBodyCompression). */
    send(
      request: FastifyRequest,
      reply: FastifyReply,
      resolved: Served,
      key: string,
      build: (article: Loaded, ref: Served['ref']) => unknown,
      { contentType = 'application/json; charset=utf-8', sameForEveryRequest = true }: SendOptions = {},
    ) {
      reply.type(contentType);
      if (resolved.lastModified !== null) reply.header('last-modified', resolved.lastModified);
      if (resolved.canonical) {
        const { name, body } = cache.body(resolved.id, key, (article) => build(article, resolved.ref))!;
        if (sameForEveryRequest) {
          const headers: Record<string, string> = { 'content-type': contentType };
          for (const header of ['link', 'content-location', 'last-modified']) {
            const value = reply.getHeader(header);
            if (typeof value === 'string') headers[header] = value;
          }
          prebuilt.remember(request.url, { key: name, headers });
        }
        return reply.header('etag', body.etag).send(body.bytes);
      }
      const json = JSON.stringify(build(cache.article(resolved.id)!, resolved.ref));
      return reply.header('etag', etagOf(json)).send(json);
    },
  };
}

export type FastPath = ReturnType<typeof createFastPath>;
