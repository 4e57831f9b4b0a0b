/**
 * /v1/categories: the categories of wikitext articles with their article counts, and each
 * category's members by sort key (as MediaWiki lists them), with the one cursor contract.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../../db/open.js';
import { createCategoryQueries } from '../../db/queries/categories.js';
import { decodeCursor, page } from '../../pagination.js';
import { HttpProblem } from '../../plugins/errors.js';
import { errorResponses, notModified, PageQuery } from '../common.js';
import { CategoryDetail, CategoryPage, CategoryParams } from './schemas.js';

const tags = ['categories'];

const responses = <T>(ok: T) => ({ 200: ok, ...notModified, ...errorResponses });

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
    async (request, reply) => {
      const limit = request.query.limit ?? 20;
      const [after] = decodeCursor(request.query.cursor, ['string']) ?? [''];
      return page(request, reply, queries.list(after as string, limit), limit, (row) => [row.nameKey], queries.toItem);
    },
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
    async (request, reply) => {
      const category = queries.get(request.params.name);
      if (!category) throw new HttpProblem(404, 'Category not found', `There is no category named "${request.params.name}".`);
      const limit = request.query.limit ?? 20;
      const after = decodeCursor(request.query.cursor, ['string', 'number']) as [string, number] | null;
      const rows = queries.members(category.nameKey, after, limit);
      return { ...queries.toItem(category), ...page(request, reply, rows, limit, (row) => [row.sortBy, row.articleId], queries.toMember) };
    },
  );
};

export default categories;
