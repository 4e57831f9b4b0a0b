/**
 * A change-stream client for the tests: the `eventsource` package's EventSource (the WHATWG client,
 * reconnecting with `Last-Event-ID` as browsers do), with what it received collected — the changes,
 * the `start` and `error` events, the connections it opened and, through its `fetch` option, the
 * bytes on the wire (where the heartbeat comments are, which no EventSource hands to a listener).
 */
import { EventSource, type FetchLike } from 'eventsource';
import type { components } from '../client/openapi.js';
import type { TestContext } from './app.js';

/** A change as the spec documents it (the generated client's type). */
export type StreamedChange = components['schemas']['Change'];

export interface Listener {
  source: EventSource;
  /** The changes received, in order, with their event ids. */
  changes: (StreamedChange & { id: string })[];
  /** The `since` of each `start` event: one a connection. */
  starts: string[];
  /** The data of the `error` events the server sent (problem details). */
  errors: Record<string, unknown>[];
  /** The status of each response, one a connection attempt. */
  statuses: number[];
  /** Every byte received, as text. */
  wire(): string;
  /** Resolves once `condition` holds, checked after everything received; rejects after `ms`. */
  until(condition: () => boolean, what: string, ms?: number): Promise<void>;
  close(): void;
}

export interface ListenOptions {
  /** The `Last-Event-ID` of the first connection (a client resuming from where it stored it). */
  lastEventId?: string;
}

export function listen(t: TestContext, url: string, { lastEventId }: ListenOptions = {}): Listener {
  const chunks: string[] = [];
  const waiters = new Set<() => void>();
  const check = () => {
    for (const waiter of waiters) waiter();
  };
  const decoder = new TextDecoder();
  let first = true;
  const statuses: number[] = [];

  const recordingFetch: FetchLike = async (input, init) => {
    const headers = { ...init.headers, ...(first && lastEventId ? { 'Last-Event-ID': lastEventId } : {}) };
    first = false;
    const response = await fetch(input, { ...init, headers });
    statuses.push(response.status);
    check();
    if (!response.body) return response;
    const tap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        chunks.push(decoder.decode(chunk, { stream: true }));
        controller.enqueue(chunk);
        queueMicrotask(check);
      },
    });
    return new Response(response.body.pipeThrough(tap), { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  const source = new EventSource(url, { fetch: recordingFetch });
  const listener: Listener = {
    source,
    changes: [],
    starts: [],
    errors: [],
    statuses,
    wire: () => chunks.join(''),
    until(condition, what, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const waiter = () => {
          if (!condition()) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${what}: not within ${ms} ms (${listener.changes.length} changes, statuses ${statuses.join(' ')}, wire ends ${JSON.stringify(listener.wire().slice(-300))})`));
        }, ms);
        waiters.add(waiter);
        waiter();
      });
    },
    close: () => source.close(),
  };
  source.addEventListener('message', (event) => {
    listener.changes.push({ ...(JSON.parse(event.data) as StreamedChange), id: event.lastEventId });
    check();
  });
  source.addEventListener('start', (event) => {
    listener.starts.push((JSON.parse(event.data) as { since: string }).since);
    check();
  });
  // The server's `error` events carry data; the client's own (a connection lost) do not.
  source.addEventListener('error', (event) => {
    if ('data' in event && typeof event.data === 'string') listener.errors.push(JSON.parse(event.data) as Record<string, unknown>);
    check();
  });
  t.teardown(() => source.close());
  return listener;
}
