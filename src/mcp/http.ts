/**
 * The MCP Streamable HTTP transport at /mcp, stateless: each POST gets a fresh server and
 * transport (the SDK's WebStandardStreamableHTTPServerTransport, answering JSON rather than an
 * event stream), and nothing is kept between requests. GET (a server-to-client stream) and DELETE
 * (ending a session) have nothing to do without sessions: 405, as the specification allows.
 *
 * /mcp is an ordinary Fastify route, so it passes every hook a REST request passes: the request
 * id, security headers, the URL length limit, load shedding, rate limiting (one budget per client
 * for REST and MCP together) and the 16 KiB body limit; the front door (src/front.ts) never
 * answers it. The Origin check the specification asks of this transport against DNS rebinding is
 * done here, not by the SDK's option (which checks nothing when its list is empty): a request with
 * an Origin header that is not in MCP_ALLOWED_ORIGINS is refused with 403; a listed one gets CORS
 * (preflight included), so that a browser page there can be an MCP client.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../api/wire/problem.js';
import { licenseOf, type Config } from '../config.js';
import type { Db } from '../db/open.js';
import { varyWith } from '../plugins/caching.js';
import { createMcpFactory } from './server.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** @fastify/cors's per-route switch: false leaves the route's CORS to the route. */
    cors?: false;
  }
}

export const MCP_PATH = '/mcp';

/** The answer to a listed origin's preflight: POST with the headers an MCP client sends. */
const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'content-type, accept, mcp-protocol-version, mcp-session-id, last-event-id',
  'access-control-max-age': '86400',
};

/** The request as the SDK's web-standard transport reads it (its body is passed parsed). */
function webRequest(request: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return new Request(new URL(request.url, 'http://localhost'), { method: request.method, headers });
}

export const allowedOrigins = (setting: string): Set<string> =>
  new Set(setting.split(',').map((origin) => origin.trim()).filter(Boolean));

export default fp(
  async function mcp(app: FastifyInstance, { db, config }: { db: Db; config: Pick<Config, 'MCP_ALLOWED_ORIGINS' | 'SITE_LICENSE_ID' | 'SITE_LICENSE_URL'> }) {
    const createServer = createMcpFactory(db, app.log, { license: licenseOf(config) });
    const allowed = allowedOrigins(config.MCP_ALLOWED_ORIGINS);

    // A listed origin may also call /mcp from a browser page: CORS for POST with the MCP headers,
    // whatever CORS_ORIGIN lets the REST API's GETs do. Every other Origin is refused.
    const checkOrigin: onRequestHookHandler = (request, reply, done) => {
      const origin = request.headers.origin;
      if (origin === undefined) return done();
      if (!allowed.has(origin)) {
        const detail = `Origin ${JSON.stringify(origin.slice(0, 200))} may not use ${MCP_PATH}; allowed origins are set by MCP_ALLOWED_ORIGINS.`;
        return done(new HttpProblem(403, 'Forbidden', detail));
      }
      reply.header('access-control-allow-origin', origin).header('vary', varyWith(reply.getHeader('vary'), 'Origin'));
      done();
    };
    // @fastify/cors stays out of these routes (where it runs on them): their CORS is the one above.
    const routeOptions = { onRequest: checkOrigin, schema: { hide: true }, config: { cors: false as const } };

    app.options(MCP_PATH, routeOptions, async (request, reply) => {
      if (request.headers.origin !== undefined) reply.headers(PREFLIGHT_HEADERS);
      return reply.code(204).header('content-length', '0').send();
    });

    app.post(MCP_PATH, routeOptions, async (request, reply) => {
      const server = createServer({ baseUrl: `${request.protocol}://${request.host}` });
      const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      await server.connect(transport);
      try {
        const response = await transport.handleRequest(webRequest(request), { parsedBody: request.body });
        reply.code(response.status);
        response.headers.forEach((value, name) => void reply.header(name, value));
        return reply.send(await response.text());
      } finally {
        await server.close();
      }
    });

    app.route({
      method: ['GET', 'DELETE'],
      url: MCP_PATH,
      ...routeOptions,
      handler: async (_request, reply) => {
        reply.header('allow', 'POST');
        throw new HttpProblem(405, 'Method Not Allowed', `${MCP_PATH} is stateless: POST JSON-RPC messages to it; there is no event stream or session to GET or DELETE.`);
      },
    });
  },
  { name: 'mcp', dependencies: ['errors'] },
);
