/**
 * Redirect queries: every redirect title with its target article, in keyset order of the
 * normalised title (`from_key`), and one redirect by any spelling of its title.
 */
import { normalizeTitle } from '../../document/titles.js';
import type { Db } from '../open.js';
import type { articles, redirects } from '../schema.js';
import { LIMIT } from './limit.js';

type Redirected = typeof redirects.$inferSelect;

/** A redirect: its title (`from`), the title of its article (`to`) and the fragment it points at. */
export type RedirectRow = Pick<Redirected, 'fromKey' | 'fragment'> & { from: Redirected['fromTitle']; to: (typeof articles.$inferSelect)['title'] };

export function createRedirectQueries(db: Db) {
  const sqlite = db.$client;
  const list = sqlite.prepare<{ after: string; limit: number }, RedirectRow>(
    `SELECT r.from_key AS fromKey, r.from_title AS "from", a.title AS "to", r.fragment
     FROM redirects r JOIN articles a ON a.id = r.article_id
     WHERE r.from_key > @after ORDER BY r.from_key ${LIMIT}`,
  );
  const byKey = sqlite.prepare<[string], RedirectRow>(
    `SELECT r.from_key AS fromKey, r.from_title AS "from", a.title AS "to", r.fragment
     FROM redirects r JOIN articles a ON a.id = r.article_id WHERE r.from_key = ?`,
  );
  const articleByKey = sqlite.prepare<[string], { title: string }>('SELECT title FROM articles WHERE title_key = ?');

  return {
    /** Up to `limit + 1` redirects after the key `after` ('' for the first page). */
    list(after: string, limit: number): RedirectRow[] {
      return list.all({ after, limit: limit + 1 });
    },

    /** The redirect of any spelling of a title, or null. */
    get(title: string): RedirectRow | null {
      const key = normalizeTitle(title);
      return key === '' ? null : (byKey.get(key) ?? null);
    },

    /** The article of that title, when a title asked for as a redirect is an article itself. */
    article(title: string): string | null {
      const key = normalizeTitle(title);
      return key === '' ? null : (articleByKey.get(key)?.title ?? null);
    },
  };
}

export type RedirectQueries = ReturnType<typeof createRedirectQueries>;
