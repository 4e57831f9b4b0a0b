/**
 * /v1/templates/{name} by typed value over an export written for this test
 * (test/fixtures/wikitext/templates/settlements.xml): numbers and quantities in a range (km2 and
 * sq mi meet in the base unit), dates before and after, ordering by value, keyset pages, and the
 * 400s of bounds that are not one, units not known and kinds the parameter does not hold.
 */
import { join } from 'node:path';
import t from 'tap';
import type { TemplateDetail } from '../../src/api/wire/templates.js';
import { buildTestApp, problemOf } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';

const app = await buildTestApp(t, { inputs: [join(fixturesDir, 'wikitext', 'templates', 'settlements.xml')] });

const get = async (query: string) => {
  const response = await app.inject(`/v1/templates/Infobox_settlement?${query}`);
  if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
  return response.json() as TemplateDetail;
};
const titles = async (query: string) => (await get(query)).items.map((item) => item.title);

t.test('numbers in a range, in value order, each use with its typed values', async (t) => {
  t.same(await titles('param=population_total&min=1000000'), ['Sudholm', 'Fjordby', 'Lundvik']);
  t.same(await titles('param=population_total&min=100000&max=2731571'), ['Norrvik', 'Sudholm', 'Fjordby'], 'bounds inclusive');
  const body = await get('param=population_total&max=100000');
  t.same(body.items.map((item) => item.title), ['Estavik'], '"about 3,000" is not typed');
  t.same(body.items[0]!.uses[0]!.values?.population_total, { type: 'number', number: 98000 });
  t.same(body.items[0]!.uses[0]!.values?.area_total, { type: 'quantity', number: 50, unit: '[mi_i]2' });
  t.equal(body.items[0]!.uses[0]!.parameters.population_total, '98,000', 'the displayed value beside it');
  t.same(await titles('param=elevation_m&max=0'), ['Sudholm'], 'a minus sign');
});

t.test('quantities meet in the base unit: km2 and sq mi', async (t) => {
  // 100 sq mi = 259.0 km2; 50 sq mi = 129.5 km2.
  t.same(await titles('param=area_total&min=100km2&max=300km2'), ['Estavik', 'Norrvik', 'Sudholm'], '129.5, 258.999 and 259 km2');
  t.same(await titles('param=area_total&min=100%20sq%20mi'), ['Norrvik', 'Sudholm', 'Fjordby'], 'as written, inclusive');
  t.same(await titles('param=area_total&min=1e8m2&max=1e9m2'), ['Estavik', 'Norrvik', 'Sudholm', 'Fjordby'], 'UCUM codes');
});

t.test('dates before and after, BC included; a range by its start', async (t) => {
  t.same(await titles('param=founded&before=1920-01-01'), ['Sudholm', 'Lundvik', 'Fjordby', 'Norrvik', 'Kalby'], 'c. 1917 and 1917–1922 tie, in article order');
  t.same(await titles('param=founded&after=1900-01-01'), ['Norrvik', 'Kalby', 'Estavik']);
  t.same(await titles('param=founded&before=1917'), ['Sudholm', 'Lundvik', 'Fjordby'], 'a year is its first day');
  t.same(await titles('param=founded&min=1789-07-14&max=1850-06-01'), ['Lundvik', 'Fjordby']);
});

t.test('order=param: every typed value in order, page after page by keyset', async (t) => {
  const all = await titles('param=population_total&order=param');
  t.same(all, ['Estavik', 'Norrvik', 'Sudholm', 'Fjordby', 'Lundvik']);
  const seen: string[] = [];
  let query = 'param=population_total&order=param&limit=2';
  for (let pages = 0; pages < 5; pages++) {
    const body = await get(query);
    seen.push(...body.items.map((item) => item.title));
    if (!body.nextCursor) break;
    query = `param=population_total&order=param&limit=2&cursor=${body.nextCursor}`;
  }
  t.same(seen, all);
});

t.test('400s name the query parameter', async (t) => {
  const problem = async (query: string) => {
    const response = await app.inject(`/v1/templates/Infobox_settlement?${query}`);
    t.equal(response.statusCode, 400, query);
    return problemOf(response).body;
  };
  t.match((await problem('param=area_total&min=100parsec')).errors, [{ name: 'min', reason: 'unknown unit' }]);
  t.match((await problem('param=population_total&min=lots')).errors, [{ name: 'min' }]);
  t.match((await problem('param=founded&min=100')).errors, [{ name: 'param', reason: 'holds dates' }], 'a type mismatch');
  t.match((await problem('param=population_total&before=1920-01-01')).errors, [{ name: 'param', reason: 'holds numbers' }]);
  t.match((await problem('param=area_total&min=100km2&max=5USD')).errors, [{ name: 'max' }], 'two dimensions');
  t.match((await problem('min=100')).errors, [{ name: 'param' }]);
  t.match((await problem('param=founded&before=soon')).errors, [{ name: 'before' }]);
  t.match((await problem('param=founded&after=1900&value=1917')).errors, [{ name: 'value' }]);
});
