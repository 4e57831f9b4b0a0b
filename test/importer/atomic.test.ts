/** The import's atomic file is compacted (VACUUM INTO) when the run made it, or when many of its pages are free, and only then; in pages of 8 KB. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { PAGE_SIZE } from '../../src/db/open.js';
import { buildAtomically } from '../../src/importer/atomic.js';

const fill = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) SELECT i, hex(randomblob(400)) FROM n`;

t.test('a run that leaves many free pages is compacted; one that does not is renamed as it is', async (t) => {
  const dir = t.testdir();
  const dbPath = join(dir, 'db.sqlite');
  buildAtomically(dbPath, (db) => {
    db.$client.exec(`CREATE TABLE kept (i, x); CREATE TABLE dropped (i, x); INSERT INTO kept ${fill}; INSERT INTO dropped ${fill}`);
  });
  const full = statSync(dbPath).size;
  buildAtomically(dbPath, (db) => {
    db.$client.exec('DELETE FROM kept WHERE i <= 400'); // a twentieth of the pages free: not worth a rewrite
  });
  const freeAfterFew = new Database(dbPath, { readonly: true }).pragma('freelist_count', { simple: true }) as number;
  t.ok(freeAfterFew > 0, `a run that frees a few pages (${freeAfterFew}) leaves them`);
  t.equal(statSync(dbPath).size, full, 'and the file as large');
  buildAtomically(dbPath, (db) => {
    db.$client.exec('DROP TABLE dropped');
  });
  const db = new Database(dbPath, { readonly: true });
  t.equal(db.pragma('freelist_count', { simple: true }), 0, 'a run that frees half the pages is compacted: none free');
  t.ok(statSync(dbPath).size < full * 0.6, `the file shrinks (${full} → ${statSync(dbPath).size} bytes)`);
  t.equal(db.prepare('SELECT count(*) FROM kept').pluck().get(), 4000 - 400, 'with its rows');
  t.equal(db.pragma('journal_mode', { simple: true }), 'delete', 'in rollback-journal mode, for read-only servers');
  db.close();
  t.same(readdirSync(dir).filter((name) => name !== 'db.sqlite'), [], 'no temporary file left');
  t.notOk(existsSync(`${dbPath}-journal`));
});

t.test('a run that makes a new database writes it compact, in pages of 8 KB; an older file gets them when it is compacted', async (t) => {
  const dir = t.testdir();
  const dbPath = join(dir, 'db.sqlite');
  buildAtomically(dbPath, (db) => {
    db.$client.exec(`CREATE TABLE kept (i, x); INSERT INTO kept ${fill}; DELETE FROM kept WHERE i <= 200`); // a few pages free
  });
  let db = new Database(dbPath, { readonly: true });
  t.equal(db.pragma('freelist_count', { simple: true }), 0, 'written again: no page free');
  t.equal(db.pragma('page_size', { simple: true }), PAGE_SIZE);
  t.equal(PAGE_SIZE, 8192);
  db.close();

  const older = join(dir, 'older.sqlite');
  db = new Database(older);
  db.pragma('page_size = 4096');
  db.exec(`CREATE TABLE kept (i, x); CREATE TABLE dropped (i, x); INSERT INTO kept ${fill}; INSERT INTO dropped ${fill}`);
  db.close();
  buildAtomically(older, (db) => db.$client.exec('DELETE FROM kept WHERE i <= 100'));
  t.equal(new Database(older, { readonly: true }).pragma('page_size', { simple: true }), 4096, 'an existing file not compacted keeps its pages');
  buildAtomically(older, (db) => db.$client.exec('DROP TABLE dropped'));
  t.equal(new Database(older, { readonly: true }).pragma('page_size', { simple: true }), PAGE_SIZE, 'compacted, it gets pages of 8 KB');
});
