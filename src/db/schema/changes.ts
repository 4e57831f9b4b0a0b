/**
 * The import runs and what each changed, in order: the change feed (/v1/changes).
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Import runs: each one is a generation of the database, which a server names in /readyz. Only
 * the last runs are kept (see src/importer/changes.ts), with their changes.
 */
export const importRuns = sqliteTable('import_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** When the run finished (ISO 8601). */
  at: text('at').notNull(),
  /** sha256 over every article's content hash and every redirect: equal for equal content. */
  contentHash: text('content_hash').notNull(),
  /** The first change seq this run could have written: a cursor before it is past the retention once the runs before are pruned. */
  firstSeq: integer('first_seq').notNull(),
  articles: integer('articles').notNull(),
});

export type ChangeType = 'created' | 'updated' | 'deleted' | 'redirect-added' | 'redirect-removed';

/** What each import run changed, in order: the change feed (/v1/changes). */
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => importRuns.id, { onDelete: 'cascade' }),
    type: text('type').$type<ChangeType>().notNull(),
    /** The article's title, or the redirect's own title. */
    title: text('title').notNull(),
    /** The source revision, for formats that have one (null for plain-text documents). */
    revision: integer('revision'),
    /** The article's content hash after the change (null when deleted or for a removed redirect). */
    etag: text('etag'),
    /**
     * For a redirect removed or pointed elsewhere, the title of the article it led to before: that
     * article's `redirects` changed, so a snapshot after this change re-sends it (null otherwise).
     */
    formerTarget: text('former_target'),
  },
  (t) => [index('changes_run').on(t.runId)],
);
