/**
 * Hot swap (src/swap/): a server over a database path notices a new file renamed over it, checks
 * it, and serves it — new requests from the new generation (never a cached answer of the old),
 * requests in flight finishing on the old one, which is closed once drained; a bad file is
 * refused and serving goes on. In process, over loopback; the compiled server is exercised with
 * the same swaps behind Varnish in e2e/cache-tier.test.ts.
 */
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import type { Db } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { checkDatabase } from '../../src/swap/check.js';
import { createSwitchboard, type GenerationApp } from '../../src/swap/switchboard.js';
import type { TestContext } from '../helpers/app.js';
import { logCapture } from '../helpers/server-log.js';
import { FIRST_SUMMARY, firstVersion, SECOND_SUMMARY, secondVersion } from '../helpers/swap.js';

function capturingLogger() {
  const { lines, stream } = logCapture();
  return { log: pino({ level: 'info' }, stream), lines };
}

function tempDatabase(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-swap-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'encyclopedia.db');
  importDocuments({ dbPath: path, inputs: [firstVersion(t)] });
  return path;
}

async function listen(t: TestContext, install: (server: http.Server) => void): Promise<string> {
  const server = http.createServer();
  install(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const buildReady = async (db: Db) => {
  const app = await buildApp({ db });
  await app.ready();
  return app;
};

async function readyz(base: string) {
  return (await (await fetch(`${base}/readyz`)).json()) as { articles: number; generation: { run: number; contentHash: string } | null };
}

/** Polls `condition` every 20 ms until it holds, for at most `ms`. */
async function until(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (let i = 0; i < 500 && Date.now() < end; i++) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

t.test('a new import renamed over the file is served, with none of the old caches', async (t) => {
  const path = tempDatabase(t);
  const { log, lines } = capturingLogger();
  const board = await createSwitchboard({ path, build: buildReady, log, pollSeconds: 0 });
  t.teardown(() => board.close(async () => {}));
  const base = await listen(t, board.install);
  board.watch();

  const before = await readyz(base);
  t.equal(before.articles, 2, JSON.stringify(before));
  t.ok(before.generation, 'readyz names the generation');
  // Twice: the second answer comes from the prebuilt bytes at the front door.
  const url = `${base}/v1/articles/Alpha_article/summary`;
  const first = await fetch(url);
  const firstTag = first.headers.get('etag');
  t.equal(((await first.json()) as { summary: string }).summary, FIRST_SUMMARY);
  t.equal((await fetch(url)).headers.get('etag'), firstTag);
  t.equal((await fetch(`${base}/v1/articles/Alpha/summary`)).status, 200, 'the redirect resolves (and its resolution is cached)');

  const result = importDocuments({ dbPath: path, inputs: [secondVersion(t)] });
  t.ok(await until(async () => (await readyz(base)).generation?.run === result.run.id, 5000), 'the watch swaps the new file in within 5 s');
  const after = await readyz(base);
  t.equal(after.articles, 3);
  t.equal(after.generation!.contentHash, result.run.contentHash);
  t.not(after.generation!.contentHash, before.generation!.contentHash);

  const second = await fetch(url);
  t.equal(((await second.json()) as { summary: string }).summary, SECOND_SUMMARY, 'the new body, not the prebuilt old one');
  t.not(second.headers.get('etag'), firstTag);
  t.equal((await fetch(`${base}/v1/articles/Alpha/summary`)).status, 404, 'the old redirect is gone: no cached resolution answers');
  t.equal((await fetch(`${base}/v1/articles/First_letter/summary`)).status, 200);
  t.ok(await until(async () => lines.some((line) => line.msg === 'closed the previous database generation'), 2000), 'the old generation is closed');
  t.ok(lines.some((line) => line.msg === 'swapped in a new database generation' && line.reason === 'watch'));
});

t.test('bad files are refused, logged once, and serving goes on', async (t) => {
  const path = tempDatabase(t);
  const { log, lines } = capturingLogger();
  // Every file checked in the worker thread, as large ones are.
  const board = await createSwitchboard({ path, build: buildReady, log, pollSeconds: 0, inThreadBytes: 0 });
  t.teardown(() => board.close(async () => {}));
  const base = await listen(t, board.install);
  const served = await readyz(base);

  const replaceWith = (write: (temp: string) => void) => {
    const temp = `${path}.incoming`;
    write(temp);
    renameSync(temp, path);
  };
  const refusals = () => lines.filter((line) => line.msg.startsWith('refused the new database file'));

  replaceWith((temp) => writeFileSync(temp, Buffer.alloc(64 * 1024, 'not a database ')));
  await board.reload('test');
  await board.reload('test');
  t.equal(refusals().length, 1, 'refused once, not again for the same file');
  t.match(refusals()[0]!.msg, /not a database/);

  // A real database with one page overwritten: opens, but quick_check fails.
  const damaged = `${path}.damaged`;
  importDocuments({ dbPath: damaged, inputs: [secondVersion(t)] });
  t.equal(checkDatabase(damaged).ok, true);
  const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
  const fd = openSync(damaged, 'r+');
  const pageSize = 4096;
  for (let page = 2; page * pageSize < statSync(damaged).size; page += 2) writeSync(fd, Buffer.alloc(pageSize / 2, 0xa5), 0, pageSize / 2, page * pageSize + 100);
  closeSync(fd);
  replaceWith((temp) => copyFileSync(damaged, temp));
  await board.reload('test');
  t.equal(refusals().length, 2);

  t.same(await readyz(base), served, 'still serving the first generation');
  t.equal((await fetch(`${base}/v1/articles/Alpha_article/summary`)).status, 200);
  t.equal(board.generation, 1);

  // Then a good file is taken.
  const good = `${path}.good`;
  importDocuments({ dbPath: good, inputs: [secondVersion(t)] });
  replaceWith((temp) => renameSync(good, temp));
  await board.reload('test');
  t.equal((await readyz(base)).articles, 3);
  t.equal(board.generation, 2);
});

t.test('a WAL-mode file or one of another schema is refused by the checks', async (t) => {
  const path = tempDatabase(t);
  const Database = (await import('better-sqlite3')).default;
  const wal = `${path}.wal-copy`;
  copyFileSync(path, wal);
  const sqlite = new Database(wal);
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
  t.match(checkDatabase(wal), { ok: false, reason: /WAL/ });

  const older = `${path}.older`;
  copyFileSync(path, older);
  const writable = new Database(older);
  writable.prepare('DELETE FROM __drizzle_migrations WHERE rowid = (SELECT max(rowid) FROM __drizzle_migrations)').run();
  writable.close();
  t.match(checkDatabase(older), { ok: false, reason: /migrations applied/ });
  t.match(checkDatabase(path), { ok: true, generation: { run: 1 } });
});

t.test('requests in flight finish on the old generation, which closes once they have', async (t) => {
  const path = tempDatabase(t);
  const { log } = capturingLogger();
  const built: { db: Db; closed: boolean }[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  // Stand-in apps: each answers with its generation's article count; the first holds /slow until released.
  const build = async (db: Db): Promise<GenerationApp> => {
    const entry = { db, closed: false };
    built.push(entry);
    const count = () => String(db.$client.prepare('SELECT count(*) FROM articles').pluck().get());
    const server = http.createServer((req, res) => {
      if (req.url === '/slow') {
        arrived();
        void held.then(() => res.end(count()));
      }
      else res.end(count());
    });
    return { server, close: async () => void (entry.closed = true) };
  };
  const board = await createSwitchboard({ path, build, log, pollSeconds: 0 });
  t.teardown(() => board.close(async () => {}));
  const base = await listen(t, board.install);

  const slow = fetch(`${base}/slow`).then((response) => response.text());
  await slowArrived;
  importDocuments({ dbPath: path, inputs: [secondVersion(t)] });
  await board.reload('test');
  t.equal(await (await fetch(`${base}/fast`)).text(), '3', 'new requests read the new database');
  t.equal(built[0]!.db.$client.open, true, 'the old database stays open while a request is in flight');
  t.equal(built[0]!.closed, false);
  release();
  t.equal(await slow, '2', 'the request in flight finished on the old database');
  t.ok(await until(async () => !built[0]!.db.$client.open, 2000), 'then the old database is closed');
  t.equal(built[0]!.closed, true);
  t.equal(built[1]!.db.$client.open, true);
});
