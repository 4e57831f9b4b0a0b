/**
 * Request limits: a URL length cap (414), per-client rate limiting when RATE_LIMIT_MAX > 0 (429
 * with RateLimit-* headers), and load shedding under overload (503 with Retry-After). Every
 * refusal is a problem+json answer from the errors plugin, thrown as an HttpProblem.
 */
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../api/wire/problem.js';
import type { Config } from '../config.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** @fastify/under-pressure's per-route override; a handler that returns nothing lets the request through. */
    pressureHandler?: (request: FastifyRequest, reply: FastifyReply, type: string, value: number | undefined) => void;
  }
}

/** Longer than any title (512 characters, percent-encoded) plus a cursor and parameters. */
export const MAX_URL_LENGTH = 4096;
export const RETRY_AFTER_SECONDS = 10;

/** under-pressure instantiates its error class once; the errors plugin serves it as problem+json. */
class Overloaded extends HttpProblem {
  constructor() {
    super(503, 'Service Unavailable', `The server is overloaded; retry in ${RETRY_AFTER_SECONDS} s.`);
  }
}

type LimitsConfig = Pick<Config, 'RATE_LIMIT_MAX' | 'RATE_LIMIT_WINDOW' | 'SHED_EVENT_LOOP_DELAY'>;

export default fp(
  async function limits(app: FastifyInstance, { config }: { config: LimitsConfig }) {
    // A callback hook, not an async one: every request passes here, and a promise per request costs.
    app.addHook('onRequest', function urlLengthLimit(request, _reply, done) {
      if (request.url.length > MAX_URL_LENGTH) {
        const detail = `The request URL is ${request.url.length} characters long; the limit is ${MAX_URL_LENGTH}.`;
        done(new HttpProblem(414, 'URI Too Long', detail, undefined, { instance: request.url.slice(0, 256) }));
        return;
      }
      done();
    });

    await app.register(underPressure, {
      // 0: under-pressure measures nothing and sheds nothing.
      maxEventLoopDelay: config.SHED_EVENT_LOOP_DELAY,
      retryAfter: RETRY_AFTER_SECONDS,
      customError: Overloaded,
    });

    if (config.RATE_LIMIT_MAX > 0) {
      await app.register(rateLimit, {
        max: config.RATE_LIMIT_MAX,
        timeWindow: config.RATE_LIMIT_WINDOW,
        enableDraftSpec: true,
        errorResponseBuilder: (_request, context) =>
          new HttpProblem(
            context.statusCode,
            'Too Many Requests',
            `Rate limit of ${context.max} requests per ${config.RATE_LIMIT_WINDOW} exceeded; retry in ${context.after}.`,
          ),
      });
    }
  },
  { name: 'limits', dependencies: ['errors'] },
);
