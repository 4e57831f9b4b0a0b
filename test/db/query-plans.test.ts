/**
 * No query scans a whole table: every statement the API runs for a representative set of
 * requests is captured with its parameters and checked with EXPLAIN QUERY PLAN. A plan step
 * `SCAN <table>` without an index fails the test (ordered index scans stopped by LIMIT, and the
 * FTS5 virtual tables' own index, are fine).
 */
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { buildTestDatabase } from '../helpers/app.js';

const db = openDatabase(buildTestDatabase(t), { readonly: true });
const captured = new Map<string, unknown[]>();
const sqlite = db.$client;
const prepare = sqlite.prepare.bind(sqlite);
// Capture every statement with the parameters of its last run.
(sqlite as { prepare: typeof sqlite.prepare }).prepare = ((source: string) => {
  const statement = prepare(source);
  for (const method of ['all', 'get', 'run', 'iterate'] as const) {
    const original = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
    (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      captured.set(source, args);
      return original(...args);
    };
  }
  return statement;
}) as typeof sqlite.prepare;

const app = await buildApp({ db });
t.teardown(async () => {
  await app.close();
  sqlite.close();
});

const requests = [
  '/v1/articles',
  '/v1/articles?limit=2',
  '/v1/articles/October_Revolution',
  '/v1/articles/Russian_revolution_of_1917/source',
  '/v1/articles/October_Revolution/links',
  '/v1/articles/October_Revolution/backlinks',
  '/v1/articles/Valdora/backlinks?limit=1',
  '/v1/articles/Unknown_title_here',
  '/v1/citations',
  '/v1/citations?author=Prashad',
  '/v1/citations?title=red%20star&publisher=leftword',
  '/v1/citations?q=leninism',
  '/v1/citations?year=2017',
  '/v1/citations?yearFrom=1900&yearTo=1950',
  '/v1/citations?article=Valdora',
  '/v1/citations?article=Valdora&author=marsh',
  '/v1/sources',
  '/v1/sources/1',
  '/v1/redirects',
  '/v1/redirects/October_Revolution',
  '/v1/search?q=literacy',
  '/v1/search?q=literacy&in=sections',
  '/v1/search?q=alfabetizacion&in=citations',
  // Each scope with and without exclusions, scored and not (stop words only).
  '/v1/search?q=revolution+-valdora',
  '/v1/search?q=the+of',
  '/v1/search?q=the+-valdora',
  '/v1/search?q=revolution+-valdora&in=sections',
  '/v1/search?q=of+the&in=sections',
  '/v1/search?q=the+-valdora&in=sections',
  '/v1/search?q=valdora+-the&in=citations',
  '/v1/search?q=%22of+the%22&in=citations',
  '/v1/search?q=the+-valdora&in=citations',
  '/v1/titles?prefix=Vald',
  '/readyz',
  '/v1/changes',
  '/v1/changes?since=WzFd&limit=1',
];

t.test('every statement the API runs uses an index', async (t) => {
  for (const url of requests) {
    const response = await app.inject({ url });
    t.ok(response.statusCode < 500, `${url}: ${response.statusCode}`);
    // Give pagination a second page, so cursor statements run too.
    const next = response.headers.link?.toString().match(/<([^>]+)>; rel="next"/)?.[1];
    if (next) await app.inject({ url: next });
  }
  t.ok(captured.size >= 15, `${captured.size} distinct statements captured`);
  // Base tables: scans of CTEs, subqueries and FTS5 virtual tables are not table scans; nor is one of
  // sqlite_sequence, SQLite's own row a table with AUTOINCREMENT (it cannot be indexed, and stays tiny).
  const tables = new Set(
    prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name <> 'sqlite_sequence'").pluck().all() as string[],
  );
  for (const [source, params] of captured) {
    if (!/^\s*(SELECT|WITH)/i.test(source)) continue;
    const plan = prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[];
    const scans = plan
      .map((step) => step.detail)
      .filter((detail) => tables.has(/^SCAN (\w+)/.exec(detail)?.[1] ?? '') && !/USING (?:COVERING )?INDEX/.test(detail));
    t.same(scans, [], `${source.replace(/\s+/g, ' ').slice(0, 160)}\n  plan: ${plan.map((s) => s.detail).join(' | ')}`);
  }
});
