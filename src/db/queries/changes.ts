/**
 * The change feed: what the import runs changed, in seq order, after a seq. Only the last runs are
 * kept (src/importer/changes.ts); `expired` says whether changes after a seq were pruned.
 */
import type { Db } from '../open.js';
import type { changes, importRuns } from '../schema.js';
import { LIMIT } from './limit.js';

/** A change with the time of the run that made it. */
export type ChangeRow = Pick<typeof changes.$inferSelect, 'seq' | 'type' | 'title' | 'revision' | 'etag'> & Pick<typeof importRuns.$inferSelect, 'at'>;

export function createChangeQueries(db: Db) {
  const sqlite = db.$client;
  const after = sqlite.prepare<{ after: number; limit: number }, ChangeRow>(
    `SELECT c.seq, c.type, c.title, c.revision, c.etag, r.at FROM changes c JOIN import_runs r ON r.id = c.run_id
      WHERE c.seq > @after ORDER BY c.seq ${LIMIT}`,
  );
  const lastSeq = sqlite.prepare<[], number | null>('SELECT max(seq) FROM changes').pluck();
  const oldestRun = sqlite.prepare<[], Pick<typeof importRuns.$inferSelect, 'id' | 'firstSeq'>>('SELECT id, first_seq AS firstSeq FROM import_runs WHERE id = (SELECT min(id) FROM import_runs)');

  return {
    /** Changes after seq `after`, `limit` of them. */
    after: (seq: number, limit: number): ChangeRow[] => after.all({ after: seq, limit }),
    /** The seq the changes kept follow: 0 until runs are pruned. */
    start(): number {
      const oldest = oldestRun.get();
      return oldest !== undefined && oldest.id > 1 ? oldest.firstSeq - 1 : 0;
    },
    /** The seq of the last change: 0 when none is kept. */
    end: (): number => lastSeq.get() ?? 0,
  };
}

export type ChangeQueries = ReturnType<typeof createChangeQueries>;
