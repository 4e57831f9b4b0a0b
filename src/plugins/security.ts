/**
 * Security headers (helmet) and CORS. The content-security policy is strict — scripts only from
 * this origin — yet lets Swagger UI at /docs run: its scripts are files served by this origin, its
 * styles partly inline, its icons data: URIs. No `upgrade-insecure-requests`: the service is often
 * reached over plain HTTP behind a proxy or in a container, where upgrading breaks /docs.
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

export default fp(
  async function security(app: FastifyInstance, { config }: { config: Pick<Config, 'CORS_ORIGIN'> }) {
    const headers = securityHeaders({
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
    const names = Object.keys(headers);
    // On every response, as @fastify/helmet did (its onRequest hook runs before any handler).
    app.addHook('onRequest', (_request, reply, done) => {
      for (const name of names) reply.header(name, headers[name]);
      done();
    });
    await app.register(cors, {
      origin: corsOrigins(config.CORS_ORIGIN),
      methods: ['GET', 'HEAD'],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 86_400,
    });
  },
  { name: 'security', dependencies: ['errors'] },
);
