/**
 * The geosearch queries (src/db/queries/places.ts) on the places export (test/fixtures/wikitext/places/places.xml)
 * and on a copy crowded with random coordinates: the bounding boxes hold every point within the
 * radius (poles and antimeridian included), the answer is a brute-force search's, each article
 * once at its nearest coordinate, with the exact stored values, read through the R*Tree; a small
 * page found in a smaller circle is the whole circle's.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { openDatabase } from '../../src/db/open.js';
import { boundingBoxes, createPlaceQueries, EARTH_RADIUS, searchRadii, type Circle, type PlaceRow } from '../../src/db/queries/places.js';
import { buildTestDatabase } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';
import { destination, haversine } from '../helpers/geo.js';

const RADIANS = Math.PI / 180;

const dbPath = buildTestDatabase(t, [join(fixturesDir, 'wikitext', 'places', 'places.xml')]);
const db = openDatabase(dbPath, { readonly: true });
t.teardown(() => db.$client.close());
const places = createPlaceQueries(db);
const titles = (rows: PlaceRow[]) => rows.map((row) => row.title);

t.test('the bounding boxes', async (t) => {
  const [box] = boundingBoxes({ lat: 0, lon: 0, radius: 111_195 });
  t.ok(Math.abs(box!.north - 1) < 1e-4 && Math.abs(box!.east - 1) < 1e-4, 'a degree at the equator is a degree either way');
  const [north] = boundingBoxes({ lat: 60, lon: 10, radius: 100_000 });
  t.ok(north!.east - 10 > (100_000 / EARTH_RADIUS / RADIANS) * 2 - 1e-3, 'at 60° the longitudes are twice as wide');
  t.same(boundingBoxes({ lat: 89.5, lon: 10, radius: 60_000 }).map((b) => [b.west, b.east, b.north]), [[-180, 180, 90]], 'around the North Pole: every longitude');
  t.same(boundingBoxes({ lat: -90, lon: 0, radius: 1 }).map((b) => [b.west, b.east, b.south]), [[-180, 180, -90]], 'at the South Pole');
  const across = boundingBoxes({ lat: -16.5, lon: 179.95, radius: 20_000 });
  t.equal(across.length, 2, 'across the antimeridian: two boxes');
  t.ok(across[0]!.east === 180 && across[1]!.west === -180 && across[1]!.east > -179.9, 'one each side');
  t.equal(boundingBoxes({ lat: 10, lon: -179.99, radius: 5000 })[0]!.west > 179, true, 'from the west side too');
});

t.test('every point within the radius is in a box (random centres, poles and antimeridian weighted)', async (t) => {
  const edge = (limit: number) => fc.oneof(fc.double({ min: -limit, max: limit, noNaN: true }), fc.constantFrom(-limit, limit), fc.double({ min: limit - 1, max: limit, noNaN: true }), fc.double({ min: -limit, max: 1 - limit, noNaN: true }));
  fc.assert(
    fc.property(edge(90), edge(180), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (lat, lon, radius, bearing, fraction) => {
      const [pLat, pLon] = destination(lat, lon, bearing, radius * fraction);
      const inside = boundingBoxes({ lat, lon, radius }).some((b) => pLat >= b.south && pLat <= b.north && pLon >= b.west && pLon <= b.east);
      if (!inside) throw new Error(`(${pLat}, ${pLon}) is ${haversine(lat, lon, pLat, pLon)} m from (${lat}, ${lon}) but outside the boxes`);
    }),
    { seed: 20_240_612, numRuns: 5000 },
  );
  t.pass('5000 points');
});

t.test('a page is looked for in circles widening to the radius', async (t) => {
  t.same(searchRadii(100_000, null), [6250, 25_000, 100_000]);
  t.same(searchRadii(1, null), [0.0625, 0.25, 1]);
  t.same(searchRadii(100_000, 200_000), [30_000, 100_000], 'from half as far again as the cursor');
  t.same(searchRadii(100_000, 10_000_000), [100_000], 'a cursor beyond the radius');
});

t.test('the fixture places: nearest first, each article once at its nearest coordinate', async (t) => {
  const fjordby = places.near({ lat: 59.9, lon: 10.75, radius: 100_000 }, null, 100);
  t.same(titles(fjordby), ['Harbour Hall', 'Twin Cottage A', 'Twin Cottage B', 'Two Towers', 'Old School', 'North Mill', 'Fjordby Ferry', 'Edge Farm']);
  const towers = fjordby.find((row) => row.title === 'Two Towers')!;
  t.match(towers, { lat: 59.92, lon: 10.75, primary: false }, "Two Towers once, at the builders' lodging, not its own place further away");
  t.equal(fjordby.find((row) => row.title === 'North Mill')!.lat, 59.95, 'the exact value, not the R*Tree\'s 32-bit one');
  t.equal(Math.fround(59.95) === 59.95, false, '(which differs)');
  t.same(titles(places.near({ lat: 60.3, lon: 10.75, radius: 1000 }, null, 10)), ['Two Towers']);
  t.match(places.near({ lat: 60.3, lon: 10.75, radius: 1000 }, null, 10)[0], { primary: true, decimetres: 0 });
});

t.test('the radius is exact', async (t) => {
  const edge = haversine(59.9, 10.75, 60.79, 10.75);
  const within = (radius: number) => titles(places.near({ lat: 59.9, lon: 10.75, radius }, null, 100)).includes('Edge Farm');
  t.ok(within(Math.ceil(edge)), `found at ${Math.ceil(edge)} m`);
  t.notOk(within(Math.floor(edge)), `not at ${Math.floor(edge)} m`);
});

t.test('pages follow the keyset (decimetres, article id) and never repeat an article', async (t) => {
  const circle: Circle = { lat: 59.9, lon: 10.75, radius: 100_000 };
  const whole = places.near(circle, null, 100);
  const paged: PlaceRow[] = [];
  let after: [number, number] | null = null;
  for (;;) {
    const rows = places.near(circle, after, 2);
    paged.push(...rows.slice(0, 2));
    if (rows.length <= 2) break;
    after = [rows[1]!.decimetres, rows[1]!.articleId];
  }
  t.same(paged, whole);
});

t.test('the statements read the R*Tree and look coordinates up by rowid: no scan', async (t) => {
  const plans: string[][] = [];
  const copy = openDatabase(dbPath, { readonly: true });
  t.teardown(() => copy.$client.close());
  const sqlite = copy.$client;
  const prepare = sqlite.prepare.bind(sqlite);
  (sqlite as { prepare: typeof sqlite.prepare }).prepare = ((source: string) => {
    plans.push((prepare(`EXPLAIN QUERY PLAN ${source}`).all(Object.fromEntries(parametersOf(source))) as { detail: string }[]).map((row) => row.detail));
    return prepare(source);
  }) as typeof sqlite.prepare;
  createPlaceQueries(copy);
  t.equal(plans.length, 2, 'one statement for one box, one for two');
  plans.forEach((plan, i) => {
    t.equal(plan.filter((step) => /^SCAN r VIRTUAL TABLE INDEX \d+:/.test(step)).length, i + 1, `${i + 1} R*Tree search(es) with constraints: ${plan.join(' | ')}`);
    t.ok(plan.some((step) => /^SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(step)), 'coordinates by rowid');
    t.ok(plan.some((step) => /^SEARCH a USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(step)), 'articles by id');
    t.same(plan.filter((step) => /^SCAN (c|a|coordinates|articles)\b/.test(step) || /^SCAN r$/.test(step)), [], 'no table scanned');
  });
});

/** Every named parameter of a statement, bound to 0 (plans do not depend on the values). */
const parametersOf = (source: string) => [...new Set(source.match(/@\w+/g) ?? [])].map((name) => [name.slice(1), 0] as const);

t.test('a crowded copy: the answer is a brute-force search\'s', async (t) => {
  const crowded = join(t.testdir(), 'crowded.db');
  copyFileSync(dbPath, crowded);
  const writable = openDatabase(crowded);
  const hotspots: [number, number][] = [[59.9, 10.75], [89.9, 0], [-16.5, 180], [-89.95, 0], [0, 0]];
  const random = fc.sample(fc.tuple(fc.nat(hotspots.length - 1), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.integer({ min: 0, max: 150_000 }), fc.integer({ min: 1, max: 15 })), { seed: 7, numRuns: 3000 });
  const insert = writable.$client.prepare('INSERT INTO coordinates (article_id, position, lat, lon, is_primary) VALUES (?, ?, ?, ?, ?)');
  writable.$client.transaction(() => random.forEach(([spot, bearing, distance, article], i) => insert.run(article, 100 + i, ...destination(...hotspots[spot]!, bearing, distance), i % 3 === 0 ? 1 : 0)))();
  const all = writable.$client.prepare('SELECT article_id AS articleId, position, lat, lon FROM coordinates').all() as { articleId: number; position: number; lat: number; lon: number }[];
  // Counts the searches a page runs, to see pages answered before the whole circle is searched.
  let searches = 0;
  const prepare = writable.$client.prepare.bind(writable.$client);
  (writable.$client as { prepare: typeof prepare }).prepare = ((source: string) => {
    const statement = prepare(source);
    const all = statement.all.bind(statement);
    return Object.assign(statement, { all: (...args: Parameters<typeof all>) => (searches++, all(...args)) });
  }) as typeof prepare;
  const queries = createPlaceQueries(writable);
  t.teardown(() => writable.$client.close());

  const circles = fc.sample(fc.tuple(fc.nat(hotspots.length - 1), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 1, max: 100_000 })), { seed: 11, numRuns: 150 });
  let compared = 0;
  let early = 0;
  for (const [spot, bearing, offset, radius] of circles) {
    const [lat, lon] = destination(...hotspots[spot]!, bearing, offset);
    const nearest = new Map<number, number>();
    for (const c of all) {
      const d = haversine(lat, lon, c.lat, c.lon);
      if (d <= radius && d < (nearest.get(c.articleId) ?? Infinity)) nearest.set(c.articleId, d);
    }
    const rows = queries.near({ lat, lon, radius }, null, 1000);
    // The boundary and the tenths may differ in the last bit between SQLite's libm and V8's.
    const expected = [...nearest].filter(([, d]) => Math.abs(d - radius) > 1e-6);
    const found = new Map(rows.map((row) => [row.articleId, row.decimetres]));
    for (const [article, d] of expected) {
      if (!found.has(article) || Math.abs(found.get(article)! - d * 10) > 0.5 + 1e-6) t.fail(`(${lat}, ${lon}) r=${radius}: article ${article} at ${d} m, found ${found.get(article)}`);
    }
    t.ok(rows.length >= expected.length && rows.length <= nearest.size, 'no other articles');
    t.ok(rows.every((row, i) => i === 0 || row.decimetres > rows[i - 1]!.decimetres || (row.decimetres === rows[i - 1]!.decimetres && row.articleId > rows[i - 1]!.articleId)), 'in keyset order');
    // Small pages are found in smaller circles first: they must be the whole circle's, cursor or not.
    const before = searches;
    const first = queries.near({ lat, lon, radius }, null, 3);
    if (searches - before < 3) early++;
    const second = first.length === 4 ? queries.near({ lat, lon, radius }, [first[2]!.decimetres, first[2]!.articleId], 3) : [];
    if (JSON.stringify([...first.slice(0, 3), ...second]) !== JSON.stringify(rows.slice(0, 3 + second.length)) || (first.length === 4) !== rows.length > 3) {
      t.fail(`(${lat}, ${lon}) r=${radius}: pages of three are not the whole answer's`);
    }
    compared += rows.length;
  }
  t.ok(compared > 1000, `${compared} articles compared over ${circles.length} searches`);
  t.ok(early > circles.length / 4, `${early} first pages answered from a smaller circle`);
});
