/**
 * The import's multi-row INSERT: an article's rows of one table in one statement for up to ROWS_A_STATEMENT rows, for speed.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Flat, Value } from './rows.js';

/** Rows a multi-row INSERT at most (a document has ~20 blocks, ~20 citation uses). */
const ROWS_A_STATEMENT = 64;

/** Told of every row inserted (the deferred full-text indexes of a bulk import). */
export type Inserted = (table: string, rowid: number | bigint) => void;

/**
 * Inserts an article's rows of `table` (a flat array, `keys.length` values a row, db/rows.ts):
 * the columns of `keys` (their drizzle names) and `article_id`, one call for up to ROWS_A_STATEMENT rows instead of one a row (statements
 * prepared once for each row count). A statement's rows get consecutive rowids.
 */
export function rowsInserter<Row>(sqlite: Database.Database, table: SQLiteTable, keys: readonly (keyof Row & string)[], inserted: Inserted) {
  const name = getTableName(table);
  const columns: Record<string, { name: string }> = getTableColumns(table);
  const names = keys.map((key) => `"${columns[key]!.name}"`);
  const tuple = `(@articleId, ${keys.map(() => '?').join(', ')})`;
  const byCount = new Map<number, Database.Statement>();
  const statementFor = (count: number) => {
    let statement = byCount.get(count);
    if (statement === undefined) {
      statement = sqlite.prepare(`INSERT INTO ${name} (article_id, ${names.join(', ')}) VALUES ${Array(count).fill(tuple).join(', ')}`);
      byCount.set(count, statement);
    }
    return statement;
  };
  const stride = keys.length;
  return (articleId: number, values: Flat<Row>): void => {
    const rows = values.length / stride;
    for (let first = 0; first < rows; first += ROWS_A_STATEMENT) {
      const count = Math.min(ROWS_A_STATEMENT, rows - first);
      const chunk: Value[] = count === rows ? values : values.slice(first * stride, (first + count) * stride);
      const last = Number(statementFor(count).run({ articleId }, ...chunk).lastInsertRowid);
      for (let rowid = last - count + 1; rowid <= last; rowid++) inserted(name, rowid);
    }
  };
}
