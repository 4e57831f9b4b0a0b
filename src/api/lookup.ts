/**
 * Finding what a request names, shared by the REST routes and the MCP tools: an article by any
 * spelling (404 with the closest titles otherwise) and one of its sections by index or anchor.
 */
import { anchorOf } from '../document/anchors.js';
import { titleSlug } from '../document/titles.js';
import type { ArticleQueries, ResolvedRow } from '../db/queries/articles.js';
import { httpDate } from '../plugins/caching.js';
import type { ResolvedRef, Section } from './wire/articles.js';
import { articleHref, articleRef } from './wire/links.js';
import { HttpProblem, type Problem } from './wire/problem.js';

/** The article a title names, as the answers name it (`ref`). `revisionTimestamp` (ISO 8601) is null for text documents. */
export type Resolved = Pick<ResolvedRow, 'id' | 'contentHash' | 'revisionTimestamp'> & {
  ref: ResolvedRef;
  /** Whether the title asked for is the canonical spelling: the title itself, its slug or underscores for spaces (not a redirect or another spelling). */
  canonical: boolean;
};

/** The article a title names (any spelling or redirect), with how the title was resolved; null for none. */
export function resolveTitle(queries: ArticleQueries, asked: string): Resolved | null {
  const row = queries.resolve(asked);
  if (!row) return null;
  const { id, title, contentHash, revisionTimestamp } = row;
  if (row.from !== undefined) {
    const ref: ResolvedRef = { ...articleRef(title), redirectedFrom: row.from, ...(row.fragment ? { redirectFragment: row.fragment } : {}) };
    return { id, ref, canonical: false, contentHash, revisionTimestamp };
  }
  const canonical = asked === title || asked === titleSlug(title) || asked === title.replace(/ /g, '_');
  const ref: ResolvedRef = { ...articleRef(title), ...(canonical ? {} : { normalizedFrom: asked }) };
  return { id, ref, canonical, contentHash, revisionTimestamp };
}

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
  const resolved = resolveTitle(queries, title);
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
