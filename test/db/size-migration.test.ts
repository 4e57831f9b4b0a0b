/**
 * Migration 0013 on a database as it was before it (migrations 0000–0012, the corpus of the golden
 * answers copied in): every source and part comes back byte for byte from the source kept once; the
 * full-text indexes read their text from the tables (external content), FTS5's integrity-check
 * passes, and search finds, ranks and snippets exactly as before it and as over a fresh import.
 */
import t from 'tap';
import { migrateDatabase, openDatabase, type Db } from '../../src/db/open.js';
import { articleParts, articleSource } from '../../src/db/source.js';
import { buildTestDatabase } from '../helpers/app.js';
import { goldenInputs } from '../helpers/golden.js';
import { copyFreshRows, databaseBefore } from '../helpers/migrations.js';

const FTS = ['titles_fts', 'sections_fts', 'infobox_fts', 'citations_fts'];
/** Queries with the column each snippet (null: the best one) and highlight is of, by name: 0023 put `text` first. */
const QUERIES: [table: string, snippet: string | null, highlight: string, match: string][] = [
  ['sections_fts', 'text', 'text', 'revolution'],
  ['sections_fts', 'heading', 'heading', 'history OR economy'],
  ['sections_fts', 'text', 'text', 'plan*'],
  ['infobox_fts', null, 'label', 'capital OR party'],
  ['citations_fts', 'text', 'text', 'press OR moscow'],
  ['citations_fts', 'authors', 'authors', 'prashad'],
];

/** What search reads: every match with its bm25, its snippet and highlight. */
function searched(db: Db) {
  const columnOf = (table: string, name: string) =>
    db.$client.prepare<[string], string>(`SELECT name FROM pragma_table_info(?)`).pluck().all(table).indexOf(name);
  return QUERIES.map(([table, snippet, highlight, match]) =>
    db.$client
      .prepare(
        `SELECT rowid, bm25(${table}) AS score, snippet(${table}, ${snippet === null ? -1 : columnOf(table, snippet)}, '<b>', '</b>', '…', 12) AS snippet,
           highlight(${table}, ${columnOf(table, highlight)}, '[', ']') AS highlighted
         FROM ${table} WHERE ${table} MATCH ? ORDER BY rank, rowid`,
      )
      .all(match),
  );
}

t.test('migration 0013: the source kept once, parts as ranges, external-content full-text indexes; sources and search unchanged', async (t) => {
  const freshPath = buildTestDatabase(t, goldenInputs);
  const dir = t.testdir();
  const db = databaseBefore(dir, '0013_text_once');
  const sqlite = db.$client;
  t.ok(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sections_fts_content'`).get(), 'before: sections_fts keeps its own copy');

  // The rows of a fresh import, written into the old schema: its triggers index them as they did.
  const fresh = openDatabase(freshPath);
  t.teardown(() => fresh.$client.close());
  // The old schema's columns only: later migrations (0014, 0015) added columns to the fresh file.
  copyFreshRows(sqlite, freshPath, ['parts']);
  // Parts as they were stored before 0013: [kind, line, lead, raw] a part.
  const ids = fresh.$client.prepare<[], number>('SELECT id FROM articles ORDER BY id').pluck().all();
  const insertParts = sqlite.prepare('INSERT INTO parts (article_id, items) VALUES (?, ?)');
  sqlite.pragma('foreign_keys = OFF');
  for (const id of ids) insertParts.run(id, JSON.stringify(articleParts(fresh.$client, id).map(({ kind, line, lead, raw }) => [kind, line, lead, raw])));
  sqlite.pragma('foreign_keys = ON');

  const before = searched(db);
  t.ok(before.every((rows) => rows.length > 0), 'every query matches');
  migrateDatabase(db);
  t.ok(ids.length >= 20, `${ids.length} articles`);
  t.same(ids.map((id) => articleSource(db, id)), ids.map((id) => articleSource(fresh, id)), 'every source, byte for byte');
  t.same(ids.map((id) => articleParts(sqlite, id)), ids.map((id) => articleParts(fresh.$client, id)), 'every part: kind, line, lead and raw text');
  t.same(
    sqlite.prepare('SELECT DISTINCT typeof(source) FROM parts').pluck().all(),
    ['text'],
    'a migrated source is kept as it was (TEXT), read as it is',
  );
  t.same(fresh.$client.prepare('SELECT DISTINCT typeof(source) FROM parts').pluck().all(), ['blob'], 'an imported one is compressed (BLOB)');
  // The parts' JSON likewise: TEXT as migrated, a BLOB as imported; both read as the same parts above.
  t.same(sqlite.prepare('SELECT DISTINCT typeof(items) FROM parts').pluck().all(), ['text'], 'migrated parts are kept as they were (TEXT)');
  t.same(fresh.$client.prepare('SELECT DISTINCT typeof(items) FROM parts').pluck().all(), ['blob'], 'imported ones are compressed (BLOB)');
  for (const table of ['sections_fts', 'citations_fts', 'infobox_fts']) {
    t.notOk(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(`${table}_content`), `${table} keeps no copy of the text`);
  }
  for (const table of FTS) sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
  t.pass('integrity-check passes on every full-text index');

  t.same(searched(db), before, 'matches, bm25 scores, snippets and highlights as before the migration');
  t.same(searched(fresh), before, 'and as over a fresh import');
  sqlite.close();
});
