/**
 * What every MCP tool is made of (tools.ts lists them): a TypeBox input and output schema,
 * published as JSON Schema (the REST route's schemas where there is one), and a function over the
 * same queries and shared steps as the REST routes, returning structured content that matches the
 * output schema and a readable text. Each answer's `apiUrl` is the REST URL of what it quotes;
 * every `href` and `next` inside is a path on the same server, as in the REST answers. Bad
 * arguments are thrown as HttpProblems, as in REST.
 */
import { Type, type Static, type TObject } from 'typebox';
import { createArticleCache } from '../api/article-cache.js';
import { createArticleMetadata } from '../api/metadata.js';
import { resolveArticle } from '../api/lookup.js';
import type { License } from '../api/wire/articles.js';
import type { Db } from '../db/open.js';
import { createArticleQueries } from '../db/queries/articles.js';
import { createCategoryQueries } from '../db/queries/categories.js';
import { createPlaceQueries } from '../db/queries/places.js';
import { createTemplateQueries } from '../db/queries/templates.js';
import { createCitationQueries } from '../db/queries/citations.js';
import { createSearchQueries } from '../db/queries/search.js';
import { createSourceQueries } from '../db/queries/sources.js';

export interface ToolContext {
  /** Where the REST API is (`http://host:port`), for absolute URLs; without it, URLs are paths. */
  baseUrl?: string;
}

export interface ToolAnswer<O extends TObject> {
  structured: Static<O>;
  text: string;
}

export interface ToolDefinition<I extends TObject = TObject, O extends TObject = TObject> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  run(args: Static<I>, context: ToolContext): ToolAnswer<O>;
}

export const tool = <I extends TObject, O extends TObject>(definition: ToolDefinition<I, O>) => definition as unknown as ToolDefinition;

export const ApiUrl = Type.String({ description: 'The REST URL of what this answer quotes (absolute when the server knows its address)' });

/** A REST path with the query parameters that are set. */
export function restUrl(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

export const absolute = (path: string, { baseUrl }: ToolContext) => (baseUrl ? new URL(path, baseUrl).href : path);

const moreLine = (nextCursor: string | null) => (nextCursor ? `\n\nMore results: call again with cursor "${nextCursor}".` : '');

/**
 * The answer of a tool that gives a page: the page with the REST URL it quotes (`url`), and as
 * text its `lines` (`empty` when there are none) and how to ask for more.
 */
export function pageAnswer<P extends { nextCursor: string | null }>(url: string, page: P, lines: string[], empty: string, context: ToolContext) {
  return { structured: { apiUrl: absolute(url, context), ...page }, text: (lines.length ? lines.join('\n') : empty) + moreLine(page.nextCursor) };
}

/** The queries the tools run, made once per app. */
export function createToolQueries(db: Db, license: License | null = null) {
  const articles = createArticleQueries(db);
  const cache = createArticleCache(articles, createArticleMetadata(db, license), { maxBytes: 0, maxArticles: 16 });
  return {
    articles,
    search: createSearchQueries(db),
    citations: createCitationQueries(db),
    sources: createSourceQueries(db),
    categories: createCategoryQueries(db),
    templates: createTemplateQueries(db),
    places: createPlaceQueries(db),
    /** The article a title names (any spelling or redirect), assembled; throws the 404 problem. */
    load(title: string) {
      const resolved = resolveArticle(articles, title);
      return { resolved, article: cache.article(resolved.id)! };
    },
  };
}

export type ToolQueries = ReturnType<typeof createToolQueries>;
