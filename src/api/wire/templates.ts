/** The wire schemas of templates: a template with its count, the articles using it with the parameters they pass, and the queries. */
import { Type, type Static } from 'typebox';
import { TypedValue } from '../../document/values/schema.js';
import { ArticleRef, Page, PageQuery, pageFields } from './common.js';

export const TemplateItem = Type.Object(
  {
    name: Type.String({ description: 'Normalised as titles are, without `Template:`', examples: ['Infobox country'] }),
    articles: Type.Integer({ description: 'How many articles transclude it', examples: [195] }),
    citation: Type.Boolean({
      description: 'A citation template: its parameters are read into citations (`/v1/citations`), not kept as template parameters',
    }),
    href: Type.String({ description: 'The template resource', examples: ['/v1/templates/Infobox_country'] }),
  },
  { description: 'A template the wikitext articles transclude (magic words and parser functions are not templates)' },
);
export type TemplateItem = Static<typeof TemplateItem>;

export const TemplatePage = Page(TemplateItem, 'A page of templates, in name order');

export const TemplateUseParameters = Type.Object(
  {
    parameters: Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]), {
      description:
        'Each parameter passed (named, or positional as `1`, `2`…) with its displayed value on one line; null when the value ' +
        'is too long to keep (over 500 characters) or made by a template this service does not display (`{{convert|…}}`). ' +
        'Empty values are left out.',
      examples: [{ conventional_long_name: 'Republic of Cuba', capital: 'Havana' }],
    }),
    values: Type.Optional(Type.Record(Type.String(), TypedValue, {
      description: "Infobox templates: the typed value of each parameter that has one (as an infobox field's `value`)",
      examples: [{ population_total: { type: 'number', number: 11089511 }, area_km2: { type: 'number', number: 109884 } }],
    })),
  },
  { description: 'One use of the template on the page' },
);

export const TemplateUser = Type.Object({
  ...ArticleRef.properties,
  count: Type.Integer({ minimum: 1, description: 'How many times the article transcludes the template' }),
  uses: Type.Array(TemplateUseParameters, {
    description: 'The uses, in page order, up to 20 (with `param` and `value`: the matching ones); empty for a citation template',
  }),
});
export type TemplateUser = Static<typeof TemplateUser>;

export const TemplateDetail = Type.Object(
  {
    ...TemplateItem.properties,
    ...pageFields(TemplateUser, "A page of the articles using it, in article id order (the order of import); by a typed value: one item a matching use, in the value's order", ' of articles'),
  },
  { description: 'A template with a page of the articles using it' },
);
export type TemplateDetail = Static<typeof TemplateDetail>;

export const TemplateParams = Type.Object({
  name: Type.String({
    minLength: 1,
    maxLength: 512,
    description: 'The template name, with or without `Template:`, spaces or underscores, first-letter case',
    examples: ['Infobox country'],
  }),
});

const bound = (description: string, examples: string[]) => Type.Optional(Type.String({ minLength: 1, maxLength: 64, description, examples }));

/** `?param=&min=&max=`, `before`/`after` and `order=param`: a range of typed values (infobox templates' parameters). */
export const ValueQuery = {
  min: bound(
    "With `param`: the least typed value, inclusive: a number (`1000000`), a quantity with its unit as a UCUM or ISO 4217 code or as written (`100km2`, `100 sq mi`, `5e8USD`), compared in the dimension's base unit; or a date (`1900-01-01`)",
    ['1000000', '100km2'],
  ),
  max: bound('With `param`: the greatest typed value, inclusive, written as `min` is', ['5000000', '500 sq mi']),
  before: bound('With `param`: only typed dates (or ranges starting) before this ISO date (`1920-01-01`, `1920`, `-0043`)', ['1920-01-01']),
  after: bound('With `param`: only typed dates (or ranges starting) after this ISO date', ['1800-12-31']),
  order: Type.Optional(Type.Literal('param', {
    description: "`param`: the uses in the order of `param`'s typed value (a range is always in that order), keyset-paginated",
  })),
};

export const TemplateQuery = Type.Object({
  param: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'With `value`: only the articles where a use passes this parameter (its name as written: case counts) that value; with `min`, `max`, `before`, `after` or `order=param`: the parameter whose typed value is compared',
    examples: ['capital'],
  })),
  value: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 500,
    description: "With `param`: the parameter's displayed value, whole; case, diacritics and runs of spaces are ignored",
    examples: ['Havana'],
  })),
  ...ValueQuery,
  ...PageQuery,
});
export type TemplateQuery = Static<typeof TemplateQuery>;
