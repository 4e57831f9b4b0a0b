/**
 * The change stream's wire format: server-sent events (the WHATWG HTML `text/event-stream`), each
 * block of `field: value` lines ended by a blank line. A change is a default (`message`) event whose
 * `id` is its cursor, so a reconnecting EventSource sends it back as `Last-Event-ID`.
 */
import { encodeCursor } from '../pagination.js';
import type { Change } from '../wire/changes.js';
import type { Problem } from '../wire/problem.js';

export const EVENT_STREAM = 'text/event-stream; charset=utf-8';

/** The cursor of the position after seq `seq`: an event's `id`, and what /v1/changes takes as `since`. */
export const cursorAt = (seq: number): string => encodeCursor([seq]);

/** JSON never holds a raw line break, so one `data:` line carries it whole. */
const block = (fields: [string, string][]): string => `${fields.map(([field, value]) => `${field}: ${value}`).join('\n')}\n\n`;

/** A change, as its item of /v1/changes. */
export const changeEvent = (change: Change): string => block([['id', cursorAt(change.seq)], ['data', JSON.stringify(change)]]);

/**
 * The stream's first event: where it starts. Its `id` makes a client that reconnects before any
 * change arrived resume from there, not from the end of the feed then (an `id` alone, without
 * data, would do the same by the specification, but not every client library keeps it).
 */
export const startEvent = (after: number): string => {
  const since = cursorAt(after);
  return block([['event', 'start'], ['id', since], ['data', JSON.stringify({ since })]]);
};

/** The last event of a stream that cannot go on (its cursor's changes were pruned): problem details as data. */
export const errorEvent = (problem: Problem): string => block([['event', 'error'], ['data', JSON.stringify(problem)]]);

/** A comment line: ignored by clients, it keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT = ': heartbeat\n\n';
