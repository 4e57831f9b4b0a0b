/**
 * The size benchmark: a generated MediaWiki dump (bench/generate-wikitext.ts) imported by the CLI
 * (bench/wikitext.ts), then the database's size against the wikitext it holds, and its bytes by
 * table and index as SQLite's dbstat counts them (the pages each b-tree uses, free space included).
 *
 *   node dist/bench/size.js [--megabytes N[,N…]] [--top N]   (default 20 MB; the 12 largest b-trees)
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { isMain, projectRoot } from '../src/paths.js';
import { benchWikitext, megabyteSizes, wikitextRow, WIKITEXT_HEADER } from './wikitext.js';

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

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { megabytes: { type: 'string', multiple: true }, top: { type: 'string' } } });
  const top = Number(values.top ?? 12);
  const dir = join(projectRoot, 'bench', 'out');
  for (const megabytes of megabyteSizes(values.megabytes)) {
    const result = benchWikitext(megabytes, dir);
    const report = sizeOf(join(dir, `wikitext-${megabytes}mb.sqlite`), result.megabytes * 1e6);
    process.stdout.write(['', ...WIKITEXT_HEADER, wikitextRow(result), '', ...sizeLines(report, top), ''].join('\n') + '\n');
  }
}
