/**
 * The citation index's view reads its authors through citation_authors() (migration 0027): FTS5's
 * own 'rebuild' and content 'integrity-check' work on it, as on the other indexes, and its authors
 * are the strings the json_each() subquery before it gave.
 */
import t from 'tap';
import type Database from 'better-sqlite3';
import { citationAuthors } from '../../src/db/citation-text.js';
import { migrateDatabase, openDatabase } from '../../src/db/open.js';
import { buildTestDatabase } from '../helpers/app.js';
import { goldenInputs } from '../helpers/golden.js';
import { goldenCorpusBefore } from '../helpers/migrations.js';

const FTS_TABLES = ['sections_fts', 'citations_fts', 'infobox_fts', 'titles_fts'];

/** FTS5's check of the index against its content (rank 1: every row read through the view and tokenized again). */
const checkContent = (sqlite: Database.Database, table: string) => sqlite.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`);
const rebuild = (sqlite: Database.Database, table: string) => sqlite.exec(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`);

t.test('citation_authors(): the names joined by "; ", null for none', async (t) => {
  t.equal(citationAuthors('["Ann Lee","Bo Li"]'), 'Ann Lee; Bo Li');
  t.equal(citationAuthors('[]'), null);
  t.equal(citationAuthors('["Ann Lee",null]'), 'Ann Lee', 'a null is left out, as group_concat() leaves it');
  t.throws(() => citationAuthors('[{"family":"Lee"}]'), TypeError, 'not a name: refused rather than indexed as something else');
});

t.test('a fresh import: every index checks against its content and rebuilds to the same answers', async (t) => {
  const sqlite = openDatabase(buildTestDatabase(t, goldenInputs)).$client;
  t.teardown(() => sqlite.close());
  const differing = sqlite
    .prepare("SELECT count(*) FROM citations WHERE citation_authors(authors) IS NOT (SELECT group_concat(value, '; ') FROM json_each(authors))")
    .pluck()
    .get();
  t.equal(differing, 0, 'the same authors as the json_each() subquery');
  t.ok((sqlite.prepare("SELECT count(*) FROM citations WHERE authors <> '[]'").pluck().get() as number) > 0, 'the corpus has citations with authors');
  const hits = sqlite.prepare<[string], number>('SELECT rowid FROM citations_fts WHERE citations_fts MATCH ? ORDER BY rowid').pluck();
  const word = sqlite.prepare<[], string>("SELECT value FROM citations c, json_each(c.authors) LIMIT 1").pluck().get()!.split(' ')[0]!;
  const before = hits.all(`authors : "${word}"`);
  t.ok(before.length > 0, `"${word}" is found among authors`);
  for (const table of FTS_TABLES) {
    t.doesNotThrow(() => checkContent(sqlite, table), `${table}: its index is its content's`);
    t.doesNotThrow(() => rebuild(sqlite, table), `${table}: rebuilds`);
    t.doesNotThrow(() => checkContent(sqlite, table), `${table}: checks again after the rebuild`);
  }
  t.same(hits.all(`authors : "${word}"`), before, 'the same citations found after the rebuild');
});

t.test('migration 0027: an index that could not be rebuilt can be', async (t) => {
  const { db, sqlite } = goldenCorpusBefore(t, '0027_citation_authors_function');
  t.throws(() => rebuild(sqlite, 'citations_fts'), /json_each/, 'before: the rebuild fails');
  migrateDatabase(db);
  t.doesNotThrow(() => checkContent(sqlite, 'citations_fts'), 'after: the index is its content\'s');
  t.doesNotThrow(() => rebuild(sqlite, 'citations_fts'), 'after: it rebuilds');
});
