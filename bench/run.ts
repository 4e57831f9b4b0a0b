/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000,100000]`
 *
 * 1. Against a built database, the real server (compiled, production settings) and a baseline
 *    Fastify server returning precomputed copies of the same bytes, load runs alternating between
 *    them: article JSON, a conditional request answered 304, and the article summary.
 * 2. At each size: generate documents, import them (throughput), database size, start-up time,
 *    peak RSS, and requests per second / p99 of article get, citations by author, a sources page
 *    and search.
 * 3. Article get on the smallest and the largest database, in alternating rounds (flatness).
 * Writes bench/results.md.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { projectRoot } from '../src/paths.js';
import { writeDocuments } from './generate.js';
import type { Payload } from './baseline.js';
import { loadGenerator, runLoad, type LoadResult } from './load.js';
import { measureSearch, type SearchLatency } from './search.js';
import { benchWikitext, WIKITEXT_HEADER, wikitextRow } from './wikitext.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, seconds: { type: 'string' } },
});
const quick = values.quick ?? false;
const sizes = (values.sizes ?? (quick ? '1000' : '1000,10000,100000')).split(',').map(Number);
const seconds = Number(values.seconds ?? (quick ? 2 : 5));
const rounds = quick ? 1 : 3;
const connections = 32;
const STARTUP_RUNS = 5;
const out = join(projectRoot, 'bench', 'out');
mkdirSync(out, { recursive: true });

const hasTaskset = (() => {
  try {
    execFileSync('which', ['taskset'], { stdio: 'ignore' });
    return cpus().length >= 2;
  } catch {
    return false;
  }
})();
const SERVER_CORE = hasTaskset ? 1 : null;
const LOAD_CORE = hasTaskset ? 0 : null;
const node = process.execPath;

function pinned(args: string[], core: number | null): [string, string[]] {
  return core === null ? [node, args] : ['taskset', ['-c', String(core), node, ...args]];
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

interface Server {
  port: number;
  process: ChildProcess;
  startupMs: number;
  peakRssMb(): number;
  /** CPU time the process has used (user + system), in ms: /proc/PID/stat, in clock ticks of 10 ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

async function start(args: string[], env: Record<string, string>, port: number, readyPath: string): Promise<Server> {
  const [command, commandArgs] = pinned(args, SERVER_CORE);
  const started = performance.now();
  const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(`http://127.0.0.1:${port}${readyPath}`);
  const startupMs = performance.now() - started;
  // With taskset the child is taskset's exec'd node: same pid.
  const pid = child.pid!;
  return {
    port,
    process: child,
    startupMs,
    peakRssMb() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    cpuMs() {
      // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

let nextPort = 3900;
const startServer = (dbPath: string) => {
  const port = nextPort++;
  return start(['dist/src/server.js'], { PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: dbPath, NODE_ENV: 'production' }, port, '/readyz');
};
const startBaseline = (payloadFile: string, kind: 'bare' | 'same') => {
  const port = nextPort++;
  return start(['dist/bench/baseline.js', String(port), payloadFile, kind], { NODE_ENV: 'production' }, port, '/healthz');
};

const load = (server: Server, paths: string[], headers?: Record<string, string>): Promise<LoadResult> =>
  runLoad({ port: server.port, paths, headers, seconds, connections, core: LOAD_CORE });

function generateAndImport(size: number) {
  const docs = join(out, `docs-${size}`);
  if (!existsSync(join(docs, '.complete'))) {
    rmSync(docs, { recursive: true, force: true });
    writeDocuments(docs, size, { seed: 42 });
    writeFileSync(join(docs, '.complete'), '');
  }
  const dbPath = join(out, `db-${size}.sqlite`);
  rmSync(dbPath, { force: true });
  const started = performance.now();
  execFileSync(node, ['dist/src/importer/cli.js', '--db', dbPath, docs], { stdio: ['ignore', 'ignore', 'inherit'] });
  const importSeconds = (performance.now() - started) / 1000;
  return { dbPath, importSeconds, docsPerSecond: size / importSeconds, dbMb: statSync(dbPath).size / 1024 / 1024 };
}

function sample(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  // Among the first 1,000 articles: the generator's first documents are the same at every size, so
  // article get compares the same articles (the same bodies) in databases of each size.
  const titles = db.prepare('SELECT slug FROM articles WHERE id <= 1000 ORDER BY id % 97, id LIMIT 300').pluck().all() as string[];
  const authors = (db.prepare("SELECT authors FROM citations WHERE authors != '[]' ORDER BY id % 89, id LIMIT 100").pluck().all() as string[])
    .map((json) => (JSON.parse(json) as string[])[0]!.split(' ').pop()!)
    .filter(Boolean);
  const words = titles.flatMap((slug) => decodeURIComponent(slug).split('_')).filter((w) => w.length > 4).slice(0, 100);
  db.close();
  return { titles, authors, words };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** A load run and the CPU time its target spent per request. */
type Measured = LoadResult & { cpuUs: number };

/** Headers the recorded response carries that a replay must not copy: per connection, per request or computed by the server. */
const UNRECORDED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'etag', 'content-type']);
const recorded = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => !UNRECORDED.has(name)));

const KINDS = ['server', 'bare', 'same'] as const;
type Kind = (typeof KINDS)[number];

async function compare(dbPath: string) {
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

/**
 * Article get on the smallest and the largest database, in alternating rounds as the baseline
 * comparison does: the flatness goal as a ratio measured in one run, each round's two loads back
 * to back. (The article get of each size's phase runs minutes apart, under whatever the shared
 * host does meanwhile.) The same articles in both: the generator's first documents are the same
 * at every size.
 */
async function flatness(smallDb: string, largeDb: string) {
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

/** Waits until the server answers its health probe in under 2 ms twice in a row (its queue is empty). */
async function settle(server: Server): Promise<void> {
  let quick = 0;
  for (let tries = 0; tries < 500 && quick < 2; tries++) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${server.port}/healthz`);
    quick = performance.now() - started < 2 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Stop words alone, beside other words, and in quoted phrases (searched as written, so scored with them). */
const COMMON_WORD_QUERIES = ['the', 'of the', 'the revolution', 'history of the party', 'the working class', '"the revolution"', '"history of the"'];

interface ScaleRow {
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

async function scale(size: number): Promise<ScaleRow & { dbPath: string }> {
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
 * The host's speed now: the median time of a fixed workload like the server's own (JSON of
 * 100,000 small objects written and read back, five times), on the server's core. On a shared
 * machine the same code can run at half speed for minutes; these readings, before each phase and
 * at the end, show in the results when that happened.
 */
function hostCheck(): number {
  const script =
    `const o=Array.from({length:100000},(_,i)=>({id:i,title:'Title '+i,year:1900+i%100,tags:['a','b']}));const t=[];` +
    `for(let i=0;i<5;i++){const s=performance.now();JSON.parse(JSON.stringify(o));t.push(performance.now()-s)}` +
    `t.sort((x,y)=>x-y);console.log(t[2])`;
  const [command, args] = pinned(['-e', script], SERVER_CORE);
  return Number(execFileSync(command, args, { encoding: 'utf8' }).trim());
}
const hostChecks: { when: string; ms: number }[] = [];

const started = new Date();
process.stdout.write(`load generator: ${loadGenerator}; pinning: ${hasTaskset ? 'server core 1, load core 0' : 'none'}\n`);
const scaleRows: ScaleRow[] = [];
let comparison: Awaited<ReturnType<typeof compare>> | null = null;
for (const size of sizes) {
  hostChecks.push({ when: `before ${fmt(size)}`, ms: hostCheck() });
  process.stdout.write(`\n== ${fmt(size)} articles (host check ${fmt(hostChecks.at(-1)!.ms, 1)} ms)\n`);
  const row = await scale(size);
  scaleRows.push(row);
  process.stdout.write(
    `import ${fmt(row.docsPerSecond)} docs/s (${fmt(row.importSeconds, 1)} s), db ${fmt(row.dbMb, 1)} MB, start-up ${fmt(row.startupMs)} ms, RSS ${fmt(row.rssMb)} MB\n`,
  );
  for (const { name, result, sequential } of row.loads) {
    process.stdout.write(
      `  ${name.padEnd(22)} ${fmt(result.rps).padStart(8)} req/s  p50 ${fmt(result.p50, 2)} ms  p99 ${fmt(result.p99, 2)} ms  errors ${result.errors + result.non2xx}` +
        `  | one connection: p50 ${fmt(sequential.p50, 2)} ms  p99 ${fmt(sequential.p99, 2)} ms\n`,
    );
  }
  if (comparison === null) {
    comparison = await compare(row.dbPath);
    process.stdout.write(`\n== server vs baseline (${fmt(size)} articles)\n`);
    for (const c of comparison.rows) {
      process.stdout.write(
        `  ${c.name.padEnd(34)} server ${fmt(c.server.rps)} req/s (p99 ${fmt(c.server.p99, 2)} ms)  bare ${fmt(c.bare.rps)} (ratio ${fmt(c.ratio, 2)})  same headers ${fmt(c.same.rps)} (ratio ${fmt(c.ratioSame, 2)})  target ≥ ${c.target}\n`,
      );
    }
  }
}

let flat: Awaited<ReturnType<typeof flatness>> | null = null;
if (scaleRows.length > 1) {
  const [smallest, largest] = [sizes[0]!, sizes[sizes.length - 1]!];
  flat = await flatness(join(out, `db-${smallest}.sqlite`), join(out, `db-${largest}.sqlite`));
  process.stdout.write(
    `\n== article get, ${fmt(largest)} vs ${fmt(smallest)} articles, alternating: ${fmt(flat.large)} vs ${fmt(flat.small)} req/s (${fmt(flat.ratio * 100, 1)} %)\n`,
  );
}

hostChecks.push({ when: 'at the end', ms: hostCheck() });
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const first = scaleRows[0]!;
const last = scaleRows[scaleRows.length - 1]!;
const articleRps = (row: ScaleRow) => row.loads.find((l) => l.name === 'article get')!.result.rps;
process.stdout.write('wikitext import…\n');
const wikitext = benchWikitext(quick ? 2 : 20, out);

const md = [
  '# Benchmark results',
  '',
  `- Date: ${started.toISOString()}`,
  `- Command: \`${command}\` (${fmt((Date.now() - started.getTime()) / 60_000, 1)} min)`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 1024 ** 3, 1)} GiB, ${osType()} ${release()}, Node ${process.version}`,
  `- Host check (JSON of 100,000 objects written and read back on the server's core, median of 5; higher when the shared host is slower): ${hostChecks.map(({ when, ms }) => `${when} ${fmt(ms, 1)} ms`).join(', ')}`,
  `- Load generator: ${loadGenerator}, ${connections} connections, ${seconds} s per run, ${rounds} alternating round(s), medians over the rounds; ${hasTaskset ? 'server pinned to core 1, load generator to core 0 (taskset)' : 'no CPU pinning'}`,
  '',
  `## Server vs baseline (${fmt(first.size)} articles)`,
  '',
  'Two baselines, each a bare Fastify server (same logging) answering from precomputed copies: **bare** sends the body, ' +
    'Content-Type and ETag only; **same headers** also replays every other header the server sent for that path ' +
    '(security, CORS, Cache-Control, Vary, Link, request id), so its response is the server\'s, byte for byte but the date. ' +
    'The first measures the cost of the server\'s headers and work together; the second the cost of the work alone. ' +
    'A ratio is the median of the rounds\' ratios (in each round the three servers run back to back); req/s, latency and ' +
    'CPU time per request (the process\'s user + system time over the run, /proc) are medians over the rounds.',
  '',
  '| scenario | server req/s | server p50 / p99 ms | bare req/s | ratio to bare | same-headers req/s | ratio to same headers | target | CPU µs/request: server / bare / same |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...(comparison?.rows ?? []).map(
    (c) =>
      `| ${c.name} | ${fmt(c.server.rps)} | ${fmt(c.server.p50, 2)} / ${fmt(c.server.p99, 2)} | ${fmt(c.bare.rps)} | **${fmt(c.ratio, 2)}** ${c.ratio >= c.target ? '✓' : '✗'} | ${fmt(c.same.rps)} | **${fmt(c.ratioSame, 2)}** ${c.ratioSame >= c.target ? '✓' : '✗'} | ≥ ${c.target} | ${fmt(c.server.cpuUs, 1)} / ${fmt(c.bare.cpuUs, 1)} / ${fmt(c.same.cpuUs, 1)} |`,
  ),
  '',
  `Errors (server): ${(comparison?.rows ?? []).reduce((a, c) => a + c.server.errors + c.server.non2xx, 0)}. Peak RSS: server ${fmt(comparison?.rss.server ?? 0)} MB, bare ${fmt(comparison?.rss.bare ?? 0)} MB, same headers ${fmt(comparison?.rss.same ?? 0)} MB.`,
  '',
  ...(() => {
    // The baselines answer the conditional request with their own 304. Read against the article
    // JSON the baselines send (what the issue's baseline does), the 304 ratio is this:
    const rows = comparison?.rows ?? [];
    const notModified = rows.find((c) => c.name.endsWith('304'));
    const article = rows.find((c) => c.name === 'GET /v1/articles/{title}');
    if (!notModified || !article) return [];
    return [
      `The 304 row compares 304 with 304. The server's 304 against the baselines' full article answer (200 with the JSON): ` +
        `${fmt(notModified.server.rps / article.bare.rps, 2)} of bare, ${fmt(notModified.server.rps / article.same.rps, 2)} of same headers (median req/s).`,
      '',
    ];
  })(),
  '## Scale',
  '',
  `Each cell: requests per second under saturating load (${connections} connections; its p99 is mostly queueing), then p50 / p99 ms ` +
    'with one connection at a time (each request alone: the latency a client sees on an idle server).',
  '',
  '| articles | import docs/s | db MB | start-up ms | peak RSS MB | article get | citations by author | sources page | search |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...scaleRows.map((row) => {
    const cell = (name: string) => {
      const { result, sequential } = row.loads.find((l) => l.name === name)!;
      return `${fmt(result.rps)} req/s; ${fmt(sequential.p50, 2)} / ${fmt(sequential.p99, 2)} ms`;
    };
    return `| ${fmt(row.size)} | ${fmt(row.docsPerSecond)} | ${fmt(row.dbMb, 1)} | ${fmt(row.startupMs)} | ${fmt(row.rssMb)} | ${cell('article get')} | ${cell('citations by author')} | ${cell('sources page')} | ${cell('search')} |`;
  }),
  '',
  '### Search query latency (query functions, no HTTP; goal p99 < 20 ms)',
  '',
  `Each scope over the words of the sampled titles (longer than four letters), and over ${COMMON_WORD_QUERIES.length} queries of common words: ` +
    COMMON_WORD_QUERIES.map((q) => `\`${q}\``).join(', ') +
    ' (stop words are left out beside other words; a quoted phrase is searched, and scored, as written).',
  '',
  '| articles | scope | p50 ms | p99 ms | runs | slowest |',
  '|---:|---|---:|---:|---:|---|',
  ...scaleRows.flatMap((row) =>
    row.searchLatency.map(
      ({ scope, latency }) =>
        `| ${fmt(row.size)} | ${scope} | ${fmt(latency.p50, 2)} | ${fmt(latency.p99, 2)} | ${latency.runs} | ${latency.slowest
          .slice(0, 2)
          .map(({ query, ms }) => `\`${query}\` ${fmt(ms, 1)} ms`)
          .join(', ')} |`,
    ),
  ),
  '',
  flat
    ? `Article get at ${fmt(last.size)} vs ${fmt(first.size)} articles (goal: within 10 %): **${fmt(flat.ratio * 100, 1)} %** of the requests per second ` +
      `measured in alternating rounds, both servers running (${fmt(flat.large)} vs ${fmt(flat.small)} req/s, medians of ${rounds} rounds); ` +
      `${fmt((articleRps(last) / articleRps(first)) * 100, 1)} % between the two phases above, which run minutes apart.`
    : '',
  '',
  `Start-up time is from spawning \`node dist/src/server.js\` to the first answer of \`/readyz\`, the median of ${STARTUP_RUNS} start-ups (${scaleRows.map((row) => `${fmt(row.size)}: ${row.startups.map((ms) => fmt(ms)).join(', ')} ms`).join('; ')}); peak RSS is the server\'s VmHWM after the load runs.`,
  '',
  '## Wikitext import (a generated MediaWiki dump, bench/generate-wikitext.ts; goal ≥ 2 MB/s of wikitext, peak RSS < 300 MB)',
  '',
  ...WIKITEXT_HEADER,
  wikitextRow(wikitext),
  '',
].join('\n');
writeFileSync(join(projectRoot, 'bench', 'results.md'), md);
process.stdout.write(`\nwrote bench/results.md\n`);
