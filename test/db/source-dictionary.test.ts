/**
 * A source compressed with its sections' text as DEFLATE dictionary (src/db/source.ts): read back
 * byte for byte, smaller than compressed alone, and a source stored alone (as before) read the same.
 */
import { deflateRawSync } from 'node:zlib';
import t from 'tap';
import { openDatabase } from '../../src/db/open.js';
import { articleParts, articleSource } from '../../src/db/source.js';
import { buildTestDatabase } from '../helpers/app.js';
import { goldenInputs } from '../helpers/golden.js';
import { plainSources } from '../helpers/migrations.js';

t.test("sources compressed against their sections' text: smaller, read back whole, and older rows read as they were", async (t) => {
  const db = openDatabase(buildTestDatabase(t, goldenInputs));
  t.teardown(() => db.$client.close());
  const sqlite = db.$client;
  const ids = sqlite.prepare<[], number>('SELECT article_id FROM parts ORDER BY article_id').pluck().all();
  const sources = ids.map((id) => articleSource(db, id)!);
  const parts = ids.map((id) => articleParts(sqlite, id));
  t.same(parts.map((list) => list.map(({ lead, raw }) => lead + raw).join('')), sources.map((source, i) => source.slice(0, source.length - trailing(i))), 'the parts are the source');

  const stored = sqlite.prepare<[], number>('SELECT sum(length(source)) FROM parts').pluck().get()!;
  const alone = sources.reduce((sum, source) => sum + deflateRawSync(source).length, 0);
  t.ok(stored < alone * 0.9, `${ids.length} sources: ${stored} bytes against ${alone} compressed alone`);

  plainSources(sqlite);
  t.equal(sqlite.prepare<[], number>('SELECT sum(length(source)) FROM parts').pluck().get(), alone, 'stored alone, as before');
  t.same(ids.map((id) => articleSource(db, id)), sources, 'read the same');
  t.same(ids.map((id) => articleParts(sqlite, id)), parts);

  function trailing(i: number): number {
    return (sqlite.prepare<[number], string>('SELECT trailing FROM articles WHERE id = ?').pluck().get(ids[i]!) ?? '').length;
  }
});
