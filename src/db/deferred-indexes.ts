/**
 * Bulk import: indexes filled once at the end instead of row by row.
 *
 * Each FTS5 index is kept in step by an `AFTER INSERT` trigger whose body is one
 * `INSERT INTO x_fts (...) VALUES (...)` over `new.*` (migrations 0001, 0002; the coordinates'
 * R*Tree of 0010 too, which goes the same way and gains one statement instead of one a row). Fired per row,
 * every statement that writes a row ends by flushing FTS5's pending terms into a new segment,
 * and the segments are merged again and again: 3–4x the cost of indexing the same rows in one
 * statement, most of the import's time. So, for the run of an import:
 *
 *   1. the insert triggers are read from sqlite_master (their SQL saved as it is) and dropped;
 *   2. the writer reports the rowid of every row it inserts (kept as ranges);
 *   3. at the end (and in a few large batches while the import waits for its parse worker) each
 *      trigger's own INSERT runs as INSERT…SELECT over the rows inserted since, `new` now being
 *      an alias of the table — the same expressions, so the same index rows — in order of the
 *      index's rowid (FTS5 flushes whenever a rowid goes down);
 *   4. the triggers are created again from the saved SQL.
 *
 * Delete and update triggers stay in place: rows deleted or updated during the run (an article
 * replaced by title, a redirect moved) leave the indexes as the triggers always did. The bulk
 * statements read other tables as they are at the end of the run; that is what the triggers read
 * too, since the writer never changes a row a trigger reads after the row that fires it (a
 * section's blocks are written before the section).
 */
import type Database from 'better-sqlite3';

interface Deferred {
  table: string;
  /** The table the trigger inserts into (an FTS5 index). */
  target: string;
  /** The trigger's CREATE statement, as stored. */
  sql: string;
  /** Its INSERT as INSERT…SELECT over the rowid ranges given as JSON `[[lo, hi], ...]`. */
  fill: string;
}

// CREATE TRIGGER name AFTER INSERT ON table BEGIN INSERT INTO target (columns) VALUES (exprs); END
const SINGLE_INSERT_TRIGGER =
  /^CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+[`"]?(\w+)[`"]?\s+BEGIN\s+(INSERT\s+INTO\s+[`"]?(\w+)[`"]?\s*\([^;]*?\))\s*VALUES\s*\(([\s\S]*)\)\s*;\s*END;?$/i;

/** The statement that does, for the given rows at once, what the trigger does for each; null if the trigger is not of that form. */
export function bulkStatementOf(triggerSql: string): { table: string; target: string; fill: string } | null {
  const match = SINGLE_INSERT_TRIGGER.exec(triggerSql.trim());
  if (!match) return null;
  const [, table, insert, target, values] = match as unknown as [string, string, string, string, string];
  // CROSS JOIN keeps the ranges as the outer loop: each range is a rowid range scan of the table.
  const fill =
    `${insert} SELECT ${values} FROM json_each(?) AS deferred_range CROSS JOIN "${table}" AS new ` +
    `WHERE new.rowid BETWEEN deferred_range.value ->> 0 AND deferred_range.value ->> 1 ORDER BY 1`;
  return { table, target, fill };
}

/** Rowids, as few ranges as they allow (rows are mostly inserted with ascending rowids). */
class RowidRanges {
  private flat: number[] = [];
  /** How many rowids. */
  size = 0;

  add(rowid: number): void {
    const last = this.flat.length - 1;
    if (last > 0 && this.flat[last] === rowid - 1) this.flat[last] = rowid;
    else this.flat.push(rowid, rowid);
    this.size++;
  }

  clear(): void {
    this.flat = [];
    this.size = 0;
  }

  toJSON(): number[][] {
    const pairs: number[][] = [];
    for (let i = 0; i < this.flat.length; i += 2) pairs.push([this.flat[i]!, this.flat[i + 1]!]);
    return pairs;
  }
}

export interface DeferredIndexes {
  /** Tells of a row inserted into `table` (rows of tables without a deferred trigger are ignored). */
  inserted(table: string, rowid: number | bigint): void;
  /**
   * Indexes the rows inserted so far if they are at least `atLeast`; whether it did. The import
   * calls it while it waits for its parse worker. Rows the triggers read must be final when their
   * row is inserted (they are: see above).
   */
  fill(atLeast?: number): boolean;
  /** Indexes the rows inserted since the last fill and re-creates the triggers. Call once, after the last write. */
  finish(): void;
}

/**
 * Drops the insert triggers that can be run in bulk. Only for the import's temporary database:
 * a run that fails is thrown away, and the triggers with it.
 */
export function deferIndexTriggers(sqlite: Database.Database): DeferredIndexes {
  const triggers = sqlite
    .prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid`)
    .all();
  const deferred: Deferred[] = [];
  for (const { name, sql } of triggers) {
    const bulk = bulkStatementOf(sql);
    if (!bulk) continue;
    sqlite.prepare(bulk.fill); // throws now, before anything is dropped, if the derived statement is not valid SQL
    deferred.push({ ...bulk, sql });
    sqlite.exec(`DROP TRIGGER "${name}"`);
  }
  const ranges = new Map<string, RowidRanges>(deferred.map(({ table }) => [table, new RowidRanges()]));
  const restoreSettings = bulkSettings(sqlite, new Set(deferred.map(({ target }) => target)));
  let finished = false;
  let pending = 0;

  const fill = (atLeast = 1): boolean => {
    if (finished) throw new Error('deferred indexes already finished');
    if (pending === 0 || pending < atLeast) return false;
    for (const { table, fill } of deferred) {
      const rows = ranges.get(table)!;
      if (rows.size > 0) sqlite.prepare(fill).run(JSON.stringify(rows));
      rows.clear();
    }
    pending = 0;
    return true;
  };
  return {
    inserted(table, rowid) {
      const rows = ranges.get(table);
      if (rows === undefined) return;
      rows.add(Number(rowid));
      pending++;
    },
    fill,
    finish() {
      fill();
      finished = true;
      restoreSettings();
      for (const { sql } of deferred) sqlite.exec(sql);
    },
  };
}

/**
 * FTS5 settings for a bulk run, and FTS5's own defaults, which the run sets back:
 *
 * - `hashsize`: pending terms are written as a segment per 64 MB instead of per 1 MB;
 * - `automerge`: segments are merged 16 at a time instead of 4, so each term's data is rewritten
 *   fewer times as the index grows (`crisismerge`, the count at which a level is merged at once,
 *   raised with it).
 *
 * Filling the indexes is most of an import's main thread (at 100,000 documents 50 of 90 s, much
 * of it merging). Measured on this 2-core machine: 10,000 documents 8.5 → 6.0–7.1 s with the
 * larger hash (automerge makes no difference at that size); 100,000 documents 88–92 s with the
 * larger hash alone, 66–81 s with both, and the same query times on the result.
 */
const BULK_SETTINGS = { hashsize: 64 * 1_048_576, automerge: 16, crisismerge: 64 } as const;
const FTS5_DEFAULTS: Record<keyof typeof BULK_SETTINGS, number> = { hashsize: 1_048_576, automerge: 4, crisismerge: 16 };

/** The database's FTS5 tables, by name (also scripts/check-indexes.mjs). */
export function fts5Tables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`)
    .all()
    .filter(({ sql }) => /\busing\s+fts5\b/i.test(sql))
    .map(({ name }) => name);
}

/** Applies BULK_SETTINGS to the FTS5 tables among `tables`; returns what sets back the values they had (kept in each table's `_config`). */
function bulkSettings(sqlite: Database.Database, tables: Set<string>): () => void {
  const fts5 = fts5Tables(sqlite).filter((name) => tables.has(name));
  // FTS5 takes configuration values as integer literals only (a bound JS number is a REAL).
  const set = (table: string, key: string, value: number) =>
    sqlite.exec(`INSERT INTO "${table}" ("${table}", rank) VALUES ('${key}', ${Math.trunc(value)})`);
  const keys = Object.keys(BULK_SETTINGS) as (keyof typeof BULK_SETTINGS)[];
  const before = fts5.flatMap((table) => {
    const stored = sqlite.prepare<[], { k: string; v: unknown }>(`SELECT k, v FROM "${table}_config"`).all();
    return keys.map((key) => {
      const value = stored.find(({ k }) => k === key)?.v;
      return { table, key, value: typeof value === 'number' ? value : FTS5_DEFAULTS[key] };
    });
  });
  for (const table of fts5) for (const key of keys) set(table, key, BULK_SETTINGS[key]);
  return () => {
    for (const { table, key, value } of before) set(table, key, value);
  };
}

/**
 * Drops the non-unique indexes, to be created again from their saved SQL by the function
 * returned: one sort at the end instead of an insert at a random place of each index for every
 * row (citations by source and year, links by target, titles by folded title). Only for an
 * import into an empty database: nothing the writer looks up or deletes then needs them (unique
 * indexes stay, for lookups by title and source key), and creating an index reads the whole
 * table, which for a small import into a large database would cost more than it saves.
 */
export function deferSecondaryIndexes(sqlite: Database.Database): () => void {
  const indexes = sqlite
    .prepare<[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY rowid`,
    )
    .all();
  for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
  return () => {
    for (const { sql } of indexes) sqlite.exec(sql);
  };
}
