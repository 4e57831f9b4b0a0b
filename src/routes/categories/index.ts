/**
 * /v1/categories: the categories of wikitext articles with their article counts, and each
 * category's members by sort key (as MediaWiki lists them), with the one cursor contract.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/open.js';
import { createCategoryQueries, type CategoryQueries } from '../../db/queries/categories.js';
import { decodeCursor, page, type Paginate } from '../../pagination.js';
import { HttpProblem } from '../../plugins/errors.js';
import { errorResponses, notModified, PageQuery } from '../common.js';
import { CategoryDetail, CategoryPage, CategoryParams, type CategoryItem } from './schemas.js';

const tags = ['categories'];

const responses = <T>(ok: T) => ({ 200: ok, ...notModified, ...errorResponses });

/** A page of categories after the query's cursor (as /v1/categories and the MCP `list_categories` tool answer). */
export function categoryList(queries: CategoryQueries, query: { limit?: number; cursor?: string }, paginate: Paginate) {
  const limit = query.limit ?? 20;
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  return paginate(queries.list(after as string, limit), limit, (row) => [row.nameKey], queries.toItem);
}

/** A category with a page of its members (as /v1/categories/{name} and the MCP `get_category` tool answer); 404 for an unknown name. */
export function categoryWithMembers(queries: CategoryQueries, name: string, query: { limit?: number; cursor?: string }, paginate: Paginate): CategoryDetail {
  const category = queries.get(name);
  if (!category) throw new HttpProblem(404, 'Category not found', `There is no category named "${name}".`);
  const limit = query.limit ?? 20;
  const after = decodeCursor(query.cursor, ['string', 'number']) as [string, number] | null;
  const rows = queries.members(category.nameKey, after, limit);
  const item: CategoryItem = queries.toItem(category);
  return { ...item, ...paginate(rows, limit, (row) => [row.sortBy, row.articleId], queries.toMember) };
}

const categories: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const queries = createCategoryQueries(db);

  app.get(
    '/v1/categories',
    {
      schema: {
        tags,
        operationId: 'listCategories',
        summary: 'List categories',
        description: 'Every category of the wikitext articles, with how many articles are in it, in name order. Paginated with `limit` and `cursor`.',
        querystring: Type.Object(PageQuery),
        response: responses(CategoryPage),
      },
    },
    async (request, reply) => categoryList(queries, request.query, (...args) => page(request, reply, ...args)),
  );

  app.get(
    '/v1/categories/:name',
    {
      schema: {
        tags,
        operationId: 'getCategory',
        summary: 'Get a category and its members',
        description:
          'A category with a page of its member articles, ordered by sort key: the key of `[[Category:X|key]]`, ' +
          "else the article's `{{DEFAULTSORT:}}`, else its title. Paginated with `limit` and `cursor`.",
        params: CategoryParams,
        querystring: Type.Object(PageQuery),
        response: responses(CategoryDetail),
      },
    },
    async (request, reply) => categoryWithMembers(queries, request.params.name, request.query, (...args) => page(request, reply, ...args)),
  );
};

export default categories;
