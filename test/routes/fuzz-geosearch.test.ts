/**
 * GET /v1/geosearch fuzzed with fast-check over the places export: hostile latitudes, longitudes,
 * radii, limits and cursors (numbers in every spelling, out of range, non-finite, repeated, forged
 * keysets), sent with inject(). Properties: no 5xx; a request whose every parameter is valid is
 * answered 200 and one with an invalid parameter 400, as an RFC 9457 problem naming it; every 200
 * is a page of the wire schema, nearest first, within the radius, its distances the haversine
 * ones; and paging with `next` gives the same articles as one page.
 */
import fc from 'fast-check';
import t from 'tap';
import { join } from 'node:path';
import { Value } from 'typebox/value';
import { PlacePage } from '../../src/api/wire/places.js';
import { Problem } from '../../src/api/wire/problem.js';
import { buildTestApp, problemOf } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';
import { haversine } from '../helpers/geo.js';

/** Fixed, so runs are reproducible; FUZZ_SEED explores others locally. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_613);
/** Cases per property; FUZZ_RUNS raises it for a longer local run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const app = await buildTestApp(t, { inputs: [join(fixturesDir, 'wikitext', 'places', 'places.xml')] });

/** A parameter's value as sent, and whether the API must accept it (undefined: either answer is right). */
interface Value_ {
  text: string;
  valid: boolean | undefined;
}
const ok = (text: string): Value_ => ({ text, valid: true });
const bad = (text: string): Value_ => ({ text, valid: false });

/** A number within [min, max] written as a decimal, often near the places of the fixture. */
const inRange = (min: number, max: number, near: number[]) =>
  fc
    .oneof(
      fc.double({ min, max, noNaN: true }),
      fc.tuple(fc.constantFrom(...near), fc.double({ min: -1, max: 1, noNaN: true })).map(([at, off]) => Math.min(max, Math.max(min, at + off))),
      fc.constantFrom(min, max, 0, -0),
    )
    .map((n) => ok(String(n)));

/** Spellings the API must refuse for a number bounded by [min, max]. */
const refused = (min: number, max: number) =>
  fc.oneof(
    fc.double({ min: max, max: 1e300, noNaN: true, minExcluded: true }).map((n) => bad(String(n))),
    fc.double({ min: -1e300, max: min, noNaN: true, maxExcluded: true }).map((n) => bad(String(n))),
    fc.constantFrom('', 'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', 'north', '1,5', '١٢', '１２', 'null', '[]', '{}', '1 2', '--1', '\u0000', '%00', "1' OR '1'='1").map(bad),
  );

/** Spellings whose fate depends on the coercion rules (a sign, spaces, hex, exponents): either answer is right, never a 5xx. */
const odd = fc.constantFrom('+1', ' 1', '1 ', '0x10', '0b1', '1e1', '1E-3', '.5', '5.', '00', '-0', '1_0', '0.1e2').map((text): Value_ => ({ text, valid: undefined }));

const number = (min: number, max: number, near: number[]) =>
  fc.oneof({ weight: 12, arbitrary: inRange(min, max, near) }, { weight: 3, arbitrary: refused(min, max) }, { weight: 1, arbitrary: odd });

const integer = (min: number, max: number) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min, max }).map((n) => ok(String(n))) },
    { weight: 2, arbitrary: refused(min, max) },
    { weight: 2, arbitrary: fc.double({ min, max, noNaN: true }).filter((n) => !Number.isInteger(n)).map((n) => bad(String(n))) },
    { weight: 1, arbitrary: odd },
  );

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Real cursors, forged keysets of the right shape (any integers: they only move the start), and malformed ones. */
const cursor = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer(), fc.integer()).map((keyset) => ok(base64url(keyset))) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(2_000_000), fc.nat(20)).map((keyset) => ok(base64url(keyset))) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.tuple(fc.double(), fc.integer()),
        fc.tuple(fc.string(), fc.integer()),
        fc.tuple(fc.integer()),
        fc.tuple(fc.integer(), fc.integer(), fc.integer()),
        fc.constant([Number.MAX_SAFE_INTEGER + 2, 1]),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .map((value) => bad(base64url(value))),
  },
  { weight: 1, arbitrary: fc.constantFrom('*', 'WzEsMl0=', '%00', 'a'.repeat(513), '').map((text): Value_ => ({ text, valid: text === '' ? undefined : false })) },
);

/** Each parameter left out (lat and lon are required), given once, or given twice (`?lat=1&lat=2`, refused). */
function parameter(name: string, value: fc.Arbitrary<Value_>, required: boolean) {
  return fc.oneof(
    { weight: required ? 1 : 8, arbitrary: fc.constant({ parts: [] as string[], valid: !required as boolean | undefined }) },
    { weight: 10, arbitrary: value.map((v) => ({ parts: [`${name}=${encodeURIComponent(v.text)}`], valid: v.valid })) },
    { weight: 1, arbitrary: fc.tuple(value, value).map(([a, b]) => ({ parts: [`${name}=${encodeURIComponent(a.text)}`, `${name}=${encodeURIComponent(b.text)}`], valid: a.valid === false || b.valid === false ? false : undefined })) },
  );
}

/** The fixture's places: a centre near one of them, half the time, so that answers have articles in them. */
const HOTSPOTS: [number, number][] = [[59.9, 10.75], [90, 0], [-90, 0], [-16.5, 180], [-16.5, -179.95]];
const nearPlace = fc
  .tuple(fc.constantFrom(...HOTSPOTS), fc.double({ min: -0.3, max: 0.3, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true }))
  .map(([[lat, lon], dLat, dLon]) => [ok(String(Math.max(-90, Math.min(90, lat + dLat)))), ok(String(Math.max(-180, Math.min(180, lon + dLon))))] as const);
const centre = fc.oneof(nearPlace, fc.tuple(number(-90, 90, [59.9, 90, -90, -16.5]), number(-180, 180, [10.75, 180, -180, 0])));

const request = centre
  .chain(([lat, lon]) => fc.tuple(
    parameter('lat', fc.oneof({ weight: 4, arbitrary: fc.constant(lat) }, { weight: 1, arbitrary: number(-90, 90, [0]) }), true),
    parameter('lon', fc.oneof({ weight: 4, arbitrary: fc.constant(lon) }, { weight: 1, arbitrary: number(-180, 180, [0]) }), true),
    parameter('radius', integer(1, 100_000), false),
    parameter('limit', integer(1, 100), false),
    parameter('cursor', cursor, false),
  ))
  .chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length }))
  .map((parts) => ({
    url: `/v1/geosearch?${parts.flatMap((p) => p.parts).join('&')}`,
    valid: parts.some((p) => p.valid === false) ? false : parts.every((p) => p.valid === true) ? true : undefined,
  }));

const KNOWN = ['lat', 'lon', 'radius', 'limit', 'cursor'];

t.test('hostile parameters: 200 or a 400 problem naming one, never a 5xx; pages that hold', async (t) => {
  let answered = 0;
  let refusedCount = 0;
  let placesSeen = 0;
  await fc.assert(
    fc.asyncProperty(request, async ({ url, valid }) => {
      const response = await app.inject({ url });
      const fail = (why: string) => {
        throw new Error(`${url} → ${response.statusCode}: ${why}\n${response.body.slice(0, 500)}`);
      };
      if (response.statusCode >= 500) fail('a server error');
      if (valid === true && response.statusCode !== 200) fail('every parameter is valid');
      if (valid === false && response.statusCode !== 400) fail('a parameter is invalid');
      if (response.statusCode === 400) {
        refusedCount++;
        const { contentType, body } = problemOf(response);
        if (!contentType.startsWith('application/problem+json') || !Value.Check(Problem, body)) fail('not a problem');
        const names = (body.errors as { name: string }[] | undefined)?.map((e) => e.name) ?? [];
        if (!names.some((name) => KNOWN.includes(name))) fail(`names ${names.join(', ') || 'nothing'}`);
        return;
      }
      if (response.statusCode !== 200) fail('neither 200 nor 400');
      answered++;
      const body = response.json() as PlacePage;
      if (!Value.Check(PlacePage, body)) fail('not a page of places');
      const query = new URL(url, 'http://x').searchParams;
      const [lat, lon, radius] = [Number(query.get('lat')), Number(query.get('lon')), Number(query.get('radius') ?? 10_000)];
      body.items.forEach((item, i) => {
        if (i > 0 && item.distance < body.items[i - 1]!.distance) fail('not nearest first');
        if (item.distance > radius + 0.05) fail(`${item.title} beyond the radius`);
        if (Math.abs(item.distance - haversine(lat, lon, item.lat, item.lon)) > 0.051) fail(`${item.title}: distance ${item.distance}`);
      });
      if (new Set(body.items.map((item) => item.title)).size !== body.items.length) fail('an article twice');
      placesSeen += body.items.length;
    }),
    { seed: SEED, numRuns: RUNS },
  );
  t.ok(answered > RUNS / 10 && refusedCount > RUNS / 10, `${answered} answered, ${refusedCount} refused`);
  t.ok(placesSeen > RUNS / 10, `${placesSeen} places in the answers`);
});

t.test('paging with next gives one page\'s articles, for any centre, radius and limit', async (t) => {
  const centre = fc.tuple(fc.constantFrom<[number, number]>([59.9, 10.75], [90, 0], [-90, 0], [-16.5, 180], [89.9, -179.9]), fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.double({ min: -0.5, max: 0.5, noNaN: true }));
  await fc.assert(
    fc.asyncProperty(centre, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 4 }), async ([[lat, lon], dLat, dLon], radius, limit) => {
      const at = `lat=${Math.max(-90, Math.min(90, lat + dLat))}&lon=${((lon + dLon + 540) % 360) - 180}&radius=${radius}`;
      const whole = (await app.inject(`/v1/geosearch?${at}&limit=100`)).json() as PlacePage;
      const paged: PlacePage['items'] = [];
      let next: string | null = `/v1/geosearch?${at}&limit=${limit}`;
      while (next) {
        const page = (await app.inject(next)).json() as PlacePage;
        paged.push(...page.items);
        next = page.next;
      }
      if (JSON.stringify(paged) !== JSON.stringify(whole.items)) throw new Error(`${at}, limit ${limit}: pages differ from one page`);
    }),
    { seed: SEED, numRuns: Math.ceil(RUNS / 3) },
  );
  t.pass('pages match');
});
