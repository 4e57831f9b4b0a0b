/**
 * The front door: a request whose answer is already known (a prebuilt article representation,
 * see routes/articles/fast-path/prebuilt.ts) is answered by the HTTP server's own request listener, before
 * Fastify creates its request and reply objects, routes the URL and runs the onRequest hooks:
 * such a request then costs what a static file server's would with the same headers.
 *
 * It stands in for each of those steps, so it is put in place only where their effect is fixed:
 * any origin allowed (CORS and security headers the same for every response) and no rate limiting
 * (which counts every request). Then it does what they would do: the request id (the app's own
 * function), the security and CORS headers, load shedding (it steps aside while under-pressure
 * sheds, and once the app is closing, so that Fastify answers 503), and Fastify's two log lines
 * for the request, with the same fields (the client address and host read through trusted
 * proxies as Fastify reads them). test/routes/front.test.ts holds its answers and log lines to those of
 * the full path.
 */
import type { IncomingMessage, OutgoingHttpHeader, Server, ServerResponse } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { FastifyBaseLogger } from 'fastify';

/** Starts an answer the front door gives: the request id, the log line, the headers every answer carries. */
export type Start = (req: IncomingMessage, res: ServerResponse) => OutgoingHttpHeader[];

/** Answers the request when its answer is known, calling `start` once it is sure to; false otherwise. */
export type Responder = (req: IncomingMessage, res: ServerResponse, start: Start) => boolean;

export interface FrontDoorOptions {
  log: FastifyBaseLogger;
  /** The app's request id function (Fastify's genReqId). */
  requestId(req: IncomingMessage): string;
  /** Headers of every API response, the same for every request (security, CORS). */
  headers: [string, string][];
  /** True while the app sheds load: the request then goes to Fastify, which refuses it. */
  shedding(): boolean;
  /** Fastify's trustProxy option, for the client address and host it logs. */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
}

export type FrontDoor = ReturnType<typeof createFrontDoor>;

type Trust = (address: string, hop: number) => boolean;

/** Which proxies Fastify trusts for a trustProxy option (as its lib/request.js compiles it); null for none. */
function trustOf(option: FrontDoorOptions['trustProxy']): Trust | null {
  if (option === false) return null;
  if (option === true) return () => true;
  if (typeof option === 'function') return option;
  return proxyAddr.compile(option.split(',').map((address) => address.trim()));
}

/** The last of a header's comma-separated values (the nearest proxy's), as Fastify reads X-Forwarded-Host. */
const lastValue = (value: string) => value.slice(value.lastIndexOf(',') + 1).trim();

/**
 * What Fastify's request logger serialises of a request: method, url, accept-version, and the
 * client's address and host as Fastify's request reads them — through the trusted proxies'
 * X-Forwarded-For and X-Forwarded-Host when there are such proxies.
 */
function loggedRequest(req: IncomingMessage, trust: Trust | null) {
  const { headers, socket } = req;
  const forwardedHost = headers['x-forwarded-host'];
  return {
    method: req.method,
    url: req.url,
    headers,
    host:
      trust && typeof forwardedHost === 'string' && forwardedHost && trust(socket.remoteAddress!, 0)
        ? lastValue(forwardedHost)
        : (headers.host ?? headers[':authority'] ?? ''),
    ip: trust ? proxyAddr.all(req, trust).at(-1) : socket.remoteAddress,
    socket,
  };
}

export function createFrontDoor({ log, requestId, headers, shedding, trustProxy }: FrontDoorOptions) {
  const responders: Responder[] = [];
  const trust = trustOf(trustProxy);
  let open = true;
  const fixed = headers.flat();

  const start: Start = (req, res) => {
    const reqId = requestId(req);
    const started = performance.now();
    // The lines of Fastify's request logger, a child logger binding reqId: the same JSON.
    log.info({ reqId, req: loggedRequest(req, trust) }, 'incoming request');
    const done = (error?: Error) => {
      res.removeListener('finish', done);
      res.removeListener('error', done);
      const responseTime = performance.now() - started;
      if (error) log.error({ reqId, res, err: error, responseTime }, 'request errored');
      else log.info({ reqId, res, responseTime }, 'request completed');
    };
    res.on('finish', done);
    res.on('error', done);
    return ['x-request-id', reqId, ...fixed];
  };

  return {
    /** A route plugin's known answers. */
    add(responder: Responder) {
      responders.push(responder);
    },

    /** From now on every request goes to Fastify (which answers 503 while closing). */
    close() {
      open = false;
    },

    /** Puts the door in front of Fastify's request listener on its HTTP server. */
    install(server: Server) {
      const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
      if (listeners.length !== 1) throw new Error(`expected Fastify's one request listener, found ${listeners.length}`);
      const fastify = listeners[0]!;
      server.removeListener('request', fastify);
      server.on('request', (req: IncomingMessage, res: ServerResponse) => {
        if (open && !shedding()) {
          try {
            for (const respond of responders) if (respond(req, res, start)) return;
          } catch (error) {
            // A listener's exception would be the process's: Fastify answers instead when it still can.
            log.error({ err: error, url: req.url }, 'the front door failed to answer');
            if (res.headersSent) return void res.destroy();
          }
        }
        fastify(req, res);
      });
    },
  };
}
