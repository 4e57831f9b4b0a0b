/**
 * GET /v1/snapshot: every article of the fixtures, byte for byte as GET /v1/articles/{title} gives
 * it, in title order, then the closing line; its headers, ETag (304), compression and HEAD; and
 * `?since=` a change-feed cursor: the articles whose answer changed, the titles deleted, the next
 * cursor, the article a redirect left, 410 once the changes are gone, 400 for a malformed cursor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { encodeCursor } from '../../src/api/pagination.js';
import { openDatabase } from '../../src/db/open.js';
import { startRun } from '../../src/importer/changes.js';
import { importDocuments } from '../../src/importer/import.js';
import { appOverFile, buildTestApp, type TestContext } from '../helpers/app.js';
import { fixtureInputs, fixturesDir } from '../helpers/expected.js';
import { folderOf, linesOf, sameAsArticleRoute, textDocument } from '../helpers/snapshot.js';

const wikitext = ['metadata/article.xml', 'templates/countries.xml', 'alpha-beta.xml.bz2'].map((file) => join(fixturesDir, 'wikitext', file));

function tempPath(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-snapshot-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'encyclopedia.db');
}

t.test('every article of the fixtures, as its own route gives it, in title order, then the closing line', async (t) => {
  const app = await buildTestApp(t, { inputs: [...fixtureInputs, ...wikitext], config: { SITE_LICENSE_ID: 'CC-BY-SA-4.0' } });
  const response = await app.inject({ url: '/v1/snapshot' });
  t.equal(response.statusCode, 200);
  const { articles, titles, end } = linesOf(response.body);

  const listed: string[] = [];
  for (let url: string | null = '/v1/articles?limit=100'; url; ) {
    const page = (await app.inject({ url })).json() as { items: { title: string }[]; next: string | null };
    listed.push(...page.items.map((item) => item.title));
    url = page.next;
  }
  t.ok(listed.length >= 10, `${listed.length} articles, text and wikitext`);
  t.same(titles, listed, 'every article once, in the order of /v1/articles (title order)');
  t.same(await sameAsArticleRoute(app, articles), { same: listed.length, first: null }, 'each line is the article route body, byte for byte');
  t.match(JSON.parse(articles[0]!), { license: { id: 'CC-BY-SA-4.0' } }, 'with the configured licence, as the articles carry it');

  const feed = (await app.inject({ url: '/v1/changes?limit=100' })).json() as { since: string; next: string | null };
  t.equal(feed.next, null);
  t.same(end, { type: 'end', articles: listed.length, deleted: [], next: feed.since }, 'the closing line carries the feed\'s present cursor');
  t.same(Object.keys(end), ['type', 'articles', 'deleted', 'next']);
});

t.test('headers, ETag and 304, compression, HEAD', async (t) => {
  const app = await buildTestApp(t);
  const plain = await app.inject({ url: '/v1/snapshot' });
  const { generation } = (await app.inject({ url: '/readyz' })).json() as { generation: { run: number; contentHash: string } };
  t.match(plain.headers, {
    'content-type': 'application/x-ndjson',
    'content-disposition': `attachment; filename="encyclopedia-${generation.run}.ndjson"`,
    etag: new RegExp(`^"${generation.contentHash}-w[\\w-]{12}"$`),
    'cache-control': /^public, max-age=\d+/,
    vary: 'accept-encoding',
  });
  t.equal(plain.headers['content-encoding'], undefined);

  for (const tags of [plain.headers.etag!, `"other", W/${plain.headers.etag}`, '*']) {
    const notModified = await app.inject({ url: '/v1/snapshot', headers: { 'if-none-match': String(tags) } });
    t.equal(notModified.statusCode, 304, `If-None-Match: ${tags}`);
    t.equal(notModified.body, '');
  }
  t.equal((await app.inject({ url: '/v1/snapshot', headers: { 'if-none-match': '"other"' } })).statusCode, 200);

  const gzip = await app.inject({ url: '/v1/snapshot', headers: { 'accept-encoding': 'gzip' } });
  t.equal(gzip.headers['content-encoding'], 'gzip');
  t.ok(gunzipSync(gzip.rawPayload).equals(plain.rawPayload), 'gzip: the same bytes');
  const br = await app.inject({ url: '/v1/snapshot', headers: { 'accept-encoding': 'br;q=1, gzip;q=0.5' } });
  t.equal(br.headers['content-encoding'], 'br');
  t.ok(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload), 'br: the same bytes');
  t.equal(br.headers.etag, plain.headers.etag, 'one strong tag for every encoding, as the article routes do');

  const head = await app.inject({ method: 'HEAD', url: '/v1/snapshot' });
  t.equal(head.statusCode, 200);
  t.equal(head.body, '');
  for (const name of ['content-type', 'content-disposition', 'etag', 'cache-control']) t.equal(head.headers[name], plain.headers[name], `HEAD: ${name}`);

  const licensed = await buildTestApp(t, { config: { SITE_LICENSE_ID: 'CC-BY-SA-4.0' } });
  const tag = (await licensed.inject({ url: '/v1/snapshot' })).headers.etag;
  t.match(tag, new RegExp(`^"${generation.contentHash}-w[\\w-]{12}-l[\\w-]+"$`), 'a configured licence changes every line, so the tag');
});

t.test('?since= a cursor: the articles whose answer changed, the titles deleted, the next cursor', async (t) => {
  const path = tempPath(t);
  const alpha = (summary: string) => textDocument('Alpha article', `Alpha article is ${summary}.`);
  const beta = textDocument('Beta article', 'Beta article stays the same.', 'Links', 'Main article: Gamma article', 'Beta article waits for gamma.');
  const gamma = textDocument('Gamma article', 'Gamma article is new.', 'Links', 'See also: Delta article', 'Gamma article points at delta.');
  const delta = textDocument('Delta article', 'Delta article is deleted in the end.');
  importDocuments({ dbPath: path, inputs: [folderOf(t, { 'alpha.txt': alpha('the first version'), 'beta.txt': beta, 'delta.txt': delta })] });
  const first = linesOf((await (await appOverFile(t, path)).inject({ url: '/v1/snapshot' })).body);
  t.same(first.titles, ['Alpha article', 'Beta article', 'Delta article']);

  importDocuments({ dbPath: path, inputs: [folderOf(t, { 'alpha.txt': alpha('the second version'), 'beta.txt': beta, 'gamma.txt': gamma, 'delta.txt': delta })] });
  let app = await appOverFile(t, path);
  const response = await app.inject({ url: `/v1/snapshot?since=${first.end.next}` });
  t.equal(response.statusCode, 200);
  const second = linesOf(response.body);
  // Beta's own text is unchanged, but its link to Gamma now leads somewhere (`exists`).
  t.same(second.titles, ['Alpha article', 'Beta article', 'Gamma article'], 'updated, linking to a new article, created; in title order');
  t.same(await sameAsArticleRoute(app, second.articles), { same: 3, first: null });
  const feed = (await app.inject({ url: '/v1/changes' })).json() as { since: string };
  t.same(second.end, { type: 'end', articles: 3, deleted: [], next: feed.since });
  t.match(response.headers, {
    etag: new RegExp(`^"[0-9a-f]{64}-w[\\w-]{12}-s${JSON.parse(Buffer.from(first.end.next, 'base64url').toString())[0]}"$`),
    'content-disposition': /^attachment; filename="encyclopedia-2-since-\d+\.ndjson"$/,
  });
  const none = linesOf((await app.inject({ url: `/v1/snapshot?since=${second.end.next}` })).body);
  t.same(none, { articles: [], titles: [], end: { type: 'end', articles: 0, deleted: [], next: second.end.next } }, 'nothing new: the same cursor');

  importDocuments({ dbPath: path, inputs: [folderOf(t, { 'alpha.txt': alpha('the second version'), 'beta.txt': beta, 'gamma.txt': gamma })], sync: true });
  app = await appOverFile(t, path);
  const third = linesOf((await app.inject({ url: `/v1/snapshot?since=${second.end.next}` })).body);
  t.same(third.titles, ['Gamma article'], 'Gamma: its link to Delta leads nowhere now');
  t.same(third.end.deleted, ['Delta article']);
  t.same(await sameAsArticleRoute(app, third.articles), { same: 1, first: null });
  const all = linesOf((await app.inject({ url: `/v1/snapshot?since=${first.end.next}` })).body);
  t.same([all.titles, all.end.deleted], [['Alpha article', 'Beta article', 'Gamma article'], ['Delta article']], 'across both runs');
});

t.test('?since=: a redirect added leads to an article whose `redirects` changed', async (t) => {
  const path = tempPath(t);
  const dir = join(path, '..');
  const gamma = { id: 1, title: 'Gamma', revisions: [{ id: 11, timestamp: '2024-01-01T00:00:00Z', text: "'''Gamma''' is unchanged.\n" }] };
  const other = { id: 3, title: 'Other', revisions: [{ id: 30, timestamp: '2024-01-01T00:00:00Z', text: "'''Other''' is unchanged.\n" }] };
  const redirect = { id: 2, title: 'Gamma page', revisions: [{ id: 50, timestamp: '2024-01-02T00:00:00Z', text: '#REDIRECT [[Gamma]]' }] };
  writeFileSync(join(dir, 'first.xml'), exportXml('Example Wiki', [gamma, other]));
  writeFileSync(join(dir, 'second.xml'), exportXml('Example Wiki', [gamma, other, redirect]));
  importDocuments({ dbPath: path, inputs: [join(dir, 'first.xml')] });
  const { next } = linesOf((await (await appOverFile(t, path)).inject({ url: '/v1/snapshot' })).body).end;
  importDocuments({ dbPath: path, inputs: [join(dir, 'second.xml')] });
  const app = await appOverFile(t, path);
  const delta = linesOf((await app.inject({ url: `/v1/snapshot?since=${next}` })).body);
  t.same(delta.titles, ['Gamma']);
  t.match(JSON.parse(delta.articles[0]!), { redirects: ['Gamma page'] });
  t.same(await sameAsArticleRoute(app, delta.articles), { same: 1, first: null });
});

t.test('?since=: the article a redirect left, removed or pointed elsewhere, is re-sent without it', async (t) => {
  const path = tempPath(t);
  const dir = join(path, '..');
  const page = (id: number, title: string, text: string) => ({ id, title, revisions: [{ id: id * 10, timestamp: '2024-01-01T00:00:00Z', text }] });
  const gamma = page(1, 'Gamma', "'''Gamma''' is unchanged.\n");
  const other = page(2, 'Other', "'''Other''' is unchanged.\n");
  const removed = page(3, 'Gamma page', '#REDIRECT [[Gamma]]');
  const moved = (target: string) => page(4, 'Old name', `#REDIRECT [[${target}]]`);
  const run = async (name: string, pages: ReturnType<typeof page>[]) => {
    writeFileSync(join(dir, name), exportXml('Example Wiki', pages));
    importDocuments({ dbPath: path, inputs: [join(dir, name)], sync: true });
    const app = await appOverFile(t, path);
    return { app, next: linesOf((await app.inject({ url: '/v1/snapshot' })).body).end.next };
  };
  const since = async ({ app }: Awaited<ReturnType<typeof run>>, cursor: string) => {
    const delta = linesOf((await app.inject({ url: `/v1/snapshot?since=${cursor}` })).body);
    t.same(await sameAsArticleRoute(app, delta.articles), { same: delta.articles.length, first: null }, 'each as its own route gives it');
    return delta.articles.map((line) => JSON.parse(line) as { title: string; redirects: string[] }).map(({ title, redirects }) => ({ title, redirects }));
  };

  const first = await run('first.xml', [gamma, other, removed, moved('Gamma')]);
  const second = await run('second.xml', [gamma, other, moved('Gamma')]);
  t.same(await since(second, first.next), [{ title: 'Gamma', redirects: ['Old name'] }], 'removed: Gamma without it');
  const third = await run('third.xml', [gamma, other, moved('Other')]);
  const both = [{ title: 'Gamma', redirects: [] }, { title: 'Other', redirects: ['Old name'] }];
  t.same(await since(third, second.next), both, 'retargeted: the former target and the new');
  t.same(await since(third, first.next), both, 'across both runs');
});

t.test('a cursor whose changes are gone is the change feed\'s 410; a malformed one 400', async (t) => {
  const path = tempPath(t);
  importDocuments({ dbPath: path, inputs: [folderOf(t, { 'alpha.txt': textDocument('Alpha article', 'Alpha article is here.') })] });
  // Runs recorded directly, keeping two: the third prunes the first with its changes.
  const db = openDatabase(path);
  for (let i = 0; i < 3; i++) db.$client.transaction(() => startRun(db.$client, { retainedRuns: 2 }).finish())();
  db.$client.close();
  const app = await appOverFile(t, path);
  const expired = await app.inject({ url: `/v1/snapshot?since=${encodeCursor([0])}` });
  t.equal(expired.statusCode, 410);
  t.match(expired.headers['content-type'], /^application\/problem\+json/);
  t.match(expired.json(), { status: 410, title: 'Changes no longer kept', instance: /^\/v1\/snapshot/ });
  const feedGone = (await app.inject({ url: `/v1/changes?since=${encodeCursor([0])}` })).json() as object;
  t.same({ ...expired.json(), instance: null }, { ...feedGone, instance: null }, "the change feed's problem");
  for (const bad of ['nope!', encodeCursor(['x'])]) {
    t.equal((await app.inject({ url: `/v1/snapshot?since=${encodeURIComponent(bad)}` })).statusCode, 400, bad);
  }
  t.equal(linesOf((await app.inject({ url: '/v1/snapshot' })).body).end.articles, 1, 'a full snapshot needs no cursor');
});
