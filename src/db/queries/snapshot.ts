/**
 * The snapshot's queries (src/api/snapshot.ts): the ids of every article in title order, the ids of
 * those whose answer changed with a set of titles, and what the feed says changed after a seq.
 * Ids come from an iterator, one row at a time: the statement stays open while the answer streams,
 * so the whole answer is read in one read transaction and no list of the corpus is ever held.
 */
import type { Db } from '../open.js';
import type { changes } from '../schema.js';

/** What the feed says of one title after a seq. */
export type ChangedTitleRow = Pick<typeof changes.$inferSelect, 'type' | 'title' | 'formerTarget'>;

export function createSnapshotQueries(db: Db) {
  const sqlite = db.$client;
  const all = sqlite.prepare<[], number>('SELECT id FROM articles ORDER BY title_key').pluck();
  // `own`: the keys of titles whose content changed, or that a redirect added since makes lead
  // somewhere (its target's `redirects` changed), or of the article a redirect led to before it
  // was removed or pointed elsewhere (its `redirects` changed too); `presence`: the keys of titles
  // that appeared or disappeared, as articles or redirects (the `exists` of every link to them changed).
  const changed = sqlite
    .prepare<{ own: string; presence: string }, number>(
      `SELECT a.id FROM articles a
        WHERE a.title_key IN (SELECT value FROM json_each(@own))
           OR a.id IN (SELECT r.article_id FROM redirects r WHERE r.from_key IN (SELECT value FROM json_each(@own)))
           OR a.id IN (SELECT l.article_id FROM link_targets t JOIN links l ON l.target_id = t.id WHERE t.key IN (SELECT value FROM json_each(@presence)))
        ORDER BY a.title_key`,
    )
    .pluck();
  const after = sqlite.prepare<[number], ChangedTitleRow>('SELECT type, title, former_target AS formerTarget FROM changes WHERE seq > ? ORDER BY seq');
  const isArticle = sqlite.prepare<[string], number>('SELECT 1 FROM articles WHERE title_key = ?').pluck();

  return {
    /** Every article's id, in title order. */
    all: (): IterableIterator<number> => all.iterate(),
    /** The ids of the articles whose answer depends on the titles of these keys (see above), in title order. */
    changed: (own: string[], presence: string[]): IterableIterator<number> =>
      changed.iterate({ own: JSON.stringify(own), presence: JSON.stringify(presence) }),
    /** The changes after seq `seq`, oldest first. */
    changesAfter: (seq: number): ChangedTitleRow[] => after.all(seq),
    /** Whether an article has this title key. */
    isArticle: (key: string): boolean => isArticle.get(key) !== undefined,
  };
}

export type SnapshotQueries = ReturnType<typeof createSnapshotQueries>;
