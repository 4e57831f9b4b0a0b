/**
 * Migration 0016 on a database as it was before it (migrations 0000–0015, the corpus of the golden
 * answers copied in, its links as they were stored then): every answer is byte for byte the golden
 * one, the links are interned and WITHOUT ROWID; a link kind the build does not know stops it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { LINK_KINDS } from '../../src/db/link-values.js';
import { migrateDatabase, openDatabase } from '../../src/db/open.js';
import { appOverFile, buildTestDatabase } from '../helpers/app.js';
import { goldenAnswers, goldenFile, goldenInputs } from '../helpers/golden.js';
import { copyFreshRows, databaseBefore, LINKS_BEFORE_0016, linksAsBefore0016 } from '../helpers/migrations.js';

const TAG = '0016_links_interned';
/** A database at the migration before 0016, empty. */
const oldDatabase = (dir: string) => databaseBefore(dir, TAG);

t.test('migration 0016: links interned, WITHOUT ROWID; every golden answer unchanged', async (t) => {
  const freshPath = buildTestDatabase(t, goldenInputs);
  const dir = t.testdir();
  const db = oldDatabase(dir);
  const sqlite = db.$client;
  t.ok(sqlite.prepare<[], string>(`SELECT name FROM pragma_table_info('links')`).pluck().all().includes('target_key'), 'before: links keep their target key');

  // The rows of a fresh import written into the old schema (its triggers index them as they did); links as 0000–0015 stored them.
  copyFreshRows(sqlite, freshPath);
  const fresh = openDatabase(freshPath, { readonly: true }).$client;
  const count = fresh.prepare('SELECT count(*) FROM links').pluck().get() as number;
  fresh.close();
  t.equal(sqlite.prepare('SELECT count(*) FROM links').pluck().get(), count, `${count} links in the old shape`);
  t.ok(sqlite.prepare(`SELECT 1 FROM links WHERE kind <> 'link'`).get(), 'some hatnotes');
  const before = sqlite.prepare(`SELECT ${LINKS_BEFORE_0016} FROM links ORDER BY 1, 2, 3`).raw().all();

  migrateDatabase(db);
  t.match(sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'links'`).pluck().get(), /WITHOUT ROWID\s*$/, 'links is WITHOUT ROWID');
  t.notOk(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_links_1'`).get(), 'no index beside it for its key');
  t.same(sqlite.prepare(`${linksAsBefore0016()} ORDER BY 1, 2, 3`).raw().all(), before, 'every link read back as it was');
  t.equal(
    sqlite.prepare('SELECT count(*) FROM link_targets').pluck().get(),
    sqlite.prepare('SELECT count(DISTINCT target_id) FROM links').pluck().get(),
    'each target key once',
  );
  t.equal(sqlite.prepare('SELECT count(*) FROM links l JOIN link_targets t ON t.id = l.target_id WHERE l.target = t.key').pluck().get(), 0, 'a target is written out only when it is not its key');
  sqlite.close();

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const answers = await goldenAnswers((url) => app.inject({ method: 'GET', url }));
  const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Record<string, string>;
  t.same(Object.keys(answers).sort(), Object.keys(golden).sort(), 'the same URLs are asked');
  const differing = Object.keys(golden).filter((url) => answers[url] !== golden[url]);
  t.same(differing, [], `${Object.keys(golden).length} answers over the migrated database, byte for byte the golden ones`);
});

t.test('migration 0016: every kind, and a target written otherwise than its key, read back as they were', async (t) => {
  const db = oldDatabase(t.testdir());
  const sqlite = db.$client;
  // Two articles, each required column a placeholder (unique by the id).
  const required = sqlite
    .prepare<[], { name: string; type: string }>(`SELECT name, type FROM pragma_table_info('articles') WHERE "notnull" AND dflt_value IS NULL AND NOT pk`)
    .all();
  for (const id of [1, 2]) {
    sqlite
      .prepare(`INSERT INTO articles (id, ${required.map(({ name }) => `"${name}"`).join(', ')}) VALUES (?, ${required.map(() => '?').join(', ')})`)
      .run(id, ...required.map(({ type }) => (/int/i.test(type) ? 0 : `a${id}`)));
  }
  const insert = sqlite.prepare(`INSERT INTO links (${LINKS_BEFORE_0016}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  LINK_KINDS.forEach((kind, position) => insert.run(1, 0, position, kind, 'October Revolution', 'October Revolution', 0));
  insert.run(1, 1, 0, 'link', 'october_Revolution', 'October Revolution', null);
  insert.run(2, 3, 0, 'main', 'Valdora', 'Valdora', 1);
  const before = sqlite.prepare(`SELECT ${LINKS_BEFORE_0016} FROM links ORDER BY 1, 2, 3`).raw().all();
  migrateDatabase(db);
  t.same(sqlite.prepare(`${linksAsBefore0016()} ORDER BY 1, 2, 3`).raw().all(), before, 'each link as it was');
  t.same(sqlite.prepare('SELECT key FROM link_targets ORDER BY id').pluck().all(), ['October Revolution', 'Valdora'], 'each key once');
  t.same(sqlite.prepare('SELECT target FROM links WHERE target IS NOT NULL').pluck().all(), ['october_Revolution'], 'only the target that is not its key written out');
  t.same(sqlite.prepare('SELECT kind FROM links WHERE part_seq = 0 ORDER BY position').pluck().all(), [0, 1, 2, 3, 4, 5], 'kinds as their index in LINK_KINDS');
  sqlite.close();
});

t.test('migration 0016 refuses a link kind it does not know rather than misread it', async (t) => {
  const db = oldDatabase(t.testdir());
  const sqlite = db.$client;
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare(`INSERT INTO links (article_id, part_seq, position, kind, target, target_key, section_idx) VALUES (1, 0, 0, 'disambiguation', 'X', 'X', 0)`).run();
  sqlite.pragma('foreign_keys = ON');
  const error = (() => {
    try {
      migrateDatabase(db);
    } catch (error) {
      return error as Error;
    }
  })();
  t.match(String(error?.cause), /NOT NULL constraint failed: __new_links\.kind/, 'the migration fails on it');
  t.ok(sqlite.prepare<[], string>(`SELECT name FROM pragma_table_info('links')`).pluck().all().includes('target_key'), 'the database is left as it was');
  sqlite.close();
});
