/** A copy of the migrations folder whose journal stops before a migration, and the rows of a fresh import copied into the older schema, for tests that build a database as it was before a migration. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase, type Db } from '../../src/db/open.js';
import { citationTextSql } from '../../src/db/citation-text.js';
import { articleSource } from '../../src/db/source.js';
import { LINK_KINDS } from '../../src/db/link-values.js';
import { withText } from '../../src/db/section-text.js';
import { migrationsFolder } from '../../src/paths.js';
import { buildTestDatabase, type TestContext } from './app.js';
import { goldenInputs } from './golden.js';

/** Copies the migrations into `dir` with the journal cut before `tag`; `kept` is how many migrations it still lists. */
export function migrationsBefore(dir: string, tag: string): { folder: string; kept: number } {
  const folder = join(dir, 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const kept = journal.entries.findIndex((entry) => entry.tag === tag);
  if (kept < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, kept);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, kept };
}

/** An empty database at `dir`/old.sqlite, migrated up to the migration before `tag`. */
export function databaseBefore(dir: string, tag: string): Db {
  const db = openDatabase(join(dir, 'old.sqlite'));
  migrate(db, { migrationsFolder: migrationsBefore(dir, tag).folder });
  return db;
}

/**
 * The golden corpus imported fresh (at `freshPath`), and its rows copied into `dir`/old.sqlite, a
 * database migrated up to the migration before `tag`: what a migration's test migrates.
 */
export function goldenCorpusBefore(t: TestContext & { testdir(): string }, tag: string) {
  const freshPath = buildTestDatabase(t, goldenInputs);
  const dir = t.testdir();
  const db = databaseBefore(dir, tag);
  copyFreshRows(db.$client, freshPath);
  return { dir, db, sqlite: db.$client, freshPath };
}

/** The columns of `links` before migration 0016. */
export const LINKS_BEFORE_0016 = 'article_id, part_seq, position, kind, target, target_key, section_idx';

/** The links of database `schema` after migration 0016 (interned), as the columns LINKS_BEFORE_0016 stored them. */
export const linksAsBefore0016 = (schema = 'main') => `SELECT l.article_id, l.part_seq, l.position, k.value, coalesce(l.target, t.key), t.key, l.section_idx
  FROM ${schema}.links l JOIN ${schema}.link_targets t ON t.id = l.target_id JOIN json_each('${JSON.stringify(LINK_KINDS)}') k ON k.key = l.kind`;

/** The columns of `sources` before migration 0022. */
const SOURCES_BEFORE_0022 = ['id', 'title', 'authors', 'year', 'publisher', 'place', 'url', 'kind'];

/** The sources of database `schema` after migration 0022, with the fields they held before it (their representative citation's). */
export const sourcesAsBefore0022 = (schema = 'main') =>
  `SELECT s.id AS id, ${SOURCES_BEFORE_0022.slice(1).map((c) => `w.${c} AS ${c}`).join(', ')}
   FROM ${schema}.sources s JOIN ${schema}.citations w ON w.id = s.citation_id`;

/**
 * Copies the rows of the database at `freshPath` into `sqlite`'s tables (an older schema), by the
 * older schema's columns: every table but the full-text and R*Tree ones (its triggers fill them as
 * they did), drizzle's, and `skip`; links as stored before 0016 when the older schema is; citations'
 * texts whole (as before 0026); sources compressed alone, as every schema before stored them. Foreign
 * keys are off meanwhile.
 */
export function copyFreshRows(sqlite: Database.Database, freshPath: string, skip: string[] = []): void {
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare('ATTACH DATABASE ? AS fresh').run(freshPath);
  const tables = sqlite
    .prepare<[], string>(
      `SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'
         AND name NOT LIKE 'coordinates_rtree%' AND name <> '__drizzle_migrations'`,
    )
    .pluck()
    .all()
    .filter((table) => !skip.includes(table));
  const columnsOf = (table: string, schema: string) => sqlite.prepare<[], string>(`SELECT name FROM pragma_table_info('${table}', '${schema}')`).pluck().all();
  for (const table of tables) {
    const old = columnsOf(table, 'main');
    // Sources before 0022 held their representative citation's fields.
    const sourcesBefore0022 = table === 'sources' && old.includes('title');
    const from = sourcesBefore0022 ? `(${sourcesAsBefore0022('fresh')})` : `fresh."${table}"`;
    // The old schema's columns only; one a later migration dropped (0017: sources.key) gets an empty text.
    const kept = new Set(sourcesBefore0022 ? SOURCES_BEFORE_0022 : columnsOf(table, 'fresh'));
    const columns = old.map((c) => `"${c}"`).join(', ');
    // A citation's text whole, as every schema before 0026 stored it (and every one since can).
    const values = old.map((c) => (!kept.has(c) ? `''` : table === 'citations' && c === 'text' ? citationTextSql('"citations"') : `"${c}"`)).join(', ');
    const linksBefore0016 = table === 'links' && old.includes('target_key');
    sqlite.exec(
      linksBefore0016
        ? `INSERT INTO main.links (${LINKS_BEFORE_0016}) ${linksAsBefore0016('fresh')}`
        : `INSERT INTO main."${table}" (${columns}) SELECT ${values} FROM ${from}`,
    );
    if (table === 'blocks' && !old.includes('text_length')) restoreBlockTexts(sqlite, bodyBlockTexts(sqlite, 'fresh'));
  }
  sqlite.exec('DETACH DATABASE fresh');
  if (columnsOf('parts', 'main').includes('source')) {
    const fresh = openDatabase(freshPath, { readonly: true }).$client;
    plainSources(sqlite, fresh);
    fresh.close();
  }
  sqlite.pragma('foreign_keys = ON');
}

/** Puts `links` back as it was before migration 0016 (text keys, a rowid table, the old index) and drops `link_targets`. */
export function undoMigration0016(sqlite: Database.Database): void {
  sqlite.exec(`CREATE TABLE links_before_0016 (
      article_id integer NOT NULL, part_seq integer NOT NULL, position integer NOT NULL, kind text NOT NULL,
      target text NOT NULL, target_key text NOT NULL, section_idx integer,
      PRIMARY KEY (article_id, part_seq, position), FOREIGN KEY (article_id) REFERENCES articles(id) ON UPDATE no action ON DELETE cascade);
    INSERT INTO links_before_0016 (${LINKS_BEFORE_0016}) ${linksAsBefore0016('main')};
    DROP TABLE links; DROP TABLE link_targets;
    ALTER TABLE links_before_0016 RENAME TO links;
    CREATE INDEX links_target ON links (target_key);`);
}

/** The blocks of database `schema` whose text is in their section's body (migration 0020), with that text. */
export function bodyBlockTexts(sqlite: Database.Database, schema = 'main'): { articleId: number; seq: number; text: string }[] {
  const bodies = new Map<number, Map<number, Uint8Array | null>>();
  for (const { articleId, idx, body } of sqlite
    .prepare<[], { articleId: number; idx: number; body: Uint8Array | null }>(`SELECT article_id AS articleId, idx, body FROM ${schema}.sections`)
    .all()) {
    (bodies.get(articleId) ?? bodies.set(articleId, new Map()).get(articleId)!).set(idx, body);
  }
  const blocks = sqlite
    .prepare<[], { articleId: number; seq: number; sectionIndex: number; text: string; textLength: number | null }>(
      `SELECT article_id AS articleId, seq, section_idx AS sectionIndex, text, text_length AS textLength FROM ${schema}.blocks WHERE text_length IS NOT NULL ORDER BY article_id, seq`,
    )
    .all();
  const byArticle = new Map<number, typeof blocks>();
  for (const block of blocks) (byArticle.get(block.articleId) ?? byArticle.set(block.articleId, []).get(block.articleId)!).push(block);
  return [...byArticle].flatMap(([articleId, rows]) => withText(rows, bodies.get(articleId) ?? new Map()).map(({ seq, text }) => ({ articleId, seq, text })));
}

function restoreBlockTexts(sqlite: Database.Database, texts: { articleId: number; seq: number; text: string }[]): void {
  const update = sqlite.prepare('UPDATE main.blocks SET text = ? WHERE article_id = ? AND seq = ?');
  for (const { articleId, seq, text } of texts) update.run(text, articleId, seq);
}

/** The statements of migration `file` that create `names` (its view and triggers), as it wrote them. */
function statementsOf(file: string, names: string[]): string[] {
  return readFileSync(join(migrationsFolder, file), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.replace(/^(\s*--[^\n]*\n)*/, '').trim())
    .filter((statement) => names.some((name) => new RegExp(`^CREATE (VIEW|TRIGGER) \`${name}\``).test(statement)));
}

/** Puts blocks' text back in their rows and drops the columns of migration 0020, with sections_fts's view and triggers as 0013 made them. */
export function undoMigration0020(sqlite: Database.Database): void {
  plainSources(sqlite);
  const texts = bodyBlockTexts(sqlite);
  sqlite.exec('DROP TRIGGER sections_fts_insert; DROP TRIGGER sections_fts_delete; DROP VIEW sections_fts_source;');
  restoreBlockTexts(sqlite, texts);
  sqlite.exec('ALTER TABLE blocks DROP COLUMN text_length; ALTER TABLE sections DROP COLUMN body;');
  const made = statementsOf('0013_text_once.sql', ['sections_fts_source', 'sections_fts_insert', 'sections_fts_delete']);
  if (made.length !== 3) throw new Error(`migration 0013's view and triggers of sections_fts: found ${made.length} of 3`);
  for (const statement of made) sqlite.exec(statement);
}

/** Puts `blocks` back as a rowid table with its index by section, as before migration 0021. */
export function undoMigration0021(sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec(`CREATE TABLE blocks_before_0021 (
      article_id integer NOT NULL, seq integer NOT NULL, section_idx integer NOT NULL, kind text NOT NULL, text text NOT NULL,
      hatnote_kind text, text_length integer,
      PRIMARY KEY (article_id, seq), FOREIGN KEY (article_id) REFERENCES articles(id) ON UPDATE no action ON DELETE cascade);
    INSERT INTO blocks_before_0021 SELECT article_id, seq, section_idx, kind, text, hatnote_kind, text_length FROM blocks;
    DROP TABLE blocks;
    PRAGMA legacy_alter_table = ON;
    ALTER TABLE blocks_before_0021 RENAME TO blocks;
    PRAGMA legacy_alter_table = OFF;
    CREATE INDEX blocks_section ON blocks (article_id, section_idx);`);
  sqlite.pragma('foreign_keys = ON');
}

/** Puts `sources` back as before migration 0022: each row a copy of its representative citation's fields. */
export function undoMigration0022(sqlite: Database.Database): void {
  sqlite.exec(`CREATE TEMP TABLE sources_before_0022 AS ${sourcesAsBefore0022()};
    ALTER TABLE sources ADD title text; ALTER TABLE sources ADD authors text NOT NULL DEFAULT '[]'; ALTER TABLE sources ADD year integer;
    ALTER TABLE sources ADD publisher text; ALTER TABLE sources ADD place text; ALTER TABLE sources ADD url text;
    ALTER TABLE sources ADD kind text NOT NULL DEFAULT '';
    UPDATE sources SET (title, authors, year, publisher, place, url, kind) =
      (SELECT title, authors, year, publisher, place, url, kind FROM sources_before_0022 b WHERE b.id = sources.id);
    ALTER TABLE sources DROP COLUMN citation_id;
    DROP TABLE sources_before_0022;`);
}

/** Puts every citation's text back in its row and citations_fts's view and triggers as 0013 made them, as before migration 0026. */
export function undoMigration0026(sqlite: Database.Database): void {
  sqlite.exec(`UPDATE citations SET text = ${citationTextSql('citations')} WHERE typeof(text) = 'blob';
    DROP TRIGGER citations_fts_insert; DROP TRIGGER citations_fts_delete; DROP VIEW citations_fts_source;`);
  const made = statementsOf('0013_text_once.sql', ['citations_fts_source', 'citations_fts_insert', 'citations_fts_delete']);
  if (made.length !== 3) throw new Error(`migration 0013's view and triggers of citations_fts: found ${made.length} of 3`);
  for (const statement of made) sqlite.exec(statement);
}

/** Compresses every source of `target` again without its sections' text as dictionary, as before the sources were stored so, reading them from `from`. */
export function plainSources(target: Database.Database, from: Database.Database = target): void {
  const update = target.prepare('UPDATE main.parts SET source = ? WHERE article_id = ?');
  for (const id of from.prepare<[], number>("SELECT article_id FROM parts WHERE typeof(source) = 'blob'").pluck().all()) {
    update.run(deflateRawSync(articleSource(from, id)!), id);
  }
}
