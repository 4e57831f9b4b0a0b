/**
 * Whether a database file may be served: it opens read-only, is in rollback-journal mode (a WAL
 * file would need writable -wal/-shm files), has exactly the migrations this code expects, and
 * passes `PRAGMA quick_check`. Run in a worker thread (check-worker.ts) for a file swapped in
 * while serving: quick_check reads the whole file, which takes seconds for a large one.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrationCount } from '../db/journal.js';

/** Which file a generation is: a renamed-over path gets a new inode. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

export const fileIdentity = (path: string): FileIdentity => {
  const { dev, ino, size, mtimeMs } = statSync(path);
  return { dev, ino, size, mtimeMs };
};

export const sameFile = (a: FileIdentity | null, b: FileIdentity | null): boolean =>
  a !== null && b !== null && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The import run that made the file (null for a database built before runs were recorded). */
export interface RunIdentity {
  run: number;
  contentHash: string;
}

export type CheckResult = { ok: true; generation: RunIdentity | null } | { ok: false; reason: string };

/** `quick: false` skips quick_check (start-up: the file the server was started on, opened at once). */
export function checkDatabase(path: string, { quick = true } = {}): CheckResult {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, reason: `cannot open it: ${(error as Error).message}` };
  }
  try {
    const mode = sqlite.pragma('journal_mode', { simple: true });
    if (mode === 'wal') return { ok: false, reason: 'it is in WAL mode; the importer leaves files in rollback-journal mode (journal_mode=DELETE)' };
    const migrations = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get()
      ? (sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number)
      : 0;
    const expected = migrationCount();
    if (migrations !== expected) return { ok: false, reason: `it has ${migrations} migrations applied, this server expects ${expected}` };
    const problems = quick ? (sqlite.pragma('quick_check(10)', { simple: false }) as { quick_check: string }[]) : [{ quick_check: 'ok' }];
    if (problems.length !== 1 || problems[0]!.quick_check !== 'ok') {
      return { ok: false, reason: `quick_check: ${problems.map((p) => p.quick_check).join('; ')}` };
    }
    const run = sqlite.prepare('SELECT id AS run, content_hash AS contentHash FROM import_runs WHERE id = (SELECT max(id) FROM import_runs)').get() as RunIdentity | undefined;
    return { ok: true, generation: run ?? null };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  } finally {
    sqlite.close();
  }
}
