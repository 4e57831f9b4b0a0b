/**
 * The MCP tools, as server.ts lists them: those across the corpus, those on one article and those
 * over categories, templates and places (tool-kit.ts says what one is made of).
 */
import type { License } from '../api/wire/articles.js';
import type { Db } from '../db/open.js';
import { articleTools } from './article-tools.js';
import { categoryTools } from './category-tools.js';
import { templateTools } from './template-tools.js';
import { corpusTools } from './corpus-tools.js';
import { placeTools } from './place-tools.js';
import { createToolQueries, type ToolDefinition } from './tool-kit.js';

export type { ToolContext, ToolDefinition } from './tool-kit.js';

export function createTools(db: Db, license: License | null = null): ToolDefinition[] {
  const queries = createToolQueries(db, license);
  return [...corpusTools(queries), ...articleTools(queries), ...categoryTools(queries), ...templateTools(queries), ...placeTools(queries)];
}
