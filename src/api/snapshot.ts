/**
 * The snapshot, shared by GET /v1/snapshot and `npm run export`: every article exactly as
 * GET /v1/articles/{title} gives it, one JSON line each in title order, then a closing line with
 * the change-feed cursor it stands at; or, after such a cursor, only the articles whose answer
 * changed since, and the titles deleted.
 *
 * Memory stays flat whatever the size of the corpus: an article is read, assembled and serialised
 * only when the reader of the stream asks for more (snapshotStream: `read()` stops as soon as
 * `push()` says the buffer is full, and a socket or file that is not drained stops calling it).
 * The ids come from one open statement, so the answer is one read transaction; and a generation's
 * file never changes while it is served (an import renames a new file into place, and
 * src/swap/switchboard.ts keeps the old one open until its requests have finished).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { normalizeTitle } from '../document/titles.js';
import type { Db } from '../db/open.js';
import { createArticleQueries } from '../db/queries/articles.js';
import { createChangeQueries } from '../db/queries/changes.js';
import { createSnapshotQueries } from '../db/queries/snapshot.js';
import { articleAnswer, wholeArticle } from './articles.js';
import { changesAfter } from './changes.js';
import { createArticleMetadata } from './metadata.js';
import { encodeCursor } from './pagination.js';
import { Article, type License } from './wire/articles.js';
import { articleRef } from './wire/links.js';
import type { SnapshotEnd } from './wire/snapshot.js';

/** One answer, decided before a byte is sent: its headers' values, and its lines, read when asked for. */
export interface SnapshotPlan {
  /** Strong: the generation's content hash, with what else the bytes depend on; null without a recorded generation. */
  etag: string | null;
  filename: string;
  lines(): Generator<string, void, undefined>;
}

/** How an answer ended, for the log: how many lines were read, and whether the closing line was. */
export interface SnapshotSent {
  lines: number;
  complete: boolean;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);

/**
 * The article's wire schema, hashed: a release that changes what an article line carries (a new
 * field) changes the tag of the same database, so no cache or mirror keeps the older lines by a 304.
 */
const WIRE_VERSION = `w${shortHash(JSON.stringify(Article))}`;

export function createSnapshot(db: Db, license: License | null) {
  const articles = createArticleQueries(db);
  const metadata = createArticleMetadata(db, license);
  const changes = createChangeQueries(db);
  const queries = createSnapshotQueries(db);
  // The file never changes under its generation: where it stands is read once.
  const generation = changes.generation();
  const current = changes.last();

  function* lines(ids: () => IterableIterator<number>, end: Omit<SnapshotEnd, 'type' | 'articles'>): Generator<string, void, undefined> {
    let count = 0;
    // Leaving the loop early (the reader went away) closes the statement, ending the read transaction.
    for (const id of ids()) {
      const article = wholeArticle(articles, metadata, id)!;
      yield `${JSON.stringify(articleAnswer(article, articleRef(article.title)))}\n`;
      count++;
    }
    const closing: SnapshotEnd = { type: 'end', articles: count, ...end };
    yield `${JSON.stringify(closing)}\n`;
  }

  /** The ETag: the generation's content hash (as /readyz names it) and the wire schema's, then the cursor and the licence when there are. */
  const etagOf = (after: number | null) =>
    generation && `"${[generation.contentHash, WIRE_VERSION, after === null ? '' : `s${after}`, license ? `l${shortHash(JSON.stringify(license))}` : ''].filter(Boolean).join('-')}"`;
  const filenameOf = (after: number | null) => `encyclopedia${generation ? `-${generation.run}` : ''}${after === null ? '' : `-since-${after}`}.ndjson`;

  return {
    /** The answer for `since` (the whole corpus without it); throws the 400 problem of a malformed cursor, the 410 of one whose changes are gone. */
    plan(since?: string): SnapshotPlan {
      if (since === undefined) {
        const next = encodeCursor([current]);
        return { etag: etagOf(null), filename: filenameOf(null), lines: () => lines(queries.all, { deleted: [], next }) };
      }
      const after = changesAfter(changes, { since });
      const own = new Set<string>();
      const presence = new Set<string>();
      const deleted = new Set<string>();
      for (const { type, title, formerTarget } of queries.changesAfter(after)) {
        const key = normalizeTitle(title);
        if (type === 'created' || type === 'updated' || type === 'redirect-added') own.add(key);
        // The article a redirect left: its `redirects` lost it.
        if (formerTarget !== null) own.add(normalizeTitle(formerTarget));
        if (type !== 'updated') presence.add(key);
        if (type === 'deleted') deleted.add(title);
      }
      const next = encodeCursor([Math.max(after, current)]);
      const gone = [...deleted].filter((title) => !queries.isArticle(normalizeTitle(title)));
      return {
        etag: etagOf(after),
        filename: filenameOf(after),
        lines: () => lines(() => queries.changed([...own], [...presence]), { deleted: gone, next }),
      };
    },
  };
}

export type Snapshot = ReturnType<typeof createSnapshot>;

/**
 * The lines as a byte stream with back-pressure down to the database: `read()` is called only while
 * the buffer is below its mark (a pipe calls it again on 'drain'), and reads lines until `push()`
 * says the buffer is full. `onClose` hears how it ended, once, whether read to the end or destroyed.
 */
export function snapshotStream(lines: Generator<string, void, undefined>, onClose?: (sent: SnapshotSent) => void): Readable {
  const sent: SnapshotSent = { lines: 0, complete: false };
  return new Readable({
    read() {
      try {
        for (;;) {
          const next = lines.next();
          if (next.done) {
            sent.complete = true;
            this.push(null);
            return;
          }
          sent.lines++;
          if (!this.push(next.value)) return;
        }
      } catch (error) {
        this.destroy(error as Error);
      }
    },
    destroy(error, callback) {
      lines.return();
      onClose?.(sent);
      callback(error);
    },
  });
}
