/** The wire schemas of the snapshot: its query, its closing line, and its NDJSON response (each line an article, then the closing line). */
import { Type, type Static } from 'typebox';

export const NDJSON = 'application/x-ndjson';

export const SnapshotQuery = Type.Object({
  since: Type.Optional(
    Type.String({
      maxLength: 512,
      description:
        'A change-feed cursor: `next` of an earlier snapshot\'s closing line, or `since` of /v1/changes. Only the articles ' +
        'whose answer changed after it are sent, and the closing line lists the titles deleted',
    }),
  ),
});

export const SnapshotEnd = Type.Object(
  {
    type: Type.Literal('end', { description: 'Always `end`: no article has a `type`' }),
    articles: Type.Integer({ minimum: 0, description: 'How many article lines came before it' }),
    deleted: Type.Array(Type.String(), { description: 'With `since`: the titles of the articles deleted after it (empty in a full snapshot)' }),
    next: Type.String({ description: 'The change-feed cursor of this answer: ask `?since=` with it to get what changes next' }),
  },
  { description: 'The closing line: a snapshot without it was cut short' },
);
export type SnapshotEnd = Static<typeof SnapshotEnd>;

export const snapshotOk = {
  description:
    'Newline-delimited JSON, one JSON object a line: each article exactly as GET /v1/articles/{title} gives it (the ' +
    '`Article` schema), in title order; then one closing line `{"type":"end","articles":…,"deleted":[…],"next":"…"}`. ' +
    'The schema is the schema of one line.',
  content: { [NDJSON]: { schema: Type.Union([Type.Ref('Article'), SnapshotEnd], { description: 'One line: an article, or the closing line' }) } },
};
