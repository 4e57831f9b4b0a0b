/**
 * The change stream across hot swaps, wired as src/server.ts wires it (one set of streams for the
 * process, the switchboard telling it of each generation): a new generation's changes reach every
 * connected client, and later ones too, while the old generation closes under the open streams; a
 * client that reconnects across a swap misses nothing and gets nothing twice; a swap that prunes
 * past a client's position ends its stream with the `error` event. Counted, not timed: each test
 * waits for the events; the latency is bench/stream.ts's.
 */
import { copyFileSync, renameSync } from 'node:fs';
import type http from 'node:http';
import t from 'tap';
import { createChangeStreams } from '../../src/api/change-stream/hub.js';
import { encodeCursor } from '../../src/api/pagination.js';
import { buildApp } from '../../src/app.js';
import { importDocuments } from '../../src/importer/import.js';
import { createSwitchboard, type Switchboard } from '../../src/swap/switchboard.js';
import type { TestContext } from '../helpers/app.js';
import { listen, type Listener } from '../helpers/event-source.js';
import { serveOnLoopback } from '../helpers/net.js';
import { capturingLogger } from '../helpers/server-log.js';
import { addRuns, firstDatabase, secondVersion, thirdVersion } from '../helpers/swap.js';

/** The server's wiring over `path`: streams shared by every generation's app, told of each by the switchboard. */
async function serve(t: TestContext, path: string) {
  const { log, lines } = capturingLogger();
  let board: Switchboard;
  const streams = createChangeStreams({ heartbeatMs: 20, maxStreams: 100, release: (res) => board.release(res) });
  board = await createSwitchboard({
    path,
    log,
    pollSeconds: 0,
    build: async (db) => {
      const app = await buildApp({ db, changeStreams: streams, config: { SHED_EVENT_LOOP_DELAY: 0 } });
      await app.ready();
      return app;
    },
    serving: (db) => streams.serve(db),
  });
  let server!: http.Server;
  const base = await serveOnLoopback(t, (listening) => {
    board.install(listening);
    server = listening;
  });
  t.teardown(async () => {
    streams.close();
    await board.close(async () => {});
  });
  return { board, streams, lines, server, url: `${base}/v1/changes/stream`, base };
}

/** Imports `inputs` into a copy of the served file and swaps it in, as a deployment does. */
async function swapIn(board: Switchboard, path: string, inputs: string[], options: { sync?: boolean } = {}) {
  const next = `${path}.next`;
  copyFileSync(path, next);
  importDocuments({ dbPath: next, inputs, ...options });
  renameSync(next, path);
  await board.reload('test');
}

const summary = (client: Listener) => client.changes.map(({ type, title }) => `${type} ${title}`);
const SECOND = ['updated Alpha article', 'created Gamma article', 'redirect-removed Alpha', 'redirect-added First letter'];
const THIRD = ['deleted Alpha article', 'redirect-removed First letter'];

t.test("a new generation's changes reach every connected client; the old generation closes under the open streams", async (t) => {
  const path = firstDatabase(t);
  const { board, streams, lines, url, base } = await serve(t, path);
  const clients = Array.from({ length: 5 }, () => listen(t, url));
  const fromStart = listen(t, `${url}?since=${encodeCursor([0])}`);
  for (const client of [...clients, fromStart]) await client.until(() => client.starts.length === 1, 'the start event');
  await fromStart.until(() => fromStart.changes.length === 3, 'the first run');
  t.equal(streams.size, 6);

  await swapIn(board, path, [secondVersion(t)]);
  for (const client of clients) await client.until(() => client.changes.length === SECOND.length, "the second run's changes");
  const feed = (await (await fetch(`${base}/v1/changes?since=${encodeCursor([3])}`)).json()) as { items: unknown[] };
  for (const [i, client] of clients.entries()) {
    t.same(client.changes.map(({ id: _id, ...change }) => change), feed.items, `client ${i}: the items /v1/changes lists, in order`);
  }
  t.ok(
    await until(() => lines.some((line) => line.msg === 'closed the previous database generation' && line.generation === 1)),
    'the first generation closed while the streams stayed open',
  );

  await swapIn(board, path, [thirdVersion(t)], { sync: true });
  for (const client of clients) await client.until(() => client.changes.length === SECOND.length + THIRD.length, "the third run's changes");
  t.same(summary(clients[0]!), [...SECOND, ...THIRD], 'and those of the generation after');
  await fromStart.until(() => fromStart.changes.length === 3 + SECOND.length + THIRD.length, 'every change');
  t.same(fromStart.changes.map((change) => change.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'one client from the start: every seq once, in order');
  t.ok(await until(() => lines.some((line) => line.msg === 'closed the previous database generation' && line.generation === 2)), 'the second generation closed too');
  for (const client of [...clients, fromStart]) {
    t.same(client.statuses, [200], 'one connection all along');
    t.equal(client.source.readyState, client.source.OPEN);
  }
});

t.test('a client that reconnects across a swap misses nothing and gets nothing twice', async (t) => {
  const path = firstDatabase(t);
  const { board, server, url } = await serve(t, path);
  const client = listen(t, url);
  await client.until(() => client.starts.length === 1, 'the start event');
  // The connection cut (a replica gone, a proxy restarted); the swap lands while the client waits to reconnect.
  server.closeAllConnections();
  await client.until(() => client.source.readyState === client.source.CONNECTING, 'the client noticing');
  await swapIn(board, path, [secondVersion(t)]);
  await client.until(() => client.changes.length === SECOND.length, 'the changes made while it was away', 15_000);
  t.same(client.statuses, [200, 200], 'it reconnected once');
  t.same(client.starts, [encodeCursor([3]), encodeCursor([3])], 'from the id of its start event, sent back as Last-Event-ID');
  t.same(summary(client), SECOND, 'each change once');
});

t.test("a swap that prunes the changes after a client's position ends its stream with the error event", async (t) => {
  const path = firstDatabase(t);
  const { board, url } = await serve(t, path);
  const client = listen(t, url);
  await client.until(() => client.starts.length === 1, 'the start event');

  // A new file whose feed keeps only its last run: the changes after seq 3 are gone.
  const next = `${path}.next`;
  importDocuments({ dbPath: next, inputs: [secondVersion(t)] });
  addRuns(next, 1, 1);
  renameSync(next, path);
  await board.reload('test');

  await client.until(() => client.errors.length === 1, 'the error event');
  client.close();
  t.match(client.errors[0], { status: 410, title: 'Changes no longer kept' });
  t.same(client.changes, [], 'no change: those it would get next are gone');
});

async function until(condition: () => boolean, ms = 5000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}
