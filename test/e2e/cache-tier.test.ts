/**
 * The cache tier on loopback: two replicas (the compiled server) behind Varnish with
 * deploy/varnish/default.vcl — identical answers from both replicas, hits and 304s through the
 * cache, no failed request while a replica is SIGKILLed or while a new import is swapped in and
 * purged (`npm run purge`), and a corrupt file refused while serving goes on.
 *
 * Needs varnishd (Debian's `varnish`; .ci/run installs it). Outside CI without it the test is
 * skipped with one line saying so; under CI=true it always runs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { purgeChanges } from '../../src/cache/purge.js';
import { importDocuments } from '../../src/importer/import.js';
import { startReplica } from '../helpers/replica.js';
import { generation, putInPlace, startCacheTier, until, varnishd } from '../helpers/varnish.js';
import { FIRST_SUMMARY, SECOND_SUMMARY, secondVersion } from '../helpers/swap.js';

const root = join(import.meta.dirname, '..', '..');
const SUMMARY = '/v1/articles/Alpha_article/summary';

/** Requests `urls` in turn from `workers` loops until `stop()` or `ms`, recording every answer. */
function load(base: string, urls: (i: number) => string, { workers = 4, ms = 8000, max = 200_000 } = {}) {
  const answers: { url: string; start: number; end: number; status: number; body: string }[] = [];
  const failures: string[] = [];
  let stopped = false;
  const deadline = Date.now() + ms;
  let count = 0;
  const loop = async () => {
    while (!stopped && Date.now() < deadline && count < max) {
      const url = urls(count++);
      const start = Date.now();
      try {
        const response = await fetch(`${base}${url}`);
        const body = await response.text();
        answers.push({ url, start, end: Date.now(), status: response.status, body });
        if (response.status !== 200) failures.push(`${url}: ${response.status} ${body.slice(0, 200)}`);
      } catch (error) {
        failures.push(`${url}: ${(error as Error).message}`);
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, loop));
  return {
    answers,
    failures,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function cacheTier(varnishd: string) {
  const { dir, artifact, paths, ports, replicas, cache } = await startCacheTier(t, 'encyclopedia-cache-');
  // Restarted replicas live to the end of the file, not of a subtest.
  const restart = (i: number) => startReplica(t, ports[i]!, paths[i]!);
  const version = spawnSync(varnishd, ['-V'], { encoding: 'utf8' });
  t.comment(`${version.stderr.split('\n')[0]}, on 127.0.0.1 in front of replicas on ports ${ports.join(' and ')}`);

  await t.test('the compose and Kubernetes site files compile with the shared policy', async (t) => {
    for (const site of ['compose/site.vcl', 'kubernetes/site.vcl']) {
      const vcl = mkdtempSync(join(dir, 'vcl-'));
      copyFileSync(join(root, 'deploy', 'varnish', 'default.vcl'), join(vcl, 'default.vcl'));
      // Their backends' host names resolve only in their networks: loopback stands in here.
      const text = readFileSync(join(root, 'deploy', site), 'utf8').replace(/\.host = "[^"]+"/g, '.host = "127.0.0.1"');
      writeFileSync(join(vcl, 'site.vcl'), text);
      const compiled = spawnSync(varnishd, ['-C', '-j', 'none', '-f', join(vcl, 'default.vcl'), '-n', join(vcl, 'n'), '-p', `vcl_path=${vcl}`], { encoding: 'utf8' });
      t.equal(compiled.status, 0, `${site}: ${compiled.stderr.split('\n').slice(-8).join('\n')}`);
    }
  });

  await t.test('(1) both replicas answer byte-identical bodies with the same ETags', async (t) => {
    for (const url of ['/v1/articles/Alpha_article', SUMMARY, '/v1/articles/Alpha/summary', '/v1/articles/Beta_article/sections']) {
      const [a, b] = await Promise.all(replicas.map((replica) => fetch(`${replica.url}${url}`)));
      const [bodyA, bodyB] = await Promise.all([a!.arrayBuffer(), b!.arrayBuffer()]);
      t.equal(a!.status, 200, url);
      t.ok(Buffer.from(bodyA).equals(Buffer.from(bodyB)), `${url}: the same bytes`);
      t.equal(a!.headers.get('etag'), b!.headers.get('etag'), `${url}: the same ETag`);
    }
  });

  await t.test('(2) repeated requests are hits; a conditional request through the cache gets 304', async (t) => {
    const url = `${cache}/v1/articles/Beta_article`;
    const first = await fetch(url);
    const body = await first.text();
    t.equal(first.headers.get('x-cache'), 'MISS');
    const origin = await fetch(`${replicas[0]!.url}/v1/articles/Beta_article`);
    t.equal(first.headers.get('etag'), origin.headers.get('etag'), "the origin's strong ETag passes through");
    t.equal(body, await origin.text());
    for (let i = 0; i < 5; i++) {
      const again = await fetch(url);
      t.equal(again.headers.get('x-cache'), 'HIT');
      t.equal(await again.text(), body);
    }
    const conditional = await fetch(url, { headers: { 'if-none-match': first.headers.get('etag')! } });
    t.equal(conditional.status, 304);
    t.equal(conditional.headers.get('x-cache'), 'HIT');
    const changes = await fetch(`${cache}/v1/changes`);
    t.equal(changes.headers.get('x-cache'), 'MISS', 'the change feed is passed to a replica');
    t.equal((await fetch(`${cache}/v1/articles/Beta_article`, { method: 'PURGE' })).status, 200, 'PURGE from loopback (in the ACL)');
    t.equal((await fetch(url)).headers.get('x-cache'), 'MISS', 'purged');

    // The purge CLI, with nothing new in the feed: it prints the cursor to use next time.
    const feed = (await (await fetch(`${cache}/v1/changes`)).json()) as { since: string };
    const purgeJs = join(root, 'dist', 'src', 'cache', 'purge.js');
    const purged = spawnSync(process.execPath, [purgeJs, '--since', feed.since, '--cache', cache], { encoding: 'utf8' });
    t.equal(purged.status, 0, purged.stderr);
    t.equal(purged.stdout, `${feed.since}\n`);
    t.match(purged.stderr, /purged 0 articles from 1 cache/);
    const all = spawnSync(process.execPath, [purgeJs, '--cache', cache], { encoding: 'utf8' });
    t.match(all.stderr, /purged 3 articles/, 'without --since: every article the feed lists (Alpha, Beta, the redirect)');
    t.equal(spawnSync(process.execPath, [purgeJs], { encoding: 'utf8' }).status, 2, 'no --cache: usage error');
  });

  await t.test('(3) a replica SIGKILLed under steady load fails no client request', async (t) => {
    // Hits, and misses that reach the replicas (a new query string each time).
    const traffic = load(cache, (i) => (i % 2 ? SUMMARY : `/v1/articles/Beta_article/summary?n=${i}`), { ms: 10_000 });
    await sleep(1000);
    replicas[1]!.child.kill('SIGKILL');
    await sleep(3000);
    await traffic.stop();
    t.same(traffic.failures.slice(0, 5), [], 'no failed request');
    const misses = traffic.answers.filter((answer) => answer.url.includes('?n='));
    t.ok(misses.length > 100, `requests reached the replicas (${misses.length} misses of ${traffic.answers.length})`);
    t.ok(traffic.answers.some((answer) => answer.start > Date.now() - 2500), 'requests were answered after the kill');
    replicas[1] = await restart(1);
    t.ok(await until(async () => (await fetch(`${cache}/v1/articles/Beta_article/links?probe=${Date.now()}`)).ok, 5000));
  });

  await t.test('(4) a new import swapped into both replicas and purged shows through the cache within 2 s', async (t) => {
    const feed = (await (await fetch(`${cache}/v1/changes`)).json()) as { since: string };
    const warm = await fetch(`${cache}${SUMMARY}`);
    t.match(await warm.text(), FIRST_SUMMARY);
    const traffic = load(cache, (i) => (i % 4 ? SUMMARY : `/v1/articles/Beta_article/summary?m=${i}`), { ms: 10_000 });
    await sleep(500);
    const next = join(dir, 'next.db');
    copyFileSync(artifact, next);
    const run = importDocuments({ dbPath: next, inputs: [secondVersion(t)] }).run.id;
    const swapStarted = Date.now();
    for (const path of paths) putInPlace(next, path);
    t.ok(await until(async () => (await Promise.all(replicas.map(generation))).every((id) => id === run), 5000), 'both replicas serve the new run');
    const swapped = Date.now();
    // What `npm run purge -- --since CURSOR --cache URL` does (its CLI is run in (2)).
    const purge = await purgeChanges({ since: feed.since, feed: cache, caches: [cache] });
    const purged = Date.now();
    t.match(purge, { articles: 4, purges: 5 }, 'Alpha, Gamma, the two redirects, and the snapshot');
    t.ok(purged - swapStarted < 2000, `swapped in ${swapped - swapStarted} ms and purged in ${purged - swapped} ms`);
    await sleep(1000);
    await traffic.stop();
    t.same(traffic.failures.slice(0, 5), [], 'no failed request');
    const summaries = traffic.answers.filter((answer) => answer.url === SUMMARY);
    const afterPurge = summaries.filter((answer) => answer.start >= purged);
    t.ok(afterPurge.length > 20, `${afterPurge.length} requests after the purge`);
    t.same(afterPurge.filter((answer) => !answer.body.includes(SECOND_SUMMARY)).map((answer) => answer.body).slice(0, 2), [], 'never the old body after the purge');
    const firstNew = summaries.find((answer) => answer.body.includes(SECOND_SUMMARY));
    t.ok(firstNew && firstNew.end - swapStarted < 2000, `the new content within 2 s (${firstNew ? firstNew.end - swapStarted : '-'} ms)`);
    t.ok(summaries.some((answer) => answer.body.includes(FIRST_SUMMARY)), 'the old content was served before');
  });

  await t.test('(5) a corrupt file put in place is refused; serving goes on', async (t) => {
    const before = await generation(replicas[0]!);
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, Buffer.alloc(128 * 1024, 'corrupt '));
    const traffic = load(cache, (i) => (i % 2 ? SUMMARY : `/v1/articles/Gamma_article/summary?c=${i}`), { ms: 10_000 });
    putInPlace(corrupt, paths[0]!);
    t.ok(await until(() => replicas[0]!.logs.some((line) => line.msg.startsWith('refused the new database file')), 5000), 'the replica logs the refusal');
    await sleep(500);
    await traffic.stop();
    t.same(traffic.failures.slice(0, 5), [], 'no failed request');
    t.equal(await generation(replicas[0]!), before, 'still serving the generation it had');
    // SIGHUP asks for a check: the same refused file is not checked again, and the server goes on.
    const refusals = replicas[0]!.logs.filter((line) => line.msg.startsWith('refused')).length;
    replicas[0]!.child.kill('SIGHUP');
    await sleep(500);
    t.equal(replicas[0]!.child.exitCode, null, 'SIGHUP does not stop the server');
    t.equal(replicas[0]!.logs.filter((line) => line.msg.startsWith('refused')).length, refusals, 'refused once');
    t.equal((await fetch(`${replicas[0]!.url}${SUMMARY}`)).status, 200);
  });
}

if (!varnishd && process.env.CI !== 'true') {
  t.comment('cache-tier test skipped: varnishd not found; install it (apt-get install -y varnish) to run it, as CI does');
} else {
  t.ok(varnishd, 'varnishd is installed (.ci/run installs Debian\'s varnish)');
  if (varnishd) await cacheTier(varnishd);
}
