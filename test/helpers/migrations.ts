/** Tests that build a database as it was before a migration: a copy of the migrations folder whose journal stops before it, and the rows of a fresh import copied in. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrationsFolder } from '../../src/paths.js';

/** Copies the migrations into `dir` with the journal cut before `tag`; `kept` is how many migrations it still lists. */
export function migrationsBefore(dir: string, tag: string): { folder: string; kept: number } {
  const folder = join(dir, 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const kept = journal.entries.findIndex((entry) => entry.tag === tag);
  if (kept < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, kept);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, kept };
}

/**
 * Copies the rows of the database at `freshPath` into the older schema open in `sqlite`, by the
 * older tables' own columns (later migrations added columns to the fresh file); the older
 * schema's triggers index them as they did. Full-text and R*Tree tables, and `skip`, are left out.
 */
export function copyRowsInto(sqlite: Database.Database, freshPath: string, skip: string[] = []): void {
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare('ATTACH DATABASE ? AS fresh').run(freshPath);
  const tables = sqlite
    .prepare<[], string>(
      `SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'
         AND name NOT LIKE 'coordinates_rtree%' AND name != '__drizzle_migrations'`,
    )
    .pluck()
    .all()
    .filter((table) => !skip.includes(table));
  for (const table of tables) {
    const columns = sqlite.prepare<[], string>(`SELECT name FROM pragma_table_info('${table}', 'main')`).pluck().all().map((c) => `"${c}"`).join(', ');
    sqlite.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM fresh."${table}"`);
  }
  sqlite.exec('DETACH DATABASE fresh');
  sqlite.pragma('foreign_keys = ON');
}
