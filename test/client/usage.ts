/**
 * The API as another application uses it: a client typed from the published OpenAPI document
 * (openapi-typescript types in ./openapi.d.ts, openapi-fetch for the requests). Every field read
 * below is typed from the spec — no `any`, no casts; test/routes/client.test.ts runs this module against a
 * listening server and type-checks it with the project's compiler options.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './openapi.js';

export type Problem = components['schemas']['Problem'];
type ArticleBody = paths['/v1/articles/{title}']['get']['responses'][200]['content']['application/json'];
type InfoboxField = NonNullable<paths['/v1/articles/{title}/infobox']['get']['responses'][200]['content']['application/json']['infobox']>['fields'][number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(`HTTP ${status}: ${problem?.detail ?? 'no problem details'}`);
  }
}

/** openapi-fetch answers `{ data }` or `{ error }`; an app turns the error into an exception. */
function ok<T>(result: { data?: T; error?: Problem; response: Response }): T {
  if (result.data === undefined) throw new ApiError(result.response.status, result.error);
  return result.data;
}

/** The JSON body of an operation that also answers citation formats (its type is the union of them all: CSL-JSON items, BibTeX… text). */
function json<T>(data: T): Exclude<T, string | readonly unknown[]> {
  if (typeof data === 'string' || Array.isArray(data)) throw new Error('asked for JSON, got a citation format');
  return data as Exclude<T, string | readonly unknown[]>;
}

export interface Reading {
  article: {
    title: string;
    slug: string;
    redirectedFrom: string | undefined;
    site: string | null;
    sectionTitles: (string | null)[];
    citationCount: number;
    contentHash: ArticleBody['contentHash'];
  };
  infobox: {
    template: string | null;
    fields: { key: string; label: string | null; date: string | undefined; values: string[] | undefined }[];
  } | null;
  citationsByPrashad: {
    title: string | null;
    authors: string[];
    year: number | null;
    publisher: string | null;
    article: string;
    sections: (string | null)[];
  }[];
  sources: {
    firstPage: { id: number; title: string | null; citationCount: number; href: string }[];
    nextCursor: string | null;
    secondPage: { id: number; title: string | null }[];
  };
  /** An unknown title, as the typed error body. */
  missing: { status: number; problem: Problem | undefined };
}

export function encyclopediaClient(baseUrl: string): Client<paths> {
  return createClient<paths>({ baseUrl });
}

export async function readEncyclopedia(baseUrl: string): Promise<Reading> {
  const client = encyclopediaClient(baseUrl);

  const article = ok(await client.GET('/v1/articles/{title}', { params: { path: { title: 'October Revolution' } } }));

  const infobox = ok(
    await client.GET('/v1/articles/{title}/infobox', { params: { path: { title: article.slug } } }),
  ).infobox;

  // The operation answers JSON, CSL-JSON or a text format (`format=`): the type is the union of them all.
  const citations = json(ok(await client.GET('/v1/citations', { params: { query: { author: 'Prashad', format: 'json' } } })));

  const firstPage = json(ok(await client.GET('/v1/sources', { params: { query: { limit: 2 } } })));
  const secondPage =
    firstPage.nextCursor === null
      ? { items: [] }
      : json(ok(await client.GET('/v1/sources', { params: { query: { limit: 2, cursor: firstPage.nextCursor } } })));

  const missing = await client.GET('/v1/articles/{title}', { params: { path: { title: 'No such article, surely' } } });

  return {
    article: {
      title: article.title,
      slug: article.slug,
      redirectedFrom: article.redirectedFrom,
      site: article.site?.name ?? null,
      sectionTitles: article.sections.map((section) => section.title),
      citationCount: article.citations.length,
      contentHash: article.contentHash,
    },
    infobox:
      infobox === null
        ? null
        : {
            template: infobox.template,
            fields: infobox.fields.map((field: InfoboxField) => ({
              key: field.key,
              label: field.label,
              date: field.date,
              values: field.values,
            })),
          },
    citationsByPrashad: citations.items.map((citation) => ({
      title: citation.title,
      authors: citation.authors,
      year: citation.year,
      publisher: citation.publisher,
      article: citation.article.title,
      sections: citation.sections.map((section) => section.title),
    })),
    sources: {
      firstPage: firstPage.items.map((source) => ({
        id: source.id,
        title: source.title,
        citationCount: source.citationCount,
        href: source.href,
      })),
      nextCursor: firstPage.nextCursor,
      secondPage: secondPage.items.map((source) => ({ id: source.id, title: source.title })),
    },
    missing: { status: missing.response.status, problem: missing.error },
  };
}

/**
 * Never called: misuses the compiler must reject. Each `@ts-expect-error` is itself an error when
 * the line compiles, so these prove the client is strictly typed (an `any` anywhere would let them
 * through).
 */
export async function misuses(client: Client<paths>): Promise<void> {
  // @ts-expect-error — not a path of the API
  await client.GET('/v1/article/{title}', { params: { path: { title: 'x' } } });
  // @ts-expect-error — the path parameter is required
  await client.GET('/v1/articles/{title}', {});
  // @ts-expect-error — `limit` is a number
  await client.GET('/v1/sources', { params: { query: { limit: 'ten' } } });
  // @ts-expect-error — `in` is one of articles, sections, citations
  await client.GET('/v1/search', { params: { query: { q: 'x', in: 'everything' } } });
  // @ts-expect-error — the API is read-only
  await client.POST('/v1/articles', {});
  const { data } = await client.GET('/v1/articles/{title}', { params: { path: { title: 'x' } } });
  // @ts-expect-error — `data` is undefined when the request failed
  void data.title;
  // @ts-expect-error — not a field of an article
  void data?.nope;
  // @ts-expect-error — `year` is a number or null
  const year: string = (await client.GET('/v1/sources/{id}', { params: { path: { id: 1 } } })).data!.year;
  void year;
}
