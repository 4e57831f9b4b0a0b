/**
 * The change streams of a process: every open /v1/changes/stream connection, counted against a
 * cap, kept alive by one heartbeat, told when a new database generation is served (each then
 * writes the new changes after its position), and ended at shutdown. One hub serves the apps of
 * every generation: a stream belongs to the process, not to the generation whose app took the
 * request, so that generation can close once its other requests are done (see `release`).
 */
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/open.js';
import { problemOf } from '../../plugins/errors.js';
import { RETRY_AFTER_SECONDS } from '../../plugins/limits.js';
import { changesGone } from '../changes.js';
import { HttpProblem } from '../wire/problem.js';
import { EVENT_STREAM, errorEvent, startEvent } from './events.js';
import { changeSource, type ChangeSource } from './source.js';
import { openStream, type ChangeStream } from './stream.js';

export interface ChangeStreamsOptions {
  heartbeatMs: number;
  /** Streams held open at once; one more is a 503 problem. */
  maxStreams: number;
  /**
   * Told of each response a stream takes over: it no longer keeps the generation that received it
   * open (the switchboard stops counting it as in flight there).
   */
  release?(res: ServerResponse): void;
}

/**
 * `x-accel-buffering` asks nginx-like proxies not to buffer. `connection: close`: a stream's
 * connection ends with it — at shutdown the server then need not wait for it to idle out, and a
 * reconnecting client opens a new one anyway.
 */
const STREAM_HEADERS = { 'content-type': EVENT_STREAM, 'cache-control': 'no-store', 'x-accel-buffering': 'no', connection: 'close' };

export function createChangeStreams({ heartbeatMs, maxStreams, release }: ChangeStreamsOptions) {
  let source: ChangeSource | undefined;
  /** Each open stream, with how to make it write what it has not sent yet. */
  const streams = new Map<ChangeStream, () => void>();
  let heartbeat: NodeJS.Timeout | undefined;
  let closing = false;

  const served = (): ChangeSource => {
    if (!source) throw new Error('the change streams serve no database yet');
    return source;
  };

  function refuse(reply: FastifyReply, detail: string): never {
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    throw new HttpProblem(503, 'Service Unavailable', detail);
  }

  return {
    get size() {
      return streams.size;
    },

    /** Serves the changes of `db` from now on (the first generation, then each one swapped in): every stream reads on from it. */
    serve(db: Db) {
      source = changeSource(db);
      for (const pump of streams.values()) pump();
    },

    /**
     * Answers a request for the stream from its cursor (`Last-Event-ID`, else `?since=`; the end of
     * the feed without either): 400 when the cursor is malformed, 503 beyond the cap or while
     * shutting down (thrown, for the errors plugin), otherwise the reply is taken over and stays open.
     */
    open(request: FastifyRequest, reply: FastifyReply, cursor: string | undefined) {
      const { after, expired } = served().position(cursor);
      if (closing) refuse(reply, 'The server is shutting down; reconnect, and another server will take the stream.');
      if (!expired && streams.size >= maxStreams) {
        refuse(reply, `This server holds as many change streams as it allows (${maxStreams}); retry in ${RETRY_AFTER_SECONDS} s, or poll /v1/changes.`);
      }
      reply.hijack();
      const res = reply.raw;
      // The headers the hooks set (request id, security, CORS), which a hijacked reply does not send itself.
      for (const [name, value] of Object.entries({ ...reply.getHeaders(), ...STREAM_HEADERS })) if (value !== undefined) res.setHeader(name, value);
      res.writeHead(200);
      const gone = () => problemOf(changesGone(), request.url);
      if (request.method === 'HEAD') return void res.end();
      if (expired) return void res.end(errorEvent(gone()));

      release?.(res);
      res.write(startEvent(after));
      const stream = openStream({ res, after, source: served, gone });
      // A failure (a database gone) ends that stream, not the process.
      const pump = () =>
        void stream.pump().catch((error: unknown) => {
          request.log.error({ err: error }, 'change stream failed');
          res.destroy();
        });
      streams.set(stream, pump);
      heartbeat ??= setInterval(() => {
        for (const each of streams.keys()) each.heartbeat();
      }, heartbeatMs).unref();
      const opened = performance.now();
      res.once('close', () => {
        streams.delete(stream);
        if (streams.size === 0) {
          clearInterval(heartbeat);
          heartbeat = undefined;
        }
        request.log.info({ events: stream.events, responseTime: Math.round(performance.now() - opened) }, 'change stream closed');
      });
      pump();
    },

    /** Ends every stream and refuses new ones: the process is shutting down, and waits for its connections to end. */
    close() {
      closing = true;
      for (const stream of streams.keys()) stream.end();
    },
  };
}

export type ChangeStreams = ReturnType<typeof createChangeStreams>;
