/**
 * What keeping an article's block texts compressed together (one raw-DEFLATE BLOB an article, each
 * block a byte range in it) would cost, measured on a copy of an imported database before the schema
 * is changed: the bytes by table, then article reads and section searches alternating between the
 * two files in one process.
 *
 *   node dist/bench/blocks-ab.js DB_PATH [--by article|section] [--rounds N] [--words N] [--out COPY_PATH]
 *
 * The copy keeps `blocks` without its text (`start`/`end` into the article's `block_texts` row) and
 * reads section text for sections_fts through a deterministic SQL function, as the view would.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { assembleArticle } from '../src/api/articles.js';
import { openDatabase, type Db } from '../src/db/open.js';
import { createArticleQueries } from '../src/db/queries/articles.js';
import { createSearchQueries, translateQuery } from '../src/db/queries/search.js';
import { isMain } from '../src/paths.js';
import { percentile } from './search.js';

/** `block_text(texts, start, end)`: a block's text from its article's BLOB; the last BLOB inflated is kept (a section's blocks share it). */
function registerBlockText(sqlite: Database.Database): void {
  let lastCompressed: Buffer | null = null;
  let lastText = Buffer.alloc(0);
  sqlite.function('block_text', { deterministic: true }, (compressed: unknown, start: unknown, end: unknown) => {
    const z = compressed as Buffer;
    if (!lastCompressed?.equals(z)) [lastCompressed, lastText] = [z, inflateRawSync(z)];
    return lastText.toString('utf8', start as number, end as number);
  });
}

const BLOCKS_COLUMNS = 'article_id AS articleId, seq, section_idx AS sectionIndex, kind, hatnote_kind AS hatnoteKind';

/** Which blocks share a compressed BLOB. */
export type Grouping = 'article' | 'section';

/** A copy of `source` with the block texts of each article (or section) in one compressed BLOB; the milliseconds the conversion took. */
export function buildCopy(source: string, out: string, by: Grouping): number {
  const temp = `${out}.tmp`;
  for (const file of [temp, out]) rmSync(file, { force: true });
  copyFileSync(source, temp);
  const db = openDatabase(temp, { bulk: true });
  const sqlite = db.$client;
  registerBlockText(sqlite);
  const started = Date.now();
  // Keyed article_id * 65536 + section_idx (0 by article), read by range: a rowid table, since a
  // WITHOUT ROWID one keyed (article_id, section_idx) keeps BLOBs this large badly (bench/results.md).
  sqlite.exec(`CREATE TABLE block_texts (id integer PRIMARY KEY, texts blob NOT NULL);
    CREATE TABLE blocks_new (article_id integer NOT NULL, seq integer NOT NULL, section_idx integer NOT NULL, kind text NOT NULL,
      start integer NOT NULL, "end" integer NOT NULL, hatnote_kind text, PRIMARY KEY (article_id, seq),
      FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE cascade)`);
  const insertTexts = sqlite.prepare('INSERT INTO block_texts VALUES (? * 65536 + ?, ?)');
  // By article, every row carries section_idx 0: one BLOB, one key shape for both groupings.
  const group = (row: { article_id: number; section_idx: number }) => (by === 'article' ? 0 : row.section_idx);
  const insertBlock = sqlite.prepare('INSERT INTO blocks_new VALUES (?, ?, ?, ?, ?, ?, ?)');
  type Row = { article_id: number; seq: number; section_idx: number; kind: string; text: string; hatnote_kind: string | null };
  const rows = sqlite.prepare('SELECT * FROM blocks ORDER BY article_id, seq').all() as Row[];
  sqlite.transaction(() => {
    for (let i = 0; i < rows.length; ) {
      const articleId = rows[i]!.article_id;
      const groupIdx = group(rows[i]!);
      const texts: Buffer[] = [];
      let offset = 0;
      for (; i < rows.length && rows[i]!.article_id === articleId && group(rows[i]!) === groupIdx; i++) {
        const row = rows[i]!;
        const text = Buffer.from(row.text);
        texts.push(text);
        insertBlock.run(articleId, row.seq, row.section_idx, row.kind, offset, offset + text.length, row.hatnote_kind);
        offset += text.length;
      }
      insertTexts.run(articleId, groupIdx, deflateRawSync(Buffer.concat(texts)));
    }
  })();
  // The triggers would read section text the same way; the index itself is unchanged (same text).
  sqlite.exec(`DROP TRIGGER sections_fts_insert; DROP TRIGGER sections_fts_delete; DROP VIEW sections_fts_source;
    DROP TABLE blocks; ALTER TABLE blocks_new RENAME TO blocks;
    CREATE INDEX blocks_section ON blocks (article_id, section_idx);
    CREATE VIEW sections_fts_source AS
    SELECT s.idx * 4294967296 + s.article_id AS rid, coalesce(s.title, '') AS heading,
      coalesce((SELECT group_concat(block_text(t.texts, b.start, b."end"), char(10) ORDER BY b.seq)
                FROM blocks b JOIN block_texts t ON t.id = b.article_id * 65536 + ${by === 'article' ? 0 : 'b.section_idx'}
                WHERE b.article_id = s.article_id AND b.section_idx = s.idx AND b.kind != 'hatnote'), '') AS text
    FROM sections s`);
  const ms = Date.now() - started;
  // FTS5 compares every indexed token with the view's text: the function gives back what was indexed.
  sqlite.exec(`INSERT INTO sections_fts (sections_fts) VALUES ('integrity-check')`);
  sqlite.exec(`VACUUM INTO '${out.replaceAll("'", "''")}'`);
  sqlite.close();
  rmSync(temp);
  return ms;
}

/** Bytes of the tables and indexes that hold blocks, and of the whole file. */
export function blockBytes(path: string): Record<string, number> {
  const db = openDatabase(path, { readonly: true });
  try {
    const rows = db.$client
      .prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat WHERE name IN ('blocks', 'block_texts', 'blocks_section', 'sqlite_autoindex_blocks_1', 'sqlite_autoindex_blocks_new_1') GROUP BY name`)
      .all() as { name: string; bytes: number }[];
    const file = db.$client.prepare('SELECT page_count * page_size AS bytes FROM pragma_page_count, pragma_page_size').get() as { bytes: number };
    return { ...Object.fromEntries(rows.map((row) => [row.name, row.bytes])), database: file.bytes };
  } finally {
    db.$client.close();
  }
}

interface Side {
  db: Db;
  ids: number[];
  words: string[];
  /**
   * An article's answer as the route builds it (rows, assembled, JSON), the rows loaded by `load`;
   * with `rawBlocks`, the blocks then read again with this side's own query (both sides pay the same
   * load, so the difference is what reading the blocks costs).
   */
  article(id: number, rawBlocks: boolean): string;
}

type Load = ReturnType<typeof createArticleQueries>['load'];

function side(path: string, compressed: Grouping | null, words: number, load?: Load): Side {
  const db = openDatabase(path, { readonly: true });
  const sqlite = db.$client;
  if (compressed) registerBlockText(sqlite);
  const loadRows = load ?? createArticleQueries(db).load;
  type Block = { text?: string; start?: number; end?: number };
  const plain = compressed ? null : sqlite.prepare<[number], Block>(`SELECT ${BLOCKS_COLUMNS}, text FROM blocks WHERE article_id = ? ORDER BY seq`);
  const ranged = compressed ? sqlite.prepare<[number], Block>(`SELECT ${BLOCKS_COLUMNS}, start, "end" FROM blocks WHERE article_id = ? ORDER BY seq`) : null;
  const texts = compressed ? sqlite.prepare<[number, number], { section: number; texts: Buffer }>('SELECT id & 65535 AS section, texts FROM block_texts WHERE id BETWEEN ? * 65536 AND ? * 65536 + 65535') : null;
  const blocks = (id: number) => {
    if (!ranged || !texts) return plain!.all(id);
    const inflated = new Map(texts.all(id, id).map((row) => [row.section, inflateRawSync(row.texts)]));
    const rows = ranged.all(id);
    for (const row of rows) {
      row.text = inflated.get(compressed === 'article' ? 0 : (row as { sectionIndex: number }).sectionIndex)!.toString('utf8', row.start, row.end);
      delete row.start;
      delete row.end;
    }
    return rows;
  };
  const titles = sqlite.prepare('SELECT title FROM articles UNION ALL SELECT title FROM sections WHERE title IS NOT NULL').pluck().all() as string[];
  const sample = [...new Set(titles.flatMap((title) => title.toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length > 3))].slice(0, words);
  return {
    db,
    ids: sqlite.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[],
    words: sample,
    article(id, rawBlocks) {
      const rows = loadRows(id)!;
      if (rawBlocks) rows.blocks = blocks(id) as typeof rows.blocks;
      return JSON.stringify(assembleArticle(rows));
    },
  };
}

const micros = (started: bigint) => Number(process.hrtime.bigint() - started) / 1000;
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

function articleRound(s: Side, rawBlocks: boolean): { p50: number; answers: string[] } {
  const times: number[] = [];
  const answers = s.ids.map((id) => {
    const started = process.hrtime.bigint();
    const answer = s.article(id, rawBlocks);
    times.push(micros(started));
    return answer;
  });
  return { p50: median(times), answers };
}

function searchRound(s: Side): { p50: number; p99: number; answers: string[] } {
  const search = createSearchQueries(s.db);
  const times: number[] = [];
  const answers = s.words.map((word) => {
    const started = process.hrtime.bigint();
    const query = translateQuery(word);
    const rows = search.rank('sections', query, 21, null);
    const answer = JSON.stringify(rows.slice(0, 20).map((row) => search.hit(query, row)));
    times.push(micros(started));
    return answer;
  });
  const sorted = times.sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), answers };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { by: { type: 'string', default: 'article' }, rounds: { type: 'string', default: '5' }, words: { type: 'string', default: '150' }, out: { type: 'string', default: '/tmp/blocks-ab.sqlite' } },
  });
  const source = positionals[0];
  if (!source) throw new Error('usage: node dist/bench/blocks-ab.js DB_PATH [--by article|section] [--rounds N] [--words N] [--out COPY_PATH]');
  const by = values.by === 'section' ? 'section' : 'article';
  const ms = buildCopy(source, values.out, by);
  const mb = (bytes: number | undefined) => ((bytes ?? 0) / 1e6).toFixed(2);
  for (const [label, path] of [['before', source], ['after', values.out]] as const) {
    console.log(`${label}: ${Object.entries(blockBytes(path)).map(([name, bytes]) => `${name} ${mb(bytes)} MB`).join(', ')}`);
  }
  console.log(`conversion ${ms} ms`);
  const words = Number(values.words);
  const before = side(source, null, words);
  const after = side(values.out, by, words, createArticleQueries(before.db).load);
  const articlesAfter = articleRound(after, true).answers;
  const sameArticles = articleRound(before, true).answers.every((answer, i) => answer === articlesAfter[i]);
  const searchBefore = searchRound(before).answers;
  const searchAfter = searchRound(after).answers;
  console.log(`same answers: articles ${sameArticles}, section searches ${searchBefore.every((answer, i) => answer === searchAfter[i])} (${before.words.length} words)`);
  for (let round = 0; round < Number(values.rounds); round++) {
    // Each side first in turn: a noisy host slows both alike.
    const [first, second] = round % 2 === 0 ? [before, after] : [after, before];
    const route = articleRound(before, false).p50;
    const articles = new Map([first, second].map((s) => [s, articleRound(s, true).p50]));
    const searches = new Map([first, second].map((s) => [s, searchRound(s)]));
    const [a0, a1] = [articles.get(before)!, articles.get(after)!];
    const [s0, s1] = [searches.get(before)!, searches.get(after)!];
    console.log(
      `round ${round + 1}: article p50 µs: route ${route.toFixed(0)}, blocks read raw ${a0.toFixed(0)} → ${a1.toFixed(0)} (${(((a1 - a0) / route) * 100).toFixed(1)} % of the route); ` +
        `sections search p50/p99 ms ${(s0.p50 / 1000).toFixed(1)}/${(s0.p99 / 1000).toFixed(1)} → ${(s1.p50 / 1000).toFixed(1)}/${(s1.p99 / 1000).toFixed(1)}`,
    );
  }
}

if (isMain(import.meta.url)) main();
