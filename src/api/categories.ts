/** A page of categories and a category with its members, as /v1/categories and the MCP category tools answer. */
import type { CategoryQueries, CategoryRow, MemberRow } from '../db/queries/categories.js';
import { decodeCursor, pageLimit, type Paginate } from './pagination.js';
import type { CategoryDetail, CategoryItem } from './wire/categories.js';
import { articleRef, categoryHref } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';

const toItem = (row: CategoryRow): CategoryItem => ({ name: row.name, articles: row.articles, href: categoryHref(row.name) });
const toMember = (row: MemberRow) => ({ ...articleRef(row.title), sortKey: row.sortKey });

/** A page of categories after the query's cursor (as /v1/categories and the MCP `list_categories` tool answer). */
export function categoryList(queries: CategoryQueries, query: { limit?: number; cursor?: string }, paginate: Paginate) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  return paginate(queries.list(after as string, limit), limit, (row) => [row.nameKey], toItem);
}

/** A category with a page of its members (as /v1/categories/{name} and the MCP `get_category` tool answer); 404 for an unknown name. */
export function categoryWithMembers(queries: CategoryQueries, name: string, query: { limit?: number; cursor?: string }, paginate: Paginate): CategoryDetail {
  const category = queries.get(name);
  if (!category) throw new HttpProblem(404, 'Category not found', `There is no category named "${name}".`);
  const limit = pageLimit(query);
  const after = decodeCursor(query.cursor, ['string', 'number']) as [string, number] | null;
  const rows = queries.members(category.nameKey, after, limit);
  return { ...toItem(category), ...paginate(rows, limit, (row) => [row.sortBy, row.articleId], toMember) };
}
