/** The wire schemas of the change feed: a change, its page and query, and the answer when changes were pruned. */
import { Type, type Static } from 'typebox';
import { Page, PageQuery } from './common.js';

export const Change = Type.Object(
  {
    seq: Type.Integer({ minimum: 1, description: 'Position in the feed: increasing, never reused' }),
    // Each literal written out: TypeBox's Static of a mapped array of literals is `never`.
    type: Type.Union(
      [Type.Literal('created'), Type.Literal('updated'), Type.Literal('deleted'), Type.Literal('redirect-added'), Type.Literal('redirect-removed')],
      { description: 'What changed: an article created, updated (its content hash differs) or deleted (an import with `--sync`), or a redirect added (or retargeted) or removed' },
    ),
    title: Type.String({ description: 'The article title, or the redirect title', examples: ['Russian revolution of 1917'] }),
    revision: Type.Union([Type.Integer(), Type.Null()], { description: 'The source revision, where the source format has one (null for plain-text documents)' }),
    etag: Type.Union([Type.String(), Type.Null()], {
      description: "The article's content hash after the change, as the ETag of its `/source` (null for a deletion or a removed redirect)",
    }),
    at: Type.String({ format: 'date-time', description: 'When the import run that made the change finished' }),
    href: Type.String({ description: 'The article resource (a deleted one now answers 404; a redirect title, the target)', examples: ['/v1/articles/Russian_revolution_of_1917'] }),
  },
  { $id: 'Change', description: 'One change an import run made' },
);
export type Change = Static<typeof Change>;

export const ChangePage = Page(Type.Ref('Change'), 'A page of changes, oldest first', {
  since: Type.String({ description: 'The cursor to ask with next time (`?since=`): after the last change listed, or the one asked with when none' }),
});

export const ChangesQuery = Type.Object({
  since: Type.Optional(Type.String({ maxLength: 512, description: 'List the changes after this cursor (`since` of an earlier answer); from the oldest kept when absent' })),
  ...PageQuery,
});

export const gone = {
  410: {
    description: 'The changes after `since` are no longer kept (the feed keeps the last 100 import runs): resync from /v1/articles',
    content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
  },
};

export const ChangeStreamQuery = Type.Object({
  since: Type.Optional(Type.String({
    maxLength: 512,
    description: 'Start after this cursor (`since` of /v1/changes, or an event id); a `Last-Event-ID` header wins over it. Without either, the stream starts at the end of the feed',
  })),
});

export const ChangeStreamHeaders = Type.Object({
  'last-event-id': Type.Optional(Type.String({
    maxLength: 512,
    description: 'The id of the last event received: a reconnecting EventSource sends it, and the stream resumes right after that event',
  })),
});

const EXAMPLE_STREAM =
  'event: start\nid: WzBd\ndata: {"since":"WzBd"}\n\n' +
  'id: WzFd\ndata: {"seq":1,"type":"created","title":"Russian revolution of 1917","revision":null,' +
  '"etag":"\\"1b7cfb9ea2f86c4d463a9036c3f8b8e56ede1a37251dc00a71777ddc82e3fa86\\"","at":"2026-12-07T05:29:26.323Z","href":"/v1/articles/Russian_revolution_of_1917"}\n\n' +
  ': heartbeat\n\n';

/** The 200 of /v1/changes/stream: server-sent events, described field by field (OpenAPI 3.1 has no schema for an event stream). */
export const changeStream = {
  200: {
    description:
      'Server-sent events (`text/event-stream`), open until the client leaves. The first event is `start` (data `{"since": cursor}`, ' +
      'its `id` the cursor the stream starts after). Then each change is an event without an `event:` field (a `message` event), ' +
      'its `id` the change\'s cursor and its `data` one `Change` as JSON, exactly an item of /v1/changes. A comment line ' +
      '(`: heartbeat`) comes every 15 s (`STREAM_HEARTBEAT_MS`). When the changes after the cursor are no longer kept, the only ' +
      'event is `error`, its data the 410 problem details of /v1/changes, and the stream closes: resync from /v1/articles.',
    content: { 'text/event-stream': { schema: Type.String({ description: 'Server-sent events: `start`, then one event a change, as described above' }), example: EXAMPLE_STREAM } },
  },
  503: {
    description: 'As many streams are open as the server allows (`STREAM_MAX_CONNECTIONS`), it is shutting down, or it is under pressure: retry after `Retry-After` seconds',
    content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
  },
};
