/**
 * /v1/templates: the templates of wikitext articles with how many articles use each, and each
 * template's articles with the parameters they pass, filtered by a parameter's value, with the
 * one cursor contract.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { page } from '../../api/pagination.js';
import { templateList, templateWithUsers } from '../../api/templates.js';
import { okResponses, PageQuery } from '../../api/wire/common.js';
import { TemplateDetail, TemplatePage, TemplateParams, TemplateQuery } from '../../api/wire/templates.js';
import type { Db } from '../../db/open.js';
import { createTemplateQueries } from '../../db/queries/templates.js';

const tags = ['templates'];

const templates: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const queries = createTemplateQueries(db);

  app.get(
    '/v1/templates',
    {
      schema: {
        tags,
        operationId: 'listTemplates',
        summary: 'List templates',
        description:
          'Every template the wikitext articles transclude, with how many articles use it, in name order. Magic words and ' +
          'parser functions are not templates. Paginated with `limit` and `cursor`.',
        querystring: Type.Object(PageQuery),
        response: okResponses(TemplatePage),
      },
    },
    async (request, reply) => templateList(queries, request.query, (...args) => page(request, reply, ...args)),
  );

  app.get(
    '/v1/templates/:name',
    {
      schema: {
        tags,
        operationId: 'getTemplate',
        summary: 'Get a template and the articles using it',
        description:
          'A template with a page of the articles that transclude it, each with the parameters its uses pass, as displayed. ' +
          'With `param` and `value`, only the articles where a use passes that value (case and diacritics ignored), found ' +
          'through an index: `/v1/templates/Infobox_country?param=capital&value=havana`. With `param` and `min`/`max` (numbers, ' +
          'quantities with a unit — compared in the base unit, so km2 and sq mi meet — or dates) or `before`/`after` (dates), the ' +
          "uses whose parameter's typed value is in the range, in value order, through an index: " +
          '`?param=population_total&min=1000000`, `?param=area&min=100km2`, `?param=founded&before=1920-01-01`; `order=param` ' +
          'orders by the value without a range. A bound of another kind than the parameter holds, or an unknown unit, is a 400 ' +
          'naming it. Paginated with `limit` and `cursor`.',
        params: TemplateParams,
        querystring: TemplateQuery,
        response: okResponses(TemplateDetail),
      },
    },
    async (request, reply) => templateWithUsers(queries, request.params.name, request.query, (...args) => page(request, reply, ...args)),
  );
};

export default templates;
