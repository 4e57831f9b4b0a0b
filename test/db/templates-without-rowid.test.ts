/**
 * Migration 0025 on a database as it was before it (the corpus of the golden answers copied in):
 * templates, template_parameters and categories become WITHOUT ROWID with every row and index kept,
 * and every answer is byte for byte the golden one.
 */
import { join } from 'node:path';
import t from 'tap';
import { migrateDatabase } from '../../src/db/open.js';
import { appOverFile } from '../helpers/app.js';
import { differingFromGolden } from '../helpers/golden.js';
import { goldenCorpusBefore } from '../helpers/migrations.js';

const TABLES: Record<string, { indexes: string[] }> = {
  templates: { indexes: ['templates_name'] },
  template_parameters: { indexes: ['template_parameters_value', 'template_parameters_typed'] },
  categories: { indexes: ['categories_members'] },
};

t.test('migration 0025: templates, template parameters and categories WITHOUT ROWID; every row and golden answer unchanged', async (t) => {
  const { dir, db, sqlite } = goldenCorpusBefore(t, '0025_templates_categories_without_rowid');
  const definition = (name: string) => sqlite.prepare<[string], string>('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name);
  const rows = (table: string) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY article_id, position`).raw().all();
  const before: Record<string, unknown[]> = {};
  for (const table of Object.keys(TABLES)) {
    t.notMatch(definition(table), /WITHOUT ROWID/, `before: ${table} a rowid table`);
    t.ok(sqlite.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(`sqlite_autoindex_${table}_1`), `before: ${table}'s key an index beside it`);
    before[table] = rows(table);
    t.ok(before[table]!.length > 3, `${before[table]!.length} rows of ${table}`);
  }

  migrateDatabase(db);
  for (const [table, { indexes }] of Object.entries(TABLES)) {
    t.match(definition(table), /WITHOUT ROWID\s*$/, `${table} is WITHOUT ROWID`);
    t.notOk(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(`sqlite_autoindex_${table}_1`), `${table}: no index beside it for its key`);
    for (const index of indexes) t.ok(definition(index), `${index} made again`);
    t.same(rows(table), before[table], `${table}: every row as it was`);
  }
  t.match(definition('template_parameters_typed'), /WHERE sort_kind IS NOT NULL$/, 'the typed values index still partial');
  t.same(sqlite.pragma('foreign_key_check'), [], 'foreign keys hold');
  sqlite.close();

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `${compared} answers over the migrated database, byte for byte the golden ones`);
});
