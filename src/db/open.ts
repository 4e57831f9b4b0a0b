/**
 * Opening the database: pragmas, migrations, and the drizzle handle. Serving opens read-only;
 * only the importer (and start-up, for pending migrations) writes.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsFolder } from '../paths.js';
import { migrationCount } from './journal.js';
import * as schema from './schema.js';
import { registerCitationText } from './citation-text.js';
import { registerSectionText } from './section-text.js';

/** The page size of the databases written (SQLite's default is 4096). */
export const PAGE_SIZE = 8192;

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  readonly?: boolean;
  /** For a temporary file that is renamed into place on success: no journal, no fsync. */
  bulk?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // A new database's pages, and those of one an import compacts (src/importer/atomic.ts): a source's
  // row, a few KB, packs poorly into 4 KB pages (bench/results.md). An existing file keeps its pages until then.
  if (!options.readonly) sqlite.pragma(`page_size = ${PAGE_SIZE}`);
  if (options.readonly) {
    sqlite.pragma('query_only = ON');
  } else if (options.bulk) {
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('locking_mode = EXCLUSIVE');
  } else {
    sqlite.pragma('journal_mode = DELETE');
  }
  sqlite.pragma('foreign_keys = ON');
  // A larger page cache for the import: FTS5 segment merges and index pages stay in memory.
  // 64 MB imported as fast as 256 MB did (30,000 documents: 21.5 s either way) with 200 MB less RSS;
  // 16 MB keeps a wikitext import (two threads, one with the parser) under 300 MB: 200 MB of
  // wikitext peaked at 283 MB with 32 MB, 257 MB with 16 MB.
  // Serving keeps a small one (8 MB): the OS page cache holds the file anyway, and every page
  // cached here counts in the process's RSS (32 MB did not serve measurably faster).
  sqlite.pragma(`cache_size = ${options.bulk ? -16_000 : options.readonly ? -8_000 : -32_000}`);
  // An import's temporary tables and sorts (the run's pages, CREATE INDEX over millions of rows)
  // go to a temporary file, which the OS caches: in memory they would grow with the dump.
  sqlite.pragma(`temp_store = ${options.bulk ? 'FILE' : 'MEMORY'}`);
  // The section index's view and triggers read a section's text through it (migration 0020).
  registerSectionText(sqlite);
  // The citation index's view and triggers, and the queries, derive a template's text through it (migration 0026), and its authors (0027).
  registerCitationText(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

/** Whether migrations exist that the database has not applied (read from drizzle's journal). */
export function pendingMigrations(db: Db): boolean {
  const sqlite = db.$client;
  const table = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'`).get();
  if (!table) return true;
  const applied = (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
  return applied < migrationCount();
}
