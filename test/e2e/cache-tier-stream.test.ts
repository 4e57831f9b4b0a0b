/**
 * The change stream through the cache tier: two replicas (the compiled server) behind Varnish
 * with deploy/varnish/default.vcl, and EventSource clients of the cache. Events and heartbeats come
 * through while the stream is open (Varnish streams it, it does not wait for an end that never
 * comes); order and Last-Event-ID as on a replica; a swap's changes reach connected clients, and a
 * rolling restart of both replicas is resumed without loss or repetition; the cap of every replica
 * answers a 503 problem; a pruned cursor gets the `error` event.
 *
 * Needs varnishd, as e2e/cache-tier.test.ts does: skipped with one line outside CI without it.
 */
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { encodeCursor } from '../../src/api/pagination.js';
import { importDocuments } from '../../src/importer/import.js';
import { listen, type Listener } from '../helpers/event-source.js';
import { freePort } from '../helpers/net.js';
import { startReplica, type Replica } from '../helpers/replica.js';
import { addRuns, firstVersion, putInPlace, secondVersion, thirdVersion } from '../helpers/swap.js';
import { startVarnish, varnishd } from '../helpers/varnish.js';

const heartbeats = (client: Listener) => client.wire().split(': heartbeat\n\n').length - 1;
const seqs = (client: Listener) => client.changes.map((change) => change.seq);
/** Replicas' streams refused beyond this many each; heartbeats this often (ms). */
const ENV = { STREAM_MAX_CONNECTIONS: '3', STREAM_HEARTBEAT_MS: '100', LOG_LEVEL: 'info' };

async function streamTier() {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-stream-tier-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const artifacts = ['first', 'second', 'third', 'pruned'].map((name) => join(dir, `${name}.db`));
  const [first, second, third, pruned] = artifacts as [string, string, string, string];
  importDocuments({ dbPath: first, inputs: [firstVersion(t)] });
  copyFileSync(first, second);
  importDocuments({ dbPath: second, inputs: [secondVersion(t)] });
  copyFileSync(second, third);
  importDocuments({ dbPath: third, inputs: [thirdVersion(t)], sync: true });
  // Two runs more, keeping one: every change up to the third version's is pruned.
  copyFileSync(third, pruned);
  addRuns(pruned, 2, 1);

  const paths = [join(dir, 'r1', 'encyclopedia.db'), join(dir, 'r2', 'encyclopedia.db')];
  for (const path of paths) {
    mkdirSync(join(path, '..'));
    copyFileSync(first, path);
  }
  const ports = [await freePort(), await freePort()];
  const replicas: Replica[] = [await startReplica(t, ports[0]!, paths[0]!, ENV), await startReplica(t, ports[1]!, paths[1]!, ENV)];
  // Restarted replicas live to the end of the file, not of a subtest.
  const restart = (i: number) => startReplica(t, ports[i]!, paths[i]!, ENV);
  const cache = await startVarnish(t, dir, ports);
  const url = `${cache}/v1/changes/stream`;
  const closedStreams = () => replicas.reduce((count, replica) => count + replica.logs.filter((line) => line.msg === 'change stream closed').length, 0);
  /** Closes the clients and waits until the replicas have noticed (each stream frees its place under the cap). */
  const closeAll = async (clients: Listener[]) => {
    const before = closedStreams();
    for (const client of clients) client.close();
    const end = Date.now() + 10_000;
    while (closedStreams() < before + clients.length && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const publish = async (artifact: string, run: number) => {
    for (const path of paths) putInPlace(artifact, path);
    for (const replica of replicas) {
      for (let i = 0; i < 500; i++) {
        const ready = (await (await fetch(`${replica.url}/readyz`)).json()) as { generation: { run: number } | null };
        if (ready.generation?.run === run) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };

  await t.test('beyond the cap of every replica, a 503 problem through Varnish', async (t) => {
    const clients = Array.from({ length: 6 }, () => listen(t, url));
    for (const client of clients) await client.until(() => client.starts.length === 1, 'a stream under the cap');
    const refused = await fetch(url);
    t.equal(refused.status, 503, 'the seventh: both replicas are full (Varnish tried each)');
    t.match(refused.headers.get('content-type'), /^application\/problem\+json/);
    t.match(await refused.json(), { status: 503, detail: /as many change streams as it allows/ });
    await closeAll(clients);
  });

  await t.test('events and heartbeats come through as they are sent; order and Last-Event-ID as on a replica', async (t) => {
    const all = listen(t, `${url}?since=${encodeCursor([0])}`);
    await all.until(() => all.changes.length === 3 && heartbeats(all) >= 3, 'the feed, then heartbeats');
    t.equal(all.source.readyState, all.source.OPEN, 'on a stream still open: nothing waited for its end');
    t.same(all.changes.map(({ type, title }) => `${type} ${title}`), ['created Alpha article', 'created Beta article', 'redirect-added Alpha']);
    const resumed = listen(t, url, { lastEventId: all.changes[0]!.id });
    await resumed.until(() => resumed.starts.length === 1 && heartbeats(resumed) >= 1, 'the catch-up, then a heartbeat');
    t.same(seqs(resumed), [2, 3], 'right after the Last-Event-ID');
    await closeAll([all, resumed]);
  });

  await t.test("a swap's changes reach connected clients; a rolling restart is resumed without loss or repetition", async (t) => {
    const clients = [listen(t, url), listen(t, url)];
    for (const client of clients) await client.until(() => client.starts.length === 1, 'the start event');
    await publish(second, 2);
    for (const client of clients) await client.until(() => client.changes.length === 4, "the second run's changes");
    for (const client of clients) t.same(client.statuses, [200], 'on the connection it had');

    // SIGTERM and restart each replica in turn: every stream ends once, and its client reconnects through Varnish.
    for (const i of [0, 1]) {
      const exited = once(replicas[i]!.child, 'exit');
      replicas[i]!.child.kill('SIGTERM');
      t.equal((await exited)[0], 0, `replica ${i} exits 0`);
      replicas[i] = await restart(i);
    }
    for (const client of clients) await client.until(() => client.starts.length >= 2, 'a reconnection', 20_000);
    await publish(third, 3);
    for (const client of clients) {
      await client.until(() => client.changes.length === 6, "the third run's changes", 20_000);
      t.same(seqs(client), [4, 5, 6, 7, 8, 9], 'every change once, in order, across the restarts');
      t.same(client.starts.at(-1), encodeCursor([7]), 'resumed from the last event it had');
    }
    await closeAll(clients);
  });

  await t.test('a cursor whose changes are pruned gets the error event through Varnish', async (t) => {
    const live = listen(t, url);
    await live.until(() => live.starts.length === 1, 'the start event');
    await publish(pruned, 5);
    await live.until(() => live.errors.length === 1, 'the error event of a client left behind');
    const late = listen(t, url, { lastEventId: encodeCursor([3]) });
    await late.until(() => late.errors.length === 1, 'the error event of an old cursor');
    for (const client of [live, late]) {
      client.close();
      t.match(client.errors[0], { status: 410, title: 'Changes no longer kept' });
    }
  });
}

if (!varnishd && process.env.CI !== 'true') {
  t.comment('cache-tier stream test skipped: varnishd not found; install it (apt-get install -y varnish) to run it, as CI does');
} else {
  t.ok(varnishd, "varnishd is installed (.ci/run installs Debian's varnish)");
  if (varnishd) await streamTier();
}
