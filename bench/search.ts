/**
 * Search latency without HTTP: the query functions of src/db/queries/search.ts run directly on a
 * read-only database, as a request runs them — translate the query, rank `limit + 1` rows, build
 * the `limit` hits with their snippets.
 *
 *   node dist/bench/search.js DB_PATH [--iterations N] [--in articles|sections|citations|titles] [--prefix N] [QUERY…]
 *   node dist/bench/search.js --generate N [--seed S]   (generates N documents, imports them, then measures)
 *
 * Without queries, the words of a sample of titles (as bench/run/corpus.ts picks them) are searched;
 * with `--prefix N`, their first N characters as prefix searches (`rev*`: FTS5 reads a prefix index
 * only for a prefix of exactly its length, so N = 3 measures sections_fts' `prefix = '3'`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.js';
import { createSearchQueries, SearchQueryError, translateQuery, type SearchScope } from '../src/db/queries/search.js';
import { importDocuments } from '../src/importer/import.js';
import { writeDocuments } from './generate.js';
import { isMain } from '../src/paths.js';

export interface SearchLatency {
  /** Milliseconds. */
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** Timed runs (queries × iterations, refused queries left out). */
  runs: number;
  /** The slowest queries, with their median time. */
  slowest: { query: string; ms: number }[];
}

export interface MeasureOptions {
  /** What to search; `titles` measures completion with each query as the prefix. Default `articles`. */
  scope?: SearchScope | 'titles';
  /** Hits per page. Default 20 (the API's default; completion uses 10). */
  limit?: number;
}

/** The value at percentile `p` of sorted values (the nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** p50/p99 latency of the search query functions over `queries`, each run `iterations` times (after one warm-up run). */
export function measureSearch(dbPath: string, queries: string[], iterations: number, options: MeasureOptions = {}): SearchLatency {
  const scope = options.scope ?? 'articles';
  const limit = options.limit ?? (scope === 'titles' ? 10 : 20);
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const search = createSearchQueries(db);
    const once = (q: string) => {
      if (scope === 'titles') return search.titles(q, limit).length;
      const query = translateQuery(q);
      const rows = search.rank(scope, query, limit + 1, null);
      return rows.slice(0, limit).map((row) => search.hit(query, row)).length;
    };
    const runnable = queries.filter((q) => {
      try {
        once(q); // warm-up: statement preparation and page cache
        return true;
      } catch (error) {
        if (error instanceof SearchQueryError) return false;
        throw error;
      }
    });
    const times: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let i = 0; i < iterations; i++) {
      for (const q of runnable) {
        const started = performance.now();
        once(q);
        const ms = performance.now() - started;
        times.push(ms);
        perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const slowest = [...perQuery]
      .map(([query, ms]) => ({ query, ms: percentile([...ms].sort((a, b) => a - b), 50) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    return {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? 0,
      mean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
      runs: times.length,
      slowest,
    };
  } finally {
    db.$client.close();
  }
}

/** Title words longer than 4 characters, from a spread sample of articles (as bench/run/corpus.ts picks them). */
export function sampleWords(dbPath: string, count = 100): string[] {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const slugs = db.$client.prepare('SELECT slug FROM articles ORDER BY id % 97, id LIMIT 300').pluck().all() as string[];
    return slugs.flatMap((slug) => decodeURIComponent(slug).split('_')).filter((word) => word.length > 4).slice(0, count);
  } finally {
    db.$client.close();
  }
}

if (isMain(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      iterations: { type: 'string', default: '5' },
      in: { type: 'string' },
      generate: { type: 'string' },
      seed: { type: 'string', default: '1' },
      prefix: { type: 'string' },
    },
  });
  const iterations = Number(values.iterations);
  let dbPath = positionals[0];
  let cleanup = () => {};
  if (values.generate) {
    const dir = mkdtempSync(join(tmpdir(), 'search-bench-'));
    cleanup = () => rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    writeDocuments(join(dir, 'docs'), Number(values.generate), { seed: Number(values.seed) });
    dbPath = join(dir, 'bench.db');
    importDocuments({ dbPath, inputs: [join(dir, 'docs')], skipInvalid: true });
    process.stdout.write(`generated and imported ${values.generate} documents in ${Math.round(performance.now() - started)} ms\n`);
  } else {
    positionals.shift();
  }
  if (!dbPath) {
    process.stderr.write('usage: node dist/bench/search.js DB_PATH [--iterations N] [--in SCOPE] [QUERY…] | --generate N\n');
    process.exit(2);
  }
  try {
    const words = positionals.length > 0 ? positionals : sampleWords(dbPath);
    const queries = values.prefix ? [...new Set(words.map((word) => `${word.slice(0, Number(values.prefix)).toLowerCase()}*`))] : words;
    const scopes = (values.in ? [values.in] : ['articles', 'sections', 'citations', 'titles']) as MeasureOptions['scope'][];
    for (const scope of scopes) {
      const result = measureSearch(dbPath, queries, iterations, { scope });
      const f = (n: number) => n.toFixed(2);
      process.stdout.write(
        `${scope}: ${result.runs} runs, p50 ${f(result.p50)} ms, p99 ${f(result.p99)} ms, max ${f(result.max)} ms; slowest: ` +
          result.slowest.map((s) => `${s.query} ${f(s.ms)}`).join(', ') +
          '\n',
      );
    }
  } finally {
    cleanup();
  }
}
