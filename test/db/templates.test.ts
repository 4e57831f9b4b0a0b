/**
 * Template parameters in the database (migration 0011): `?param=&value=` is answered through the
 * `template_parameters_value` index, never a scan; a re-import replaces an article's parameters;
 * a page with thousands of parameters keeps a bounded number and says so.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { openDatabase } from '../../src/db/open.js';
import { createTemplateQueries, USERS_WITH_SQL } from '../../src/db/queries/templates.js';
import { importDocuments } from '../../src/importer/import.js';
import { MAX_TEMPLATE_PARAMETERS } from '../../src/formats/wikitext/metadata.js';
import { buildTestDatabase } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';

const countries = join(fixturesDir, 'wikitext', 'templates', 'countries.xml');

t.test('a value filter reads the index, in article id order, without sorting', async (t) => {
  const db = openDatabase(buildTestDatabase(t, [countries]), { readonly: true });
  t.teardown(() => db.$client.close());
  const plan = db.$client
    .prepare(
      `EXPLAIN QUERY PLAN SELECT DISTINCT article_id FROM template_parameters
       WHERE template_key = ? AND name = ? AND value_key = ? AND article_id > ? ORDER BY article_id LIMIT 21`,
    )
    .all('Infobox country', 'capital', 'fjordby', 0) as { detail: string }[];
  const details = plan.map((row) => row.detail).join('\n');
  t.match(details, /SEARCH template_parameters USING COVERING INDEX template_parameters_value \(template_key=\? AND name=\? AND value_key=\? AND article_id>\?\)/);
  t.notMatch(details, /TEMP B-TREE|SCAN/, 'no sort and no scan');
  const whole = (db.$client.prepare(`EXPLAIN QUERY PLAN ${USERS_WITH_SQL}`).all({ key: 'Infobox country', param: 'capital', value: 'fjordby', after: 0, limit: 20 }) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');
  // The template row by its article (the primary key of a WITHOUT ROWID table since 0025: an article's few templates) or by name.
  t.match(
    whole,
    /SCAN m\nSEARCH t USING (PRIMARY KEY \(article_id=\?\)|INDEX templates_name \(name_key=\? AND article_id=\?\))\nSEARCH a USING INTEGER PRIMARY KEY/,
    'the page of ids drives the joins',
  );
  t.notMatch(whole, /TEMP B-TREE|AUTOMATIC/, 'no sort, no automatic index over all the users');
  const queries = createTemplateQueries(db);
  t.same(queries.users('Infobox country', 0, 20, { param: 'capital', value: 'fjordby' }).map((row) => row.title), ['Fjordland', 'Norrmark', 'Sudholm', 'Estavia']);
});

const page = (id: number, title: string, text: string) => ({ id, title, revisions: [{ id: 100 + id, timestamp: '2024-05-01T10:00:00Z', text }] });

t.test('a re-import replaces the parameters; thousands of them are bounded with a warning', async (t) => {
  const dir = t.testdir();
  const dbPath = join(dir, 'db.sqlite');
  const file = join(dir, 'export.xml');
  const flags = (n: number, code: string) => Array.from({ length: n }, () => `{{flagicon|${code}}}`).join(' ');
  writeFileSync(file, exportXml('Example Wiki', [page(1, 'Flags', `Flags: ${flags(3, 'AAA')}.`)]));
  importDocuments({ dbPath, inputs: [file] });
  writeFileSync(file, exportXml('Example Wiki', [page(1, 'Flags', `Flags: ${flags(MAX_TEMPLATE_PARAMETERS + 500, 'BBB')}.`)]));
  const warnings = importDocuments({ dbPath, inputs: [file] }).messages.map((message) => message.message);
  const db = openDatabase(dbPath, { readonly: true });
  t.teardown(() => db.$client.close());
  const rows = db.$client.prepare('SELECT value, count(*) AS n FROM template_parameters GROUP BY value').all();
  t.same(rows, [{ value: 'BBB', n: MAX_TEMPLATE_PARAMETERS }], 'the old parameters gone, the new ones bounded');
  t.same(db.$client.prepare('SELECT name, articles FROM template_counts').all(), [{ name: 'Flagicon', articles: 1 }], 'counted again at the end of the run');
  t.ok(warnings.some((w) => /2,500 template parameters, of which the first 2,000 are kept/.test(w)), 'a warning says so');
});

t.test('the counts follow the runs: an article that stops using a template leaves its count', async (t) => {
  const dir = t.testdir();
  const dbPath = join(dir, 'db.sqlite');
  const file = join(dir, 'export.xml');
  writeFileSync(file, exportXml('Example Wiki', [page(1, 'One', '{{Stub}} {{Navbox}}'), page(2, 'Two', '{{stub}}')]));
  importDocuments({ dbPath, inputs: [file] });
  writeFileSync(file, exportXml('Example Wiki', [page(2, 'Two', '{{Navbox}} {{cite web|title=T}}')]));
  importDocuments({ dbPath, inputs: [file] });
  const db = openDatabase(dbPath, { readonly: true });
  t.teardown(() => db.$client.close());
  t.same(createTemplateQueries(db).list('', 20).map((row) => [row.name, row.articles, row.citation]), [['Cite web', 1, 1], ['Navbox', 2, 0], ['Stub', 1, 0]]);
});
