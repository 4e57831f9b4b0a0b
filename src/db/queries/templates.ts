/**
 * Template queries (wikitext articles): every template with the number of articles transcluding
 * it (template_counts), in keyset order of its normalised name; the articles that use one, in article id order,
 * optionally only those passing a parameter a value (through `template_parameters_value`); and
 * the parameters each use passes.
 */
import { normalizeTitle } from '../../document/titles.js';
import type { Db } from '../open.js';
import type { articles, templateCounts, templateParameters, templates } from '../schema.js';
import { LIMIT } from './limit.js';

type Template = typeof templates.$inferSelect;
type Parameter = typeof templateParameters.$inferSelect;

/** A template with the number of articles using it (counted at import); `citation` when its parameters are read into citations, not kept. */
export type TemplateRow = Pick<typeof templateCounts.$inferSelect, 'nameKey' | 'name' | 'articles'> & { citation: 0 | 1 };

/** An article using a template: how often, and where the template is in its list (its parameters' `template`). */
export type UserRow = Pick<Template, 'articleId' | 'count' | 'position'> & Pick<typeof articles.$inferSelect, 'title'>;

/** A parameter one use passes. */
export type UseParameterRow = Pick<Parameter, 'use' | 'name' | 'value' | 'valueKey'>;

/**
 * The articles where a use of the template `@key` passes `@param` the folded `@value`: the index
 * gives their ids in order (DISTINCT folds an article's several matching uses), and CROSS JOIN
 * keeps that page the outer loop — left to itself, the planner walks every user of the template
 * and sorts (a template on every article then costs a scan of them all).
 */
export const USERS_WITH_SQL = `SELECT t.article_id AS articleId, a.title, t.count, t.position
  FROM (SELECT DISTINCT article_id FROM template_parameters
        WHERE template_key = @key AND name = @param AND value_key = @value AND article_id > @after
        ORDER BY article_id ${LIMIT}) m
  CROSS JOIN templates t ON t.name_key = @key AND t.article_id = m.article_id
  CROSS JOIN articles a ON a.id = m.article_id
  ORDER BY m.article_id`;

export function createTemplateQueries(db: Db) {
  const sqlite = db.$client;
  const counted = `SELECT name_key AS nameKey, name, articles, is_citation AS citation FROM template_counts`;
  const list = sqlite.prepare<{ after: string; limit: number }, TemplateRow>(`${counted} WHERE name_key > @after ORDER BY name_key ${LIMIT}`);
  const byKey = sqlite.prepare<[string], TemplateRow>(`${counted} WHERE name_key = ?`);
  const users = sqlite.prepare<{ key: string; after: number; limit: number }, UserRow>(
    `SELECT t.article_id AS articleId, a.title, t.count, t.position
     FROM templates t JOIN articles a ON a.id = t.article_id
     WHERE t.name_key = @key AND t.article_id > @after
     ORDER BY t.article_id ${LIMIT}`,
  );
  const usersWith = sqlite.prepare<{ key: string; param: string; value: string; after: number; limit: number }, UserRow>(USERS_WITH_SQL);
  const parameters = sqlite.prepare<{ articleId: number; template: number }, UseParameterRow>(
    `SELECT use, name, value, value_key AS valueKey FROM template_parameters
     WHERE article_id = @articleId AND template = @template ORDER BY position`,
  );

  return {
    /** Up to `limit + 1` templates after the key `after` ('' for the first page). */
    list(after: string, limit: number): TemplateRow[] {
      return list.all({ after, limit: limit + 1 });
    },
    /** A template by any spelling of its name, with or without `Template:`. */
    get(name: string): TemplateRow | null {
      return byKey.get(normalizeTitle(name.replace(/^\s*Template\s*:/i, ''))) ?? null;
    },
    /**
     * Up to `limit + 1` articles using the template `key` after the article id `after`; with
     * `where`, only those where a use passes `param` a value whose folded form is `value`.
     */
    users(key: string, after: number, limit: number, where?: { param: string; value: string }): UserRow[] {
      return where ? usersWith.all({ key, ...where, after, limit: limit + 1 }) : users.all({ key, after, limit: limit + 1 });
    },
    /** The parameters every use of an article's template passes, in use order. */
    parameters(articleId: number, template: number): UseParameterRow[] {
      return parameters.all({ articleId, template });
    },
  };
}

export type TemplateQueries = ReturnType<typeof createTemplateQueries>;
