/**
 * Probes for orchestrators, kept out of the public API document: `/healthz` (liveness: the process
 * answers, even under load) and `/readyz` (readiness: the database answers; 503 while it does not,
 * while the server is overloaded, or while it is shutting down). Never cached, never rate limited.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { Problem } from '../api/wire/problem.js';
import { HttpProblem } from '../api/wire/problem.js';
import type { Db } from '../db/open.js';
import { createChangeQueries } from '../db/queries/changes.js';

const Health = Type.Object({ status: Type.Literal('ok') }, { description: 'The process is alive' });
const Ready = Type.Object(
  {
    status: Type.Literal('ready'),
    articles: Type.Integer({ minimum: 0, description: 'Articles in the database' }),
    generation: Type.Union(
      [
        Type.Object({
          run: Type.Integer({ description: 'The id of the import run that made the database file' }),
          contentHash: Type.String({ description: "sha256 over the database's articles and redirects" }),
        }),
        Type.Null(),
      ],
      { description: 'The database generation served (null for a database made before import runs were recorded)' },
    ),
  },
  { description: 'The database answers' },
);
const notReady = { ...Problem, description: 'Not ready: the database does not answer, or the server is overloaded or shutting down' };

const health: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const countArticles = db.$client.prepare('SELECT count(*) FROM articles').pluck();
  // The app serves one database file, which never changes under it: its generation is read once.
  const generation = createChangeQueries(db).generation();

  app.get(
    '/healthz',
    {
      schema: { hide: true, tags: ['operations'], summary: 'Liveness probe', response: { 200: Health } },
      config: { rateLimit: false, pressureHandler: () => undefined },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/readyz',
    {
      schema: { hide: true, tags: ['operations'], summary: 'Readiness probe', response: { 200: Ready, 503: notReady } },
      config: { rateLimit: false },
      logLevel: 'warn',
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      let articles: number;
      try {
        articles = countArticles.get() as number;
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        throw new HttpProblem(503, 'Service Unavailable', 'The database does not answer.');
      }
      return { status: 'ready' as const, articles, generation };
    },
  );
};

export default fp(health, { name: 'health', dependencies: ['errors'] });
