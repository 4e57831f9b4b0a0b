/**
 * The compiled server with change streams open: SIGTERM ends every stream (each client sees its
 * stream end and starts reconnecting) and the process exits 0 without waiting out its grace
 * period — an open stream never finishes on its own, so it must not hold the shutdown.
 */
import { once } from 'node:events';
import t from 'tap';
import { encodeCursor } from '../../src/api/pagination.js';
import { listen } from '../helpers/event-source.js';
import { freePort } from '../helpers/net.js';
import { startReplica } from '../helpers/replica.js';
import { firstDatabase } from '../helpers/swap.js';

t.test('SIGTERM ends every change stream, and the server exits 0', async (t) => {
  const replica = await startReplica(t, await freePort(), firstDatabase(t), { LOG_LEVEL: 'info', STREAM_MAX_CONNECTIONS: '3' });
  const url = `${replica.url}/v1/changes/stream`;
  const clients = [listen(t, url), listen(t, url), listen(t, `${url}?since=${encodeCursor([0])}`)];
  for (const client of clients) await client.until(() => client.starts.length === 1, 'the start event');
  await clients[2]!.until(() => clients[2]!.changes.length === 3, 'the catch-up');
  const refused = await fetch(url);
  t.equal(refused.status, 503, 'the cap holds in the server process');
  await refused.body?.cancel();

  const exited = once(replica.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const signalled = Date.now();
  replica.child.kill('SIGTERM');
  for (const client of clients) await client.until(() => client.source.readyState !== client.source.OPEN, 'the stream ending');
  const [code] = await exited;
  t.equal(code, 0, `exit code 0, ${Date.now() - signalled} ms after SIGTERM (not the grace period's exit 1)`);
  t.equal(replica.logs.filter((line) => line.msg === 'change stream closed').length, 3, 'each stream logged as it closed');
  t.ok(replica.logs.some((line) => line.msg === 'closed'), 'the server closed');
  for (const client of clients) {
    client.close();
    t.same(client.statuses.slice(0, 1), [200]);
    t.same(client.errors, [], 'no error event: a stream ended by shutdown is resumed elsewhere, not resynced');
  }
});
