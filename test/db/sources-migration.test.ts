/**
 * Migration 0022 on a database as it was before it (sources holding a copy of their representative
 * citation's fields, the corpus of the golden answers copied in): each source names that citation
 * instead, every answer is byte for byte the golden one; a source whose copy no citation of its
 * matches takes its first citation, and one no citation points to is dropped. (That runs leave
 * each source naming a citation of its own: test/importer/grouping-order.test.ts.)
 */
import { join } from 'node:path';
import t from 'tap';
import { migrateDatabase } from '../../src/db/open.js';
import { appOverFile } from '../helpers/app.js';
import { differingFromGolden } from '../helpers/golden.js';
import { goldenCorpusBefore, sourcesAsBefore0022 } from '../helpers/migrations.js';

const TAG = '0022_sources_as_citations';
const FIELDS = 'SELECT id, title, authors, year, publisher, place, url, kind FROM sources ORDER BY id';
/** Sources that do not name a citation citing them. */
const STRAY = `SELECT count(*) FROM sources s LEFT JOIN citations c ON c.id = s.citation_id WHERE c.id IS NULL OR c.source_id IS NOT s.id`;

t.test('migration 0022: each source names its representative citation; every golden answer unchanged', async (t) => {
  const { dir, db, sqlite } = goldenCorpusBefore(t, TAG);
  const before = sqlite.prepare(FIELDS).raw().all();
  t.ok(before.length > 20, `${before.length} sources with their fields copied`);

  migrateDatabase(db);
  const columns = sqlite.prepare(`SELECT name FROM pragma_table_info('sources')`).pluck().all();
  t.same(columns, ['id', 'citation_id'], 'a source holds its id and its citation only');
  t.same(sqlite.prepare(`${sourcesAsBefore0022()} ORDER BY s.id`).raw().all(), before, "each source's fields read from its citation are the copy it held");
  t.equal(sqlite.prepare(STRAY).pluck().get(), 0, 'each names a citation of its own');
  t.same(sqlite.pragma('foreign_key_check'), [], 'foreign keys hold');
  sqlite.close();

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `${compared} answers over the migrated database, byte for byte the golden ones`);
});

t.test('migration 0022: the citation a source was copied from before any other; else its first; a source nothing cites goes', async (t) => {
  const { db, sqlite } = goldenCorpusBefore(t, TAG);
  const firsts = sqlite
    .prepare<[], { source: number; citation: number }>(
      `SELECT source_id AS source, min(id) AS citation FROM citations WHERE source_id IS NOT NULL AND kind <> 'ibid' GROUP BY source_id ORDER BY min(id) LIMIT 3`,
    )
    .all();
  t.equal(firsts.length, 3, 'three sources');
  const [a, b, c] = firsts as [(typeof firsts)[0], (typeof firsts)[0], (typeof firsts)[0]];
  // b's work cited also by a's citation, which comes first: b was still copied from its own.
  sqlite.prepare('UPDATE citations SET source_id = ? WHERE source_id = ?').run(b.source, a.source);
  // c's copy as an earlier writer could leave it, the citation it came from since replaced.
  sqlite.prepare(`UPDATE sources SET title = 'A title no citation has' WHERE id = ?`).run(c.source);
  const count = sqlite.prepare('SELECT count(*) FROM sources').pluck().get() as number;

  migrateDatabase(db);
  const named = sqlite.prepare('SELECT citation_id FROM sources WHERE id = ?').pluck();
  t.equal(named.get(b.source), b.citation, 'the citation the copy was made from, not the first');
  t.equal(named.get(c.source), c.citation, 'a copy no citation matches: its first citation');
  t.equal(named.get(a.source), undefined, 'a source nothing cites is gone');
  t.equal(sqlite.prepare('SELECT count(*) FROM sources').pluck().get(), count - 1, 'no other source is');
  t.equal(sqlite.prepare(STRAY).pluck().get(), 0, 'each names a citation of its own');
  sqlite.close();
});
