/**
 * The original document of an article, rendered from its stored parts (the lossless path).
 */
import { render } from '../document/render.js';
import type { Db } from './open.js';

export function articleSource(db: Db, articleId: number): string | null {
  const sqlite = db.$client;
  const article = sqlite.prepare<[number], { trailing: string }>('SELECT trailing FROM articles WHERE id = ?').get(articleId);
  if (!article) return null;
  const parts = sqlite
    .prepare<[number], { lead: string; raw: string }>('SELECT lead, raw FROM parts WHERE article_id = ? ORDER BY seq')
    .all(articleId);
  return render({ parts, trailing: article.trailing });
}
