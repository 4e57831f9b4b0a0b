/**
 * An article's metadata through GET /v1/articles/{title} and /cite: the short description, the main
 * image, every infobox, templates, coordinates and the revision's details, imported from an export
 * written for this test (test/fixtures/wikitext/metadata/article.xml), and the site's licence from
 * the configuration — its spelling kept, null when none is configured.
 */
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import type { Article } from '../../src/api/wire/articles.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase } from '../../src/db/open.js';
import { buildTestDatabase } from '../helpers/app.js';
import { fixturesDir, textFixturesDir } from '../helpers/expected.js';

const dbPath = buildTestDatabase(t, [join(fixturesDir, 'wikitext', 'metadata', 'article.xml'), join(textFixturesDir, 'agrafena-sokolova.txt'), join(textFixturesDir, 'republic-of-valdora.txt')]);

/** An app over the one database, configured as given. */
async function appWith(config: Partial<Config>) {
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0, ...config } });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  return app;
}

const license = { SITE_LICENSE_ID: 'CC BY-SA 4.0', SITE_LICENSE_URL: 'https://creativecommons.org/licenses/by-sa/4.0/' };
const app = await appWith(license);

const article = async (title: string, on = app) => {
  const response = await on.inject(`/v1/articles/${encodeURIComponent(title)}`);
  if (response.statusCode !== 200) throw new Error(`${title}: ${response.statusCode} ${response.body}`);
  return response.json() as Article;
};

t.test('a wikitext article: description, image, every infobox, templates, coordinates, revision details, licence', async (t) => {
  const berg = await article('Jon Berg');
  t.equal(berg.description, 'Invented mayor of Fjordby');
  t.same(berg.image, {
    file: 'Jon Berg 1950.jpg',
    caption: 'Berg in 1950',
    alt: 'A man in a hat',
    href: 'https://wiki.example.org/wiki/Special:FilePath/Jon_Berg_1950.jpg',
  });
  t.same(
    berg.infoboxes.map((box) => [box.template, box.title]),
    [
      ['officeholder', 'Jon Berg'],
      ['military person', 'Jon Berg'],
      ['ship', "Berg's boat"],
    ],
    'the nested box after its parent, then the later one',
  );
  t.same(berg.infoboxes[0], berg.infobox, 'the first is `infobox`, unchanged');
  t.same(berg.infoboxes[1]!.fields.map((field) => [field.key, field.text]), [['embed', 'yes'], ['allegiance', 'Norway']]);
  t.same(berg.templates, [
    { name: 'Short description', count: 1 },
    { name: 'Infobox officeholder', count: 1 },
    { name: 'Infobox military person', count: 1 },
    { name: 'Coord', count: 3 },
    { name: 'Infobox ship', count: 1 },
    { name: 'Navbox fjordby', count: 1 },
  ]);
  t.same(berg.coordinates, [
    { lat: 60.5, lon: -5.25, primary: true },
    { lat: 60.5, lon: 5.25, primary: false },
    { lat: 61, lon: 5, primary: false },
  ]);
  t.same(berg.revision, {
    id: 42,
    timestamp: '2024-05-01T12:00:00Z',
    sha1: 'abc',
    parentId: 41,
    contributor: { name: 'Fjord Editor' },
    comment: 'infobox: boat',
    minor: true,
    size: 538, // the revision text's bytes in UTF-8
  });
  t.same(berg.license, { id: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' }, 'spelt as configured');
});

t.test('an anonymous edit, a description of `none`, no infobox: nulls and empty lists', async (t) => {
  const anon = await article('Anon Page');
  t.equal(anon.description, null);
  t.equal(anon.image, null);
  t.same(anon.infoboxes, []);
  t.same(anon.templates, [{ name: 'Short description', count: 1 }]);
  t.same(anon.coordinates, []);
  t.match(anon.revision, { id: 50, parentId: null, contributor: { ip: '192.0.2.7' }, comment: null, minor: false });
});

t.test('a text article: its one infobox, no templates or coordinates, no revision', async (t) => {
  const text = await article('Agrafena Sokolova');
  t.equal(text.format, 'text');
  t.same(text.infoboxes, text.infobox ? [text.infobox] : []);
  t.same([text.description, text.templates, text.coordinates, text.revision], [null, [], [], null]);
  t.same(text.license, { id: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
});

t.test('every infobox field carries its typed value, or null, beside its text and raw (both formats)', async (t) => {
  const berg = await article('Jon Berg');
  t.same(berg.infoboxes[1]!.fields.map((field) => [field.key, field.value]), [['embed', { type: 'boolean', boolean: true }], ['allegiance', null]], 'a nested box');
  t.same(berg.infobox!.fields.find((field) => field.key === 'office')!.value, null);
  const response = await app.inject('/v1/articles/Republic_of_Valdora/infobox');
  t.equal(response.statusCode, 200);
  const fields = (response.json() as { infobox: { fields: { key: string; text: string; value: unknown }[] } }).infobox.fields;
  const field = (key: string) => fields.find((f) => f.key === key)!;
  t.same(field('total'), { ...field('total'), text: '48,210 km²[1]', value: { type: 'quantity', number: 48210, unit: 'km2' } }, 'the text keeps its marker');
  t.same(field('victory_of_the_revolution').value, { type: 'date', date: '1958-08-17', precision: 'day' });
  t.same([field('calling_code').value, field('capital_and_largest_city').value], [null, null]);
});

t.test('/cite names the licence', async (t) => {
  const response = await app.inject('/v1/articles/Jon_Berg/cite');
  t.equal(response.statusCode, 200);
  t.same(response.json().license, { id: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
});

t.test('the prebuilt answer of an article is the full one, metadata included', async (t) => {
  const first = await app.inject('/v1/articles/Jon_Berg');
  const again = await app.inject('/v1/articles/Jon_Berg');
  t.equal(again.body, first.body);
  t.match(again.json(), { description: 'Invented mayor of Fjordby', coordinates: [{ primary: true }], license: { id: 'CC BY-SA 4.0' } });
});

t.test('no licence configured: null, in the article and in /cite', async (t) => {
  const bare = await appWith({});
  t.equal((await article('Jon Berg', bare)).license, null);
  t.equal((await bare.inject('/v1/articles/Jon_Berg/cite')).json().license, null);
});

t.test('a licence id without a URL, and a URL without an id', async (t) => {
  const idOnly = await appWith({ SITE_LICENSE_ID: 'Proprietary; ask us' });
  t.same((await article('Jon Berg', idOnly)).license, { id: 'Proprietary; ask us', url: null });
  t.throws(() => loadConfig({ SITE_LICENSE_URL: 'https://example.org/licence' }), /SITE_LICENSE_URL needs SITE_LICENSE_ID/);
  t.throws(() => loadConfig({ SITE_LICENSE_ID: 'x', SITE_LICENSE_URL: 'not a url' }), /SITE_LICENSE_URL must be an http\(s\) URL/);
});
