/** A copy of the migrations folder whose journal stops before a migration, for tests that build a database as it was before it. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
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
