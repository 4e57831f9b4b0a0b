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
