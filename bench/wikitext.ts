/**
 * The wikitext import benchmark: a generated MediaWiki dump (bench/generate-wikitext.ts) imported
 * end to end by the CLI in a child process, reported in MB/s of wikitext, pages/s and the
 * process's peak RSS (its parse worker included). Goal: ≥ 2 MB/s, peak RSS < 300 MB. Before the
 * table, the parse alone for each size (bench/wikitext-parse.ts: our parser and wikiparser-node, in
 * MB of wikitext a CPU-second).
 *
 *   node dist/bench/wikitext.js [--megabytes N[,N…]] [--baseline-megabytes N]   (default 20; 5,200,1000 covers 5 MB to 1 GB)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { isMain, projectRoot } from '../src/paths.js';
import { writeWikitextDump } from './generate-wikitext.js';
import { benchParsers, parseLine } from './wikitext-parse.js';

export interface WikitextBench {
  /** Of wikitext (the <text> contents), not of XML. */
  megabytes: number;
  dumpMb: number;
  pages: number;
  articles: number;
  seconds: number;
  mbPerSecond: number;
  pagesPerSecond: number;
  peakRssMb: number;
}

export function benchWikitext(megabytes: number, dir = join(projectRoot, 'bench', 'out')): WikitextBench {
  mkdirSync(dir, { recursive: true });
  const dump = join(dir, `dump-${megabytes}mb.xml`);
  const { pages, wikitextBytes } = writeWikitextDump(dump, megabytes);
  return importDump(dump, join(dir, `wikitext-${megabytes}mb.sqlite`), pages, wikitextBytes);
}

/** A MediaWiki XML export imported by the CLI into a new database at `dbPath`, timed, with its peak RSS. */
export function importDump(dump: string, dbPath: string, pages: number, wikitextBytes: number): WikitextBench {
  rmSync(dbPath, { force: true });
  const cli = join(projectRoot, 'dist', 'bench', 'import-rss.js');
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, '--db', dbPath, dump], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the import failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const maxrss = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const db = new Database(dbPath, { readonly: true });
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  db.close();
  return {
    megabytes: wikitextBytes / 1e6,
    dumpMb: statSync(dump).size / 1e6,
    pages,
    articles,
    seconds,
    mbPerSecond: wikitextBytes / 1e6 / seconds,
    pagesPerSecond: pages / seconds,
    peakRssMb: maxrss / 1024,
  };
}

export function wikitextRow(result: WikitextBench): string {
  const f = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return (
    `| ${f(result.megabytes, 1)} MB of wikitext (${f(result.dumpMb, 1)} MB of XML, ${f(result.pages)} pages, ${f(result.articles)} articles) ` +
    `| ${f(result.seconds, 1)} s | **${f(result.mbPerSecond, 2)} MB/s** | ${f(result.pagesPerSecond)} pages/s | ${f(result.peakRssMb)} MB |`
  );
}

export const WIKITEXT_HEADER = ['| dump | import | wikitext | pages | peak RSS |', '|---|---:|---:|---:|---:|'];

/** `--megabytes 5,200,1000` (or the option repeated): the sizes, each a positive number. */
export function megabyteSizes(values: readonly string[] | undefined, fallback = [20]): number[] {
  if (!values || values.length === 0) return fallback;
  return values.flatMap((value) =>
    value.split(',').map((part) => {
      const n = Number(part.trim());
      if (!(n > 0)) throw new Error(`--megabytes: not a positive number: ${JSON.stringify(part)}`);
      return n;
    }),
  );
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { megabytes: { type: 'string', multiple: true }, 'baseline-megabytes': { type: 'string' } } });
  const sizes = megabyteSizes(values.megabytes);
  const baselineMegabytes = Number(values['baseline-megabytes'] ?? 20);
  for (const megabytes of sizes) {
    for (const result of benchParsers(megabytes, { baselineMegabytes })) process.stdout.write(parseLine(result) + '\n');
  }
  process.stdout.write(['', ...WIKITEXT_HEADER, ''].join('\n'));
  for (const megabytes of sizes) process.stdout.write(wikitextRow(benchWikitext(megabytes)) + '\n');
}
