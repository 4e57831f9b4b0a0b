/**
 * What the two large full-text indexes (sections, citations) would weigh under FTS5's cheaper
 * settings, and what each setting costs a search: every variant is built over the same views in a
 * copy of the database, merged to one segment, its bytes counted by dbstat, and then asked a few
 * queries (a 3-letter prefix, a phrase) the way the search asks them (at most 2,000 rows, bm25).
 *
 *   node dist/bench/size-trades.js DB WIKITEXT_BYTES
 *
 * `size.js --trades` runs it after each size it measures. The service's own indexes are `prefix`
 * indexes of 3 (sections) and 2 and 3 (citations) characters with `detail = full`.
 */
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { openDatabase } from '../src/db/open.js';
import { isMain } from '../src/paths.js';

interface Variant {
  name: string;
  sections: string;
  citations: string;
}

const VARIANTS: Variant[] = [
  { name: 'as the service builds them', sections: "prefix = '3'", citations: "prefix = '2 3'" },
  { name: 'no prefix index', sections: '', citations: '' },
  { name: 'detail = column', sections: "prefix = '3', detail = column", citations: "prefix = '2 3', detail = column" },
  { name: 'detail = column, no prefix index', sections: 'detail = column', citations: 'detail = column' },
  { name: 'detail = none, no prefix index', sections: 'detail = none', citations: 'detail = none' },
];

/** What a search asks of the section index: three 3-letter prefixes, a phrase, a word. */
const QUERIES = ['"the"*', '"con"*', '"pro"*', '"of the"', 'history'];

export interface TradeRow {
  name: string;
  sectionsBytes: number;
  citationsBytes: number;
  databaseBytes: number;
  /** Median milliseconds of each query of QUERIES, or the error FTS5 gave. */
  queries: (number | string)[];
}

const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";

export function sizeTrades(dbPath: string): TradeRow[] {
  const copy = `${dbPath}.trades`;
  copyFileSync(dbPath, copy);
  const db = openDatabase(copy).$client;
  try {
    const ftsBytes = (name: string) =>
      db.prepare<[string, string], { b: number | null }>("SELECT sum(pgsize) AS b FROM dbstat WHERE name = ? OR name LIKE ? || '\\_%' ESCAPE '\\'").get(name, name)!.b ?? 0;
    const now = ftsBytes('sections_fts') + ftsBytes('citations_fts');
    const fileBytes = statSync(dbPath).size;
    return VARIANTS.map((variant) => {
      const options = (extra: string) => [TOKENIZE, extra].filter(Boolean).join(', ');
      db.exec(`CREATE VIRTUAL TABLE trade_s USING fts5(text, heading, content = 'sections_fts_source', content_rowid = 'rid', ${options(variant.sections)})`);
      db.exec('INSERT INTO trade_s (rowid, text, heading) SELECT rid, text, heading FROM sections_fts_source ORDER BY rid');
      db.exec(`CREATE VIRTUAL TABLE trade_c USING fts5(text, authors, title, publisher, content = 'citations_fts_source', content_rowid = 'id', ${options(variant.citations)})`);
      db.exec('INSERT INTO trade_c (rowid, text, authors, title, publisher) SELECT id, text, authors, title, publisher FROM citations_fts_source ORDER BY id');
      db.exec("INSERT INTO trade_s (trade_s) VALUES ('optimize'); INSERT INTO trade_c (trade_c) VALUES ('optimize')");
      const sectionsBytes = ftsBytes('trade_s');
      const citationsBytes = ftsBytes('trade_c');
      const queries = QUERIES.map((query) => timeQuery(db, query));
      db.exec('DROP TABLE trade_s; DROP TABLE trade_c');
      return { name: variant.name, sectionsBytes, citationsBytes, databaseBytes: fileBytes - now + sectionsBytes + citationsBytes, queries };
    });
  } finally {
    db.close();
    rmSync(copy, { force: true });
  }
}

function timeQuery(db: ReturnType<typeof openDatabase>['$client'], query: string): number | string {
  const statement = db.prepare('SELECT rowid, bm25(trade_s, 1.0, 3.0) AS s FROM trade_s WHERE trade_s MATCH ? LIMIT 2000');
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      statement.all(query);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } catch (error) {
    return (error as Error).message;
  }
  return times.sort((a, b) => a - b)[2]!;
}

export function tradeLines(rows: TradeRow[], wikitextBytes: number): string[] {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  const cell = (value: number | string) => (typeof value === 'number' ? value.toFixed(1) : `refused (${value})`);
  return [
    `| full-text indexes | sections MB | citations MB | database MB | × wikitext | ${QUERIES.map((q) => `\`${q}\` ms`).join(' | ')} |`,
    `|---|---:|---:|---:|---:|${QUERIES.map(() => '---:').join('|')}|`,
    ...rows.map(
      (row) =>
        `| ${row.name} | ${mb(row.sectionsBytes)} | ${mb(row.citationsBytes)} | ${mb(row.databaseBytes)} | ${(row.databaseBytes / wikitextBytes).toFixed(2)} | ${row.queries.map(cell).join(' | ')} |`,
    ),
  ];
}

if (isMain(import.meta.url)) {
  const [dbPath, wikitextBytes] = process.argv.slice(2);
  if (!dbPath || !wikitextBytes) throw new Error('usage: node dist/bench/size-trades.js DB WIKITEXT_BYTES');
  process.stdout.write(tradeLines(sizeTrades(dbPath), Number(wikitextBytes)).join('\n') + '\n');
}
