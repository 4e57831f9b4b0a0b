/**
 * GET /v1/changes/stream through a real client (the `eventsource` package) against an app on
 * loopback: every change in feed order as /v1/changes lists it, each event's id its cursor; resuming
 * after a `Last-Event-ID` with nothing lost or repeated; the start at the end of the feed; heartbeat
 * comments; the `error` event of an expired cursor; 400 for a malformed one; the cap's 503.
 * New generations (the hot swap) are test/service/change-stream-swap.test.ts.
 */
import type http from 'node:http';
import t from 'tap';
import { encodeCursor } from '../../src/api/pagination.js';
import { buildApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { openDatabase } from '../../src/db/open.js';
import { buildTestApp, buildTestDatabase, type TestContext } from '../helpers/app.js';
import { listen, type Listener, type StreamedChange } from '../helpers/event-source.js';
import { serveOnLoopback } from '../helpers/net.js';
import { addRuns, firstVersion } from '../helpers/swap.js';

type App = Awaited<ReturnType<typeof buildApp>>;

/** The stream's URL on loopback, the app's request listener serving it as the server's switchboard does. */
async function served(t: TestContext, app: App): Promise<string> {
  await app.ready();
  const [handler] = app.server.listeners('request') as http.RequestListener[];
  return `${await serveOnLoopback(t, (server) => server.on('request', handler!))}/v1/changes/stream`;
}

async function streamingApp(t: TestContext, config: Partial<Config> = {}) {
  const app = await buildTestApp(t, { config: { STREAM_HEARTBEAT_MS: 20, ...config } });
  const feed = (await app.inject({ url: '/v1/changes?limit=100' })).json() as { items: StreamedChange[] };
  return { app, url: await served(t, app), feed: feed.items };
}

const heartbeats = (listener: Listener) => listener.wire().split(': heartbeat\n\n').length - 1;

/** Once a heartbeat has come after the catch-up, the server had nothing more to send: the count is final. */
async function settled(listener: Listener) {
  const after = heartbeats(listener);
  await listener.until(() => heartbeats(listener) > after, 'a heartbeat after the catch-up');
}

const withoutIds = (changes: Listener['changes']) => changes.map(({ id: _id, ...change }) => change);

t.test('from a cursor: every change in feed order, as /v1/changes lists it, each id its cursor', async (t) => {
  const { app, url, feed } = await streamingApp(t);
  t.ok(feed.length >= 10, `${feed.length} changes in the fixture run`);
  const client = listen(t, `${url}?since=${encodeCursor([0])}`);
  await client.until(() => client.changes.length >= feed.length, 'the whole feed');
  await settled(client);
  t.same(withoutIds(client.changes), feed, 'the same items, in the same order');
  t.same(client.starts, [encodeCursor([0])], 'one start event, at the cursor asked');
  t.same(client.changes.map((change) => change.id), feed.map((change) => encodeCursor([change.seq])), 'each id is the cursor after the change');
  const third = client.changes[2]!;
  const after = (await app.inject({ url: `/v1/changes?since=${third.id}&limit=100` })).json() as { items: StreamedChange[] };
  t.same(after.items, feed.slice(3), 'an event id is a `since` of /v1/changes');
  t.same(client.statuses, [200]);
  t.same(client.errors, []);
});

t.test('Last-Event-ID resumes right after that event, and wins over ?since=', async (t) => {
  const { url, feed } = await streamingApp(t);
  for (const k of [1, 4, feed.length - 1, feed.length]) {
    const client = listen(t, `${url}?since=${encodeCursor([0])}`, { lastEventId: encodeCursor([feed[k - 1]!.seq]) });
    await client.until(() => client.starts.length === 1, 'the start event');
    await settled(client);
    t.same(withoutIds(client.changes), feed.slice(k), `after event ${k}: the ${feed.length - k} changes that follow, none repeated`);
    client.close();
  }
});

t.test('without a cursor the stream starts at the end: only new changes', async (t) => {
  const { url, feed } = await streamingApp(t);
  const client = listen(t, url);
  await client.until(() => client.starts.length === 1, 'the start event');
  await settled(client);
  t.same(client.starts, [encodeCursor([feed.at(-1)!.seq])], 'the start event names the end of the feed');
  t.equal(client.changes.length, 0, 'no change of the past');
  t.equal(client.source.readyState, client.source.OPEN);
  const head = await fetch(url, { method: 'HEAD' });
  t.equal(head.status, 200, 'HEAD: the headers of the stream, and no stream');
  t.match(head.headers.get('content-type'), /^text\/event-stream/);
});

t.test('heartbeat comments keep an idle stream open; the client sees no event for them', async (t) => {
  const { url } = await streamingApp(t, { STREAM_HEARTBEAT_MS: 10 });
  const client = listen(t, url);
  await client.until(() => heartbeats(client) >= 5, 'five heartbeats');
  t.equal(client.changes.length + client.errors.length, 0, 'comments are not events');
  t.equal(client.starts.length, 1);
  t.same(client.statuses, [200], 'one connection all along');
});

t.test('a malformed cursor is a 400 problem, and the client does not retry', async (t) => {
  const { app, url } = await streamingApp(t);
  const client = listen(t, url, { lastEventId: 'nope!' });
  await client.until(() => client.source.readyState === client.source.CLOSED, 'the failed connection');
  t.same(client.statuses, [400]);
  const response = await app.inject({ url: '/v1/changes/stream?since=nope!' });
  t.equal(response.statusCode, 400);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  t.match(response.json(), { status: 400, title: 'Invalid cursor' });
});

t.test("an expired cursor gets an `error` event with the 410 problem, then the stream ends", async (t) => {
  const path = buildTestDatabase(t, [firstVersion(t)]);
  // Two runs more, keeping two: the first run (seqs 1 to 3) is pruned, with its changes.
  addRuns(path, 2, 2);
  const db = openDatabase(path, { readonly: true });
  const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0 } });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const url = await served(t, app);

  const client = listen(t, url, { lastEventId: encodeCursor([2]) });
  await client.until(() => client.errors.length === 1, 'the error event');
  client.close();
  t.match(client.errors[0], { type: '/problems/changes-no-longer-kept', title: 'Changes no longer kept', status: 410, detail: /resync from \/v1\/articles/i, instance: '/v1/changes/stream' });
  t.same(client.changes, [], 'no change');
  t.same(client.starts, [], 'no start: the stream cannot start');
  const response = await app.inject({ url: `/v1/changes/stream?since=${encodeCursor([2])}` });
  t.equal(response.statusCode, 200, 'an event stream that ends at once');
  t.match(response.body, /^event: error\ndata: \{"type":"\/problems\/changes-no-longer-kept",.*"status":410,/);

  const kept = listen(t, url, { lastEventId: encodeCursor([3]) });
  await kept.until(() => kept.changes.length === 2, 'the changes kept');
  t.same(kept.changes.map(({ seq, type, title }) => `${seq} ${type} ${title}`), ['4 updated Beta article', '5 updated Beta article'], 'a cursor at the edge of what is kept streams');
});

t.test('streams beyond the cap get a 503 problem; a closed stream frees its place', async (t) => {
  const { url } = await streamingApp(t, { STREAM_MAX_CONNECTIONS: 2 });
  const first = listen(t, url);
  const second = listen(t, url);
  await first.until(() => first.starts.length === 1, 'the first stream');
  await second.until(() => second.starts.length === 1, 'the second stream');
  const refused = await fetch(url);
  t.equal(refused.status, 503);
  t.match(refused.headers.get('content-type'), /^application\/problem\+json/);
  t.ok(Number(refused.headers.get('retry-after')) > 0, 'Retry-After');
  t.match(await refused.json(), { status: 503, detail: /as many change streams as it allows \(2\)/ });

  first.close();
  let status = 0;
  for (let i = 0; i < 100 && status !== 200; i++) {
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    status = response.status;
    controller.abort();
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  t.equal(status, 200, 'a place is free again once a client leaves');
});
