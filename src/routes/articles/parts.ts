/** The routes of an article's parts that are one field of it (summary, infobox, sections, redirects, links), written once as a table. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TProperties, type TSchema } from 'typebox';
import type { Loaded } from '../../api/articles.js';
import type { Served } from '../../api/lookup.js';
import { Infobox, Link, ResolvedRef, Section } from '../../api/wire/articles.js';
import { okResponses, TitleParam } from '../../api/wire/common.js';
import { reusedBodyCompression } from '../../plugins/caching.js';
import type { FastPath } from './fast-path/index.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/** The answer of a part: the resolved article, then the part. */
export const part = <T extends TProperties>(properties: T, description: string) => Type.Object({ article: ResolvedRef, ...properties }, { description });

/** The field of the article a part is: the last segment of its path, and the key of its cached body. */
type Field = 'summary' | 'infobox' | 'sections' | 'redirects' | 'links';

interface Part {
  operationId: string;
  summary: string;
  description: string;
  schema: TSchema;
  /** The description of the 200 answer. */
  answer: string;
}

const PARTS: Record<Field, Part> = {
  summary: {
    operationId: 'getArticleSummary',
    summary: "Get an article's summary",
    description: "The lead's first paragraph, without citation markers.",
    schema: Type.Union([Type.String(), Type.Null()]),
    answer: 'The summary of an article',
  },
  infobox: {
    operationId: 'getArticleInfobox',
    summary: "Get an article's infobox",
    description:
      'The infobox fields: label (printed, or supplied from the template and marked `supplied`), raw text, ' +
      'split values of two-sided and list-like rows, ISO dates, and `value`: the field typed (a number, a quantity with its UCUM or ' +
      'ISO 4217 unit, a date with its precision or a range of dates, a boolean, URL, coordinates or a list of them), null when ' +
      'nothing is certain. `infobox` is null when the article has none.',
    schema: Type.Union([Infobox, Type.Null()]),
    answer: 'The infobox of an article',
  },
  sections: {
    operationId: 'listArticleSections',
    summary: "List an article's sections",
    description: 'Every section in document order: the lead (index 0), visible headings, and untitled sections whose heading was lost.',
    schema: Type.Array(Section),
    answer: 'The sections of an article',
  },
  redirects: {
    operationId: 'listArticleRedirects',
    summary: 'List the redirects to an article',
    description: 'The titles that redirect to this article.',
    schema: Type.Array(Type.String()),
    answer: 'The redirects to an article',
  },
  links: {
    operationId: 'listArticleLinks',
    summary: "List an article's links",
    description: 'Hatnote links (see also, main article) in document order, with whether the target exists here.',
    schema: Type.Array(Link),
    answer: 'The links of an article',
  },
};

/** Declares the routes of these parts, in this order (the order of the OpenAPI document's paths). */
export function partRoutes(app: App, fast: FastPath, fields: Field[]): void {
  for (const field of fields) {
    const { operationId, summary, description, schema, answer } = PARTS[field];
    const build = (article: Loaded, ref: Served['ref']) => ({ article: ref, [field]: article[field] });
    app.get(
      `/v1/articles/:title/${field}`,
      {
        compress: reusedBodyCompression,
        schema: { tags: ['articles'], operationId, summary, description, params: TitleParam, response: okResponses(part({ [field]: schema }, answer)) },
      },
      async (request, reply) => fast.send(request, reply, fast.resolve(request, reply, request.params.title, `/${field}`), field, build),
    );
  }
}
