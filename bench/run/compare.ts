/**
 * The server against the two baselines (bare, and replaying the same headers) on the same paths,
 * in alternating rounds: article JSON, a conditional request answered 304, and the summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Payload } from '../baseline.js';
import { runLoad, type LoadResult } from '../load.js';
import { sample } from './corpus.js';
import { median } from './numbers.js';
import { load, startBaseline, startServer, type Server } from './servers.js';
import { connections, LOAD_CORE, out, rounds } from './settings.js';

/** A load run and the CPU time its target spent per request. */
type Measured = LoadResult & { cpuUs: number };

/** Headers the recorded response carries that a replay must not copy: per connection, per request or computed by the server. */
const UNRECORDED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'etag', 'content-type']);
const recorded = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => !UNRECORDED.has(name)));

const KINDS = ['server', 'bare', 'same'] as const;
type Kind = (typeof KINDS)[number];

export async function compare(dbPath: string) {
  const { titles } = sample(dbPath);
  const server = await startServer(dbPath);
  const articlePaths = titles.slice(0, 100).map((slug) => `/v1/articles/${slug}`);
  const summaryPaths = titles.slice(0, 100).map((slug) => `/v1/articles/${slug}/summary`);
  const payloads: Record<string, Payload> = {};
  for (const path of [...articlePaths, ...summaryPaths]) {
    // As the load generator asks: without Accept-Encoding (fetch would ask for gzip, and the
    // recorded headers would say Content-Encoding: gzip over the decoded body).
    const identity = { 'accept-encoding': 'identity' };
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { headers: identity });
    if (response.headers.has('content-encoding')) throw new Error(`${path}: answered ${response.headers.get('content-encoding')} to identity`);
    const etag = response.headers.get('etag') ?? '';
    const notModified = await fetch(`http://127.0.0.1:${server.port}${path}`, { headers: { ...identity, 'if-none-match': etag } });
    payloads[path] = {
      body: await response.text(),
      etag,
      contentType: response.headers.get('content-type') ?? '',
      headers: recorded(response.headers),
      notModifiedHeaders: recorded(notModified.headers),
    };
  }
  const payloadFile = join(out, 'baseline-payloads.json');
  writeFileSync(payloadFile, JSON.stringify(payloads));
  const targets: Record<Kind, Server> = { server, bare: await startBaseline(payloadFile, 'bare'), same: await startBaseline(payloadFile, 'same') };
  const conditional = articlePaths[0]!;
  const scenarios = [
    { name: 'GET /v1/articles/{title}', paths: articlePaths, headers: undefined, target: 0.9 },
    { name: 'GET /v1/articles/{title} → 304', paths: [conditional], headers: { 'if-none-match': payloads[conditional]!.etag }, target: 1.0 },
    { name: 'GET /v1/articles/{title}/summary', paths: summaryPaths, headers: undefined, target: 0.9 },
  ];
  // Each measured run is preceded by a warm-up of the same scenario on the same server (JIT, the
  // server's caches of that representation), so neither side pays for its first requests.
  const warm = (target: Server, paths: string[], headers?: Record<string, string>) =>
    runLoad({ port: target.port, paths, headers, seconds: 1, connections, core: LOAD_CORE });
  const results = new Map<string, Record<Kind, Measured[]>>();
  for (let round = 0; round < rounds; round++) {
    for (const scenario of scenarios) {
      const entry = results.get(scenario.name) ?? { server: [], bare: [], same: [] };
      // The order turns each round, so no kind always runs first or last.
      const order = KINDS.map((_, i) => KINDS[(i + round) % KINDS.length]!);
      for (const kind of order) {
        await warm(targets[kind], scenario.paths, scenario.headers);
        const cpuBefore = targets[kind].cpuMs();
        const result = await load(targets[kind], scenario.paths, scenario.headers);
        entry[kind].push({ ...result, cpuUs: ((targets[kind].cpuMs() - cpuBefore) * 1000) / result.requests });
      }
      results.set(scenario.name, entry);
    }
  }
  // The median round: a run disturbed by the shared machine moves it less than it moves a mean.
  const average = (list: Measured[]): Measured => ({
    rps: median(list.map((r) => r.rps)),
    cpuUs: median(list.map((r) => r.cpuUs)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    errors: list.reduce((a, r) => a + r.errors, 0),
    non2xx: list.reduce((a, r) => a + r.non2xx, 0),
    requests: list.reduce((a, r) => a + r.requests, 0),
  });
  const rows = scenarios.map((scenario) => {
    const entry = results.get(scenario.name)!;
    const [s, bare, same] = KINDS.map((kind) => average(entry[kind])) as [Measured, Measured, Measured];
    // Ratios within a round (the three runs back to back, under the same load from the rest of
    // the machine), then their median.
    const ratio = (baseline: Kind) => median(entry.server.map((run, round) => run.rps / entry[baseline][round]!.rps));
    return { name: scenario.name, server: s, bare, same, ratio: ratio('bare'), ratioSame: ratio('same'), target: scenario.target };
  });
  const rss = Object.fromEntries(KINDS.map((kind) => [kind, targets[kind].peakRssMb()])) as Record<Kind, number>;
  for (const kind of KINDS) await targets[kind].stop();
  return { rows, rss };
}

/** What compare() measured: a row a scenario, and each target's peak RSS. */
export type Comparison = Awaited<ReturnType<typeof compare>>;
