/** The change feed as /v1/changes answers it: where a cursor starts (410 once its changes are pruned) and a page of changes after it. */
import type { ChangeQueries, ChangeRow } from '../db/queries/changes.js';
import { decodeCursor, encodeCursor, type Paginate } from './pagination.js';
import type { Change } from './wire/changes.js';
import { articleHref } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';

/** A change row as the feed carries it (an item of /v1/changes, the data of a /v1/changes/stream event). */
export const changeItem = ({ seq, type, title, revision, etag, at }: ChangeRow): Change => ({
  seq,
  type,
  title,
  revision,
  etag: etag === null ? null : `"${etag}"`,
  at,
  href: articleHref(title),
});

/** The seq the query's `cursor` or `since` follows (the start of what is kept without either); 410 when the changes after it are no longer kept. */
export function changesAfter(queries: ChangeQueries, query: { cursor?: string; since?: string }): number {
  const start = queries.start();
  const [from] = decodeCursor(query.cursor ?? query.since, ['number']) ?? [start];
  const after = from as number;
  if (after < start) throw changesGone();
  return after;
}

/** The 410 of a cursor whose changes were pruned (the stream sends it as an `error` event). */
export const changesGone = () =>
  new HttpProblem(
    410,
    'Changes no longer kept',
    'The changes after this cursor are no longer kept (the feed keeps the last 100 import runs). ' +
      'Resync from /v1/articles, then follow /v1/changes without `since` from the start of what is kept.',
  );

/** A page of the changes after seq `after`, with the `since` to ask again from. */
export function changePage(queries: ChangeQueries, after: number, limit: number, paginate: Paginate) {
  const body = paginate(queries.after(after, limit + 1), limit, (row) => [row.seq], changeItem);
  const last = body.items.at(-1)?.seq ?? after;
  return { ...body, since: encodeCursor([last]) };
}
