/** A page of templates and a template with the articles using it, as /v1/templates and the MCP `find_by_template` tool answer. */
import type { TemplateQueries, TemplateRow, UseParameterRow, UserRow } from '../db/queries/templates.js';
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

/** An article's uses of the template with their parameters (with a filter, the uses matching it), up to MAX_USES_SHOWN. */
function usesOf(rows: UseParameterRow[], where: { param: string; value: string } | undefined): TemplateUser['uses'] {
  const byUse = new Map<number, { parameters: Record<string, string | null>; matches: boolean }>();
  for (const row of rows) {
    let use = byUse.get(row.use);
    if (!use) byUse.set(row.use, (use = { parameters: {}, matches: where === undefined }));
    use.parameters[row.name] = row.value;
    if (where && row.name === where.param && row.valueKey === where.value) use.matches = true;
  }
  return [...byUse.values()].filter((use) => use.matches).slice(0, MAX_USES_SHOWN).map(({ parameters }) => ({ parameters }));
}

/**
 * A template with a page of the articles using it, each with the parameters its uses pass (as
 * /v1/templates/{name} and the MCP `find_by_template` tool answer); 404 for an unknown name.
 */
export function templateWithUsers(queries: TemplateQueries, name: string, query: TemplateQuery, paginate: Paginate): TemplateDetail {
  const template = queries.get(name);
  if (!template) throw new HttpProblem(404, 'Template not found', `No article transcludes a template named "${name}".`);
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
