/**
 * buildApp(): the application as a factory. Infrastructure plugins first (errors, OpenAPI), then
 * one plugin per resource. Used by the server, the tests (through inject()) and the OpenAPI
 * generator; the database handle is passed in, never imported.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Db } from './db/open.js';
import errors from './plugins/errors.js';
import openapi from './plugins/swagger.js';
import articles from './routes/articles/index.js';

export interface AppOptions {
  db: Db;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    routerOptions: { maxParamLength: 2048, ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(errors);
  await app.register(openapi);
  await app.register(articles, { db: options.db });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
