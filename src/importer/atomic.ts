/**
 * The import's atomic file: a run builds into a temporary copy of the database and renames it into place only when it succeeds.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openDatabase, type Db } from '../db/open.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of runs that were killed (their process is gone) are removed. */
function removeAbandonedTemporaries(dbPath: string): void {
  const prefix = `${basename(dbPath)}.importing-`;
  for (const name of readdirSync(dirname(dbPath))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (pid === process.pid || !Number.isInteger(pid) || !isAlive(pid)) rmSync(join(dirname(dbPath), name), { force: true });
  }
}

/**
 * `build` run on a temporary copy of the database at `dbPath` (opened for a bulk import), which
 * then replaces it. If `build` throws, the copy is removed: a failed or killed run leaves an
 * existing database byte-identical.
 */
export function buildAtomically<T>(dbPath: string, build: (db: Db) => T): T {
  const temp = `${dbPath}.importing-${process.pid}`;
  mkdirSync(dirname(dbPath), { recursive: true });
  removeAbandonedTemporaries(dbPath);
  const created = !existsSync(dbPath);
  if (!created) copyFileSync(dbPath, temp);
  const db = openDatabase(temp, { bulk: true });
  try {
    const result = build(db);
    // Rollback-journal mode, so that servers can open the file read-only without -wal/-shm files.
    db.$client.pragma('journal_mode = DELETE');
    const compacted = created || isSparse(db) ? compact(db, `${temp}.compact`) : null;
    db.$client.close();
    if (compacted) renameSync(compacted, temp);
    renameSync(temp, dbPath);
    return result;
  } catch (error) {
    if (db.$client.open) db.$client.close();
    rmSync(temp, { force: true });
    rmSync(`${temp}.compact`, { force: true });
    throw error;
  }
}

/**
 * The file replicas get is compact: a run that made a new database writes it again by `VACUUM
 * INTO` (which packs every b-tree's pages full, in seconds a GB; the import
 * leaves pages part empty where rows grow after they are written, as citations do when grouped,
 * and where a table's rows are not written in its key's order), and so does a run that leaves
 * more than an eighth of an existing one's pages free (rows deleted by replacing runs, which later
 * inserts did not reuse). A run that changes a few articles of a large database does not pay for a
 * rewrite. auto_vacuum stays off: the file is written once a run. Figures in bench/results.md.
 */
const SPARSE_FRACTION = 1 / 8;

function isSparse(db: Db): boolean {
  const sqlite = db.$client;
  const free = sqlite.pragma('freelist_count', { simple: true }) as number;
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  return free > pages * SPARSE_FRACTION;
}

/** The database written again, compact, at `path` (returned). */
function compact(db: Db, path: string): string {
  rmSync(path, { force: true });
  db.$client.prepare('VACUUM INTO ?').run(path);
  return path;
}
