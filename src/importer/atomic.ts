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
  if (existsSync(dbPath)) copyFileSync(dbPath, temp);
  const db = openDatabase(temp, { bulk: true });
  try {
    const result = build(db);
    // Rollback-journal mode, so that servers can open the file read-only without -wal/-shm files.
    db.$client.pragma('journal_mode = DELETE');
    const compacted = compactIfSparse(db, `${temp}.compact`);
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
 * The file replicas get holds few free pages: when more than an eighth of its pages are free
 * (rows deleted by replacing runs, which later inserts did not reuse), it is written again,
 * compact, by `VACUUM INTO` (the copy's path returned, else null). A fresh import has almost none
 * free, and rewriting it would gain less than it costs (bench/results.md, "The artifact's size");
 * the page size stays SQLite's 4096 and auto_vacuum off for the same reason.
 */
const SPARSE_FRACTION = 1 / 8;

function compactIfSparse(db: Db, path: string): string | null {
  const sqlite = db.$client;
  const free = sqlite.pragma('freelist_count', { simple: true }) as number;
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  if (free <= pages * SPARSE_FRACTION) return null;
  rmSync(path, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(path);
  return path;
}
