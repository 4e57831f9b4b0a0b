/**
 * The change feed of one database generation as the streams read it: where it starts and ends,
 * where a client's cursor puts it, and pages of changes already framed as events. A generation's
 * file never changes while it is served, so a page after a given seq is framed once and shared by
 * every stream at that position — after a swap, most clients are at the same one.
 */
import type { Db } from '../../db/open.js';
import { createChangeQueries } from '../../db/queries/changes.js';
import { changeItem } from '../changes.js';
import { decodeCursor } from '../pagination.js';
import { changeEvent } from './events.js';

/** Changes a stream reads and writes at once before it looks at its client's back-pressure. */
export const PAGE_SIZE = 500;
/** Pages kept framed: the positions streams are at, of which there are few. */
const PAGES_KEPT = 64;

export interface EventPage {
  /** The events, framed. */
  text: string;
  /** The seq of the last change in it. */
  last: number;
  count: number;
}

/** Where a stream starts: after seq `after`, unless that cursor's changes are pruned (`expired`). */
export interface Position {
  after: number;
  expired: boolean;
}

export function changeSource(db: Db) {
  const queries = createChangeQueries(db);
  const start = queries.start();
  const end = Math.max(start, queries.last());
  const pages = new Map<number, EventPage>();

  return {
    /** The seq the changes kept follow. */
    start,
    /** The seq of the last change: a stream without a cursor starts after it. */
    end,

    /** The position of a cursor (a 400 problem when malformed); the end of the feed without one. */
    position(cursor: string | undefined): Position {
      const decoded = decodeCursor(cursor, ['number']);
      const after = decoded === null ? end : (decoded[0] as number);
      return { after, expired: after < start };
    },

    /** Up to PAGE_SIZE changes after seq `after`, framed; none once the stream is at the end. */
    page(after: number): EventPage {
      const kept = pages.get(after);
      if (kept) return kept;
      const rows = queries.after(after, PAGE_SIZE);
      const page = { text: rows.map((row) => changeEvent(changeItem(row))).join(''), last: rows.at(-1)?.seq ?? after, count: rows.length };
      if (pages.size >= PAGES_KEPT) pages.delete(pages.keys().next().value!);
      pages.set(after, page);
      return page;
    },
  };
}

export type ChangeSource = ReturnType<typeof changeSource>;
