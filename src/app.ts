/**
 * buildApp(): the application as a factory. Infrastructure plugins first (errors, security,
 * caching, limits, health probes, OpenAPI), then one plugin per resource. Used by the server, the
 * tests (through inject()) and the OpenAPI generator; the database handle is passed in, never
 * imported.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { createChangeStreams, type ChangeStreams } from './api/change-stream/hub.js';
import { licenseOf, loadConfig, trustProxyOf, type Config } from './config.js';
import { Article } from './api/wire/articles.js';
import type { Db } from './db/open.js';
import { createFrontDoor } from './front.js';
import mcp from './mcp/http.js';
import caching, { cacheControlOf } from './plugins/caching.js';
import errors, { sendProblem } from './plugins/errors.js';
import health from './plugins/health.js';
import limits from './plugins/limits.js';
import security, { fixedApiHeaders } from './plugins/security.js';
import openapi from './plugins/swagger.js';
import articles from './routes/articles/index.js';
import changes from './routes/changes/index.js';
import categories from './routes/categories/index.js';
import templates from './routes/templates/index.js';
import citations from './routes/citations/index.js';
import geosearch from './routes/geosearch/index.js';
import redirects from './routes/redirects/index.js';
import search from './routes/search/index.js';
import snapshot from './routes/snapshot/index.js';
import sources from './routes/sources/index.js';

export interface AppOptions {
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** Overrides of the defaults (the server passes the validated environment; tests, what they test). */
  config?: Partial<Config>;
  /**
   * The process's change streams, which outlive the app of one generation (src/server.ts shares
   * them between generations and ends them at shutdown); without them the app has its own, over
   * its database, ended as it closes.
   */
  changeStreams?: ChangeStreams;
}

/** A caller's `x-request-id` is kept when it is a plain token, so it can be followed across services. */
const REQUEST_ID = /^[\w.:@-]{1,128}$/;
function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

const MAX_PARAM_LENGTH = 2048;

type Compilers = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type SerializerFactory = NonNullable<Compilers['buildSerializer']>;
type ValidatorFactory = NonNullable<Compilers['buildValidator']>;

/** A module as Fastify itself resolves it (its compilers), so both stay in step. */
const fromFastify = (name: string): unknown => createRequire(createRequire(import.meta.url).resolve('fastify'))(name);

/**
 * Fastify compiles every route's schemas when the app starts: a response serializer
 * (fast-json-stringify) per status code — eight a route, most of them error responses rarely or
 * never sent — and a validator (Ajv) per request part. The serializers were a sixth of the
 * start-up time and of the heap after it; the validators and Ajv another ~120 ms (start-up at
 * 1,000 articles: 900–970 ms before, 750–840 ms after). Here each is compiled on its first use
 * instead, by Fastify's own compilers, themselves loaded on the first compilation (~30 ms each).
 */
type AnyFactory = (externalSchemas: unknown, options: unknown) => (route: unknown) => unknown;

/** A compilers factory whose compilers compile each route's schema on its first use, with `module`'s. */
function lazily<Compiled>(module: string, wrap: (compiled: () => Compiled) => Compiled): AnyFactory {
  let build: AnyFactory | undefined;
  const compiler = () => (build ??= (fromFastify(module) as () => AnyFactory)());
  return (externalSchemas, options) => {
    let compile: ReturnType<AnyFactory> | undefined;
    return (route) => {
      let compiled: Compiled | undefined;
      return wrap(() => (compiled ??= (compile ??= compiler()(externalSchemas, options))(route) as Compiled));
    };
  };
}

const lazySerializers = () =>
  lazily<(data: unknown) => string>('@fastify/fast-json-stringify-compiler', (compiled) => (data) => compiled()(data)) as SerializerFactory;

type Validate = ((data: unknown, context?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };

const lazyValidators = () =>
  lazily<Validate>('@fastify/ajv-compiler', (compiled) => {
    // What Fastify expects of an Ajv function: called with the parent data when it has a
    // `schemaEnv` (so coercion can replace the root value), its `errors` read after a failure.
    const lazy: Validate = (data, context) => {
      const validate = compiled();
      const valid = validate(data, context);
      lazy.errors = validate.errors;
      return valid;
    };
    lazy.schemaEnv = true;
    return lazy;
  }) as unknown as ValidatorFactory;

/** Errors the router raises before any hook runs (a malformed or overlong URL), as problem+json. */
function routingProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const [status, detail] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? [414, `A path segment of the URL is longer than ${MAX_PARAM_LENGTH} characters.`]
      : error.code === 'FST_ERR_BAD_URL'
        ? [400, 'The URL is malformed (invalid percent-encoding).']
        : [error.statusCode ?? 500, 'The request could not be routed.'];
  reply.header('x-request-id', request.id).header('cache-control', 'no-store');
  return sendProblem(request, reply, status, detail, { extra: { instance: request.url.slice(0, 256) } });
}

/** Change streams of the app alone: over its database, ended before it closes (a listening app waits for its connections). */
function ownStreams(app: FastifyInstance, db: Db, config: Config): ChangeStreams {
  const streams = createChangeStreams({ heartbeatMs: config.STREAM_HEARTBEAT_MS, maxStreams: config.STREAM_MAX_CONNECTIONS });
  streams.serve(db);
  app.addHook('preClose', (done) => {
    streams.close();
    done();
  });
  return streams;
}

export async function buildApp(options: AppOptions) {
  const config: Config = { ...loadConfig({}), ...options.config };
  const trustProxy = trustProxyOf(config.TRUST_PROXY);
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: requestId,
    trustProxy,
    bodyLimit: 16 * 1024,
    frameworkErrors: routingProblem,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH, ignoreTrailingSlash: true },
    schemaController: { compilersFactory: { buildSerializer: lazySerializers(), buildValidator: lazyValidators() } },
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Known answers skip Fastify where the steps they skip have a fixed effect (see front.ts).
  const fixedHeaders = fixedApiHeaders(config);
  const front =
    fixedHeaders && config.RATE_LIMIT_MAX === 0
      ? createFrontDoor({ log: app.log, requestId, headers: fixedHeaders, trustProxy, shedding: () => app.isUnderPressure() })
      : undefined;
  if (front) {
    front.install(app.server);
    // The first preClose hook: Fastify marks itself closing just before, and answers 503 from then on.
    app.addHook('preClose', (done) => {
      front.close();
      done();
    });
  }

  app.addHook('onRequest', function requestIdHeader(request, reply, done) {
    reply.header('x-request-id', request.id);
    done();
  });

  await app.register(errors);
  await app.register(security, { config });
  await app.register(caching, { config });
  await app.register(limits, { config });
  await app.register(health, { db: options.db });
  await app.register(openapi, { license: licenseOf(config) });
  // One component for the whole article: GET /v1/articles/{title} answers one, GET /v1/snapshot one a line.
  app.addSchema(Article);
  await app.register(articles, { db: options.db, cacheControl: cacheControlOf(config), front, license: licenseOf(config) });
  await app.register(citations, { db: options.db });
  await app.register(sources, { db: options.db });
  await app.register(redirects, { db: options.db });
  await app.register(categories, { db: options.db });
  await app.register(templates, { db: options.db });
  await app.register(search, { db: options.db });
  await app.register(geosearch, { db: options.db });
  await app.register(mcp, { db: options.db, config });
  await app.register(changes, { db: options.db, streams: options.changeStreams ?? ownStreams(app, options.db, config) });
  await app.register(snapshot, { db: options.db, license: licenseOf(config) });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
