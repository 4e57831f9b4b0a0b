/**
 * The template_counts table (migration 0012) counted again from `templates`, at the end of an
 * import run and by the migration that creates it: what /v1/templates lists, read without a scan.
 */
import type Database from 'better-sqlite3';

/**
 * Every template's name (as the first article using it spells it), its number of articles, and
 * whether it is a citation template; inside the run's transaction, so they hold for the database it leaves.
 */
export function countTemplates(sqlite: Database.Database): void {
  sqlite.exec(`DELETE FROM template_counts;
    INSERT INTO template_counts (name_key, name, articles, is_citation)
      SELECT name_key, min(name), count(*), max(is_citation) FROM templates GROUP BY name_key`);
}
