/**
 * Typed template parameters in the database (migration 0015): a range of typed values is read
 * from the partial index `template_parameters_typed` in value order — the row value seeks the
 * keyset position, so no sort, no scan, and a deep page costs what the first does.
 */
import { join } from 'node:path';
import t from 'tap';
import { openDatabase } from '../../src/db/open.js';
import { createTemplateQueries, USERS_BY_VALUE_SQL } from '../../src/db/queries/templates.js';
import { buildTestDatabase } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';

const settlements = join(fixturesDir, 'wikitext', 'templates', 'settlements.xml');

t.test('a range of typed values reads the partial index in value order, the page driving the joins', async (t) => {
  const db = openDatabase(buildTestDatabase(t, [settlements]), { readonly: true });
  t.teardown(() => db.$client.close());
  const args = { key: 'Infobox settlement', param: 'population_total', kind: 'number', max: 1e7, afterValue: 100000, afterId: -1, afterPosition: -1, limit: 20 };
  const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${USERS_BY_VALUE_SQL}`).all(args) as { detail: string }[]).map((row) => row.detail).join('\n');
  t.match(plan, /SEARCH template_parameters USING INDEX template_parameters_typed \(template_key=\? AND name=\? AND sort_kind=\? AND \(sort_value,article_id,position\)>\(\?,\?,\?\)( AND sort_value<\?)?\)/, 'the row value seeks');
  t.match(plan, /SEARCH t USING INDEX sqlite_autoindex_templates_1 \(article_id=\? AND position=\?\)|SEARCH t USING PRIMARY KEY/);
  t.notMatch(plan, /TEMP B-TREE|SCAN template_parameters|AUTOMATIC/, 'no sort, no scan');
  const queries = createTemplateQueries(db);
  const rows = queries.usersByValue('Infobox settlement', 'population_total', { kind: 'number', max: 3e6, after: [100000, -1, -1] }, 20);
  t.same(rows.map((row) => [row.title, row.sortValue]), [['Norrvik', 150000], ['Sudholm', 1200000], ['Fjordby', 2731571]]);
  const next = queries.usersByValue('Infobox settlement', 'population_total', { kind: 'number', max: 3e6, after: [150000, rows[0]!.articleId, rows[0]!.parameterPosition] }, 20);
  t.same(next.map((row) => row.title), ['Sudholm', 'Fjordby'], 'after the keyset position');
  t.same(queries.valueKind('Infobox settlement', 'founded', 'number'), { has: false, other: 'date' });
  t.same(queries.valueKind('Infobox settlement', 'area_total', 'm2'), { has: true, other: null });
});
