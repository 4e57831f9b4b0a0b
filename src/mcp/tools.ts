/**
 * The MCP tools (tool-kit.ts says what one is made of) and what the `article://{title}` resources
 * read: the readable text of a whole article, the list of articles, completion of titles.
 */
import { articleList, loadArticle } from '../api/articles.js';
import { resolveArticle } from '../api/lookup.js';
import { pageOf } from '../api/pagination.js';
import { titleSuggestions } from '../api/search.js';
import type { License } from '../api/wire/articles.js';
import { HttpProblem } from '../api/wire/problem.js';
import type { Db } from '../db/open.js';
import { createArticleQueries } from '../db/queries/articles.js';
import { createSearchQueries } from '../db/queries/search.js';
import { articleTools } from './article-tools.js';
import { categoryTools } from './category-tools.js';
import { corpusTools } from './corpus-tools.js';
import { placeTools } from './place-tools.js';
import { articleBlocks, joinBlocks } from './text.js';
import { createToolQueries, type ToolDefinition } from './tool-kit.js';

export type { ToolContext, ToolDefinition } from './tool-kit.js';

export function createTools(db: Db, license: License | null = null): ToolDefinition[] {
  const queries = createToolQueries(db, license);
  return [...corpusTools(queries), ...articleTools(queries), ...categoryTools(queries), ...placeTools(db)];
}

/** The readable text of a whole article, for the `article://{title}` resource, and completion of its titles. */
export function createArticleReader(db: Db) {
  const articles = createArticleQueries(db);
  const search = createSearchQueries(db);
  return {
    /** Titles (and redirects) completing what has been typed, as /v1/titles; none for what cannot be a prefix. */
    complete(prefix: string, limit: number): string[] {
      if (prefix.trim() === '' || prefix.length > 256) return [];
      try {
        return titleSuggestions(search, prefix, limit).map((suggestion) => suggestion.title);
      } catch (error) {
        if (error instanceof HttpProblem) return [];
        throw error;
      }
    },
    read(title: string) {
      const resolved = resolveArticle(articles, title);
      const article = loadArticle(articles, resolved.id)!;
      return { resolved, text: joinBlocks(articleBlocks(article)) };
    },
    list(limit: number, cursor: string | undefined) {
      return articleList(articles, { limit, cursor }, (...rest) => pageOf('/v1/articles', ...rest));
    },
  };
}
