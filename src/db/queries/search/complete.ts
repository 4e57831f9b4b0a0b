/**
 * Title completion: titles and redirects whose whole title starts with the words typed (the last
 * one as a prefix), shortest first; then titles holding the words anywhere, shortest first. Case
 * and diacritics are ignored. FTS5 reads titles_fts in rowid order, and the rowid leads with the
 * title's length, so each query stops at the limit.
 */
import type { Db } from '../../open.js';
import { isRedirect } from './rowids.js';
import { guard, translatePrefix } from './syntax.js';

/** A completion: the title typed towards, whether it is a redirect, and the article it leads to. */
export interface CompletionRow {
  title: string;
  redirect: boolean;
  targetTitle: string;
}

/** The completions of createSearchQueries, with its statements. */
export function createCompletion(sqlite: Db['$client']) {
  const completion = sqlite.prepare<[string, number], { rid: number; title: string; articleId: number }>(
    'SELECT rowid AS rid, title, article_id AS articleId FROM titles_fts WHERE titles_fts MATCH ? ORDER BY rowid LIMIT ?',
  );
  const articleTitle = sqlite.prepare<[number], string>('SELECT title FROM articles WHERE id = ?').pluck();

  return function complete(prefix: string, limit: number): CompletionRow[] {
    const expressions = translatePrefix(prefix);
    if (!expressions) return [];
    return guard(() => {
      const rows = completion.all(expressions.whole, limit);
      if (rows.length < limit) {
        const seen = new Set(rows.map((row) => row.rid));
        for (const row of completion.all(expressions.words, limit + rows.length)) {
          if (rows.length >= limit) break;
          if (!seen.has(row.rid)) rows.push(row);
        }
      }
      return rows.map((row) => ({ title: row.title, redirect: isRedirect(row.rid), targetTitle: articleTitle.get(row.articleId)! }));
    });
  };
}
