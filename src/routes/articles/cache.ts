/**
 * Assembled articles, kept per article id (the database does not change while serving), and the
 * serialised bodies of their canonical representations with a strong ETag over the bytes.
 */
import { createHash } from 'node:crypto';
import type { ArticleQueries } from '../../db/queries/articles.js';

type Loaded = NonNullable<ReturnType<ArticleQueries['load']>>;

export interface Body {
  json: string;
  etag: string;
}

export const etagOf = (json: string): string => `"${createHash('sha1').update(json).digest('base64url')}"`;

export function createArticleCache(queries: ArticleQueries, capacity = 2000) {
  const entries = new Map<number, { article: Loaded; bodies: Map<string, Body> }>();
  function entry(id: number) {
    let found = entries.get(id);
    if (found) {
      // Refresh recency: Map keeps insertion order, so the first key is the least recently used.
      entries.delete(id);
      entries.set(id, found);
      return found;
    }
    const article = queries.load(id);
    if (!article) return null;
    found = { article, bodies: new Map() };
    entries.set(id, found);
    if (entries.size > capacity) entries.delete(entries.keys().next().value!);
    return found;
  }
  return {
    article(id: number): Loaded | null {
      return entry(id)?.article ?? null;
    },
    /** The serialised body of one representation of the article, computed once. */
    body(id: number, key: string, build: (article: Loaded) => unknown): Body | null {
      const found = entry(id);
      if (!found) return null;
      let body = found.bodies.get(key);
      if (!body) {
        const json = JSON.stringify(build(found.article));
        body = { json, etag: etagOf(json) };
        found.bodies.set(key, body);
      }
      return body;
    },
  };
}
