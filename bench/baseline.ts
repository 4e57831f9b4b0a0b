/**
 * The baseline: a bare Fastify server answering each path with a precomputed copy of the real
 * server's bytes (and ETag, with 304 on If-None-Match) — what a static file server would do.
 * `node dist/bench/baseline.js PORT PAYLOADS_JSON`
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { logDestination } from '../src/logging.js';

interface Payload {
  body: string;
  etag: string;
  contentType: string;
}

const [port, file] = process.argv.slice(2);
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
  reply.header('etag', payload.etag).header('content-type', payload.contentType);
  if (request.headers['if-none-match'] === payload.etag) return reply.code(304).send();
  return reply.send(payload.bytes);
});
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ port: Number(port), host: '127.0.0.1' });
