/** The MCP tool over templates: the articles using one, each with the parameters it passes, filtered by a parameter's value. */
import { Type } from 'typebox';
import { pageOf } from '../api/pagination.js';
import { templateWithUsers } from '../api/templates.js';
import { TemplateDetail, TemplateParams, TemplateQuery } from '../api/wire/templates.js';
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
  ];
}
