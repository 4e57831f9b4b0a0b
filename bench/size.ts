/**
 * The size benchmark: a generated MediaWiki dump (bench/generate-wikitext.ts) imported by the CLI
 * (bench/wikitext.ts), then the database's size against the wikitext it holds, and its bytes by
 * table and index as SQLite's dbstat counts them (the pages each b-tree uses, free space included).
 *
 *   node dist/bench/size.js [--megabytes N[,N…]] [--top N] [--before ROOT] [--trades]
 *
 * Default 20 MB and the 12 largest b-trees. With `--before ROOT` (a checkout of an earlier build whose
 * own `node dist/bench/size.js` imported the same sizes into ROOT/bench/out), both databases' bytes
 * side by side, then article, search, source, template and category latency of both builds over HTTP (bench/latency-ab.ts).
 * `--pages DIR` measures real pages instead: each file of DIR is one page's wikitext (its name the
 * title), written into a MediaWiki XML export and imported the same way. `--trades` adds what the
 * full-text indexes would weigh, and cost a search, under FTS5's cheaper settings (bench/size-trades.ts).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { isMain, projectRoot } from '../src/paths.js';
import { latencyAB, latencyLines } from './latency-ab.js';
import { sizeTrades, tradeLines } from './size-trades.js';
import { exportHeader, exportPage } from './export-xml.js';
import { benchWikitext, importDump, megabyteSizes, wikitextRow, WIKITEXT_HEADER } from './wikitext.js';

export interface SizeReport {
  wikitextBytes: number;
  databaseBytes: number;
  /** Bytes by table or index, largest first. */
  byTable: { name: string; bytes: number }[];
}

/** The file's size and its b-trees' bytes, against `wikitextBytes`. */
export function sizeOf(dbPath: string, wikitextBytes: number): SizeReport {
  const db = new Database(dbPath, { readonly: true });
  try {
    const byTable = db.prepare<[], { name: string; bytes: number }>('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all();
    return { wikitextBytes, databaseBytes: statSync(dbPath).size, byTable };
  } finally {
    db.close();
  }
}

export function sizeLines(report: SizeReport, top = 12): string[] {
  const mb = (bytes: number) => (bytes / 1e6).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const ratio = report.databaseBytes / report.wikitextBytes;
  const rest = report.byTable.slice(top).reduce((sum, { bytes }) => sum + bytes, 0);
  return [
    `${mb(report.wikitextBytes)} MB of wikitext → ${mb(report.databaseBytes)} MB of database: **${ratio.toFixed(2)}×**`,
    '',
    '| table or index | MB | share |',
    '|---|---:|---:|',
    ...report.byTable.slice(0, top).map(({ name, bytes }) => `| ${name} | ${mb(bytes)} | ${((bytes / report.databaseBytes) * 100).toFixed(1)} % |`),
    `| (${report.byTable.length - Math.min(top, report.byTable.length)} others) | ${mb(rest)} | ${((rest / report.databaseBytes) * 100).toFixed(1)} % |`,
  ];
}

/** Bytes by b-tree of two databases, the `top` largest after first, then those only before had. */
export function compareLines(before: SizeReport, after: SizeReport, top = 12): string[] {
  const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / 1e6).toFixed(2));
  const old = new Map(before.byTable.map(({ name, bytes }) => [name, bytes]));
  const shown = after.byTable.slice(0, top);
  const names = new Set(shown.map(({ name }) => name));
  const gone = before.byTable.filter(({ name }) => !after.byTable.some((row) => row.name === name)).slice(0, top);
  const restOf = (report: SizeReport) => report.byTable.filter(({ name }) => !names.has(name) && !gone.some((row) => row.name === name)).reduce((sum, { bytes }) => sum + bytes, 0);
  return [
    `before ${mb(before.databaseBytes)} MB (**${(before.databaseBytes / before.wikitextBytes).toFixed(2)}×**) → after ${mb(after.databaseBytes)} MB (**${(after.databaseBytes / after.wikitextBytes).toFixed(2)}×**)`,
    '',
    '| table or index | before MB | after MB |',
    '|---|---:|---:|',
    ...shown.map(({ name, bytes }) => `| ${name} | ${mb(old.get(name))} | ${mb(bytes)} |`),
    ...gone.map(({ name, bytes }) => `| ${name} | ${mb(bytes)} | — |`),
    `| (the others) | ${mb(restOf(before))} | ${mb(restOf(after))} |`,
  ];
}

/** The files of `dir` as the pages of one export (`dir`'s name for the wiki), imported into `dir`'s name under bench/out. */
export function benchPages(dir: string, top: number, trades = false): string[] {
  const files = readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  const texts = files.map((name) => readFileSync(join(dir, name), 'utf8'));
  const xml = [
    exportHeader(basename(dir)),
    ...files.map((name, i) => exportPage({ title: basename(name, extname(name)).replace(/[-_]/g, ' '), id: i + 1, revisions: [{ id: i + 1, timestamp: '2026-01-01T00:00:00Z', text: texts[i]! }] })),
    '</mediawiki>\n',
  ].join('');
  const out = join(projectRoot, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const dump = join(out, `pages-${basename(dir)}.xml`);
  writeFileSync(dump, xml);
  const wikitextBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const dbPath = join(out, `pages-${basename(dir)}.sqlite`);
  const result = importDump(dump, dbPath, files.length, wikitextBytes);
  const lines = ['', ...WIKITEXT_HEADER, wikitextRow(result), '', ...sizeLines(sizeOf(dbPath, wikitextBytes), top), ''];
  return trades ? [...lines, ...tradeLines(sizeTrades(dbPath), wikitextBytes), ''] : lines;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      megabytes: { type: 'string', multiple: true },
      top: { type: 'string' },
      before: { type: 'string' },
      pages: { type: 'string' },
      trades: { type: 'boolean' },
    },
  });
  const top = Number(values.top ?? 12);
  if (values.pages) {
    process.stdout.write(benchPages(values.pages, top, values.trades).join('\n') + '\n');
    process.exit(0);
  }
  const dir = join(projectRoot, 'bench', 'out');
  for (const megabytes of megabyteSizes(values.megabytes)) {
    const result = benchWikitext(megabytes, dir);
    const dbPath = join(dir, `wikitext-${megabytes}mb.sqlite`);
    const report = sizeOf(dbPath, result.megabytes * 1e6);
    process.stdout.write(['', ...WIKITEXT_HEADER, wikitextRow(result), '', ...sizeLines(report, top), ''].join('\n') + '\n');
    if (values.trades) process.stdout.write([...tradeLines(sizeTrades(dbPath), report.wikitextBytes), ''].join('\n') + '\n');
    if (!values.before) continue;
    const beforePath = join(values.before, 'bench', 'out', `wikitext-${megabytes}mb.sqlite`);
    const lines = [...compareLines(sizeOf(beforePath, result.megabytes * 1e6), report, top), ''];
    lines.push(...latencyLines(await latencyAB({ root: values.before, db: beforePath }, { root: projectRoot, db: dbPath })), '');
    process.stdout.write(lines.join('\n') + '\n');
  }
}
