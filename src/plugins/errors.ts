/**
 * One error shape: RFC 9457 problem details (`application/problem+json`) from one handler, for
 * thrown HttpProblems, schema validation failures, unknown routes and anything unexpected (whose
 * details are logged, never sent).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem, Problem, type ProblemError } from '../api/wire/problem.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const slug = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

type ProblemOptions = { title?: string; errors?: ProblemError[]; extra?: Partial<Problem> };

/** The problem details of a status and detail, for the request at `instance`. */
export function problemBody(instance: string, status: number, detail: string, options: ProblemOptions = {}): Problem {
  const title = options.title ?? TITLES[status] ?? 'Error';
  return {
    type: `/problems/${slug(title)}`,
    title,
    status,
    detail,
    instance,
    ...(options.errors ? { errors: options.errors } : {}),
    ...options.extra,
  };
}

/** An HttpProblem's details, for the request at `instance`. */
export const problemOf = (problem: HttpProblem, instance: string): Problem =>
  problemBody(instance, problem.status, problem.detail, { title: problem.title, errors: problem.errors, extra: problem.extra });

export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, detail: string, options: ProblemOptions = {}): FastifyReply {
  return reply.code(status).type('application/problem+json').send(problemBody(request.url, status, detail, options));
}

const LOCATIONS: Record<string, string> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' };

function validationErrors(error: FastifyError): ProblemError[] {
  const where = LOCATIONS[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
  return (error.validation ?? []).map((issue) => {
    const params = issue.params as Record<string, unknown>;
    const name =
      (typeof params.missingProperty === 'string' && params.missingProperty) ||
      (typeof params.additionalProperty === 'string' && params.additionalProperty) ||
      issue.instancePath.replace(/^\//, '').split('/')[0] ||
      where;
    // An enum lists what it allows (`format`, `style`, `locale`: the problem says which exist).
    const allowed = issue.keyword === 'enum' && Array.isArray(params.allowedValues) ? `: ${params.allowedValues.join(', ')}` : '';
    return { in: where, name, reason: `${issue.message ?? 'invalid'}${allowed}` };
  });
}

export default fp(
  async function errors(app: FastifyInstance) {
    // Shared by every route's error responses, and a component of the OpenAPI document.
    app.addSchema(Problem);
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof HttpProblem) {
        return reply.code(error.status).type('application/problem+json').send(problemOf(error, request.url));
      }
      if (error.validation) {
        const errors = validationErrors(error);
        const detail = errors.map((e) => `${e.in} parameter "${e.name}" ${e.reason}`).join('; ');
        return sendProblem(request, reply, 400, detail || 'The request is invalid', { title: 'Invalid parameters', errors });
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return sendProblem(request, reply, status, error.message);
      }
      request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, status >= 500 && status < 600 ? status : 500, 'An internal error occurred.');
    });
    // Ajv coerces "Infinity" and "1e309" to Infinity and skips minimum/maximum for it, so a
    // non-finite number passes schema validation; refuse it here as the validation error it is.
    // A callback hook, not an async one: it runs for every request, and a promise per request costs.
    app.addHook('preHandler', (request, _reply, done) => {
      const errors: ProblemError[] = [];
      for (const [where, values] of [
        ['query', request.query],
        ['path', request.params],
      ] as const) {
        for (const [name, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
          if (typeof value === 'number' && !Number.isFinite(value)) errors.push({ in: where, name, reason: 'must be a finite number' });
        }
      }
      if (errors.length > 0) {
        done(new HttpProblem(400, 'Invalid parameters', errors.map((e) => `${e.in} parameter "${e.name}" ${e.reason}`).join('; '), errors));
        return;
      }
      done();
    });
    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, 404, `No resource at ${request.method} ${request.url.split('?')[0]}`),
    );
  },
  { name: 'errors' },
);
