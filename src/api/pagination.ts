/**
 * One pagination contract for every list: `limit` and an opaque keyset `cursor`; the body carries
 * `nextCursor` and a ready `next` URL, and the reply a `Link: <…>; rel="next"` header.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_PAGE_LIMIT } from './wire/common.js';
import { HttpProblem } from './wire/problem.js';

/**
 * The page size a query asks for: its `limit`, else the schema's default. A REST query has the
 * default already (Fastify applies schema defaults as it validates); MCP arguments come as the
 * assistant sent them, so that the URLs a tool answers with name only what was asked.
 */
export const pageLimit = (query: { limit?: number | undefined }, byDefault = DEFAULT_PAGE_LIMIT): number => query.limit ?? byDefault;

/** Cursor payloads are JSON arrays of keyset values, base64url-encoded. */
export function encodeCursor(values: (string | number | { before: number })[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** A list cursor's last value: `{"before": N}`, the items before the page it opens. */
const positionOf = (value: unknown): number | null => {
  const before = (value as { before?: unknown } | null)?.before;
  return typeof value === 'object' && value !== null && Number.isSafeInteger(before) && (before as number) >= 0 ? (before as number) : null;
};

function cursorValues(cursor: string): unknown {
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The keyset values of a cursor of `shape`. A list page's cursor also ends with the number of
 * items before the page it opens (see cursorPosition); cursors without it stay valid.
 */
export function decodeCursor(cursor: string | undefined, shape: ('string' | 'number')[]): (string | number)[] | null {
  if (cursor === undefined || cursor === '') return null;
  const values = cursorValues(cursor);
  const valid =
    Array.isArray(values) &&
    (values.length === shape.length || (values.length === shape.length + 1 && positionOf(values[shape.length]) !== null)) &&
    shape.every((type, i) => (type === 'number' ? Number.isSafeInteger(values[i]) : typeof values[i] === 'string'));
  if (!valid) {
    throw new HttpProblem(400, 'Invalid cursor', 'The cursor is malformed; use `nextCursor` from a previous page.', [
      { in: 'query', name: 'cursor', reason: 'malformed cursor' },
    ]);
  }
  return (values as (string | number)[]).slice(0, shape.length);
}

/**
 * How many items come before the page a list cursor with `keys` keyset values opens: numbered
 * bibliographies (Vancouver) go on from it. 0 without a cursor or for one without a position.
 */
export function cursorPosition(cursor: string | undefined, keys: number): number {
  const values = cursor ? cursorValues(cursor) : undefined;
  return (Array.isArray(values) && values.length === keys + 1 && positionOf(values[keys])) || 0;
}

export interface PageResult<T> {
  items: T[];
  nextCursor: string | null;
  next: string | null;
}

/** Builds a page from `limit + 1` rows: `page` for a reply, `pageOf` for a URL. */
export type Paginate = <Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => (string | number)[], toItem: (row: Row) => Item) => PageResult<Item>;

/**
 * The page of `limit + 1` fetched rows answering `url` (a path and query): the items shown, and
 * the cursor and URL of the next page. Pure: the MCP tools page the same way without a reply.
 */
export function pageOf<Row, Item>(
  url: string,
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => (string | number)[],
  toItem: (row: Row) => Item,
): PageResult<Item> {
  const hasMore = rows.length > limit;
  const shown = hasMore ? rows.slice(0, limit) : rows;
  let nextCursor: string | null = null;
  let next: string | null = null;
  if (hasMore) {
    const parsed = new URL(url, 'http://localhost');
    const keys = keyOf(shown[shown.length - 1]!);
    const before = cursorPosition(parsed.searchParams.get('cursor') ?? undefined, keys.length);
    nextCursor = encodeCursor([...keys, { before: before + shown.length }]);
    parsed.searchParams.set('cursor', nextCursor);
    next = `${parsed.pathname}${parsed.search}`;
  }
  return { items: shown.map(toItem), nextCursor, next };
}

/** Builds the page body from `limit + 1` fetched rows and sets the Link header. */
export function page<Row, Item>(
  request: FastifyRequest,
  reply: FastifyReply,
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => (string | number)[],
  toItem: (row: Row) => Item,
): PageResult<Item> {
  const result = pageOf(request.url, rows, limit, keyOf, toItem);
  if (result.next !== null) reply.header('link', `<${result.next}>; rel="next"`);
  return result;
}
