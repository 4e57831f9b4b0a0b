/** The MCP tools over templates: the articles using one, each with the parameters it passes, filtered by a parameter's value (`find_by_template`) or by a typed value in a range (`query_infobox`). */
import { Type } from 'typebox';
import { pageOf } from '../api/pagination.js';
import { templateWithUsers } from '../api/templates.js';
import { TemplateDetail, TemplateParams, TemplateQuery, ValueQuery } from '../api/wire/templates.js';
import { PageQuery } from '../api/wire/common.js';
import { absolute, ApiUrl, pageAnswer, restUrl, tool, type ToolDefinition, type ToolQueries } from './tool-kit.js';

/** One use's parameters on a line: `capital=Havana; largest_city=Havana`. */
const parametersLine = (parameters: Record<string, string | null>) =>
  Object.entries(parameters)
    .map(([name, value]) => `${name}=${value ?? '…'}`)
    .join('; ');

export function templateTools(q: ToolQueries): ToolDefinition[] {
  return [
    tool({
      name: 'find_by_template',
      title: 'Find articles by template',
      description:
        'The articles that transclude a template (e.g. "Infobox country"), each with the parameters its uses pass, as ' +
        '/v1/templates/{name} answers. With `param` and `value`, only the articles where a use passes that value, case and ' +
        'diacritics ignored: name="Infobox country", param="capital", value="Havana". `name` with or without `Template:`. ' +
        'Citation templates keep no parameters (use `find_citations`). Pages with `cursor`.',
      input: Type.Object({ ...TemplateParams.properties, ...TemplateQuery.properties }),
      output: Type.Object({ apiUrl: ApiUrl, ...TemplateDetail.properties }, { description: 'A template with a page of the articles using it' }),
      run(args, context) {
        const path = `/v1/templates/${encodeURIComponent(args.name.replace(/^\s*Template\s*:/i, '').trim().replace(/ /g, '_'))}`;
        const url = restUrl(path, { param: args.param, value: args.value, limit: args.limit, cursor: args.cursor });
        const template = templateWithUsers(q.templates, args.name, args, (...rest) => pageOf(url, ...rest));
        const heading = `Template:${template.name}, used by ${template.articles} article${template.articles === 1 ? '' : 's'}${args.param ? ` (${args.param} = ${args.value ?? ''})` : ''}:`;
        const lines = template.items.flatMap((user) => [
          `- ${user.title} ${absolute(user.href, context)}`,
          ...user.uses.map((use) => `  ${parametersLine(use.parameters)}`),
        ]);
        return pageAnswer(url, template, [heading, ...lines], '', context);
      },
    }),
    tool({
      name: 'query_infobox',
      title: 'Query infoboxes by value',
      description:
        "The articles whose infobox (a template such as \"Infobox settlement\") gives a parameter a typed value in a range, in " +
        'value order, as /v1/templates/{name}?param=&min=&max= answers: numbers (min="1000000"), quantities with a unit, ' +
        'compared in the base unit so km2 and sq mi meet (min="100km2", max="500 sq mi"), dates (before="1920-01-01", ' +
        'after="1800-12-31"). order="param" lists every typed value in order. A bound of another kind than the parameter ' +
        'holds, or an unknown unit, is an error naming it. Each use shows its parameters and their typed `values`. Pages with `cursor`.',
      input: Type.Object({ ...TemplateParams.properties, param: Type.String({ minLength: 1, maxLength: 200, description: 'The parameter compared, as written (case counts)', examples: ['population_total'] }), ...ValueQuery, ...PageQuery }),
      output: Type.Object({ apiUrl: ApiUrl, ...TemplateDetail.properties }, { description: 'A template with a page of the uses whose value is in the range' }),
      run(args, context) {
        const path = `/v1/templates/${encodeURIComponent(args.name.replace(/^\s*Template\s*:/i, '').trim().replace(/ /g, '_'))}`;
        const query = { param: args.param, min: args.min, max: args.max, before: args.before, after: args.after, order: args.order ?? (args.min ?? args.max ?? args.before ?? args.after ? undefined : ('param' as const)), limit: args.limit, cursor: args.cursor };
        const url = restUrl(path, query);
        const template = templateWithUsers(q.templates, args.name, query, (...rest) => pageOf(url, ...rest));
        const bounds = (['min', 'max', 'before', 'after'] as const).filter((k) => args[k] !== undefined).map((k) => `${k} ${args[k]}`).join(', ');
        const heading = `Template:${template.name}, ${args.param}${bounds ? ` (${bounds})` : ''}, in value order:`;
        const lines = template.items.flatMap((user) => [
          `- ${user.title} ${absolute(user.href, context)}`,
          ...user.uses.map((use) => `  ${args.param} = ${use.parameters[args.param] ?? '…'}${use.values?.[args.param] ? ` ${JSON.stringify(use.values[args.param])}` : ''}`),
        ]);
        return pageAnswer(url, template, [heading, ...lines], '', context);
      },
    }),
  ];
}
