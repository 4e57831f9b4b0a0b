/**
 * `npm run bench:stream -- [--articles N] [--changes K] [--clients 100,1000] [--rounds R]`: the time
 * from a swap to its events at every connected client of /v1/changes/stream (a benchmark, not a
 * test; see docs/performance.md). The compiled server serves a generated corpus; N EventSource
 * clients (the `eventsource` package, in this process) follow the stream from its end; each round
 * renames a new file in place — the same corpus with K articles changed — and times, for every
 * client, its first and its K-th event of that run. Then the same through Varnish, when installed.
 *
 * Two clocks meet here, on one host: the server's log time of "swapped in a new database
 * generation" (the moment new requests go to the new file) and this process's arrival times.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { EventSource } from 'eventsource';
import { importDocuments } from '../src/importer/import.js';
import { writeDocuments } from './generate.js';
import { sleep, startServer, startVarnish, varnishd } from './processes.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    changes: { type: 'string', default: '100' },
    clients: { type: 'string', default: '100,1000' },
    rounds: { type: 'string', default: '5' },
  },
});
const articles = Number(values.articles);
const changes = Number(values.changes);
const clientCounts = values.clients.split(',').map(Number);
const rounds = Number(values.rounds);

const dir = mkdtempSync(join(tmpdir(), 'bench-stream-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${fmt(percentile(sorted, 50))} / ${fmt(percentile(sorted, 99))} / ${fmt(sorted.at(-1)!)}`;
};

// The corpus, and one file a round: the previous one with K articles changed (a line added to each).
const docs = join(dir, 'docs');
const files = writeDocuments(docs, articles, { seed: 42 }).slice(0, changes);
// The first count direct and through Varnish, then the larger counts direct.
const phases: { clients: number; via: 'server' | 'Varnish' }[] = [
  { clients: clientCounts[0]!, via: 'server' },
  ...(varnishd ? [{ clients: clientCounts[0]!, via: 'Varnish' as const }] : []),
  ...clientCounts.slice(1).map((clients) => ({ clients, via: 'server' as const })),
];
const artifacts = [join(dir, 'round-0.db')];
importDocuments({ dbPath: artifacts[0]!, inputs: [docs] });
const runs: number[] = [];
for (let round = 1; round <= rounds * phases.length; round++) {
  const changed = join(dir, `changed-${round}`);
  mkdirSync(changed);
  for (const file of files) writeFileSync(join(changed, file.split('/').pop()!), `${readFileSync(file, 'utf8').trimEnd()}\nRevised in round ${round}.\n`);
  const artifact = join(dir, `round-${round}.db`);
  copyFileSync(artifacts.at(-1)!, artifact);
  const { run } = importDocuments({ dbPath: artifact, inputs: [changed] });
  if (run.changes !== changes) throw new Error(`round ${round}: ${run.changes} changes, not ${changes}`);
  artifacts.push(artifact);
  runs.push(run.id);
}
process.stderr.write(`${articles} articles, ${artifacts.length - 1} rounds of ${changes} changes prepared in ${dir}\n`);

// Two replicas, as behind Varnish; the direct phases use the first. Their swaps are read from their logs.
const ports = [3911, 3912];
const swappedAt = new Map<string, number>();
const paths = ports.map((port) => {
  mkdirSync(join(dir, `r${port}`));
  const path = join(dir, `r${port}`, 'encyclopedia.db');
  copyFileSync(artifacts[0]!, path);
  return path;
});
// Room for every phase's clients at once: through Varnish, a client that has left still holds its
// replica's stream until the next heartbeat finds it gone.
const env = { LOG_LEVEL: 'info', STREAM_MAX_CONNECTIONS: String(2 * clientCounts.reduce((sum, count) => sum + count, 0)) };
for (const [i, port] of ports.entries()) {
  const server = await startServer(port, paths[i]!, env, 'pipe');
  createInterface({ input: server.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as { msg: string; run?: number; time: number };
    if (line.msg === 'swapped in a new database generation') swappedAt.set(`${i} ${line.run}`, line.time);
  });
}
const cachePort = 3910;
if (varnishd) await startVarnish(dir, cachePort, ports);

interface Client {
  source: EventSource;
  started: boolean;
  /** Arrival time of each change event of the current round. */
  arrivals: number[];
}

function connect(url: string): Client {
  const source = new EventSource(url);
  const client: Client = { source, started: false, arrivals: [] };
  source.addEventListener('start', () => (client.started = true), { once: true });
  source.addEventListener('message', () => client.arrivals.push(Date.now()));
  return client;
}

async function until(condition: () => boolean, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(5);
  }
}


/** Renames a copy of `artifact` over `path`, as a deployment publishes a file. */
function putInPlace(artifact: string, path: string) {
  copyFileSync(artifact, `${path}.incoming`);
  renameSync(`${path}.incoming`, path);
}

const rows: string[] = [];
let round = 0;
for (const { clients: count, via } of phases) {
  if (via === 'Varnish' && round > 0) {
    // The second replica, idle during the direct phases, catches up (untimed) before its clients connect.
    putInPlace(artifacts[round]!, paths[1]!);
    await until(() => swappedAt.has(`1 ${runs[round - 1]}`), 'the second replica catching up');
  }
  const base = via === 'server' ? `http://127.0.0.1:${ports[0]}` : `http://127.0.0.1:${cachePort}`;
  const clients = Array.from({ length: count }, () => connect(`${base}/v1/changes/stream`));
  await until(() => clients.every((client) => client.started), `${count} clients connected`);
  const detection: number[] = [];
  const first: number[] = [];
  const all: number[] = [];
  const lastClient: number[] = [];
  for (let i = 0; i < rounds; i++) {
    round++;
    for (const client of clients) client.arrivals = [];
    const renamedAt = Date.now();
    for (const path of via === 'server' ? paths.slice(0, 1) : paths) putInPlace(artifacts[round]!, path);
    await until(() => clients.every((client) => client.arrivals.length >= changes), `round ${round}: every client's ${changes} events`);
    // Through Varnish a client follows one replica or the other: each is timed from its own swap.
    await until(() => swappedAt.has(`0 ${runs[round - 1]}`) && (via === 'server' || swappedAt.has(`1 ${runs[round - 1]}`)), 'the swap logged');
    const swaps = [swappedAt.get(`0 ${runs[round - 1]}`)!, swappedAt.get(`1 ${runs[round - 1]}`) ?? Infinity];
    const swapped = Math.min(...swaps);
    detection.push(swapped - renamedAt);
    for (const client of clients) {
      first.push(client.arrivals[0]! - swapped);
      all.push(client.arrivals[changes - 1]! - swapped);
    }
    lastClient.push(Math.max(...clients.map((client) => client.arrivals[changes - 1]!)) - renamedAt);
    process.stderr.write(`  ${count} clients via ${via}, round ${i + 1}: noticed in ${detection.at(-1)} ms, every event at every client ${lastClient.at(-1)} ms after the rename\n`);
    await sleep(500);
  }
  for (const client of clients) client.source.close();
  rows.push(`| ${fmt(count)} | ${via} | ${summary(detection)} | ${summary(first)} | ${summary(all)} | ${summary(lastClient)} |`);
  process.stderr.write(`${rows.at(-1)}\n`);
  await sleep(1000);
}

const section = `## Change stream: from a swap to every client (${new Date().toISOString().slice(0, 10)}, \`npm run bench:stream -- --articles ${articles} --changes ${changes} --clients ${values.clients} --rounds ${rounds}\`)

The compiled server over ${fmt(articles)} generated articles; N EventSource clients (the \`eventsource\` package, all in the bench
process) follow \`/v1/changes/stream\` from its end; each of ${rounds} rounds renames a new file in place with ${changes} articles
changed. Milliseconds, p50 / p99 / max over the rounds (and clients): *noticed* is from the rename to the server's log line
"swapped in a new database generation" (directory watch, checks, the new app built); *first* and *all* are from that line to a
client's first and ${changes}th event of the run; *last client* is from the rename to the last event at the slowest client.
Through Varnish both replicas swap and each client is timed from the first swap. Server, Varnish and clients share this host's cores.

| clients | via | noticed | first event | all ${changes} events | last client, from the rename |
|---:|---|---:|---:|---:|---:|
${rows.join('\n')}
`;
process.stdout.write(`\n${section}`);
process.exit(0);
