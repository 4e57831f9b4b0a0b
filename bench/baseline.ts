/**
 * The baseline: a bare Fastify server answering each path with a precomputed copy of the real
 * server's response — what a static file server would do. Two kinds:
 *
 * - `bare`: the body bytes, Content-Type and ETag (304 on If-None-Match), nothing else;
 * - `same`: the same, plus every other header the real server sent for that path (security,
 *   CORS, Cache-Control, Vary, Link...), recorded once: the identical response on the wire, so
 *   the difference measured is only the work of producing it.
 *
 * `node dist/bench/baseline.js PORT PAYLOADS_JSON bare|same`
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { logDestination } from '../src/logging.js';

export interface Payload {
  body: string;
  etag: string;
  contentType: string;
  /** The real server's other headers for this path, for a 200 and for a 304. */
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
}

const [port, file, kind = 'bare'] = process.argv.slice(2);
const same = kind === 'same';
// Bytes, as a static file server holds them: a string body would be encoded again per request.
const payloads = new Map(
  Object.entries(JSON.parse(readFileSync(file!, 'utf8')) as Record<string, Payload>).map(([path, payload]) => [
    path,
    { ...payload, bytes: Buffer.from(payload.body) },
  ]),
);
// The server's logger configuration: pino at LOG_LEVEL (default info) with Fastify's request
// logging, written to the same batched destination.
const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info', stream: logDestination() } });
app.get('/*', async (request, reply) => {
  const payload = payloads.get(request.url);
  if (!payload) return reply.code(404).send({ error: 'not precomputed' });
  if (request.headers['if-none-match'] === payload.etag) {
    if (same) reply.headers(payload.notModifiedHeaders);
    return reply.code(304).header('etag', payload.etag).send();
  }
  if (same) reply.headers(payload.headers);
  return reply.header('etag', payload.etag).header('content-type', payload.contentType).send(payload.bytes);
});
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ port: Number(port), host: '127.0.0.1' });
