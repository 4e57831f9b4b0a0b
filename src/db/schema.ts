/**
 * The database schema (drizzle): the source of the row types, one file a concern in ./schema/,
 * all of it exported here. Migrations in `migrations/` are generated from this file by drizzle-kit
 * (drizzle.config.ts); FTS5 tables and the R*Tree live in custom migrations, outside it.
 *
 * Losslessness: `parts` holds every line of every source document (kind, line, lead, raw), so
 * `render()` over an article's parts gives back its source byte for byte. The other tables are
 * the parsed views, pointing at parts by `(article_id, seq)`.
 */
export * from './schema/articles.js';
export * from './schema/changes.js';
export * from './schema/citations.js';
export * from './schema/content.js';
