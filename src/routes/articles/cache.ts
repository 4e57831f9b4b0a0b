/**
 * Assembled articles and the serialised bodies of their canonical representations, kept while
 * serving (the database does not change then).
 *
 * Bodies are what a request sends: the bytes (a Buffer, so they are not encoded again per
 * request) and a strong ETag over them, in an LRU bounded by bytes. Assembled articles are large
 * object graphs (several times the size of their JSON) needed only to build a representation that
 * is not cached yet, so only a few of them are kept. Both bounds keep the memory flat whatever
 * the size of the database.
 */
import { createHash } from 'node:crypto';
import type { ArticleQueries } from '../../db/queries/articles.js';
import { reusedBody } from '../../plugins/caching.js';

type Loaded = NonNullable<ReturnType<ArticleQueries['load']>>;

export interface Body {
  bytes: Buffer;
  etag: string;
}

export const etagOf = (body: string | Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`;

export interface ArticleCacheOptions {
  /** Bytes of serialised bodies kept (their compressed copies add about a third). */
  maxBytes?: number;
  /** Assembled articles kept. */
  maxArticles?: number;
}

/** A Map used as an LRU: insertion order is recency, so the first key is the least recently used. */
function touch<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

export function createArticleCache(queries: ArticleQueries, { maxBytes = 24 * 1024 * 1024, maxArticles = 64 }: ArticleCacheOptions = {}) {
  const articles = new Map<number, Loaded>();
  const bodies = new Map<string, Body>();
  let bytes = 0;

  function article(id: number): Loaded | null {
    let found = touch(articles, id);
    if (found) return found;
    found = queries.load(id) ?? undefined;
    if (!found) return null;
    articles.set(id, found);
    if (articles.size > maxArticles) articles.delete(articles.keys().next().value!);
    return found;
  }

  return {
    article,
    /** A cached body by its name, if it is still kept. */
    cached(name: string): Body | null {
      return touch(bodies, name) ?? null;
    },
    /** The serialised body of one representation of the article (and its name), computed once while it stays cached. */
    body(id: number, key: string, build: (article: Loaded) => unknown): { name: string; body: Body } | null {
      const name = `${id}:${key}`;
      const cached = touch(bodies, name);
      if (cached) return { name, body: cached };
      const loaded = article(id);
      if (!loaded) return null;
      const json = Buffer.from(JSON.stringify(build(loaded)));
      const body = { bytes: reusedBody(json), etag: etagOf(json) };
      // A body larger than the whole budget is served, not kept.
      if (json.length > maxBytes) return { name, body };
      bodies.set(name, body);
      bytes += json.length;
      while (bytes > maxBytes) {
        const [oldest, evicted] = bodies.entries().next().value!;
        bodies.delete(oldest);
        bytes -= evicted.bytes.length;
      }
      return { name, body };
    },
  };
}
