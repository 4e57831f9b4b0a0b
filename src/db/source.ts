/**
 * The original document of an article, rendered from its stored parts (the lossless path).
 */
import { render } from '../document/render.js';
import type { Db } from './open.js';
import type { StoredPart } from './schema.js';

export function articleSource(db: Db, articleId: number): string | null {
  const sqlite = db.$client;
  const article = sqlite.prepare<[number], { trailing: string }>('SELECT trailing FROM articles WHERE id = ?').get(articleId);
  if (!article) return null;
  const items = sqlite.prepare<[number], string>('SELECT items FROM parts WHERE article_id = ?').pluck().get(articleId);
  const parts = (JSON.parse(items ?? '[]') as StoredPart[]).map(([, , lead, raw]) => ({ lead, raw }));
  return render({ parts, trailing: article.trailing });
}
