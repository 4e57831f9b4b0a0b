/**
 * The change feed: each import run records what it created, updated (content hash differs) and
 * deleted (with --sync), and the redirects it added or removed; /v1/changes lists them after a
 * cursor, with the pagination contract, and 410 for a cursor older than the runs kept.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { startRun } from '../../src/importer/changes.js';
import { runCli } from '../../src/importer/cli.js';
import { importDocuments } from '../../src/importer/import.js';
import type { TestContext } from '../helpers/app.js';
import { firstVersion, secondVersion, thirdVersion } from '../helpers/swap.js';

interface Item {
  seq: number;
  type: string;
  title: string;
  revision: number | null;
  etag: string | null;
  at: string;
  href: string;
}
interface ChangePage {
  items: Item[];
  nextCursor: string | null;
  next: string | null;
  since: string;
}

function tempPath(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-changes-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'encyclopedia.db');
}

async function appOver(t: TestContext, path: string) {
  const db = openDatabase(path, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  return app;
}

const summary = (items: Item[]) => items.map(({ type, title }) => `${type} ${title}`);

/** The changes that name the article a redirect led to before (not on the wire: the snapshot reads it). */
function formerTargets(path: string): string[] {
  const db = openDatabase(path, { readonly: true });
  const rows = db.$client.prepare("SELECT type || ' ' || title || ' from ' || former_target FROM changes WHERE former_target IS NOT NULL ORDER BY seq").pluck().all() as string[];
  db.$client.close();
  return rows;
}

t.test('each run records its changes; the feed lists them in order after a cursor', async (t) => {
  const path = tempPath(t);
  const first = importDocuments({ dbPath: path, inputs: [firstVersion(t)] });
  t.match(first.run, { id: 1, changes: 3 });
  let app = await appOver(t, path);
  const all = (await app.inject({ url: '/v1/changes' })).json() as ChangePage;
  t.same(summary(all.items), ['created Alpha article', 'created Beta article', 'redirect-added Alpha']);
  t.same(all.items.map((item) => item.seq), [1, 2, 3]);
  const alpha = all.items[0]!;
  t.equal(alpha.revision, null);
  t.equal(alpha.href, '/v1/articles/Alpha_article');
  t.equal((await app.inject({ url: `${alpha.href}/source` })).headers.etag, alpha.etag, "the etag is the article's /source ETag");
  t.ok(!Number.isNaN(Date.parse(alpha.at)));
  t.equal(all.nextCursor, null);
  const since = all.since;

  // The same documents again: a run with no changes.
  t.match(importDocuments({ dbPath: path, inputs: [firstVersion(t)] }).run, { id: 2, changes: 0 });
  const second = importDocuments({ dbPath: path, inputs: [secondVersion(t)] });
  t.equal(second.run.id, 3);
  app = await appOver(t, path);
  const later = (await app.inject({ url: `/v1/changes?since=${since}` })).json() as ChangePage;
  t.same(summary(later.items), ['updated Alpha article', 'created Gamma article', 'redirect-removed Alpha', 'redirect-added First letter']);
  t.equal(later.items.find((item) => item.type === 'redirect-removed')!.etag, null);
  t.not(later.items[0]!.etag, alpha.etag, 'a new content hash');
  t.same(formerTargets(path), ['redirect-removed Alpha from Alpha article'], 'a removed redirect names the article it led to');

  // Pages of one, following the contract; `since` of the last page resumes there.
  const seen: string[] = [];
  let url: string | null = `/v1/changes?since=${since}&limit=1`;
  let last: ChangePage | undefined;
  for (let i = 0; url && i < 10; i++) {
    const response = await app.inject({ url });
    last = response.json() as ChangePage;
    seen.push(...summary(last.items));
    if (last.next) t.equal(response.headers.link, `<${last.next}>; rel="next"`);
    url = last.next;
  }
  t.same(seen, summary(later.items));
  const empty = (await app.inject({ url: `/v1/changes?since=${last!.since}` })).json() as ChangePage;
  t.same(empty.items, []);
  t.equal(empty.since, last!.since, 'nothing new: the same cursor');

  // --sync deletes the articles the run does not contain (through the CLI).
  const out: string[] = [];
  t.equal(runCli(['--db', path, '--sync', thirdVersion(t)], { write: (s) => out.push(s) }, { write: () => {} }), 0);
  t.match(out.join(''), /run 4, 2 changes/);
  app = await appOver(t, path);
  const synced = (await app.inject({ url: `/v1/changes?since=${last!.since}` })).json() as ChangePage;
  t.same(summary(synced.items), ['deleted Alpha article', 'redirect-removed First letter']);
  t.equal(synced.items[0]!.etag, null);
  t.same(formerTargets(path), ['redirect-removed Alpha from Alpha article', 'redirect-removed First letter from Alpha article']);
  t.equal((await app.inject({ url: synced.items[0]!.href })).statusCode, 404);
  t.equal((await app.inject({ url: '/v1/articles/Gamma_article' })).statusCode, 200);
  // Without --sync nothing is deleted.
  importDocuments({ dbPath: path, inputs: [firstVersion(t)] });
  importDocuments({ dbPath: path, inputs: [thirdVersion(t)] });
  app = await appOver(t, path);
  t.equal((await app.inject({ url: '/v1/articles/Alpha_article' })).statusCode, 200);
});

t.test('wikitext articles carry their revision into the feed; deletions and redirects have none', async (t) => {
  const path = tempPath(t);
  const dir = join(path, '..');
  const page = (revision: number, text: string) => ({ id: 1, title: 'Gamma', revisions: [{ id: revision, timestamp: '2024-01-0' + (revision % 9) + 'T00:00:00Z', text }] });
  const redirect = { id: 2, title: 'Gamma page', revisions: [{ id: 50, timestamp: '2024-01-01T00:00:00Z', text: '#REDIRECT [[Gamma]]' }] };
  const first = join(dir, 'first.xml');
  writeFileSync(first, exportXml('Example Wiki', [page(11, "'''Gamma''' one.\n"), redirect]));
  importDocuments({ dbPath: path, inputs: [first] });
  const second = join(dir, 'second.xml');
  writeFileSync(second, exportXml('Example Wiki', [page(12, "'''Gamma''' two.\n")]));
  importDocuments({ dbPath: path, inputs: [second], sync: true });
  const app = await appOver(t, path);
  const feed = (await app.inject({ method: 'GET', url: '/v1/changes' })).json() as ChangePage;
  t.same(
    feed.items.map(({ type, title, revision }) => [type, title, revision]),
    [['created', 'Gamma', 11], ['redirect-added', 'Gamma page', null], ['updated', 'Gamma', 12], ['redirect-removed', 'Gamma page', null]],
  );
});

t.test('a cursor older than the runs kept is 410 problem+json; bad cursors are 400', async (t) => {
  const path = tempPath(t);
  importDocuments({ dbPath: path, inputs: [firstVersion(t)] });
  // Runs recorded directly, keeping two: the third prunes the first with its changes.
  const db = openDatabase(path);
  for (let i = 0; i < 3; i++) {
    const run = startRun(db.$client, { retainedRuns: 2 });
    if (i === 1) db.$client.prepare(`UPDATE articles SET content_hash = 'changed' WHERE title = 'Beta article'`).run();
    db.$client.transaction(() => run.finish())();
  }
  t.same(db.$client.prepare('SELECT id FROM import_runs ORDER BY id').pluck().all(), [3, 4]);
  db.$client.close();

  const app = await appOver(t, path);
  const { encodeCursor } = await import('../../src/api/pagination.js');
  const expired = await app.inject({ url: `/v1/changes?since=${encodeCursor([2])}` });
  t.equal(expired.statusCode, 410);
  t.match(expired.headers['content-type'], /^application\/problem\+json/);
  t.match(expired.json(), { status: 410, title: 'Changes no longer kept', detail: /resync from \/v1\/articles/i, instance: /^\/v1\/changes/ });
  const kept = (await app.inject({ url: '/v1/changes' })).json() as ChangePage;
  t.same(summary(kept.items), ['updated Beta article'], 'without a cursor: from the oldest change kept');
  t.equal((await app.inject({ url: `/v1/changes?since=${encodeCursor([3])}` })).statusCode, 200, 'a cursor at the edge of what is kept');
  for (const bad of ['nope!', encodeCursor(['x']), encodeCursor([1, 2])]) {
    const response = await app.inject({ url: `/v1/changes?since=${encodeURIComponent(bad)}` });
    t.equal(response.statusCode, 400, bad);
  }
  const response = await app.inject({ url: '/v1/changes' });
  t.equal(response.headers['cache-control'], 'no-cache');
  t.equal((await app.inject({ url: '/v1/changes', headers: { 'if-none-match': String(response.headers.etag) } })).statusCode, 304);
});
