/**
 * Schemas shared by every resource: problem details, pagination, article references, and the
 * error responses each route documents.
 */
import { Type, type Static, type TProperties, type TSchema } from 'typebox';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
});

/** Error responses every operation can give, documented once. */
export const errorResponses = {
  400: problem('Invalid parameters (RFC 9457 problem details, with the failing parameters)'),
  404: problem('Not found (RFC 9457 problem details)'),
  406: problem('None of the accepted media types can be produced'),
  414: problem('The URL is too long (over 4096 characters, or a path segment over 2048)'),
  429: problem('Rate limit exceeded'),
  500: problem('Internal error; details are hidden'),
  503: problem('Service under pressure; retry later'),
};

/** A schema or null, the null's meaning said in `description`. */
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

export const notModified = {
  304: Type.Null({ description: 'Not modified: the `If-None-Match` ETag still matches (or, without one, nothing changed since `If-Modified-Since`)' }),
};

/** The responses of a cacheable GET: `ok` as its 200, the 304 of notModified, and every error. */
export const okResponses = <T>(ok: T) => ({ 200: ok, ...notModified, ...errorResponses });

/** `?isbn=` and `?doi=`: the works carrying an identifier (validated by identifierFilter() in src/api/citations.ts). */
export const IdentifierQuery = {
  isbn: Type.Optional(Type.String({
    maxLength: 32,
    description: 'An ISBN-10 or ISBN-13, with or without hyphens or spaces (checked: a bad check digit is a 400); an ISBN-10 finds its ISBN-13 as well',
    examples: ['0-674-51173-5'],
  })),
  doi: Type.Optional(Type.String({
    maxLength: 300,
    description: 'A DOI (Crossref\'s pattern `10.NNNN/…`), bare, with `doi:` or as a doi.org URL; case is ignored (a malformed DOI is a 400)',
    examples: ['10.1086/226147'],
  })),
};

export const ArticleRef = Type.Object({
  title: Type.String({ examples: ['Russian revolution of 1917'] }),
  slug: Type.String({ description: 'The title in URL form', examples: ['Russian_revolution_of_1917'] }),
  href: Type.String({ description: 'The article resource', examples: ['/v1/articles/Russian_revolution_of_1917'] }),
});
export type ArticleRef = Static<typeof ArticleRef>;

export const SectionRef = Type.Object({
  index: Type.Integer({ description: 'Section index in the article (0 is the lead)' }),
  anchor: Type.Union([Type.String(), Type.Null()], { description: 'Section anchor; null for the lead and untitled sections' }),
  title: Type.Union([Type.String(), Type.Null()], { description: 'Heading; null where the rendering lost it' }),
});

/** Items a page holds when the query gives no `limit` (src/api/pagination.ts's pageLimit applies it). */
export const DEFAULT_PAGE_LIMIT = 20;

export const PageQuery = {
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_PAGE_LIMIT, description: 'Items per page (1–100)', examples: [DEFAULT_PAGE_LIMIT] }),
  ),
  cursor: Type.Optional(
    Type.String({ maxLength: 512, description: 'Opaque cursor from `nextCursor` of the previous page' }),
  ),
};

/** The fields that lead to the next page (src/api/pagination.ts fills them); `of` names a paged list other than `items`. */
export const nextPage = (of = '') => ({
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: `Cursor of the next page${of}; null on the last page` }),
  next: Type.Union([Type.String(), Type.Null()], { description: `Ready URL of the next page${of}; null on the last page` }),
});

/** The fields of a page of `item`s: the list, said by `description` when given, and those of nextPage (`of` as there). */
export const pageFields = <T extends TSchema>(item: T, description?: string, of = '') => ({
  items: description === undefined ? Type.Array(item) : Type.Array(item, { description }),
  ...nextPage(of),
});

/** A page of `item`s, as every list answers (src/api/pagination.ts fills it); `more` adds fields after the paging ones. */
export function Page<T extends TSchema, P extends TProperties = {}>(item: T, description: string, more?: P) {
  return Type.Object({ ...pageFields(item), ...(more as P) }, { description });
}

export const TitleParam = Type.Object({
  title: Type.String({
    minLength: 1,
    maxLength: 512,
    description:
      'Article title in any spelling MediaWiki normalises to the same title: spaces or underscores, ' +
      'percent-encoding, first-letter case. A redirect title answers with its target.',
    examples: ['October Revolution'],
  }),
});
