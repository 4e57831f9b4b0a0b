/** A page of templates and a template with the articles using it, as /v1/templates and the MCP `find_by_template` tool answer. */
import type { TemplateQueries, TemplateRow, UseParameterRow, UserRow, ValueUserRow } from '../db/queries/templates.js';
import type { TypedValue } from '../document/values/schema.js';
import { asksByValue, valueRange } from './template-values.js';
import { fold } from '../document/text.js';
import { decodeCursor, pageLimit, type Paginate } from './pagination.js';
import type { TemplateDetail, TemplateItem, TemplateQuery, TemplateUser } from './wire/templates.js';
import { articleRef, templateHref } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';

/** Uses of a template shown an article at most (a page may use {{flagicon}} hundreds of times). */
export const MAX_USES_SHOWN = 20;

const toItem = (row: TemplateRow): TemplateItem => ({ name: row.name, articles: row.articles, citation: row.citation === 1, href: templateHref(row.name) });

/** A page of templates after the query's cursor (as /v1/templates answers). */
export function templateList(queries: TemplateQueries, query: { limit?: number; cursor?: string }, paginate: Paginate) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  return paginate(queries.list(after as string, limit), limit, (row) => [row.nameKey], toItem);
}

/** `param` and `value` come together: one without the other is a 400 naming the missing one. */
function parameterFilter(template: TemplateRow, query: TemplateQuery): { param: string; value: string } | undefined {
  const { param, value } = query;
  if (param === undefined && value === undefined) return undefined;
  if (param === undefined || value === undefined) {
    const missing = param === undefined ? 'param' : 'value';
    throw new HttpProblem(400, 'Invalid parameters', `\`param\` and \`value\` filter together: \`${missing}\` is missing.`, [
      { in: 'query', name: missing, reason: 'required with `' + (missing === 'param' ? 'value' : 'param') + '`' },
    ]);
  }
  if (template.citation === 1) {
    throw new HttpProblem(
      400,
      'Invalid parameters',
      `"${template.name}" is a citation template: its parameters are read into citations. Query them at /v1/citations (author, title, publisher, year, isbn, doi).`,
      [{ in: 'query', name: 'param', reason: 'a citation template keeps no template parameters' }],
    );
  }
  return { param: param.trim(), value: fold(value) };
}

type UseFilter = { param: string; value: string } | { use: number };

/** An article's uses of the template with their parameters and typed values (with a filter, the uses matching it), up to MAX_USES_SHOWN. */
function usesOf(rows: UseParameterRow[], where: UseFilter | undefined): TemplateUser['uses'] {
  const byUse = new Map<number, { parameters: Record<string, string | null>; values: Record<string, TypedValue>; matches: boolean }>();
  for (const row of rows) {
    let use = byUse.get(row.use);
    if (!use) byUse.set(row.use, (use = { parameters: {}, values: {}, matches: where === undefined || ('use' in where && where.use === row.use) }));
    use.parameters[row.name] = row.value;
    if (row.typed !== null) use.values[row.name] = JSON.parse(row.typed) as TypedValue;
    if (where && 'param' in where && row.name === where.param && row.valueKey === where.value) use.matches = true;
  }
  return [...byUse.values()]
    .filter((use) => use.matches)
    .slice(0, MAX_USES_SHOWN)
    .map(({ parameters, values }) => ({ parameters, ...(Object.keys(values).length > 0 ? { values } : {}) }));
}

/**
 * A template with a page of the articles using it, each with the parameters its uses pass (as
 * /v1/templates/{name} and the MCP `find_by_template` tool answer); 404 for an unknown name.
 */
export function templateWithUsers(queries: TemplateQueries, name: string, query: TemplateQuery, paginate: Paginate): TemplateDetail {
  const template = queries.get(name);
  if (!template) throw new HttpProblem(404, 'Template not found', `No article transcludes a template named "${name}".`);
  if (asksByValue(query)) return templateByValue(queries, template, query, paginate);
  const where = parameterFilter(template, query);
  const limit = pageLimit(query);
  const [after] = (decodeCursor(query.cursor, ['number']) as [number] | null) ?? [0];
  const rows = queries.users(template.nameKey, after, limit, where);
  const toUser = (row: UserRow): TemplateUser => ({
    ...articleRef(row.title),
    count: row.count,
    uses: template.citation === 1 ? [] : usesOf(queries.parameters(row.articleId, row.position), where),
  });
  return { ...toItem(template), ...paginate(rows, limit, (row) => [row.articleId], toUser) };
}

/** The uses whose parameter's typed value is in the query's range, in value order, one item a use (`?param=&min=&max=`, `before`/`after`, `order=param`). */
function templateByValue(queries: TemplateQueries, template: TemplateRow, query: TemplateQuery, paginate: Paginate): TemplateDetail {
  const found = valueRange(queries, template, query);
  const limit = pageLimit(query);
  const rows = found ? queries.usersByValue(template.nameKey, found.param, found.range, limit) : [];
  const toUser = (row: ValueUserRow): TemplateUser => ({ ...articleRef(row.title), count: row.count, uses: usesOf(queries.parameters(row.articleId, row.position), { use: row.use }) });
  return { ...toItem(template), ...paginate(rows, limit, (row) => [row.sortValue, row.articleId, row.parameterPosition], toUser) };
}
