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
import type { ArticleQueries } from '../db/queries/articles.js';
import { reusedBody } from '../plugins/caching.js';
import { wholeArticle, type Loaded } from './articles.js';
import type { ArticleMetadataReader } from './metadata.js';

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

/**
 * A Map kept in least-recently-used order by second chance (the CLOCK policy): a hit only marks
 * its entry; eviction takes the oldest entry, and an entry marked since it was last moved goes
 * back to the end unmarked instead. A hit costs a Map lookup — moving the entry on every hit (a
 * delete and a set) was ~0.6 µs of a cached article request.
 */
export class RecencyMap<K, V> {
  private readonly entries = new Map<K, { value: V; used: boolean }>();

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = true;
    return entry.value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, used: false });
  }

  /** Removes the entry least recently used (by second chance) and returns its value. */
  evict(): V | undefined {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.used) return entry.value;
      entry.used = false;
      this.entries.set(key, entry);
    }
    return undefined;
  }
}

export function createArticleCache(queries: ArticleQueries, metadata: ArticleMetadataReader, { maxBytes = 24 * 1024 * 1024, maxArticles = 64 }: ArticleCacheOptions = {}) {
  const articles = new RecencyMap<number, Loaded>();
  const bodies = new RecencyMap<string, Body>();
  let bytes = 0;

  function article(id: number): Loaded | null {
    const cached = articles.get(id);
    if (cached) return cached;
    const found = wholeArticle(queries, metadata, id);
    if (!found) return null;
    articles.set(id, found);
    if (articles.size > maxArticles) articles.evict();
    return found;
  }

  return {
    article,
    /** A cached body by its name, if it is still kept. */
    cached(name: string): Body | null {
      return bodies.get(name) ?? null;
    },
    /** The serialised body of one representation of the article (and its name), computed once while it stays cached. */
    body(id: number, key: string, build: (article: Loaded) => unknown): { name: string; body: Body } | null {
      const name = `${id}:${key}`;
      const cached = bodies.get(name);
      if (cached) return { name, body: cached };
      const loaded = article(id);
      if (!loaded) return null;
      const json = Buffer.from(JSON.stringify(build(loaded)));
      const body = { bytes: reusedBody(json), etag: etagOf(json) };
      // A body larger than the whole budget is served, not kept.
      if (json.length > maxBytes) return { name, body };
      bodies.set(name, body);
      bytes += json.length;
      while (bytes > maxBytes) bytes -= bodies.evict()!.bytes.length;
      return { name, body };
    },
  };
}
