/**
 * The metadata benchmark: how long the queries over articles' metadata take on a database of
 * generated place pages (bench/generate-wikitext.ts's writePlacesDump, imported by the real
 * importer), built once and kept in bench/out/. One section a query, each case timed as the API
 * function the route and the MCP tool both call, and one case through app.inject() for the HTTP
 * cost around it. The goal of geosearch and of templates/{name}?param=&value=: p99 < 20 ms at
 * 100,000 articles.
 *
 *   node dist/bench/metadata.js [--articles N] [--runs N] [--rebuild]
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, type App } from '../src/app.js';
import { pageOf } from '../src/api/pagination.js';
import { geosearch } from '../src/api/places.js';
import { templateList, templateWithUsers } from '../src/api/templates.js';
import type { TemplateDetail, TemplateQuery } from '../src/api/wire/templates.js';
import type { PlacePage } from '../src/api/wire/places.js';
import { openDatabase, pendingMigrations, type Db } from '../src/db/open.js';
import { createPlaceQueries } from '../src/db/queries/places.js';
import { createTemplateQueries } from '../src/db/queries/templates.js';
import { importDocuments } from '../src/importer/import.js';
import { isMain, projectRoot } from '../src/paths.js';
import { inventCountries, random, writePlacesDump, type Country } from './generate-wikitext.js';
import { percentile } from './search.js';

/** Bumped when the generated pages change, so that a database built from older ones is not reused. */
const PLACES_VERSION = 3;

export interface Timing {
  name: string;
  p50: number;
  p99: number;
  max: number;
  runs: number;
  /** The mean number of results an answer had. */
  results: number;
}

interface Context {
  db: Db;
  app: App;
  countries: Country[];
  rand: () => number;
  runs: number;
}

/** A section of the report: a query's cases. The templates' section goes beside geosearch's. */
interface Section {
  title: string;
  cases(context: Context): Promise<Timing[]>;
}

/** Times `run` over each input after a warm-up over the first ones; `run` returns how many results it got. */
async function time<T>(name: string, inputs: T[], run: (input: T) => number | Promise<number>): Promise<Timing> {
  for (const input of inputs.slice(0, 100)) await run(input);
  const times: number[] = [];
  let results = 0;
  for (const input of inputs) {
    const started = performance.now();
    results += await run(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { name, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? 0, runs: times.length, results: results / times.length };
}

type Search = { lat: number; lon: number; radius: number; limit?: number; cursor?: string };

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
const clampLat = (lat: number) => Math.max(-90, Math.min(90, lat));

const geosearchSection: Section = {
  title: 'Geosearch (`GET /v1/geosearch`, the MCP tool `geosearch`; goal p99 < 20 ms)',
  async cases({ db, app, countries, rand, runs }) {
    const queries = createPlaceQueries(db);
    const coordinates = db.$client.prepare('SELECT lat, lon FROM coordinates WHERE rowid = ?');
    const rows = (db.$client.prepare('SELECT max(rowid) AS n FROM coordinates').get() as { n: number }).n;
    const radius = () => 1000 + Math.floor(rand() * 99_001);
    const around = (lat: number, lon: number, km: number): Search => {
      const dLat = ((rand() * 2 - 1) * km) / 111.195;
      const dLon = ((rand() * 2 - 1) * km) / (111.195 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
      return { lat: clampLat(lat + dLat), lon: wrap(lon + dLon), radius: radius() };
    };
    const nearArticles = Array.from({ length: runs }, () => {
      const { lat, lon } = coordinates.get(1 + Math.floor(rand() * rows)) as { lat: number; lon: number };
      return around(lat, lon, 50);
    });
    const anywhere = Array.from({ length: runs }, () => ({ lat: (Math.asin(2 * rand() - 1) * 180) / Math.PI, lon: rand() * 360 - 180, radius: radius() }));
    const [largest, , antimeridian] = countries;
    const densest = Array.from({ length: runs }, () => ({ ...around(largest!.lat, largest!.lon, 10), radius: 100_000 }));
    const acrossTheLine = Array.from({ length: runs }, () => ({ ...around(antimeridian!.lat, 180, 60), radius: 100_000 }));
    const run = (search: Search) => geosearch(queries, search, (...rest) => pageOf('/v1/geosearch', ...rest));
    const secondPages = nearArticles.flatMap((search): Search[] => {
      const cursor = run(search).nextCursor;
      return cursor === null ? [] : [{ ...search, cursor }];
    });
    const url = (search: Search) => `/v1/geosearch?lat=${search.lat}&lon=${search.lon}&radius=${search.radius}`;
    return [
      await time('near an article (within 50 km), radius 1–100 km, first page of 20', nearArticles, (search) => run(search).items.length),
      await time('anywhere on Earth, radius 1–100 km', anywhere, (search) => run(search).items.length),
      await time(`the densest place (the largest country's centre), radius 100 km`, densest, (search) => run(search).items.length),
      await time('across the antimeridian, radius 100 km', acrossTheLine, (search) => run(search).items.length),
      await time('near an article, page of 100', nearArticles, (search) => run({ ...search, limit: 100 }).items.length),
      await time('near an article, the second page (its cursor)', secondPages, (search) => run(search).items.length),
      await time('near an article, through HTTP (app.inject)', nearArticles, async (search) => {
        const response = await app.inject(url(search));
        if (response.statusCode !== 200) throw new Error(`${url(search)}: ${response.statusCode} ${response.body}`);
        return (response.json() as PlacePage).items.length;
      }),
    ];
  },
};

type Filter = { name: string; limit?: number; cursor?: string } & Omit<TemplateQuery, 'limit' | 'cursor'>;

/** The filter with the cursor of its page 2 to 51 (the i-th case: page i % 50 + 2, or the last page there is). */
function deepPage(run: (filter: Filter) => { nextCursor: string | null }, filter: Filter, i: number): Filter {
  let cursor: string | null = null;
  for (let page = 0; page <= i % 50 && (page === 0 || cursor !== null); page++) cursor = run({ ...filter, ...(cursor ? { cursor } : {}) }).nextCursor;
  return cursor ? { ...filter, cursor } : filter;
}

/** A case through HTTP: the number of items of the 200 answering `url(filter)`. */
const throughHttp = (app: App, url: (filter: Filter) => string) => async (filter: Filter) => {
  const response = await app.inject(url(filter));
  if (response.statusCode !== 200) throw new Error(`${url(filter)}: ${response.statusCode} ${response.body}`);
  return (response.json() as TemplateDetail).items.length;
};

/** The place pages' one infobox template, filtered on parameters whose values repeat (a country's share of the pages falls off as a power law). */
const templatesSection: Section = {
  title: 'Templates (`GET /v1/templates/{name}?param=&value=`, the MCP tool `find_by_template`; goal p99 < 20 ms)',
  async cases({ db, app, countries, rand, runs }) {
    const queries = createTemplateQueries(db);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const name = 'Infobox settlement';
    const run = (filter: Filter) => templateWithUsers(queries, filter.name, filter, (...rest) => pageOf('/v1/templates', ...rest));
    const byCountry = Array.from({ length: runs }, (): Filter => ({ name, param: 'country', value: pick(countries).name.toUpperCase() }));
    const largest: Filter[] = Array.from({ length: runs }, () => ({ name, param: 'country', value: countries[0]!.name }));
    const byCapital = Array.from({ length: runs }, (): Filter => ({ name, param: 'capital', value: pick(countries).capital }));
    const byType = Array.from({ length: runs }, (): Filter => ({ name, param: 'settlement_type', value: pick(['town', 'village', 'city', 'hamlet', 'district']) }));
    const none = Array.from({ length: runs }, (): Filter => ({ name, param: 'country', value: `Nowhere ${Math.floor(rand() * 1e6)}` }));
    const secondPages = byCountry.flatMap((filter): Filter[] => {
      const cursor = run(filter).nextCursor;
      return cursor === null ? [] : [{ ...filter, cursor }];
    });
    const deepPages = largest.slice(0, Math.max(1, runs / 10)).map((filter, i) => deepPage(run, filter, i));
    const url = (filter: Filter) => `/v1/templates/Infobox_settlement?param=${filter.param}&value=${encodeURIComponent(filter.value!)}`;
    const count = (filter: Filter) => run(filter).items.length;
    return [
      await time('country = a random country (any case), first page of 20', byCountry, count),
      await time("country = the largest country's name, first page", largest, count),
      await time('capital = a random capital', byCapital, count),
      await time('settlement_type = one of five values, a fifth of the pages each', byType, count),
      await time('a value no page passes', none, count),
      await time('country, the second page (its cursor)', secondPages, count),
      await time('the largest country, pages 2 to 51 (their cursors)', deepPages, count),
      await time('country, page of 100', byCountry, (filter) => run({ ...filter, limit: 100 }).items.length),
      await time('no filter: the articles using it, first page', byCountry, () => run({ name }).items.length),
      await time('the list of templates (`GET /v1/templates`), first page', byCountry.slice(0, Math.max(1, runs / 10)), () =>
        templateList(queries, {}, (...rest) => pageOf('/v1/templates', ...rest)).items.length),
      await time('country, through HTTP (app.inject)', byCountry, throughHttp(app, url)),
    ];
  },
};

/** Typed values of the same pages: population (a number), area (km2 and sq mi, met in m2), founded (dates), in value order. */
const valuesSection: Section = {
  title: 'Typed values (`GET /v1/templates/{name}?param=&min=&max=`, `before`/`after`, `order=param`, the MCP tool `query_infobox`; goal p99 < 20 ms)',
  async cases({ db, app, rand, runs }) {
    const queries = createTemplateQueries(db);
    const name = 'Infobox settlement';
    const run = (filter: Filter) => templateWithUsers(queries, filter.name, filter, (...rest) => pageOf('/v1/templates', ...rest));
    const count = (filter: Filter) => run(filter).items.length;
    const many = <T>(make: () => T) => Array.from({ length: runs }, make);
    const population = many((): Filter => {
      const min = Math.floor(100 * 10 ** (rand() * 4));
      return { name, param: 'population_total', min: String(min), max: String(min * 2) };
    });
    const large = many((): Filter => ({ name, param: 'population_total', min: String(Math.floor(1000 + rand() * 9000)) }));
    const area = many((): Filter => {
      const min = Math.floor(1 + rand() * 400);
      return { name, param: 'area_total', min: `${min}km2`, max: `${Math.ceil(min * 1.1)} sq mi` };
    });
    const before = many((): Filter => ({ name, param: 'founded', before: `${1000 + Math.floor(rand() * 1000)}-01-01` }));
    const between = many((): Filter => {
      const year = 1000 + Math.floor(rand() * 1000);
      return { name, param: 'founded', after: `${year}-01-01`, before: `${year + 10}-01-01` };
    });
    const ordered: Filter = { name, param: 'population_total', order: 'param' };
    const deep = many(() => null).slice(0, Math.max(1, runs / 10)).map((_, i) => deepPage(run, ordered, i));
    const url = (filter: Filter) => `/v1/templates/Infobox_settlement?param=area_total&min=${encodeURIComponent(filter.min!)}&max=${encodeURIComponent(filter.max!)}`;
    return [
      await time('population between n and 2n, first page of 20', population, count),
      await time('population ≥ 1,000–10,000 (most pages), first page', large, count),
      await time('area between x km2 and 1.1x sq mi (units met in m2)', area, count),
      await time('founded before a year', before, count),
      await time('founded in a decade (after and before)', between, count),
      await time('order=param: every population in order, pages 2 to 51 (their cursors)', deep, count),
      await time('area range, through HTTP (app.inject)', area, throughHttp(app, url)),
    ];
  },
};

const SECTIONS: Section[] = [geosearchSection, templatesSection, valuesSection];

/** The database of `articles` place pages, imported once and kept while the pages and the migrations are the same. */
function placesDatabase(articles: number, rebuild: boolean): { dbPath: string; built: string } {
  const dir = join(projectRoot, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, `metadata-${articles}-v${PLACES_VERSION}.sqlite`);
  if (!rebuild && existsSync(dbPath)) {
    const db = openDatabase(dbPath, { readonly: true });
    const stale = pendingMigrations(db);
    db.$client.close();
    if (!stale) return { dbPath, built: 'reused' };
  }
  rmSync(dbPath, { force: true });
  const dump = join(dir, `places-${articles}.xml`);
  writePlacesDump(dump, articles);
  const started = performance.now();
  const result = importDocuments({ dbPath, inputs: [dump] });
  const seconds = (performance.now() - started) / 1000;
  rmSync(dump, { force: true });
  const errors = result.messages.filter((message) => message.severity === 'error');
  if (errors.length > 0) throw new Error(`the import failed: ${errors.slice(0, 3).map((e) => e.message).join('; ')}`);
  return { dbPath, built: `imported in ${seconds.toFixed(1)} s (${Math.round(articles / seconds).toLocaleString('en')} pages/s)` };
}

export async function benchMetadata({ articles = 100_000, runs = 3000, rebuild = false } = {}): Promise<string> {
  const { dbPath, built } = placesDatabase(articles, rebuild);
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0 } });
  const count = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const f = (n: number, digits = 2) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const load = loadavg()[0]!;
  const lines = [
    `${count('articles').toLocaleString('en')} articles, ${count('coordinates').toLocaleString('en')} coordinates, ` +
      `${count('template_parameters').toLocaleString('en')} template parameters, ` +
      `${f(statSync(dbPath).size / 1e6, 1)} MB (${built}); load average ${f(load)} at the start`,
  ];
  try {
    const context: Context = { db, app, countries: inventCountries(), rand: random(7), runs };
    for (const section of SECTIONS) {
      lines.push('', `### ${section.title}`, '', '| case | p50 ms | p99 ms | max ms | runs | results (mean) |', '|---|---:|---:|---:|---:|---:|');
      for (const timing of await section.cases(context)) {
        lines.push(`| ${timing.name} | ${f(timing.p50)} | ${f(timing.p99)} | ${f(timing.max)} | ${timing.runs.toLocaleString('en')} | ${f(timing.results, 1)} |`);
      }
    }
  } finally {
    await app.close();
    db.$client.close();
  }
  lines.push('', `Load average ${f(loadavg()[0]!)} at the end.`);
  return lines.join('\n');
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3000' }, rebuild: { type: 'boolean', default: false } } });
  process.stdout.write(`${await benchMetadata({ articles: Number(values.articles), runs: Number(values.runs), rebuild: values.rebuild })}\n`);
}
