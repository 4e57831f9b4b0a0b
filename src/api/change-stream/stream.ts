/**
 * One client's change stream, over the HTTP response it was handed: its position in the feed, the
 * catch-up from there, and from then on the changes of each new generation, written page by page
 * as the client reads them (a client that reads slowly holds one page, not the feed).
 */
import type { ServerResponse } from 'node:http';
import type { Problem } from '../wire/problem.js';
import { errorEvent, HEARTBEAT } from './events.js';
import type { ChangeSource } from './source.js';

export interface StreamOptions {
  res: ServerResponse;
  /** The seq the stream has sent everything up to. */
  after: number;
  /** The generation served now: read again at each page, since a swap may replace it meanwhile. */
  source(): ChangeSource;
  /** The problem details of a cursor whose changes were pruned, for this request. */
  gone(): Problem;
}

/** Resolves once the client has taken what is buffered, or has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function openStream({ res, after, source, gone }: StreamOptions) {
  let position = after;
  let events = 0;
  let pumping = false;
  let again = false;
  const open = () => !res.destroyed && !res.writableEnded;

  /** Ends the stream with an `error` event: a swap pruned the changes after its position. */
  function expire() {
    res.end(errorEvent(gone()));
  }

  /**
   * Writes the changes after the position until there are no more. One pump at a time; a swap
   * while it runs makes it read once more when done, so no generation's changes are left unread.
   */
  async function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        while (open()) {
          const current = source();
          if (position < current.start) {
            expire();
            return;
          }
          const page = current.page(position);
          if (page.count === 0) break;
          position = page.last;
          events += page.count;
          if (!res.write(page.text)) await drained(res);
        }
      } while (again && open());
    } finally {
      pumping = false;
    }
  }

  return {
    pump,
    /** A comment, unless the client has not yet read what is buffered (it would only pile up). */
    heartbeat() {
      if (open() && !res.writableNeedDrain) res.write(HEARTBEAT);
    },
    /** Ends the stream (shutdown); a client that reads nothing is cut off, since it would never get the end. */
    end() {
      if (res.writableNeedDrain) res.destroy();
      else res.end();
    },
    get position() {
      return position;
    },
    get events() {
      return events;
    },
  };
}

export type ChangeStream = ReturnType<typeof openStream>;
