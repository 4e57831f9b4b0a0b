/**
 * Security headers (helmet) and CORS. The content-security policy is strict — scripts only from
 * this origin — yet lets Swagger UI at /docs run: its scripts are files served by this origin, its
 * styles partly inline, its icons data: URIs. No `upgrade-insecure-requests`: the service is often
 * reached over plain HTTP behind a proxy or in a container, where upgrading breaks /docs.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

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
    await app.register(helmet, {
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
    await app.register(cors, {
      origin: corsOrigins(config.CORS_ORIGIN),
      methods: ['GET', 'HEAD'],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 86_400,
    });
  },
  { name: 'security', dependencies: ['errors'] },
);
