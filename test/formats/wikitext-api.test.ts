/**
 * MediaWiki exports imported and read through the API: articles, revisions, redirects, sources,
 * the site's URL and permanent revision URLs, backlinks, categories and conditional requests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml, type ExportPageInput } from '../../bench/export-xml.js';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { revisionUrl } from '../../src/api/cite.js';
import { isMediaWikiExport } from '../../src/formats/wikitext/xml.js';
import { importDocuments } from '../../src/importer/import.js';
import { textFixturesDir } from '../helpers/expected.js';
import { lenin, pages, writeExport } from '../helpers/wikitext-export.js';

t.test('an export imports end to end and reads through the API', async (t) => {
  const dir = t.testdir();
  const file = writeExport(dir, 'export.xml', exportXml('Example Wiki', pages));
  t.ok(isMediaWikiExport(file));
  const dbPath = join(dir, 'db.sqlite');
  const result = importDocuments({ dbPath, inputs: [file, join(textFixturesDir, 'agrafena-sokolova.txt')] });
  t.same(result.imported.map((i) => i.title).sort(), ['Agrafena Sokolova', 'October Revolution', 'Vladimir Lenin']);
  t.same(result.skippedPages, { namespace: 2, model: 1, empty: 2, size: 0, unparsable: 0 });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const article = (await app.inject({ url: '/v1/articles/Lenin' })).json();
  t.equal(article.title, 'Vladimir Lenin');
  t.equal(article.redirectedFrom, 'Lenin');
  t.equal(article.format, 'wikitext');
  t.same(
    article.revision,
    { id: 102, timestamp: '2024-03-01T10:00:00Z', sha1: 's2u', parentId: null, contributor: { name: 'Editor' }, comment: null, minor: false, size: 1227 },
    'the latest revision, with its details',
  );
  t.same(article.categories, [
    { name: 'Revolutionaries', sortKey: 'Lenin, Vladimir', href: '/v1/categories/Revolutionaries' },
    { name: 'Russian people', sortKey: null, href: '/v1/categories/Russian_people' },
  ]);
  t.same(article.links.find((l: { target: string }) => l.target === 'October Revolution'), {
    kind: 'link', target: 'October Revolution', exists: true, href: '/v1/articles/October_Revolution', section: 0,
  });
  t.equal(article.links.find((l: { target: string }) => l.target === 'Simbirsk').exists, false);
  t.same(article.citations.map((c: { n: number; name?: string | null }) => [c.n, c.name]), [[1, 'bio'], [2, null], [3, null], [4, 'ld']]);
  const field = article.infobox.fields.find((f: { key: string }) => f.key === 'birth_place');
  t.same(field.raw, '[[Simbirsk]], [[Russian Empire]]');
  t.same(field.links, ['Simbirsk', 'Russian Empire']);

  const source = await app.inject({ url: '/v1/articles/Vladimir_Lenin/source' });
  t.equal(source.headers['content-type'], 'text/x-wiki; charset=utf-8');
  t.equal(source.body, lenin, 'byte-identical wikitext');
  const text = (await app.inject({ url: '/v1/articles/Agrafena_Sokolova' })).json();
  t.same([text.format, text.revision, text.categories], ['text', null, []]);
  t.equal((await app.inject({ url: '/v1/articles/Agrafena_Sokolova/source' })).headers['content-type'], 'text/plain; charset=utf-8');
  const redirect = db.$client.prepare("SELECT fragment FROM redirects WHERE from_key = 'Lenin'").pluck().get();
  t.equal(redirect, 'Early life', 'the fragment is kept');
  const listed = (await app.inject({ url: '/v1/redirects/Lenin' })).json();
  t.same(listed, { from: 'Lenin', to: 'Vladimir Lenin', fragment: 'Early life', href: '/v1/articles/Vladimir_Lenin' }, 'and shown on the redirect');
  const through = (await app.inject({ url: '/v1/articles/Lenin/infobox' })).json();
  t.same([through.article.redirectedFrom, through.article.redirectFragment], ['Lenin', 'Early life'], 'and on the article reached through it');
});

t.test("the export's <base> gives the site's URL and a revision's permanent URL on the wiki", async (t) => {
  t.equal(revisionUrl('https://en.wikipedia.org/wiki/Main_Page', 42), 'https://en.wikipedia.org/wiki/Special:Redirect/revision/42');
  t.equal(revisionUrl('https://wiki.example.org/index.php?title=Main_Page', 7), 'https://wiki.example.org/index.php?title=Special%3ARedirect%2Frevision%2F7');
  t.equal(revisionUrl('https://wiki.example.org/wiki/Main_Page', null), null, 'no revision, no wiki URL');
  t.equal(revisionUrl(undefined, 7), null);
  const dir = t.testdir();
  const page = { title: 'Delta', id: 4, revisions: [{ id: 4242, timestamp: '2024-03-05T06:07:08Z', text: "'''Delta''' is a letter.\n" }] };
  const withBase = join(dir, 'with-base.xml');
  writeFileSync(withBase, exportXml('Example Wiki', [page]).replace('<dbname>', '<base>https://wiki.example.org/wiki/Main_Page</base>\n    <dbname>'));
  const withoutBase = join(dir, 'without-base.xml');
  writeFileSync(withoutBase, exportXml('Example Wiki', [{ ...page, title: 'Epsilon', id: 5 }]).replace(/<sitename>/, '<base>javascript:alert(1)</base><sitename>'));
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [withBase, withoutBase] });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  t.same((await app.inject({ url: '/v1/articles/Delta' })).json().site, { name: 'Example Wiki', tagline: '', url: 'https://wiki.example.org/wiki/Main_Page' });
  const cited = (await app.inject({ url: '/v1/articles/Delta/cite' })).json();
  t.equal(cited.permanentUrl, 'https://wiki.example.org/wiki/Special:Redirect/revision/4242');
  t.same([cited.csl.URL, cited.csl.version, cited.csl.issued], [cited.permanentUrl, '4242', { 'date-parts': [[2024, 3, 5]] }]);
  const other = (await app.inject({ url: '/v1/articles/Epsilon/cite', headers: { host: 'api.example.org' } })).json();
  t.equal(other.permanentUrl, 'http://api.example.org/v1/articles/Epsilon', 'a base that is not an http(s) URL is not kept: the API URL');
  t.notOk('url' in (await app.inject({ url: '/v1/articles/Epsilon' })).json().site);
});

t.test('backlinks, categories, Last-Modified and If-Modified-Since', async (t) => {
  const dir = t.testdir();
  const extra: ExportPageInput[] = [
    { title: 'Bolsheviks', id: 10, revisions: [{ id: 1001, timestamp: '2024-01-05T00:00:00Z', text: 'The party of [[Lenin]].\n[[Category:Revolutionaries]]\n' }] },
    { title: 'Alpha', id: 11, revisions: [{ id: 1101, timestamp: '2024-01-05T00:00:00Z', text: 'See [[Vladimir Lenin]] and [[Lenin]].\n[[Category:Revolutionaries|Zzz]]\n' }] },
    { title: 'Unlinked', id: 12, revisions: [{ id: 1201, timestamp: '2024-01-05T00:00:00Z', text: 'Nothing here.\n' }] },
  ];
  const file = writeExport(dir, 'export.xml', exportXml('Example Wiki', [...pages, ...extra]));
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [file] });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  const backlinks = (await get('/v1/articles/Lenin/backlinks')).json();
  t.same(backlinks.items, [
    { title: 'Alpha', slug: 'Alpha', href: '/v1/articles/Alpha', via: null },
    { title: 'Bolsheviks', slug: 'Bolsheviks', href: '/v1/articles/Bolsheviks', via: 'Lenin' },
    { title: 'October Revolution', slug: 'October_Revolution', href: '/v1/articles/October_Revolution', via: null },
  ]);
  const first = (await get('/v1/articles/Vladimir_Lenin/backlinks?limit=2')).json();
  t.same(first.items.map((i: { title: string }) => i.title), ['Alpha', 'Bolsheviks']);
  const second = (await get(first.next)).json();
  t.same([second.items.map((i: { title: string }) => i.title), second.next], [['October Revolution'], null]);
  t.equal((await get('/v1/articles/Vladimir_Lenin/backlinks?cursor=nope!')).statusCode, 400);

  const list = (await get('/v1/categories')).json();
  t.same(list.items, [
    { name: 'Revolutionaries', articles: 3, href: '/v1/categories/Revolutionaries' },
    { name: 'Revolutions', articles: 1, href: '/v1/categories/Revolutions' },
    { name: 'Russian people', articles: 1, href: '/v1/categories/Russian_people' },
  ]);
  const paged = (await get('/v1/categories?limit=1')).json();
  t.equal((await get(paged.next)).json().items[0].name, 'Revolutions');
  const members = (await get('/v1/categories/Category:revolutionaries')).json();
  t.same(
    members.items.map((m: { title: string; sortKey: string | null }) => [m.title, m.sortKey]),
    [['Bolsheviks', null], ['Vladimir Lenin', 'Lenin, Vladimir'], ['Alpha', 'Zzz']],
    'by sort key: the title, the key given, the key given',
  );
  t.equal(members.articles, 3);
  const one = (await get('/v1/categories/Revolutionaries?limit=1')).json();
  t.same((await get(one.next)).json().items.map((m: { title: string }) => m.title), ['Vladimir Lenin']);
  const missing = await get('/v1/categories/Nope');
  t.equal(missing.statusCode, 404);
  t.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8');

  // The full path, then the prebuilt answer of the same URL: the same Last-Modified and conditionals.
  for (const round of ['full path', 'prebuilt']) {
    const article = await get('/v1/articles/Vladimir_Lenin');
    t.equal(article.headers['last-modified'], 'Fri, 01 Mar 2024 10:00:00 GMT', round);
    t.equal((await get('/v1/articles/Vladimir_Lenin', { 'if-modified-since': 'Fri, 01 Mar 2024 10:00:00 GMT' })).statusCode, 304, round);
    t.equal((await get('/v1/articles/Vladimir_Lenin', { 'if-modified-since': 'Thu, 29 Feb 2024 10:00:00 GMT' })).statusCode, 200, round);
    const tagged = { 'if-none-match': '"other"', 'if-modified-since': 'Fri, 01 Mar 2024 10:00:00 GMT' };
    t.equal((await get('/v1/articles/Vladimir_Lenin', tagged)).statusCode, 200, `${round}: If-None-Match decides when present`);
    t.equal((await get('/v1/articles/Vladimir_Lenin', { 'if-none-match': article.headers.etag as string })).statusCode, 304, round);
  }
  const source = await get('/v1/articles/Vladimir_Lenin/source', { 'if-modified-since': 'Sat, 02 Mar 2024 00:00:00 GMT' });
  t.equal(source.statusCode, 304);
  t.equal((await get('/v1/articles/Vladimir_Lenin/source')).headers['last-modified'], 'Fri, 01 Mar 2024 10:00:00 GMT');
});
