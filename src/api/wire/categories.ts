/** The wire schemas of categories: a category with its count, its members, their pages and the path parameter. */
import { Type, type Static } from 'typebox';
import { ArticleRef, Page, pageFields } from './common.js';

export const CategoryItem = Type.Object(
  {
    name: Type.String({ examples: ['Revolutionaries'] }),
    articles: Type.Integer({ description: 'How many articles are in it', examples: [12] }),
    href: Type.String({ description: 'The category resource', examples: ['/v1/categories/Revolutionaries'] }),
  },
  { description: 'A category of wikitext articles (`[[Category:X]]`)' },
);
export type CategoryItem = Static<typeof CategoryItem>;

export const CategoryPage = Page(CategoryItem, 'A page of categories, in name order');

export const CategoryMember = Type.Object({
  ...ArticleRef.properties,
  sortKey: Type.Union([Type.String(), Type.Null()], { description: 'The sort key the article gives, null when none (then its DEFAULTSORT or title)' }),
});

export const CategoryDetail = Type.Object(
  {
    ...CategoryItem.properties,
    ...pageFields(CategoryMember, 'A page of members, by sort key', ' of members'),
  },
  { description: 'A category with a page of its members' },
);
export type CategoryDetail = Static<typeof CategoryDetail>;

export const CategoryParams = Type.Object({
  name: Type.String({
    minLength: 1,
    maxLength: 512,
    description: 'The category name, with or without `Category:`, spaces or underscores, first-letter case',
    examples: ['Revolutionaries'],
  }),
});
