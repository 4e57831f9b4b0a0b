/** The one error shape, RFC 9457 problem details: its schema, and the error that carries one up to the handler in src/plugins/errors.ts. */
import { Type, type Static } from 'typebox';

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'A URI reference naming the problem type', examples: ['/problems/not-found'] }),
    title: Type.String({ description: 'Short summary of the problem type', examples: ['Not Found'] }),
    status: Type.Integer({ description: 'The HTTP status code', examples: [404] }),
    detail: Type.String({ description: 'What went wrong with this request' }),
    instance: Type.String({ description: 'The request path and query' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          in: Type.String({ description: 'Where the parameter is: path, query or header' }),
          name: Type.String({ description: 'The failing parameter' }),
          reason: Type.String({ description: 'Why it failed' }),
        }),
        { description: 'The failing parameters of a validation error' },
      ),
    ),
    suggestions: Type.Optional(
      Type.Array(
        Type.Object({ title: Type.String(), href: Type.String() }),
        { description: 'The closest known titles, for an unknown article' },
      ),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);
export type Problem = Static<typeof Problem>;

export type ProblemError = NonNullable<Problem['errors']>[number];

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: ProblemError[],
    readonly extra: Partial<Problem> = {},
  ) {
    super(detail);
  }
}
