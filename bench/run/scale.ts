/**
 * The benchmark at one size (import, database size, start-up, peak RSS, the load scenarios and the
 * search query functions), and article get on the smallest against the largest database.
 */
import { runLoad, type LoadResult } from '../load.js';
import { measureSearch, type SearchLatency } from '../search.js';
import { generateAndImport, sample } from './corpus.js';
import { median } from './numbers.js';
import { load, settle, startServer } from './servers.js';
import { connections, LOAD_CORE, rounds, seconds, STARTUP_RUNS } from './settings.js';

/** Stop words alone, beside other words, and in quoted phrases (searched as written, so scored with them). */
export const COMMON_WORD_QUERIES = ['the', 'of the', 'the revolution', 'history of the party', 'the working class', '"the revolution"', '"history of the"'];

export interface ScaleRow {
  size: number;
  docsPerSecond: number;
  importSeconds: number;
  dbMb: number;
  /** Median of STARTUP_RUNS start-ups, and each of them. */
  startupMs: number;
  startups: number[];
  rssMb: number;
  /** Per scenario: saturating load (32 connections: requests per second) and one connection at a time (latency without queueing). */
  loads: { name: string; result: LoadResult; sequential: LoadResult }[];
  /** Search query functions without HTTP (the p99 < 20 ms goal). */
  searchLatency: { scope: string; latency: SearchLatency }[];
}

export async function scale(size: number): Promise<ScaleRow & { dbPath: string }> {
  const imported = generateAndImport(size);
  const { titles, authors, words } = sample(imported.dbPath);
  const server = await startServer(imported.dbPath);
  const sourcesPage = await (await fetch(`http://127.0.0.1:${server.port}/v1/sources?limit=20`)).json() as { nextCursor?: string | null };
  const loads: ScaleRow['loads'] = [];
  const scenarios: [string, string[]][] = [
    ['article get', titles.map((slug) => `/v1/articles/${slug}`)],
    ['citations by author', authors.map((a) => `/v1/citations?author=${encodeURIComponent(a)}`)],
    ['sources page', ['/v1/sources?limit=20', ...(sourcesPage.nextCursor ? [`/v1/sources?limit=20&cursor=${sourcesPage.nextCursor}`] : [])]],
    ['search', words.map((w) => `/v1/search?q=${encodeURIComponent(w)}`)],
  ];
  for (const [name, paths] of scenarios) {
    await load(server, paths); // warm: every path once at least, as the query-function measure warms each query
    const result = await load(server, paths);
    // When wrk stops, the server still works through the requests of its closed connections (up
    // to 32 of them, 100 ms and more of search): the latency run waits until they are done.
    await settle(server);
    const sequential = await runLoad({ port: server.port, paths, seconds: Math.min(seconds, 3), connections: 1, core: LOAD_CORE });
    loads.push({ name, result, sequential });
  }
  const rssMb = server.peakRssMb();
  await server.stop();
  // Start-up varies by ±15 % run to run here (module loading from disk, a shared host): the median of five.
  const startups = [server.startupMs];
  for (let run = 1; run < STARTUP_RUNS; run++) {
    const again = await startServer(imported.dbPath);
    startups.push(again.startupMs);
    await again.stop();
  }
  const startupMs = [...startups].sort((a, b) => a - b)[Math.floor(startups.length / 2)]!;
  const searchLatency = [
    ...(['articles', 'sections', 'citations', 'titles'] as const).map((scope) => ({
      scope,
      latency: measureSearch(imported.dbPath, words, 3, { scope }),
    })),
    // Queries of common words, which the sample of title words above leaves out.
    ...(['articles', 'sections', 'citations'] as const).map((scope) => ({
      scope: `${scope}, common words`,
      latency: measureSearch(imported.dbPath, COMMON_WORD_QUERIES, 5, { scope }),
    })),
  ];
  return { size, ...imported, startupMs, startups, rssMb, loads, searchLatency };
}

/**
 * Article get on the smallest and the largest database, in alternating rounds as the baseline
 * comparison does: the flatness goal as a ratio measured in one run, each round's two loads back
 * to back. (The article get of each size's phase runs minutes apart, under whatever the shared
 * host does meanwhile.) The same articles in both: the generator's first documents are the same
 * at every size.
 */
export async function flatness(smallDb: string, largeDb: string) {
  const paths = sample(smallDb).titles.map((slug) => `/v1/articles/${slug}`);
  const servers = [await startServer(smallDb), await startServer(largeDb)] as const;
  const runs: [LoadResult[], LoadResult[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const i of round % 2 ? [1, 0] : [0, 1]) {
      await runLoad({ port: servers[i]!.port, paths, seconds: 1, connections, core: LOAD_CORE });
      runs[i]!.push(await load(servers[i]!, paths));
    }
  }
  for (const server of servers) await server.stop();
  const [small, large] = runs.map((list) => median(list.map((r) => r.rps))) as [number, number];
  return { small, large, ratio: median(runs[1].map((run, round) => run.rps / runs[0][round]!.rps)) };
}

/** What flatness() measured: median req/s on each database and the median of the rounds' ratios. */
export type Flatness = Awaited<ReturnType<typeof flatness>>;
