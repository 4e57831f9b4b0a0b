/**
 * Finding what a request names, shared by the REST routes and the MCP tools: an article by any
 * spelling (404 with the closest titles otherwise) and one of its sections by index or anchor.
 */
import { anchorOf } from '../document/anchors.js';
import type { ArticleQueries, Resolved } from '../db/queries/articles.js';
import { httpDate } from '../plugins/caching.js';
import type { Section } from './wire/articles.js';
import { articleHref } from './wire/links.js';
import { HttpProblem, type Problem } from './wire/problem.js';

/** The 404 problem for an unknown title, naming the closest titles. */
export function articleNotFound(queries: ArticleQueries, title: string, errors?: Problem['errors']): HttpProblem {
  const suggestions = queries.suggest(title);
  return new HttpProblem(
    404,
    'Article not found',
    `There is no article titled "${title}".` + (suggestions.length ? ` Closest titles: ${suggestions.join(', ')}.` : ''),
    errors,
    { suggestions: suggestions.map((suggestion) => ({ title: suggestion, href: articleHref(suggestion) })) },
  );
}

/** The article a title names (any spelling or redirect); throws the 404 problem. */
export function resolveArticle(queries: ArticleQueries, title: string): Resolved {
  const resolved = queries.resolve(title);
  if (!resolved) throw articleNotFound(queries, title);
  return resolved;
}

/** A section by its index (`0` is the lead) or its anchor (spaces for underscores, any case); throws the 404 problem. */
export function findSection(sections: Section[], asked: string, articleTitle: string): Section {
  const anchor = anchorOf(asked.trim());
  const section = /^\d{1,6}$/.test(asked)
    ? sections[Number(asked)]
    : (sections.find((s) => s.anchor === anchor) ?? sections.find((s) => s.anchor?.toLowerCase() === anchor.toLowerCase()));
  if (!section) {
    throw new HttpProblem(404, 'Section not found', `"${articleTitle}" has no section "${asked}" (it has ${sections.length}, indexed 0–${sections.length - 1}).`);
  }
  return section;
}

/** A resolved title with the `Last-Modified` date its answers carry (null for text documents). */
export type Served = Resolved & { lastModified: string | null };

export const withLastModified = (resolved: Resolved): Served => ({
  ...resolved,
  lastModified: resolved.revisionTimestamp ? httpDate(resolved.revisionTimestamp) : null,
});
