/** Redirects as /v1/redirects answers them: a page of them in title order, and one by any spelling of its title (404 otherwise). */
import type { RedirectQueries, RedirectRow } from '../db/queries/redirects.js';
import { decodeCursor, pageLimit, type Paginate } from './pagination.js';
import { articleHref } from './wire/links.js';
import { HttpProblem } from './wire/problem.js';
import type { Redirect } from './wire/redirects.js';

const toItem = (row: RedirectRow): Redirect => ({ from: row.from, to: row.to, fragment: row.fragment, href: articleHref(row.to) });

/** A page of redirects after the query's cursor. */
export function redirectList(queries: RedirectQueries, query: { limit?: number; cursor?: string }, paginate: Paginate) {
  const limit = pageLimit(query);
  const [after] = decodeCursor(query.cursor, ['string']) ?? [''];
  return paginate(queries.list(after as string, limit), limit, (row) => [row.fromKey], toItem);
}

/** The redirect of any spelling of a title; 404 otherwise, naming the article when the title is one. */
export function redirectByTitle(queries: RedirectQueries, title: string): Redirect {
  const redirect = queries.get(title);
  if (!redirect) {
    const article = queries.article(title);
    throw new HttpProblem(
      404,
      'Redirect not found',
      `There is no redirect titled "${title}".` + (article ? ` "${article}" is an article: ${articleHref(article)}.` : ''),
    );
  }
  return toItem(redirect);
}
