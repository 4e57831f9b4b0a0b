/**
 * Turns a database of the current schema back into one as migration 0012 left it, for tests that
 * fake an older database and migrate it again: parts as copies of their text ([kind, line, lead,
 * raw], no source column), the full-text indexes' views and rowid indexes gone (0013 makes them again).
 */
import type Database from 'better-sqlite3';
import { articleParts } from '../../src/db/source.js';

export function undoMigration0013(sqlite: Database.Database, items = partsAsBefore0013(sqlite)): void {
  const ids = sqlite.prepare<[], number>('SELECT article_id FROM parts ORDER BY article_id').pluck().all();
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec(`DROP TABLE parts; CREATE TABLE parts (
    article_id integer PRIMARY KEY NOT NULL, items text NOT NULL,
    FOREIGN KEY (article_id) REFERENCES articles(id) ON UPDATE no action ON DELETE cascade)`);
  const insert = sqlite.prepare('INSERT INTO parts (article_id, items) VALUES (?, ?)');
  ids.forEach((id) => insert.run(id, items.get(id)));
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec(`DROP VIEW sections_fts_source; DROP VIEW citations_fts_source; DROP VIEW infobox_fts_source;
    DROP INDEX sections_fts_rowid; DROP INDEX infobox_fts_rowid;`);
}

/** Each article's parts as migration 0012 stored them (JSON of [kind, line, lead, raw]), by article: read while the sections' bodies, the sources' dictionary, are there. */
export function partsAsBefore0013(sqlite: Database.Database): Map<number, string> {
  const ids = sqlite.prepare<[], number>('SELECT article_id FROM parts ORDER BY article_id').pluck().all();
  return new Map(ids.map((id) => [id, JSON.stringify(articleParts(sqlite, id).map(({ kind, line, lead, raw }) => [kind, line, lead, raw]))]));
}
