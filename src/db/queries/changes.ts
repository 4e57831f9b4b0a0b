/**
 * The change feed: what the import runs changed, in seq order, after a seq, and where it stands —
 * the last change written and the last run, which is the database's generation. Only the last runs
 * are kept (src/importer/changes.ts); `start` says where the changes kept begin.
 */
import type { Db } from '../open.js';
import type { changes, importRuns } from '../schema.js';
import { LIMIT } from './limit.js';

/** The generation a database file is: the import run that made it, and its content hash. */
export type GenerationRow = { run: (typeof importRuns.$inferSelect)['id'] } & Pick<typeof importRuns.$inferSelect, 'contentHash'>;

/** A change with the time of the run that made it. */
export type ChangeRow = Pick<typeof changes.$inferSelect, 'seq' | 'type' | 'title' | 'revision' | 'etag'> & Pick<typeof importRuns.$inferSelect, 'at'>;

export function createChangeQueries(db: Db) {
  const sqlite = db.$client;
  const after = sqlite.prepare<{ after: number; limit: number }, ChangeRow>(
    `SELECT c.seq, c.type, c.title, c.revision, c.etag, r.at FROM changes c JOIN import_runs r ON r.id = c.run_id
      WHERE c.seq > @after ORDER BY c.seq ${LIMIT}`,
  );
  const lastRun = sqlite.prepare<[], GenerationRow>('SELECT id AS run, content_hash AS contentHash FROM import_runs WHERE id = (SELECT max(id) FROM import_runs)');
  // The AUTOINCREMENT counter, not max(seq): it stays where it was when the runs that wrote the last changes are pruned.
  const lastSeq = sqlite.prepare<[], number>(`SELECT seq FROM sqlite_sequence WHERE name = 'changes'`).pluck();
  const oldestRun = sqlite.prepare<[], Pick<typeof importRuns.$inferSelect, 'id' | 'firstSeq'>>('SELECT id, first_seq AS firstSeq FROM import_runs WHERE id = (SELECT min(id) FROM import_runs)');

  return {
    /** Changes after seq `after`, `limit` of them. */
    after: (seq: number, limit: number): ChangeRow[] => after.all({ after: seq, limit }),
    /** The last run: the generation of the database (null for one made before runs were recorded). */
    generation: (): GenerationRow | null => lastRun.get() ?? null,
    /** The seq of the last change written (0 before any): the feed's present position. */
    last: (): number => lastSeq.get() ?? 0,
    /** The seq the changes kept follow: 0 until runs are pruned. */
    start(): number {
      const oldest = oldestRun.get();
      return oldest !== undefined && oldest.id > 1 ? oldest.firstSeq - 1 : 0;
    },
  };
}

export type ChangeQueries = ReturnType<typeof createChangeQueries>;
