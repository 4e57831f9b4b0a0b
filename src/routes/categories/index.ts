/**
 * /v1/categories: the categories of wikitext articles with their article counts, and each
 * category's members by sort key (as MediaWiki lists them), with the one cursor contract.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { categoryList, categoryWithMembers } from '../../api/categories.js';
import { page } from '../../api/pagination.js';
import { CategoryDetail, CategoryPage, CategoryParams } from '../../api/wire/categories.js';
import { okResponses, PageQuery } from '../../api/wire/common.js';
import type { Db } from '../../db/open.js';
import { createCategoryQueries } from '../../db/queries/categories.js';

const tags = ['categories'];

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
        response: okResponses(CategoryPage),
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
        response: okResponses(CategoryDetail),
      },
    },
    async (request, reply) => categoryWithMembers(queries, request.params.name, request.query, (...args) => page(request, reply, ...args)),
  );
};

export default categories;
