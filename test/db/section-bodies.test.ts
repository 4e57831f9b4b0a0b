/**
 * A section's text kept once, compressed, in its body (migration 0020, src/db/section-text.ts), and
 * blocks WITHOUT ROWID (0021): how an import stores it, that the section index still holds exactly
 * what its view reads, and a database from before 0020 migrated with every row and every golden
 * answer unchanged.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import t from 'tap';
import { migrateDatabase, openDatabase } from '../../src/db/open.js';
import { bodyText, storedBody, withText } from '../../src/db/section-text.js';
import { appOverFile, buildTestDatabase } from '../helpers/app.js';
import { differingFromGolden, goldenInputs } from '../helpers/golden.js';
import { bodyBlockTexts, goldenCorpusBefore } from '../helpers/migrations.js';

const BLOCKS = 'SELECT article_id, seq, section_idx, kind, text, hatnote_kind, text_length FROM blocks ORDER BY 1, 2';

/** FTS5's check of sections_fts against its content, the view: throws when they differ. */
const indexMatchesView = (sqlite: Database.Database) => sqlite.exec(`INSERT INTO sections_fts (sections_fts, rank) VALUES ('integrity-check', 1)`);

t.test('an import keeps the text of blocks other than hatnotes once, compressed in their section', async (t) => {
  const db = openDatabase(buildTestDatabase(t, goldenInputs));
  const sqlite = db.$client;
  t.teardown(() => sqlite.close());
  const counts = sqlite
    .prepare<[], { body: number; kept: number; textInBody: number; hatnotes: number; hatnotesWithText: number }>(
      `SELECT sum(kind != 'hatnote') AS body, sum(kind != 'hatnote' AND text_length IS NOT NULL AND text = '') AS kept,
         sum(CASE WHEN kind != 'hatnote' THEN length(text) ELSE 0 END) AS textInBody,
         sum(kind = 'hatnote') AS hatnotes, sum(kind = 'hatnote' AND text_length IS NULL) AS hatnotesWithText FROM blocks`,
    )
    .get()!;
  t.ok(counts.body > 50, `${counts.body} paragraphs, lists, quotes and tables`);
  t.equal(counts.kept, counts.body, 'each keeps only its length');
  t.equal(counts.textInBody, 0, 'none keeps its text');
  t.ok(counts.hatnotes > 0 && counts.hatnotesWithText === counts.hatnotes, `${counts.hatnotes} hatnotes keep theirs`);

  // Each body is its blocks' texts joined with newlines, in seq order: the lengths cut it back exactly.
  const sections = sqlite.prepare<[], { articleId: number; idx: number; body: Buffer | null }>('SELECT article_id AS articleId, idx, body FROM sections').all();
  const blocks = sqlite
    .prepare<[], { articleId: number; seq: number; sectionIndex: number; text: string; textLength: number | null }>(
      `SELECT article_id AS articleId, seq, section_idx AS sectionIndex, text, text_length AS textLength FROM blocks ORDER BY article_id, seq`,
    )
    .all();
  let bodyBytes = 0;
  let textBytes = 0;
  const uneven: string[] = [];
  for (const { articleId, idx, body } of sections) {
    const own = blocks.filter((block) => block.articleId === articleId && block.sectionIndex === idx && block.textLength !== null);
    if (body === null) {
      if (own.length > 0) uneven.push(`${articleId}/${idx}: blocks without a body`);
      continue;
    }
    const text = bodyText(body);
    const lengths = own.reduce((sum, block) => sum + block.textLength!, 0) + own.length - 1;
    if (text.length !== lengths) uneven.push(`${articleId}/${idx}: ${text.length} units, blocks ${lengths}`);
    bodyBytes += body.length;
    textBytes += Buffer.byteLength(text);
  }
  t.same(uneven, [], `${sections.length} sections: every body the length of its blocks`);
  t.ok(bodyBytes < textBytes, `compressed: ${bodyBytes} bytes for ${textBytes} of text`);

  t.doesNotThrow(() => indexMatchesView(sqlite), 'the section index holds what its view reads');
  t.match(sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'blocks'`).pluck().get(), /WITHOUT ROWID\s*$/, 'blocks is WITHOUT ROWID');
});

t.test('blocks are read back from their sections\' bodies, inflated together, or from their rows when written before 0020', async (t) => {
  const rows = [
    { sectionIndex: 0, seq: 0, text: 'See also: X', textLength: null },
    { sectionIndex: 0, seq: 1, text: '', textLength: 5 },
    { sectionIndex: 0, seq: 2, text: '', textLength: 0 },
    { sectionIndex: 0, seq: 3, text: '', textLength: 'third 𝄞 line\nline'.length },
    { sectionIndex: 1, seq: 4, text: 'an older row', textLength: null },
    { sectionIndex: 2, seq: 5, text: '', textLength: 6 },
  ];
  const bodies = new Map([
    [0, storedBody(['first', '', 'third 𝄞 line\nline'])],
    [1, null],
    [2, storedBody(['second'])],
  ]);
  t.same(
    withText(rows, bodies).map((block) => block.text),
    ['See also: X', 'first', '', 'third 𝄞 line\nline', 'an older row', 'second'],
  );
  t.equal(bodyText(bodies.get(2)!), 'second', 'a body alone, as a snippet reads it');
  t.throws(() => withText([{ sectionIndex: 2, seq: 0, text: '', textLength: 3 }], new Map()), /section 2 has no body/);
  t.throws(() => withText(rows.map((row) => (row.seq === 5 ? { ...row, textLength: 5 } : row)), bodies), /bodies hold 31 characters, their blocks 30/, 'lengths that do not fit are refused, not misread');
});

t.test('migrations 0020 and 0021: blocks keep their text, sections get no body, blocks WITHOUT ROWID; every golden answer unchanged', async (t) => {
  const { dir, db, sqlite, freshPath } = goldenCorpusBefore(t, '0020_section_bodies');
  const before = sqlite.prepare('SELECT article_id, seq, section_idx, kind, text, hatnote_kind FROM blocks ORDER BY 1, 2').raw().all() as unknown[][];
  const fresh = openDatabase(freshPath, { readonly: true });
  const freshTexts = new Map(bodyBlockTexts(fresh.$client).map(({ articleId, seq, text }) => [`${articleId}/${seq}`, text]));
  fresh.$client.close();
  t.ok(freshTexts.size > 50, `before: ${freshTexts.size} blocks with their text in their rows`);
  t.ok(
    before.every((row) => !freshTexts.has(`${row[0]}/${row[1]}`) || freshTexts.get(`${row[0]}/${row[1]}`) === row[4]),
    'the same texts as the fresh import',
  );

  migrateDatabase(db);
  t.same(
    sqlite.prepare(BLOCKS).raw().all(),
    before.map((row) => [...row, null]),
    'every block as it was, without a length',
  );
  t.equal(sqlite.prepare('SELECT count(*) FROM sections WHERE body IS NOT NULL').pluck().get(), 0, 'no section has a body');
  t.match(sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'blocks'`).pluck().get(), /WITHOUT ROWID\s*$/, 'blocks is WITHOUT ROWID (0021)');
  t.same(
    sqlite.prepare(`SELECT name FROM sqlite_master WHERE tbl_name = 'blocks' AND type = 'index'`).pluck().all(),
    [],
    'with no index beside it: neither its key nor blocks_section',
  );
  t.same(sqlite.pragma('foreign_key_check'), [], 'foreign keys hold');
  t.doesNotThrow(() => indexMatchesView(sqlite), 'the section index holds what its view reads');

  // A block changed behind the index's back is caught by the same check: it can fail.
  const changed = sqlite.prepare(`SELECT article_id, seq FROM blocks WHERE kind = 'paragraph' LIMIT 1`).raw().get() as [number, number];
  const text = sqlite.prepare('SELECT text FROM blocks WHERE article_id = ? AND seq = ?').pluck().get(...changed) as string;
  sqlite.prepare('UPDATE blocks SET text = ? WHERE article_id = ? AND seq = ?').run('zyzzyva', ...changed);
  t.throws(() => indexMatchesView(sqlite), 'a text the index does not hold is found');
  sqlite.prepare('UPDATE blocks SET text = ? WHERE article_id = ? AND seq = ?').run(text, ...changed);
  sqlite.close();

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `${compared} answers over the migrated database, byte for byte the golden ones`);
  await app.close();

  // Deleting a section written before 0020 takes its text out of the index (its blocks after it, as the writer does).
  const writable = openDatabase(join(dir, 'old.sqlite'));
  const articleId = writable.$client.prepare(`SELECT article_id FROM blocks WHERE kind = 'paragraph' LIMIT 1`).pluck().get() as number;
  writable.$client.prepare('DELETE FROM sections WHERE article_id = ?').run(articleId);
  writable.$client.prepare('DELETE FROM blocks WHERE article_id = ?').run(articleId);
  t.doesNotThrow(() => indexMatchesView(writable.$client), 'the index still holds what its view reads');
  writable.$client.close();
});
