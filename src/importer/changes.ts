/**
 * What an import run changed, for the change feed (/v1/changes): the articles and redirects are
 * snapshotted (title keys, content hashes, redirect targets) when the run starts, and compared
 * with what is there when it ends. The run itself is recorded as the database's generation: its
 * id and a hash over the whole content, which a server reports in /readyz.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Writer } from '../db/write.js';

/** Import runs kept, with their changes; a cursor older than the oldest kept answers 410. */
export const RETAINED_RUNS = 100;

export interface RunRecord {
  id: number;
  contentHash: string;
  changes: number;
}

/** sha256 over every article (title key, content hash) and redirect (key, target key), in key order. */
export function databaseContentHash(sqlite: Database.Database): string {
  const hash = createHash('sha256');
  for (const row of sqlite.prepare('SELECT title_key, content_hash FROM articles ORDER BY title_key').raw().iterate() as Iterable<string[]>) {
    hash.update(`a\0${row[0]}\0${row[1]}\n`);
  }
  const redirects = sqlite.prepare('SELECT r.from_key, a.title_key FROM redirects r JOIN articles a ON a.id = r.article_id ORDER BY r.from_key');
  for (const row of redirects.raw().iterate() as Iterable<string[]>) hash.update(`r\0${row[0]}\0${row[1]}\n`);
  return hash.digest('hex');
}

/**
 * The change types, each found by one query comparing the snapshot with the tables, in feed order:
 * title, the article's source revision (wikitext; null for text documents, deletions and redirects), ETag,
 * and for a redirect removed or pointed elsewhere the title of the article it led to before (whose
 * `redirects` changed: the snapshot after a cursor re-sends it).
 */
const CHANGES: [type: string, select: string][] = [
  ['deleted', `SELECT b.title, NULL, NULL, NULL FROM temp.run_articles b WHERE b.title_key NOT IN (SELECT title_key FROM articles) ORDER BY b.title_key`],
  ['updated', `SELECT a.title, a.revision_id, a.content_hash, NULL FROM articles a JOIN temp.run_articles b ON b.title_key = a.title_key WHERE b.content_hash <> a.content_hash ORDER BY a.title_key`],
  ['created', `SELECT a.title, a.revision_id, a.content_hash, NULL FROM articles a WHERE a.title_key NOT IN (SELECT title_key FROM temp.run_articles) ORDER BY a.title_key`],
  ['redirect-removed', `SELECT b.from_title, NULL, NULL, b.target_title FROM temp.run_redirects b WHERE b.from_key NOT IN (SELECT from_key FROM redirects) ORDER BY b.from_key`],
  [
    'redirect-added',
    `SELECT r.from_title, NULL, a.content_hash, b.target_title FROM redirects r JOIN articles a ON a.id = r.article_id
       LEFT JOIN temp.run_redirects b ON b.from_key = r.from_key
      WHERE b.from_key IS NULL OR b.target_key <> a.title_key ORDER BY r.from_key`,
  ],
];

/** Snapshots the content as the run starts; `finish` (inside the run's transaction) records the run and its changes. */
export function startRun(sqlite: Database.Database, { retainedRuns = RETAINED_RUNS } = {}) {
  sqlite.exec(`
    CREATE TEMP TABLE run_articles (title_key TEXT PRIMARY KEY, title TEXT NOT NULL, content_hash TEXT NOT NULL) WITHOUT ROWID;
    INSERT INTO temp.run_articles SELECT title_key, title, content_hash FROM articles;
    CREATE TEMP TABLE run_redirects (from_key TEXT PRIMARY KEY, from_title TEXT NOT NULL, target_key TEXT NOT NULL, target_title TEXT NOT NULL) WITHOUT ROWID;
    INSERT INTO temp.run_redirects SELECT r.from_key, r.from_title, a.title_key, a.title FROM redirects r JOIN articles a ON a.id = r.article_id;`);

  return {
    /** With --sync: deletes the articles whose title the run does not contain. */
    deleteOthers(writer: Writer, keys: Set<string>): void {
      const rows = sqlite.prepare('SELECT id, title_key FROM articles').raw().all() as [number, string][];
      writer.deleteArticles(rows.filter(([, key]) => !keys.has(key)).map(([id]) => id));
    },

    finish(): RunRecord {
      const lastSeq = sqlite.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'changes'`).pluck().get() as number | undefined;
      const articles = sqlite.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      const contentHash = databaseContentHash(sqlite);
      const id = Number(
        sqlite
          .prepare('INSERT INTO import_runs (at, content_hash, first_seq, articles) VALUES (?, ?, ?, ?)')
          .run(new Date().toISOString(), contentHash, (lastSeq ?? 0) + 1, articles).lastInsertRowid,
      );
      let count = 0;
      for (const [type, select] of CHANGES) {
        count += sqlite.prepare(`INSERT INTO changes (run_id, type, title, revision, etag, former_target) SELECT ${id}, '${type}', * FROM (${select})`).run().changes;
      }
      // Older runs go with their changes (ON DELETE CASCADE).
      sqlite.prepare('DELETE FROM import_runs WHERE id <= ?').run(id - retainedRuns);
      sqlite.exec('DROP TABLE temp.run_articles; DROP TABLE temp.run_redirects');
      return { id, contentHash, changes: count };
    },
  };
}
