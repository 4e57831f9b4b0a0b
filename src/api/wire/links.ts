/** The links the answers carry: every resource's path under /v1, built from a title, a name or an id. */
import { titleSlug } from '../../document/titles.js';
import type { ArticleRef } from './common.js';

const hrefOf = (slug: string) => `/v1/articles/${slug}`;
export const articleHref = (title: string): string => hrefOf(titleSlug(title));
export const categoryHref = (name: string): string => `/v1/categories/${titleSlug(name)}`;
export const templateHref = (name: string): string => `/v1/templates/${titleSlug(name)}`;
/** Every hit of a list names its article: the slug is computed once for both fields. */
export const articleRef = (title: string): ArticleRef => {
  const slug = titleSlug(title);
  return { title, slug, href: hrefOf(slug) };
};
export const sourceHref = (id: number): string => `/v1/sources/${id}`;
