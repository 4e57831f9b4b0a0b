/**
 * What links here: the articles with a link (an internal link or a hatnote) to an article, or to
 * a redirect to it, in keyset order of their normalised title.
 */
import type { Db } from '../open.js';
import type { articles } from '../schema.js';
import { LIMIT } from './limit.js';

export type BacklinkRow = Pick<typeof articles.$inferSelect, 'titleKey' | 'title'> & {
  /** The redirect title the link goes through; '' when it names the article. */
  via: string | null;
};

export function createBacklinkQueries(db: Db) {
  const sqlite = db.$client;
  // Each linking article once: through the article's own title if it links to it so, else
  // through the first redirect (by title key) it links through.
  const backlinks = sqlite.prepare<{ id: number; after: string; limit: number }, BacklinkRow>(
    `WITH names(key, via) AS (
       SELECT title_key, NULL FROM articles WHERE id = @id
       UNION ALL SELECT from_key, from_title FROM redirects WHERE article_id = @id
     )
     SELECT a.title_key AS titleKey, a.title, min(coalesce(n.via, '')) AS via
     FROM names n JOIN link_targets t ON t.key = n.key JOIN links l ON l.target_id = t.id JOIN articles a ON a.id = l.article_id
     WHERE a.title_key > @after AND a.id <> @id
     GROUP BY a.id ORDER BY a.title_key ${LIMIT}`,
  );
  return {
    /** Up to `limit + 1` articles linking to article `id`, after the title key `after`. */
    list(id: number, after: string, limit: number): BacklinkRow[] {
      return backlinks.all({ id, after, limit: limit + 1 });
    },
  };
}

export type BacklinkQueries = ReturnType<typeof createBacklinkQueries>;
