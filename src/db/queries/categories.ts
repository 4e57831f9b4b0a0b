/**
 * Category queries (wikitext articles): every category with its article count, in keyset order of
 * the normalised name, and a category's members by sort key.
 */
import { normalizeTitle } from '../../document/titles.js';
import type { Db } from '../open.js';
import type { articles, categories } from '../schema.js';
import { LIMIT } from './limit.js';

type Category = typeof categories.$inferSelect;

/** A category with the number of its articles. */
export type CategoryRow = Pick<Category, 'nameKey' | 'name'> & { articles: number };

/** A member of a category, with its article's title. */
export type MemberRow = Pick<Category, 'sortBy' | 'articleId' | 'sortKey'> & Pick<typeof articles.$inferSelect, 'title'>;

export function createCategoryQueries(db: Db) {
  const sqlite = db.$client;
  const list = sqlite.prepare<{ after: string; limit: number }, CategoryRow>(
    `SELECT name_key AS nameKey, min(name) AS name, count(DISTINCT article_id) AS articles
     FROM categories WHERE name_key > @after GROUP BY name_key ORDER BY name_key ${LIMIT}`,
  );
  const byKey = sqlite.prepare<[string], CategoryRow>(
    `SELECT name_key AS nameKey, min(name) AS name, count(DISTINCT article_id) AS articles
     FROM categories WHERE name_key = ? GROUP BY name_key`,
  );
  const members = sqlite.prepare<{ key: string; sortBy: string; articleId: number; limit: number }, MemberRow>(
    `SELECT c.sort_by AS sortBy, c.article_id AS articleId, a.title, c.sort_key AS sortKey
     FROM categories c JOIN articles a ON a.id = c.article_id
     WHERE c.name_key = @key AND (c.sort_by, c.article_id) > (@sortBy, @articleId)
     ORDER BY c.sort_by, c.article_id ${LIMIT}`,
  );

  return {
    /** Up to `limit + 1` categories after the key `after` ('' for the first page). */
    list(after: string, limit: number): CategoryRow[] {
      return list.all({ after, limit: limit + 1 });
    },
    get(name: string): CategoryRow | null {
      return byKey.get(normalizeTitle(name.replace(/^Category:/i, ''))) ?? null;
    },
    /** Up to `limit + 1` members after `(sortBy, articleId)`. */
    members(key: string, after: [string, number] | null, limit: number): MemberRow[] {
      const [sortBy, articleId] = after ?? ['', 0];
      return members.all({ key, sortBy, articleId, limit: limit + 1 });
    },
  };
}

export type CategoryQueries = ReturnType<typeof createCategoryQueries>;
