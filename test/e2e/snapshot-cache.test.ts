/**
 * The snapshot through Varnish (deploy/varnish/default.vcl) in front of two replicas (the compiled
 * server): cached — a miss, then hits with the origin's bytes and ETag, 304, plain or gzip as the
 * client asks — and purged when the data changes (`npm run purge` sends PURGE /v1/snapshot after
 * the articles), every variant at once, so the next download is the new generation's.
 *
 * Needs varnishd (Debian's `varnish`; .ci/run installs it). Outside CI without it the test is
 * skipped with one line saying so; under CI=true it always runs.
 */
import { copyFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import t from 'tap';
import { purgeChanges } from '../../src/cache/purge.js';
import { importDocuments } from '../../src/importer/import.js';
import { linesOf } from '../helpers/snapshot.js';
import { secondVersion } from '../helpers/swap.js';
import { generation, putInPlace, startCacheTier, until, varnishd } from '../helpers/varnish.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose answer is kept as sent: no decoding (fetch would gunzip and drop Content-Encoding). */
function request(url: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = http.request(url, { method, headers: { 'accept-encoding': 'identity', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

async function snapshotCache() {
  const { dir, artifact, paths, replicas, cache } = await startCacheTier(t, 'encyclopedia-snapshot-cache-');
  const origin = async (path: string) => request(`${replicas[0]!.url}${path}`);
  let cursor = '';

  await t.test('cached: a miss, then hits with the origin\'s bytes and ETag; 304; plain or gzip as asked', async (t) => {
    const fromOrigin = await origin('/v1/snapshot');
    const first = await request(`${cache}/v1/snapshot`);
    t.equal(first.headers['x-cache'], 'MISS');
    t.ok(first.body.equals(fromOrigin.body), 'the origin\'s bytes (Varnish stores its gzip and decodes it for this client)');
    // Varnish weakens the tag of a body it decoded (RFC 9110: not the same bytes as the stored gzip).
    t.equal(first.headers.etag, `W/${fromOrigin.headers.etag}`, 'the ETag, weak once decoded');
    t.equal(first.headers['content-disposition'], fromOrigin.headers['content-disposition']);
    t.equal(first.headers['content-type'], 'application/x-ndjson');
    t.equal(first.headers['x-snapshot'], undefined, 'the ban marker stays inside');
    const again = await request(`${cache}/v1/snapshot`);
    t.equal(again.headers['x-cache'], 'HIT');
    t.ok(again.body.equals(fromOrigin.body));
    const gzip = await request(`${cache}/v1/snapshot`, { headers: { 'accept-encoding': 'gzip' } });
    t.equal(gzip.headers['content-encoding'], 'gzip');
    t.equal(gzip.headers.etag, fromOrigin.headers.etag, 'the strong ETag passes through with the gzip');
    t.ok(gunzipSync(gzip.body).equals(fromOrigin.body), 'gzip: the same bytes');
    const conditional = await request(`${cache}/v1/snapshot`, { headers: { 'if-none-match': String(first.headers.etag) } });
    t.equal(conditional.status, 304);
    t.equal(conditional.headers['x-cache'], 'HIT');
    cursor = linesOf(first.body.toString('utf8')).end.next;
    t.equal((await request(`${cache}/v1/snapshot?since=${cursor}`)).headers['x-cache'], 'MISS');
    t.equal((await request(`${cache}/v1/snapshot?since=${cursor}`)).headers['x-cache'], 'HIT', 'a `since` answer is cached too');
  });

  await t.test('a new import swapped in and purged: every snapshot is banned, the next is the new generation', async (t) => {
    const next = join(dir, 'next.db');
    copyFileSync(artifact, next);
    const run = importDocuments({ dbPath: next, inputs: [secondVersion(t)] }).run.id;
    for (const path of paths) putInPlace(next, path);
    t.ok(await until(async () => (await Promise.all(replicas.map(generation))).every((id) => id === run), 5000), 'both replicas serve the new run');
    t.equal((await request(`${cache}/v1/snapshot`)).headers['x-cache'], 'HIT', 'before the purge: the old snapshot, for its max-age');

    const purged = await purgeChanges({ since: cursor, feed: cache, caches: [cache] });
    t.match(purged, { articles: 4, purges: 5 }, 'Alpha, Gamma, the two redirects, and the snapshot');
    const fromOrigin = await origin('/v1/snapshot');
    const fresh = await request(`${cache}/v1/snapshot`);
    t.equal(fresh.headers['x-cache'], 'MISS');
    t.ok(fresh.body.equals(fromOrigin.body), 'the new generation\'s snapshot');
    t.same(linesOf(fresh.body.toString('utf8')).titles, ['Alpha article', 'Beta article', 'Gamma article']);
    const delta = await request(`${cache}/v1/snapshot?since=${cursor}`);
    t.equal(delta.headers['x-cache'], 'MISS', 'the `since` answers are banned too');
    t.same(linesOf(delta.body.toString('utf8')).titles, ['Alpha article', 'Gamma article']);
  });

  await t.test('PURGE /v1/snapshot on its own; other paths are refused', async (t) => {
    t.equal((await request(`${cache}/v1/snapshot`)).headers['x-cache'], 'HIT');
    t.equal((await request(`${cache}/v1/snapshot`, { method: 'PURGE' })).status, 200);
    t.equal((await request(`${cache}/v1/snapshot`)).headers['x-cache'], 'MISS');
    t.equal((await request(`${cache}/v1/snapshot?since=${cursor}`, { method: 'PURGE' })).status, 400, 'one PURGE bans every variant: no query');
  });
}

if (!varnishd && process.env.CI !== 'true') {
  t.comment('snapshot cache test skipped: varnishd not found; install it (apt-get install -y varnish) to run it, as CI does');
} else {
  t.ok(varnishd, "varnishd is installed (.ci/run installs Debian's varnish)");
  if (varnishd) await snapshotCache();
}
