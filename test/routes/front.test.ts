/**
 * The front door (src/front.ts): over a real socket, a URL answered once by Fastify is answered
 * again by the server's request listener without reaching Fastify. For every route that takes
 * part and every kind of request, that answer must be the one Fastify gives — status, headers
 * (but the request id and date), bytes — and its two log lines Fastify's, field for field, behind
 * trusted proxies too. Where a step it skips would not have a fixed effect (an origin list, rate
 * limiting) it is not in place; while the app closes it steps aside, so Fastify answers 503.
 */
import { once } from 'node:events';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { pino } from 'pino';
import t from 'tap';
import type { Config } from '../../src/config.js';
import { createFrontDoor, type Responder } from '../../src/front.js';
import { buildTestApp, type TestContext } from '../helpers/app.js';
import { comparable, PREBUILT_URLS, REQUEST_KINDS, type PrebuiltRequest } from '../helpers/prebuilt.js';

type App = Awaited<ReturnType<typeof buildTestApp>>;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A listening app that logs to `lines` and counts the requests that reach Fastify. */
async function listeningApp(t: TestContext, config: Partial<Config> = {}, setUp: (app: App) => void = () => {}) {
  const lines: string[] = [];
  const stream = { write: (line: string) => void lines.push(line) };
  const app = await buildTestApp(t, { config, logger: { level: 'info', stream } });
  let reached = 0;
  app.addHook('onRequest', (_request, _reply, done) => {
    reached++;
    done();
  });
  setUp(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const get = (url: string, { method = 'GET', headers = {} }: PrebuiltRequest = {}) =>
    new Promise<Answer>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: url, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  return { app, port, lines, get, reached: () => reached };
}

/** The two log lines of a request, with what differs between any two requests masked. */
async function logLinesOf(lines: string[], requestId: string): Promise<string[]> {
  const mine = () => lines.filter((line) => line.includes(`"reqId":"${requestId}"`));
  // 'request completed' is written once the response is handed to the socket.
  for (let tries = 0; mine().length < 2 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  return mine().map((line) =>
    line
      .replace(/"time":\d+/, '"time":0')
      .replace(/"reqId":"[^"]+"/, '"reqId":"id"')
      .replace(/"remotePort":\d+/, '"remotePort":0')
      .replace(/"responseTime":[\d.e+-]+/, '"responseTime":0'),
  );
}

t.test("the front door's answer is Fastify's, for every route and kind of request", async (t) => {
  const reference = await listeningApp(t);
  const etags = new Map<string, string>();
  for (const url of PREBUILT_URLS) etags.set(url, String((await reference.app.inject({ url })).headers.etag));
  for (const [kind, requestOf] of Object.entries(REQUEST_KINDS)) {
    // A fresh app per kind of request, so the first request of each URL is Fastify's to answer.
    const { get, lines, reached } = await listeningApp(t);
    for (const url of PREBUILT_URLS) {
      const asked = requestOf(etags.get(url)!);
      const head = asked.method === 'HEAD';
      const before = reached();
      const full = await get(url, asked);
      t.equal(reached(), before + 1, `${kind} ${url}: first answer by Fastify`);
      const front = await get(url, asked);
      t.equal(reached(), before + 1, `${kind} ${url}: second answer at the front door`);
      // HEAD answers with the headers GET would send (RFC 9110 §9.3.2); Fastify's HEAD routes do
      // not quite (no compression), so for HEAD the reference is the GET of another app (its
      // front door's answer once the URL is known there, which the GET kinds hold to Fastify's).
      const wanted = head ? await reference.get(url, { ...asked, method: 'GET' }) : full;
      t.equal(front.status, wanted.status, `${kind} ${url}: status ${wanted.status}`);
      t.same(comparable(front.headers), comparable(wanted.headers), `${kind} ${url}: headers`);
      t.ok(front.body.equals(head ? Buffer.alloc(0) : wanted.body), `${kind} ${url}: body`);
      const id = String(front.headers['x-request-id']);
      t.match(id, /^[0-9a-f-]{36}$/, `${kind} ${url}: a request id`);
      t.not(id, full.headers['x-request-id'], `${kind} ${url}: a new request id`);
      const [frontLines, fullLines] = [await logLinesOf(lines, id), await logLinesOf(lines, String(full.headers['x-request-id']))];
      t.equal(frontLines.length, 2, `${kind} ${url}: two log lines`);
      t.same(frontLines, fullLines, `${kind} ${url}: Fastify's log lines`);
    }
  }
});

t.test('a caller\'s request id is kept at the front door, as by Fastify', async (t) => {
  const { get, reached } = await listeningApp(t);
  const url = PREBUILT_URLS[0]!;
  await get(url);
  const answer = await get(url, { headers: { 'x-request-id': 'caller-7f3a' } });
  t.equal(reached(), 1, 'answered at the front door');
  t.equal(answer.headers['x-request-id'], 'caller-7f3a');
});

for (const [config, name] of [
  [{ CORS_ORIGIN: 'https://reader.example' }, 'an origin list (CORS headers depend on the request)'],
  [{ RATE_LIMIT_MAX: 1000 }, 'rate limiting (every request is counted)'],
] as const) {
  t.test(`no front door with ${name}`, async (t) => {
    const { get, reached } = await listeningApp(t, config);
    const url = PREBUILT_URLS[0]!;
    await get(url);
    const second = await get(url);
    t.equal(second.status, 200);
    t.equal(reached(), 2, 'both requests reach Fastify');
  });
}

t.test('behind trusted proxies, the logged client address and host are the ones Fastify reads', async (t) => {
  const forwarded: Record<string, string>[] = [
    {},
    { 'x-forwarded-for': '203.0.113.7' },
    { 'x-forwarded-for': '203.0.113.7, 10.1.2.3', 'x-forwarded-host': 'reader.example, api.example' },
    { 'x-forwarded-host': 'api.example:8443' },
  ];
  for (const trust of ['true', 'false', '1', '2', '127.0.0.1', '10.0.0.0/8, 127.0.0.1', '192.0.2.1']) {
    const { get, lines, reached } = await listeningApp(t, { TRUST_PROXY: trust });
    for (const [i, headers] of forwarded.entries()) {
      const url = `${PREBUILT_URLS[i]!}`;
      const full = await get(url, { headers });
      const front = await get(url, { headers });
      t.equal(reached(), i + 1, `TRUST_PROXY=${trust}, ${JSON.stringify(headers)}: second answer at the front door`);
      t.same(comparable(front.headers), comparable(full.headers), `TRUST_PROXY=${trust}: headers`);
      const [frontLines, fullLines] = [await logLinesOf(lines, String(front.headers['x-request-id'])), await logLinesOf(lines, String(full.headers['x-request-id']))];
      t.same(frontLines, fullLines, `TRUST_PROXY=${trust}, ${JSON.stringify(headers)}: Fastify's log lines`);
      if (trust === 'true' && i === 2) {
        t.match(frontLines[0], /"host":"api\.example","remoteAddress":"203\.0\.113\.7"/, 'the client and host the proxies forwarded');
      }
      if (trust === '1' && i === 2) t.match(frontLines[0], /"remoteAddress":"10\.1\.2\.3"/, 'one hop trusted: the nearest forwarded address');
    }
  }
});

t.test('pipelined requests are answered in order, whoever answers each', async (t) => {
  const { port, get, reached } = await listeningApp(t);
  const known = PREBUILT_URLS[0]!;
  await get(known);
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  // Fastify answers the search after the front door could answer the article: the article waits.
  const asked = ['/v1/search?q=revolution', known, '/v1/sources?limit=1', known];
  socket.end(asked.map((url, i) => `GET ${url} HTTP/1.1\r\nHost: test\r\n${i === asked.length - 1 ? 'Connection: close\r\n' : ''}\r\n`).join(''));
  await once(socket, 'close');
  const answers = [...text.matchAll(/HTTP\/1\.1 (\d{3})[^]*?\r\ncontent-type: ([^;\r]+)/gi)].map((match) => `${match[1]} ${match[2]}`);
  t.same(answers, ['200 application/json', '200 application/json', '200 application/json', '200 application/json']);
  const bodies = text.split(/\r\n\r\n/).slice(1).map((body) => body.slice(0, 12));
  t.match(bodies[0], /^\{"items"/, 'the search first');
  t.match(bodies[1], /^\{"title"/, 'then the article');
  t.equal(reached(), 3, 'the search and the sources page by Fastify, the articles at the front door');
});

t.test('once the app is closing, a known URL is answered 503 by Fastify', async (t) => {
  // Fastify answers 503 from the start of its close until the server stops listening, after the
  // preClose hooks. A slow preClose hook (after the app's own) holds that window open.
  let preClosing: () => void = () => {};
  const preCloseBegun = new Promise<void>((resolve) => (preClosing = resolve));
  const { app, get, reached } = await listeningApp(t, {}, (app) =>
    app.addHook('preClose', (done) => {
      preClosing();
      setTimeout(done, 100);
    }),
  );
  const url = PREBUILT_URLS[0]!;
  t.equal((await get(url)).status, 200);
  t.equal((await get(url)).status, 200);
  t.equal(reached(), 1, 'the second answer was given at the front door');
  const closed = app.close();
  await preCloseBegun;
  const refused = await get(url);
  t.equal(refused.status, 503, 'refused while closing');
  t.equal(refused.headers.connection, 'close');
  await closed;
});

t.test('every onRequest hook of the article routes is one the front door stands in for, and none runs after the answer', async (t) => {
  // Load shedding on, as a server has it (test apps turn it off).
  const app = await buildTestApp(t, { config: { SHED_EVENT_LOOP_DELAY: 1000 } });
  await app.ready();
  const routes = app.printRoutes({ includeHooks: true, commonPrefix: false });
  const articleHooks = new Set(routes.split('\n').filter((line) => line.includes('answerPrebuilt()')).map((line) => line.replace(/^[│\s•]+/, '')));
  // requestIdHeader: the request id; apiOrDocumentHeaders: security and CORS headers; urlLengthLimit:
  // the 414 (a known URL is short); the two onRequest: @fastify/under-pressure (shedding) and
  // @fastify/compress (decorates the reply for the handler). A new hook here needs the front door's
  // attention: it does not run for the requests answered there.
  t.same([...articleHooks], ['(onRequest) ["requestIdHeader()","apiOrDocumentHeaders()","urlLengthLimit()","onRequest()","onRequest()","answerPrebuilt()"]']);
  t.notMatch(routes, /\(onResponse\)|\(onTimeout\)|\(onRequestAbort\)/, 'no hook runs after an answer');
});

/** A door in front of a plain listener that answers "behind", and the lines it logs. */
async function doorBefore(t: TestContext, shedding: () => boolean, responder: Responder) {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const server = createServer((_req, res) => res.end('behind'));
  const door = createFrontDoor({ log, requestId: () => 'id', headers: [['x-fixed', 'yes']], shedding, trustProxy: false });
  door.add(responder);
  door.install(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => void server.close());
  const { port } = server.address() as AddressInfo;
  const body = async () => (await fetch(`http://127.0.0.1:${port}/`)).text();
  return { body, lines };
}

t.test('while load is shed, every request goes to the listener behind the door', async (t) => {
  let shed = false;
  const { body } = await doorBefore(t, () => shed, (req, res, start) => {
    res.writeHead(200, start(req, res)).end('front');
    return true;
  });
  t.equal(await body(), 'front');
  shed = true;
  t.equal(await body(), 'behind');
});

t.test('a responder that throws: the listener behind the door answers, and the error is logged', async (t) => {
  const { body, lines } = await doorBefore(t, () => false, () => {
    throw new Error('broken responder');
  });
  t.equal(await body(), 'behind');
  t.match(lines, [{ level: 50, msg: 'the front door failed to answer', err: { message: 'broken responder' }, url: '/' }]);
});
