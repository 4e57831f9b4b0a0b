/**
 * Migration 0023 on a database as it was before it (the corpus of the golden answers copied in):
 * the section and citation indexes have `text` as their first column, hold the same rows in less
 * space (each merged into one segment to compare them), pass FTS5's integrity-check, and every
 * answer is byte for byte the golden one.
 */
import { join } from 'node:path';
import t from 'tap';
import type Database from 'better-sqlite3';
import { migrateDatabase } from '../../src/db/open.js';
import { appOverFile } from '../helpers/app.js';
import { differingFromGolden } from '../helpers/golden.js';
import { goldenCorpusBefore } from '../helpers/migrations.js';

const INDEXES = ['sections_fts', 'citations_fts'];

const columnsOf = (sqlite: Database.Database, table: string) => sqlite.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table);

/** The bytes of an index's segments, merged into one first. */
function indexBytes(sqlite: Database.Database, table: string): number {
  sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
  return sqlite.prepare<[], number>(`SELECT sum(length(block)) FROM ${table}_data`).pluck().get() ?? 0;
}

t.test('migration 0023: text first in the section and citation indexes, smaller; every golden answer unchanged', async (t) => {
  const { dir, db, sqlite } = goldenCorpusBefore(t, '0023_fts_text_first');
  t.same(columnsOf(sqlite, 'sections_fts'), ['heading', 'text'], 'before: the heading first');
  t.same(columnsOf(sqlite, 'citations_fts'), ['authors', 'title', 'publisher', 'text'], 'before: the authors first');
  const rows = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}_docsize`).pluck().get() as number;
  const before = Object.fromEntries(INDEXES.map((table) => [table, { rows: rows(table), bytes: indexBytes(sqlite, table) }]));

  migrateDatabase(db);
  t.same(columnsOf(sqlite, 'sections_fts'), ['text', 'heading'], 'sections_fts: text first');
  t.same(columnsOf(sqlite, 'citations_fts'), ['text', 'authors', 'title', 'publisher'], 'citations_fts: text first');
  for (const table of INDEXES) {
    sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
    t.equal(rows(table), before[table]!.rows, `${table}: every row indexed (${rows(table)})`);
    const bytes = indexBytes(sqlite, table);
    t.ok(bytes < before[table]!.bytes * 0.9, `${table}: ${before[table]!.bytes} → ${bytes} bytes`);
  }
  sqlite.close();

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `${compared} answers over the migrated database, byte for byte the golden ones`);
});
