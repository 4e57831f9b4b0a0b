/**
 * An article's metadata in the database (migrations 0009 and 0010): the coordinates' R*Tree kept
 * in step with the coordinates table through an import, a re-import that replaces the article and
 * a deletion; and a database imported before 0009, which start-up migrates and which still answers,
 * its new fields null or empty.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import type { Article } from '../../src/api/wire/articles.js';
import { migrateDatabase, openDatabase, pendingMigrations } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { buildTestDatabase } from '../helpers/app.js';
import { partsAsBefore0013, undoMigration0013 } from '../helpers/before-0013.js';
import { undoMigration0016, undoMigration0020, undoMigration0021, undoMigration0022, undoMigration0026 } from '../helpers/migrations.js';
import { fixturesDir } from '../helpers/expected.js';

const exportFile = join(fixturesDir, 'wikitext', 'metadata', 'article.xml');

/** The coordinates of the R*Tree's boxes inside a bounding box, with the titles of their articles. */
function placesWithin(dbPath: string, [south, north, west, east]: number[]) {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const sqlite = db.$client;
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const found = sqlite
      .prepare(
        `SELECT a.title, c.lat, c.lon FROM coordinates_rtree r JOIN coordinates c ON c.rowid = r.id JOIN articles a ON a.id = c.article_id
         WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ? ORDER BY c.lat, c.lon`,
      )
      .all(south, north, west, east);
    return { found, boxes: count('coordinates_rtree'), rows: count('coordinates') };
  } finally {
    db.$client.close();
  }
}

t.test('the R*Tree holds every coordinate, through an import, a replacement and a deletion', async (t) => {
  const dbPath = buildTestDatabase(t, [exportFile]);
  const near = [59, 62, 0, 10];
  t.same(placesWithin(dbPath, near), {
    found: [
      { title: 'Jon Berg', lat: 60.5, lon: 5.25 },
      { title: 'Jon Berg', lat: 61, lon: 5 },
    ],
    boxes: 3,
    rows: 3,
  });

  const moved = join(t.testdir(), 'moved.xml');
  writeFileSync(moved, readFileSync(exportFile, 'utf8').replace('{{coord|61.0|5.0}}', '{{coord|59.5|9.5}}'));
  importDocuments({ dbPath, inputs: [moved] });
  t.same(placesWithin(dbPath, near).found, [
    { title: 'Jon Berg', lat: 59.5, lon: 9.5 },
    { title: 'Jon Berg', lat: 60.5, lon: 5.25 },
  ], 'the replaced article\'s old place is gone from the index');

  const db = openDatabase(dbPath);
  db.$client.prepare('DELETE FROM coordinates WHERE article_id = (SELECT id FROM articles WHERE title = ?)').run('Jon Berg');
  db.$client.close();
  t.same(placesWithin(dbPath, near), { found: [], boxes: 0, rows: 0 });
});

/** Turns an imported database back into one of migration 0008: the tables, columns and migrations of 0009 and after gone, the parser versions of then. */
function asBefore0009(dbPath: string): void {
  const db = openDatabase(dbPath);
  const sqlite = db.$client;
  sqlite.exec(`DROP TRIGGER coordinates_rtree_insert; DROP TRIGGER coordinates_rtree_delete; DROP TABLE coordinates_rtree;
    DROP TABLE coordinates; DROP TABLE templates; DROP TABLE template_parameters; DROP TABLE template_counts;`);
  for (const column of [
    'revision_parent_id', 'revision_contributor_name', 'revision_contributor_ip', 'revision_comment', 'revision_minor', 'revision_size',
    'description', 'image_file', 'image_caption', 'image_alt', 'image_href', 'more_infoboxes',
  ]) {
    sqlite.exec(`ALTER TABLE articles DROP COLUMN ${column}`);
  }
  const parts = partsAsBefore0013(sqlite);
  undoMigration0026(sqlite);
  undoMigration0022(sqlite);
  undoMigration0021(sqlite);
  undoMigration0020(sqlite);
  sqlite.exec('DROP INDEX citations_source_key; ALTER TABLE citations DROP COLUMN source_key'); // 0014
  undoMigration0013(sqlite, parts);
  sqlite.exec('ALTER TABLE infobox_fields DROP COLUMN value'); // 0015
  undoMigration0016(sqlite);
  sqlite.exec("ALTER TABLE sources ADD COLUMN key TEXT NOT NULL DEFAULT ''; CREATE UNIQUE INDEX sources_key ON sources (key, id)"); // 0017
  sqlite.exec('ALTER TABLE changes DROP COLUMN former_target'); // 0018
  // The parser version of the code that wrote it (the versions moved on with 0009).
  sqlite.exec('UPDATE articles SET parser_version = parser_version - 1');
  // 0009 and the migrations after it (0010 the R*Tree, 0011 template parameters, 0012 their counts, 0013 text stored once, 0014 citation keys, 0015 typed values, 0016 links interned, 0017 sources without a key, 0018 a redirect's former target, 0019 citation_uses WITHOUT ROWID, 0020 section bodies, 0021 blocks WITHOUT ROWID, 0022 sources read from a citation, and on to 0026 citations' texts derived) were not run.
  sqlite.exec("DELETE FROM __drizzle_migrations WHERE created_at >= (SELECT created_at FROM __drizzle_migrations ORDER BY created_at LIMIT 1 OFFSET 9)");
  sqlite.close();
}

t.test('a database imported before 0009: migrated on open, it answers with nulls and empty lists', async (t) => {
  const dbPath = buildTestDatabase(t, [exportFile]);
  asBefore0009(dbPath);
  const old = openDatabase(dbPath);
  t.ok(pendingMigrations(old), 'the server sees pending migrations');
  migrateDatabase(old); // what start-up does (src/server.ts)
  t.notOk(pendingMigrations(old));
  old.$client.close();

  const copy = join(t.testdir(), 'migrated.db');
  copyFileSync(dbPath, copy);
  const db = openDatabase(copy, { readonly: true });
  const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0, SITE_LICENSE_ID: 'CC-BY-SA-4.0' } });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const response = await app.inject('/v1/articles/Jon_Berg');
  t.equal(response.statusCode, 200);
  const berg = response.json() as Article;
  t.same(
    [berg.description, berg.image, berg.templates, berg.coordinates],
    [null, null, [], []],
    'what was not stored is null or empty',
  );
  t.same(berg.infoboxes, [berg.infobox], 'the one infobox it stored');
  t.same(berg.revision, { id: 42, timestamp: '2024-05-01T12:00:00Z', sha1: 'abc', parentId: null, contributor: null, comment: null, minor: null, size: null });
  t.same(berg.license, { id: 'CC-BY-SA-4.0', url: null }, 'the licence is configuration, not data');
  t.equal((await app.inject('/v1/articles/Jon_Berg/cite')).statusCode, 200);

  t.same(importDocuments({ dbPath, inputs: [exportFile] }).imported.map(({ title }) => title), ['Jon Berg', 'Anon Page'], 're-imported from the same export');
  const refreshed = openDatabase(dbPath, { readonly: true });
  t.teardown(() => refreshed.$client.close());
  const row = refreshed.$client.prepare(`SELECT description, revision_size FROM articles WHERE title = 'Jon Berg'`).get() as { description: string; revision_size: number };
  t.equal(row.description, 'Invented mayor of Fjordby', 'the parser versions moved on: a re-import stores the metadata');
});
