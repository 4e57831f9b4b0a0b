/** The MCP tools over the categories of wikitext articles: the list with counts, and one category's members. */
import { Type } from 'typebox';
import { categoryList, categoryWithMembers } from '../api/categories.js';
import { pageOf } from '../api/pagination.js';
import { CategoryDetail, CategoryPage, CategoryParams } from '../api/wire/categories.js';
import { PageQuery } from '../api/wire/common.js';
import { absolute, ApiUrl, pageAnswer, restUrl, tool, type ToolDefinition, type ToolQueries } from './tool-kit.js';

export function categoryTools(q: ToolQueries): ToolDefinition[] {
  return [
    tool({
      name: 'list_categories',
      title: 'List categories',
      description:
        'The categories of the wikitext articles (`[[Category:X]]`), in name order, each with how many articles are in it, ' +
        'as /v1/categories. Pages with `cursor`. Articles imported from plain-text renderings have no categories.',
      input: Type.Object(PageQuery),
      output: Type.Object({ apiUrl: ApiUrl, ...CategoryPage.properties }, { description: 'A page of categories' }),
      run(args, context) {
        const url = restUrl('/v1/categories', { limit: args.limit, cursor: args.cursor });
        const body = categoryList(q.categories, args, (...rest) => pageOf(url, ...rest));
        const lines = body.items.map((c) => `- ${c.name} (${c.articles} article${c.articles === 1 ? '' : 's'}) ${absolute(c.href, context)}`);
        return pageAnswer(url, body, lines, 'No categories.', context);
      },
    }),

    tool({
      name: 'get_category',
      title: 'Get a category',
      description:
        'One category with a page of its member articles ordered by sort key, as MediaWiki lists them and as ' +
        '/v1/categories/{name} answers. `name` with or without `Category:`. Pages with `cursor`.',
      input: Type.Object({ ...CategoryParams.properties, ...PageQuery }),
      output: Type.Object({ apiUrl: ApiUrl, ...CategoryDetail.properties }, { description: 'A category with a page of its members' }),
      run(args, context) {
        const path = `/v1/categories/${encodeURIComponent(args.name.replace(/^Category:/i, '').replace(/ /g, '_'))}`;
        const url = restUrl(path, { limit: args.limit, cursor: args.cursor });
        const category = categoryWithMembers(q.categories, args.name, args, (...rest) => pageOf(url, ...rest));
        const heading = `Category:${category.name}, ${category.articles} article${category.articles === 1 ? '' : 's'}:`;
        const lines = category.items.map((m) => `- ${m.title} ${absolute(m.href, context)}`);
        return pageAnswer(url, category, [heading, ...lines], '', context);
      },
    }),
  ];
}
