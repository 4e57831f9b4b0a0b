/**
 * GET /v1/snapshot over real connections, on a corpus larger than the socket buffers: a client
 * that stops reading stops the reading of articles (back-pressure down to the database), and a
 * download begun before a swap ends on the generation it began on, byte for byte, while new
 * requests get the new one.
 */
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import t from 'tap';
import { writeDocuments } from '../../bench/generate.js';
import { buildApp } from '../../src/app.js';
import type { SnapshotSent } from '../../src/api/snapshot.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { createSwitchboard } from '../../src/swap/switchboard.js';
import type { TestContext } from '../helpers/app.js';
import { logCapture } from '../helpers/server-log.js';
import { linesOf } from '../helpers/snapshot.js';
import { secondVersion } from '../helpers/swap.js';

/** Generated articles: their snapshot (about thirteen kilobytes an article) is several times what loopback sockets buffer. */
const ARTICLES = 600;

const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-snapshot-stream-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
writeDocuments(join(dir, 'docs'), ARTICLES, { seed: 7 });
const corpus = join(dir, 'corpus.db');
importDocuments({ dbPath: corpus, inputs: [join(dir, 'docs')] });

/** A server handing its requests to `handle`, on loopback TCP or on a Unix socket at `socketPath`. */
async function listen(t: TestContext, handle: (server: http.Server) => void, socketPath?: string): Promise<string> {
  const server = http.createServer();
  handle(server);
  if (socketPath) server.listen(socketPath);
  else server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return socketPath ? 'http://localhost' : `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A download whose reader takes the first chunk, then reads nothing until `resume()`. */
function slowDownload(url: string, socketPath?: string) {
  const chunks: Buffer[] = [];
  let request!: http.ClientRequest;
  const started = new Promise<http.IncomingMessage>((resolve, reject) => {
    request = http.get(url, { socketPath }, (response) => {
      response.once('data', (chunk: Buffer) => {
        chunks.push(chunk);
        response.pause();
        resolve(response);
      });
    });
    request.on('error', reject);
  });
  return {
    started,
    destroy: () => request.destroy(),
    async resume(): Promise<string> {
      const response = await started;
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.resume();
      await once(response, 'end');
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return true;
    await sleep(20);
  }
  return false;
}

t.test('a client that stops reading stops the reading of articles', async (t) => {
  const db = openDatabase(corpus, { readonly: true });
  const log = logCapture();
  const app = await buildApp({ db, logger: { level: 'info', stream: log.stream }, config: { SHED_EVENT_LOOP_DELAY: 0 } });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  await app.ready();
  // A Unix socket: its buffers have a fixed size, where loopback TCP grows them to megabytes.
  const socketPath = join(dir, 'http.sock');
  const base = await listen(t, (server) => server.on('request', app.server.listeners('request')[0] as http.RequestListener), socketPath);
  const download = slowDownload(`${base}/v1/snapshot`, socketPath);
  await download.started;
  await sleep(1000);
  download.destroy();
  t.ok(await until(() => log.lines.some((line) => line.msg === 'snapshot cut short'), 5000), 'the server hears the client go');
  const cut = log.lines.find((line) => line.msg === 'snapshot cut short')!.snapshot as SnapshotSent;
  // What was read fills the socket buffers and the streams' marks, not the corpus.
  t.ok(cut.lines < ARTICLES / 10, `${cut.lines} of ${ARTICLES} articles read while the client read nothing for a second`);
  t.notOk(cut.complete);

  const whole = await slowDownload(`${base}/v1/snapshot`, socketPath).resume();
  t.equal(linesOf(whole).end.articles, ARTICLES, 'a client that reads again gets it all');
  t.ok(await until(() => log.lines.some((line) => line.msg === 'snapshot sent'), 5000));
  t.same(log.lines.find((line) => line.msg === 'snapshot sent')!.snapshot, { lines: ARTICLES + 1, complete: true }, 'the whole download logged its lines');
});

t.test('closing the app cuts a download short at once, instead of waiting for it', async (t) => {
  const db = openDatabase(corpus, { readonly: true });
  const log = logCapture();
  const app = await buildApp({ db, logger: { level: 'info', stream: log.stream }, config: { SHED_EVENT_LOOP_DELAY: 0 } });
  t.teardown(() => db.$client.close());
  await app.ready();
  const socketPath = join(dir, 'closing.sock');
  const base = await listen(t, (server) => server.on('request', app.server.listeners('request')[0] as http.RequestListener), socketPath);
  const download = slowDownload(`${base}/v1/snapshot`, socketPath);
  const response = await download.started;
  const ended = new Promise((resolve) => response.once('close', resolve));
  const closing = Date.now();
  await app.close();
  response.resume();
  await ended;
  t.ok(Date.now() - closing < 2000, `the download ended ${Date.now() - closing} ms after close()`);
  t.ok(await until(() => log.lines.some((line) => line.msg === 'snapshot cut short'), 2000), 'logged as cut short');
});

t.test('a download begun before a swap ends on its generation; new requests get the new one', async (t) => {
  const path = join(dir, 'served.db');
  copyFileSync(corpus, path);
  const log = logCapture();
  const build = async (db: Db) => {
    const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0 } });
    await app.ready();
    return app;
  };
  const board = await createSwitchboard({ path, build, log: pino({ level: 'info' }, log.stream), pollSeconds: 0 });
  t.teardown(() => board.close(async () => {}));
  const base = await listen(t, board.install);
  const before = await (await fetch(`${base}/v1/snapshot`, { headers: { 'accept-encoding': 'identity' } })).text();

  const download = slowDownload(`${base}/v1/snapshot`);
  await download.started;
  const next = join(dir, 'next.db');
  copyFileSync(corpus, next);
  const run = importDocuments({ dbPath: next, inputs: [secondVersion(t)] }).run.id;
  renameSync(next, path);
  await board.reload('test');
  const readyz = async () => ((await (await fetch(`${base}/readyz`)).json()) as { generation: { run: number } }).generation.run;
  t.equal(await readyz(), run, 'the new generation is served');
  const after = linesOf(await (await fetch(`${base}/v1/snapshot`)).text());
  t.equal(after.end.articles, ARTICLES + 3, 'a new request: the new generation');
  t.notOk(log.lines.some((line) => line.msg === 'closed the previous database generation'), 'the old generation stays open for the download');

  const body = await download.resume();
  t.ok(body === before, `the slow download is the old generation's snapshot, byte for byte (${body.length} and ${before.length} bytes)`);
  t.equal(linesOf(body).end.articles, ARTICLES);
  t.ok(await until(() => log.lines.some((line) => line.msg === 'closed the previous database generation'), 5000), 'then the old generation closes');
});
