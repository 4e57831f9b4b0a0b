/**
 * GET /v1/geosearch over the places export (test/fixtures/wikitext/places/places.xml: an invented
 * town, the poles, the antimeridian): the articles nearest first with their distances, each once,
 * paged with the one cursor contract, ETags and 304s as every route has them, and a 400 problem
 * naming each bad parameter.
 */
import { join } from 'node:path';
import t from 'tap';
import type { PlacePage } from '../../src/api/wire/places.js';
import { buildTestApp, problemOf } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';

const app = await buildTestApp(t, { inputs: [join(fixturesDir, 'wikitext', 'places', 'places.xml')] });

const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });
const search = async (query: string) => {
  const response = await get(`/v1/geosearch?${query}`);
  if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
  return response.json() as PlacePage;
};
const found = async (query: string) => (await search(query)).items.map((item) => [item.title, item.distance]);

t.test('around a point: nearest first, each with its distance in metres, within the default 10 km', async (t) => {
  const body = await search('lat=59.9&lon=10.75');
  // Hand-checked: a degree of latitude is 111,195.08 m on this sphere, so 0.01° is 1,111.95 m and
  // 0.05° 5,559.75 m; 0.1° of longitude at 59.9° is about half as much (cos 59.9° = 0.5015).
  t.same(body.items.map((item) => [item.title, item.distance]), [
    ['Harbour Hall', 0],
    ['Twin Cottage A', 1112],
    ['Twin Cottage B', 1112],
    ['Two Towers', 2223.9],
    ['Old School', 2788.3],
    ['North Mill', 5559.8],
    ['Fjordby Ferry', 5576.6],
  ]);
  t.same(body.items[0], { title: 'Harbour Hall', slug: 'Harbour_Hall', href: '/v1/articles/Harbour_Hall', lat: 59.9, lon: 10.75, primary: true, distance: 0 });
  t.match(body.items.find((item) => item.title === 'Fjordby Ferry'), { lat: 59.9, lon: 10.85, primary: false }, 'a place an article mentions');
  t.match(body.items.find((item) => item.title === 'Two Towers'), { lat: 59.92, primary: false }, "an article once, at its nearest coordinate (not its own place 44 km away)");
  t.match(body.items.find((item) => item.title === 'Old School'), { lat: 59.9, lon: 10.8, primary: true }, 'an infobox location');
  t.same([body.nextCursor, body.next], [null, null]);
});

t.test('the radius: 100 km at most, exact at its edge', async (t) => {
  const wide = await found('lat=59.9&lon=10.75&radius=100000');
  t.same(wide.at(-1), ['Edge Farm', 98963.6], 'Edge Farm, 0.89° north, is within');
  t.notOk(wide.some(([title]) => title === 'Far Farm'), 'Far Farm, 0.9° north (100,076 m), is not');
  t.same(await found('lat=59.9&lon=10.75&radius=1111'), [['Harbour Hall', 0]]);
  t.same(await found('lat=59.9&lon=10.75&radius=1112'), [['Harbour Hall', 0], ['Twin Cottage A', 1112], ['Twin Cottage B', 1112]]);
});

t.test('around the poles: every longitude', async (t) => {
  t.same(await found('lat=90&lon=0&radius=60000'), [['Pole Station', 5559.8], ['Pole Camp', 5559.8], ['Ice Ridge', 55597.5]]);
  t.same(await found('lat=89.95&lon=0&radius=20000'), [['Pole Station', 0], ['Pole Camp', 11119.5]], 'across the pole to longitude 180');
  t.same(await found('lat=90&lon=-123&radius=10000'), await found('lat=90&lon=0&radius=10000'), "the pole's longitude does not matter");
  t.same(await found('lat=-90&lon=0&radius=2000'), [['South Pole Base', 1112]]);
});

t.test('across the antimeridian', async (t) => {
  t.same(await found('lat=-16.5&lon=180&radius=20000'), [['Date Line East', 5330.8], ['Date Line West', 10661.6]]);
  t.same(await found('lat=-16.5&lon=-180&radius=20000'), await found('lat=-16.5&lon=180&radius=20000'), 'longitude −180 is 180');
  t.same(await found('lat=-16.5&lon=179.99&radius=12000'), [['Date Line East', 4264.6], ['Date Line West', 11727.8]], 'from the west side, a point at −179.9');
  t.same(await found('lat=-16.5&lon=-179.95&radius=11000'), [['Date Line West', 5330.8], ['Date Line East', 10661.6]], 'from the east side, a point at 179.95');
  t.same(await found('lat=-16.5&lon=-179.95&radius=10000'), [['Date Line West', 5330.8]]);
});

t.test('redirects, pages without a location and impossible locations are not places', async (t) => {
  const everywhere = [
    ...(await found('lat=59.9&lon=10.75&radius=100000')),
    ...(await found('lat=89.9&lon=0&radius=100000')),
  ].map(([title]) => title);
  for (const title of ['Harbor Hall', 'No Place', 'Bad Place']) t.notOk(everywhere.includes(title), title);
});

t.test('pagination: limit, an opaque cursor, next and the Link header; ties in article order', async (t) => {
  const all = await search('lat=59.9&lon=10.75&radius=100000&limit=100');
  const seen: string[] = [];
  let url: string | null = '/v1/geosearch?lat=59.9&lon=10.75&radius=100000&limit=2';
  let pages = 0;
  while (url) {
    const response = await get(url);
    t.equal(response.statusCode, 200);
    const body = response.json() as PlacePage;
    t.ok(body.items.length <= 2);
    seen.push(...body.items.map((item) => item.title));
    if (body.next) {
      t.equal(response.headers.link, `<${body.next}>; rel="next"`);
      t.match(body.next, `cursor=${body.nextCursor}`);
    } else t.equal(response.headers.link, undefined);
    url = body.next;
    pages++;
  }
  t.same(seen, all.items.map((item) => item.title), 'page after page, the one list');
  t.equal(pages, 4);
  t.same(seen.slice(1, 3), ['Twin Cottage A', 'Twin Cottage B'], 'the twins, one distance, split across pages in article order');
  const bad = await get('/v1/geosearch?lat=59.9&lon=10.75&cursor=WyJ4Il0');
  t.equal(bad.statusCode, 400);
  t.match(bad.json(), { title: 'Invalid cursor', errors: [{ in: 'query', name: 'cursor' }] });
});

t.test('ETags and 304, as every JSON resource', async (t) => {
  const first = await get('/v1/geosearch?lat=59.9&lon=10.75');
  const etag = String(first.headers.etag);
  t.match(etag, /^"/);
  t.match(String(first.headers['cache-control']), /^public, max-age=/);
  const again = await get('/v1/geosearch?lat=59.9&lon=10.75', { 'if-none-match': etag });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  t.equal((await get('/v1/geosearch?lat=59.9&lon=10.75', { 'if-none-match': `"x", W/${etag}` })).statusCode, 304, 'a list and a weak tag');
  t.not((await get('/v1/geosearch?lat=59.9&lon=10.75&radius=100000')).headers.etag, etag, 'another answer, another tag');
});

t.test('a bad latitude, longitude or radius is a 400 problem naming it', async (t) => {
  const cases: [string, string][] = [
    ['lon=10', 'lat'],
    ['lat=10', 'lon'],
    ['lat=90.5&lon=0', 'lat'],
    ['lat=-91&lon=0', 'lat'],
    ['lat=north&lon=0', 'lat'],
    ['lat=&lon=0', 'lat'],
    ['lat=NaN&lon=0', 'lat'],
    ['lat=Infinity&lon=0', 'lat'],
    ['lat=1e309&lon=0', 'lat'],
    ['lat=1&lat=2&lon=0', 'lat'],
    ['lat=0&lon=180.01', 'lon'],
    ['lat=0&lon=-181', 'lon'],
    ['lat=0&lon=-1e309', 'lon'],
    ['lat=0&lon=0&radius=0', 'radius'],
    ['lat=0&lon=0&radius=-5', 'radius'],
    ['lat=0&lon=0&radius=100001', 'radius'],
    ['lat=0&lon=0&radius=1.5', 'radius'],
    ['lat=0&lon=0&radius=10km', 'radius'],
    ['lat=0&lon=0&limit=0', 'limit'],
  ];
  for (const [query, name] of cases) {
    const response = await get(`/v1/geosearch?${query}`);
    const { contentType, body } = problemOf(response);
    t.equal(response.statusCode, 400, query);
    t.equal(contentType, 'application/problem+json; charset=utf-8', `${query}: problem+json`);
    t.match(body, { status: 400, errors: [{ in: 'query', name }] }, `${query}: names ${name}`);
    t.match(String(body.detail), `"${name}"`, `${query}: ${body.detail}`);
  }
  t.same(await found('lat=+59.9&lon=10.75&radius=1'), [['Harbour Hall', 0]], 'a sign and the bounds themselves are fine');
  t.equal((await get('/v1/geosearch?lat=90&lon=-180&radius=100000')).statusCode, 200);
  t.equal((await get('/v1/geosearch?lat=-90&lon=180&radius=1')).statusCode, 200);
});
