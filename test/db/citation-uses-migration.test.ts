/**
 * Migration 0019 on a database as it was before it (migrations 0000–0018, the corpus of the golden
 * answers copied in): citation_uses becomes WITHOUT ROWID with every row kept, and every answer is
 * byte for byte the golden one.
 */
import { join } from 'node:path';
import t from 'tap';
import { migrateDatabase } from '../../src/db/open.js';
import { appOverFile } from '../helpers/app.js';
import { differingFromGolden } from '../helpers/golden.js';
import { goldenCorpusBefore } from '../helpers/migrations.js';

const USES = 'SELECT article_id, part_seq, position, n, section_idx FROM citation_uses ORDER BY 1, 2, 3';

t.test('migration 0019: citation_uses WITHOUT ROWID; every row and every golden answer unchanged', async (t) => {
  const { dir, db, sqlite } = goldenCorpusBefore(t, '0019_citation_uses_without_rowid');
  t.notMatch(sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'citation_uses'`).pluck().get(), /WITHOUT ROWID/, 'before: a rowid table');
  t.ok(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_citation_uses_1'`).get(), 'before: its key an index beside it');

  const before = sqlite.prepare(USES).raw().all();
  t.ok(before.length > 20, `${before.length} uses in the old shape`);

  migrateDatabase(db);
  t.match(sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'citation_uses'`).pluck().get(), /WITHOUT ROWID\s*$/, 'citation_uses is WITHOUT ROWID');
  t.notOk(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_citation_uses_1'`).get(), 'no index beside it for its key');
  t.ok(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'citation_uses_n'`).get(), 'its index by citation number made again');
  t.same(sqlite.prepare(USES).raw().all(), before, 'every use as it was');
  t.same(sqlite.pragma('foreign_key_check'), [], 'foreign keys hold');
  sqlite.close();

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `${compared} answers over the migrated database, byte for byte the golden ones`);
});
