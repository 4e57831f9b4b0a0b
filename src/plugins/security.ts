/**
 * Security headers and CORS. API responses carry the two headers that matter for data (below);
 * Swagger UI's documents at /docs carry helmet's full set, with a content-security policy that is
 * strict — scripts only from this origin — yet lets Swagger UI run: its scripts are files served
 * by this origin, its styles partly inline, its icons data: URIs. No `upgrade-insecure-requests`:
 * the service is often reached over plain HTTP behind a proxy or in a container, where upgrading
 * breaks /docs.
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

type HelmetOptions = Record<string, unknown>;
type Helmet = (options: HelmetOptions) => (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The headers helmet sets for these options. @fastify/helmet runs helmet(options) — parsing the
 * CSP directives again — on every request, which was ~8 % of the CPU of an article GET; helmet's
 * headers depend on the options only (no nonces here), so they are computed once. helmet is the
 * one @fastify/helmet depends on, resolved from it, so both stay on the same version.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const require = createRequire(import.meta.url);
  const helmet = createRequire(require.resolve('@fastify/helmet'))('helmet') as Helmet;
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader() {},
  } as unknown as ServerResponse;
  let failed: unknown;
  helmet(options)({} as IncomingMessage, recorder, (error) => (failed = error));
  if (failed) throw failed;
  return headers;
}

/** Response headers a cross-origin script may read. */
export const EXPOSED_HEADERS = [
  'ETag',
  'Link',
  'Content-Location',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'X-Request-Id',
];

export const corsOrigins = (setting: string): string | string[] =>
  setting.trim() === '*' ? '*' : setting.split(',').map((origin) => origin.trim()).filter(Boolean);

/**
 * Headers of API responses (JSON, problem+json, CSL-JSON): the OWASP REST set. A response that is
 * data, never a document, needs no script, style or frame policy beyond "nothing", and the rest of
 * helmet's set (COOP, Origin-Agent-Cluster, Referrer-Policy, X-Frame-Options, X-DNS-Prefetch-Control,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) governs documents or
 * browsers long gone. No HSTS: the service speaks plain HTTP, and browsers ignore HSTS received
 * over it (RFC 6797 §8.1); the TLS-terminating proxy sends it. Each header costs every response.
 */
export const API_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

/** Where the documents are: Swagger UI's page and assets get helmet's full set. */
export const DOCUMENTS_PREFIX = '/docs';

type CorsConfig = Pick<Config, 'CORS_ORIGIN' | 'RATE_LIMIT_MAX'>;

/** Response headers a cross-origin script may read: RateLimit-* only when rate limiting is on. */
const exposedHeaders = (config: CorsConfig) => EXPOSED_HEADERS.filter((name) => config.RATE_LIMIT_MAX > 0 || !name.startsWith('RateLimit-'));

/** With any origin allowed, the CORS headers of every response, which then do not depend on the request; null with a list of origins. */
function fixedCorsHeaders(config: CorsConfig): Record<string, string> | null {
  if (corsOrigins(config.CORS_ORIGIN) !== '*') return null;
  return { 'access-control-allow-origin': '*', 'access-control-expose-headers': exposedHeaders(config).join(', ') };
}

/**
 * The security and CORS headers of every API response when they do not depend on the request
 * (any origin allowed); null with a list of origins, where what @fastify/cors sends depends on
 * the Origin asked.
 */
export function fixedApiHeaders(config: CorsConfig): [string, string][] | null {
  const fixedCors = fixedCorsHeaders(config);
  return fixedCors && Object.entries({ ...API_HEADERS, ...fixedCors });
}

export default fp(
  async function security(app: FastifyInstance, { config }: { config: CorsConfig }) {
    const documentHeaders = securityHeaders({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
        },
      },
      // A public API: browsers may embed its responses from any origin (CORS still governs reads).
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    });
    const origin = corsOrigins(config.CORS_ORIGIN);
    const corsOptions = { origin, methods: ['GET', 'HEAD'], exposedHeaders: exposedHeaders(config), maxAge: 86_400 };
    // Any origin: the CORS headers join the fixed set, and @fastify/cors is registered in a
    // context of its own, where it answers preflights (its OPTIONS route) and adds nothing to
    // other responses. A list of origins needs it on every response.
    const fixedCors = fixedCorsHeaders(config);
    const [api, documents] = [API_HEADERS, documentHeaders].map((headers) => Object.entries({ ...headers, ...fixedCors })) as [
      [string, string][],
      [string, string][],
    ];
    // On every response (an onRequest hook runs before any handler, and for unrouted URLs too).
    app.addHook('onRequest', function apiOrDocumentHeaders(request, reply, done) {
      const path = request.routeOptions.url;
      for (const [name, value] of path !== undefined && path.startsWith(DOCUMENTS_PREFIX) ? documents : api) reply.header(name, value);
      done();
    });
    if (fixedCors) await app.register(async (preflights) => preflights.register(cors, corsOptions));
    else await app.register(cors, corsOptions);
  },
  { name: 'security', dependencies: ['errors'] },
);
