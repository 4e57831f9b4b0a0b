/**
 * Template queries (wikitext articles): every template with the number of articles transcluding
 * it (template_counts), in keyset order of its normalised name; the articles that use one, in article id order,
 * optionally only those passing a parameter a value (through `template_parameters_value`); the
 * uses whose parameter's typed value lies in a range, in value order (through `template_parameters_typed`);
 * and the parameters each use passes.
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
export type UseParameterRow = Pick<Parameter, 'use' | 'name' | 'value' | 'valueKey'> & { /** JSON of a TypedValue, as stored. */ typed: string | null };

/** A use whose parameter's typed value is in a range: its article, the use, and the value as compared. */
export type ValueUserRow = UserRow & { use: number; sortValue: number; parameterPosition: number };

/** A range of one kind of value (`number`, `date`, a base unit), after the keyset position (value, article id, parameter position). */
export interface ValueRange {
  kind: string;
  max: number;
  after: [value: number, articleId: number, position: number];
}

/**
 * The uses of the template `@key` whose `@param` has a typed value of `@kind` up to `@max`, after
 * the keyset position, in value order: the partial index gives the page (the row value seeks to the
 * cursor, so a deep page costs what the first does), and CROSS JOIN keeps that page the outer loop.
 */
export const USERS_BY_VALUE_SQL = `SELECT p.article_id AS articleId, a.title, t.count, t.position, p.use, p.sort_value AS sortValue, p.position AS parameterPosition
  FROM (SELECT article_id, position, template, use, sort_value FROM template_parameters
        WHERE template_key = @key AND name = @param AND sort_kind = @kind
          AND (sort_value, article_id, position) > (@afterValue, @afterId, @afterPosition) AND sort_value <= @max
        ORDER BY sort_value, article_id, position ${LIMIT}) p
  CROSS JOIN templates t ON t.article_id = p.article_id AND t.position = p.template
  CROSS JOIN articles a ON a.id = p.article_id
  ORDER BY p.sort_value, p.article_id, p.position`;

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
  const byValue = sqlite.prepare<{ key: string; param: string; kind: string; max: number; afterValue: number; afterId: number; afterPosition: number; limit: number }, ValueUserRow>(USERS_BY_VALUE_SQL);
  // Both seek the partial index's first entry: what kinds of value a parameter holds, without a scan.
  const hasKind = sqlite.prepare<{ key: string; param: string; kind: string }, { found: 1 }>(
    'SELECT 1 AS found FROM template_parameters WHERE template_key = @key AND name = @param AND sort_kind = @kind LIMIT 1',
  );
  const someKind = sqlite.prepare<{ key: string; param: string }, { kind: string }>(
    'SELECT sort_kind AS kind FROM template_parameters WHERE template_key = @key AND name = @param AND sort_kind IS NOT NULL ORDER BY sort_kind LIMIT 1',
  );
  const parameters = sqlite.prepare<{ articleId: number; template: number }, UseParameterRow>(
    `SELECT use, name, value, value_key AS valueKey, typed FROM template_parameters
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
    /** Up to `limit + 1` uses of the template `key` whose `param` has a typed value in `range`, in value order. */
    usersByValue(key: string, param: string, range: ValueRange, limit: number): ValueUserRow[] {
      const [afterValue, afterId, afterPosition] = range.after;
      return byValue.all({ key, param, kind: range.kind, max: range.max, afterValue, afterId, afterPosition, limit: limit + 1 });
    },
    /** Whether a use of `key` passes `param` a typed value of `kind`; else one kind it does hold (null: none). */
    valueKind(key: string, param: string, kind: string | null): { has: boolean; other: string | null } {
      if (kind !== null && hasKind.get({ key, param, kind })) return { has: true, other: null };
      return { has: false, other: someKind.get({ key, param })?.kind ?? null };
    },
    /** The parameters every use of an article's template passes, in use order. */
    parameters(articleId: number, template: number): UseParameterRow[] {
      return parameters.all({ articleId, template });
    },
  };
}

export type TemplateQueries = ReturnType<typeof createTemplateQueries>;
