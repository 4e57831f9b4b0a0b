/**
 * The links benchmark: on a database already built (the size benchmark's, say), the queries that
 * read links — an article's rows (its links with whether each target exists, and the rest of the
 * article) and a first page of what links to it — timed for every article, in rounds, the median
 * round reported, in wall time and in the process's CPU time (steadier on a shared host). Run it
 * over two databases in turn to compare a change of storage.
 *
 *   node dist/bench/links.js --db bench/out/wikitext-20mb.sqlite [--rounds 5]
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.js';
import { createArticleQueries } from '../src/db/queries/articles.js';
import { createBacklinkQueries } from '../src/db/queries/backlinks.js';
import { isMain } from '../src/paths.js';

/** Medians over the rounds of the mean µs a call: wall time and CPU time (user + system). */
export interface Timing {
  wall: number;
  cpu: number;
}

export interface LinksBench {
  articles: number;
  load: Timing;
  backlinks: Timing;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The medians of the rounds' mean time a call of `run` over every id, in µs. */
function timed(ids: number[], rounds: number, run: (id: number) => unknown): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const id of ids) run(id);
    const used = process.cpuUsage(cpuStarted);
    wall.push(((performance.now() - started) * 1000) / ids.length);
    cpu.push((used.user + used.system) / ids.length);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function benchLinks(dbPath: string, rounds = 5): LinksBench {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const ids = db.$client.prepare<[], number>('SELECT id FROM articles ORDER BY title_key').pluck().all();
    const articles = createArticleQueries(db);
    const backlinks = createBacklinkQueries(db);
    // One warm-up pass: the pages in the cache, as on a serving replica.
    for (const id of ids) articles.load(id), backlinks.list(id, '', 50);
    const load = timed(ids, rounds, (id) => articles.load(id));
    return { articles: ids.length, load, backlinks: timed(ids, rounds, (id) => backlinks.list(id, '', 50)) };
  } finally {
    db.$client.close();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string' } } });
  if (!values.db) throw new Error('--db: the database to read');
  const result = benchLinks(values.db, Number(values.rounds ?? 5));
  const f = ({ wall, cpu }: Timing) => `${wall.toFixed(0)} µs (CPU ${cpu.toFixed(0)} µs)`;
  process.stdout.write(`${values.db}: ${result.articles} articles; a call: article rows ${f(result.load)}, backlinks (first 50) ${f(result.backlinks)}\n`);
}
