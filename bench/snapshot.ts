/**
 * `npm run bench:snapshot [-- --articles N] [--keep-db]`: GET /v1/snapshot from the compiled server over a real
 * HTTP connection, at N generated articles (100,000 by default; bench/generate.ts, as `npm run
 * bench` makes them): the download's MB/s, plain and gzipped, and the server's RSS while it streams
 * against its RSS before — the goal: it grows by less than 50 MB. A third reader stops after its
 * first chunk and reads nothing for seconds, then goes: the server's memory meanwhile shows that a
 * slow client holds it where it is.
 * Writes its section of bench/results.md (between its markers; the rest of the file is kept).
 * `--keep-db` serves the database of an earlier run instead of importing again.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { projectRoot } from '../src/paths.js';
import { writeDocuments } from './generate.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '100000' }, port: { type: 'string', default: '3931' }, 'keep-db': { type: 'boolean' } },
});
const articles = Number(values.articles);
const port = Number(values.port);
const out = join(projectRoot, 'bench', 'out');
mkdirSync(out, { recursive: true });
const MB = 1024 * 1024;
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();

// The documents and the database, as `npm run bench` makes them (the same folder, reused when complete).
const docs = join(out, `docs-${articles}`);
if (!existsSync(join(docs, '.complete'))) {
  process.stdout.write(`generating ${fmt(articles)} documents…\n`);
  rmSync(docs, { recursive: true, force: true });
  writeDocuments(docs, articles, { seed: 42 });
  writeFileSync(join(docs, '.complete'), '');
}
const dbPath = join(out, `snapshot-${articles}.sqlite`);
let imported = 'the database of an earlier run';
if (!values['keep-db'] || !existsSync(dbPath)) {
  rmSync(dbPath, { force: true });
  process.stdout.write('importing…\n');
  const importStarted = performance.now();
  execFileSync(process.execPath, [join(projectRoot, 'dist', 'src', 'importer', 'cli.js'), '--db', dbPath, docs], { stdio: ['ignore', 'ignore', 'inherit'] });
  imported = `imported in ${fmt((performance.now() - importStarted) / 1000)} s`;
}

// The server, as in production; its RSS read from /proc.
// Load shedding off: on a shared host the event loop's lag alone can pass its threshold, and the
// bench's own download would be answered 503.
const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: dbPath, NODE_ENV: 'production', LOG_LEVEL: 'warn', SHED_EVENT_LOOP_DELAY: '0' };
const server = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'server.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => server.kill('SIGKILL'));
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
for (let i = 0; ; i++) {
  if (i > 600) throw new Error('the server did not answer /readyz within a minute');
  if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
  await sleep(100);
}
// Warm: a few ordinary requests, so that "before" is a server that has served.
for (const path of ['/v1/articles?limit=100', '/v1/search?q=revolution', '/v1/articles/Zeno']) await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
await (await fetch(`http://127.0.0.1:${port}/v1/snapshot`, { method: 'HEAD' })).arrayBuffer();
await sleep(500);

interface Download {
  seconds: number;
  firstByteMs: number;
  wireBytes: number;
  bytes: number;
  lines: number;
  before: number;
  peak: number;
}

/** One download of the snapshot, the server's RSS sampled every 50 ms; `stopMs`: the reader stops after its first chunk, for that long, then hangs up. */
function download(encoding: 'identity' | 'gzip', stopMs = 0): Promise<Download> {
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/v1/snapshot', headers: { 'accept-encoding': encoding } }, (response) => {
      const coding = response.headers['content-encoding'] ?? 'identity';
      if (response.statusCode !== 200 || coding !== encoding) {
        clearInterval(sampler);
        response.resume();
        reject(new Error(`GET /v1/snapshot (${encoding}): ${response.statusCode}, Content-Encoding ${coding}`));
        return;
      }
      let firstByteMs = 0;
      let wireBytes = 0;
      let bytes = 0;
      let lines = 0;
      let tail = '';
      response.on('data', (chunk: Buffer) => {
        if (wireBytes === 0) firstByteMs = performance.now() - t0;
        wireBytes += chunk.length;
        if (stopMs > 0 && wireBytes === chunk.length) {
          response.pause();
          setTimeout(() => {
            clearInterval(sampler);
            request.destroy();
            resolve({ seconds: (performance.now() - t0) / 1000, firstByteMs, wireBytes, bytes: wireBytes, lines: 0, before, peak: Math.max(peak, rssMb()) });
          }, stopMs);
        }
      });
      const body = encoding === 'gzip' ? response.pipe(createGunzip()) : response;
      body.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        tail = (tail + chunk.toString('latin1')).slice(-200);
      });
      body.on('end', () => {
        clearInterval(sampler);
        const end = JSON.parse(tail.trim().split('\n').pop()!) as { type: string; articles: number };
        if (end.type !== 'end' || end.articles !== articles) reject(new Error(`the closing line is ${tail}`));
        resolve({ seconds: (performance.now() - t0) / 1000, firstByteMs, wireBytes, bytes, lines, before, peak: Math.max(peak, rssMb()) });
      });
      body.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** A table row: the whole download's figures, or for the reader that stopped, only its memory. */
function row(name: string, run: Download): string {
  const memory = `${fmt(run.before)} → ${fmt(run.peak)} MB (**+${fmt(run.peak - run.before, 1)}**)`;
  if (run.lines === 0) return `| ${name} | — | ${fmt(run.wireBytes / 1024)} KB read | ${fmt(run.seconds, 1)} s | — | — | ${fmt(run.firstByteMs)} ms | ${memory} |`;
  const speed = `**${fmt(run.bytes / MB / run.seconds, 1)}** | ${fmt(articles / run.seconds)}`;
  return `| ${name} | ${fmt(run.bytes / MB, 1)} MB | ${fmt(run.wireBytes / MB, 1)} MB | ${fmt(run.seconds, 1)} s | ${speed} | ${fmt(run.firstByteMs)} ms | ${memory} |`;
}

const runs: [string, Download][] = [];
for (const [name, encoding, pause] of [
  ['plain (Accept-Encoding: identity)', 'identity', 0],
  ['gzip', 'gzip', 0],
  ['a reader that stops after its first chunk, for 10 s', 'identity', 10_000],
] as const) {
  process.stdout.write(`download: ${name}…\n`);
  const result = await download(encoding, pause);
  runs.push([name, result]);
  process.stdout.write(`  ${row(name, result)}\n`);
}
server.kill('SIGTERM');

const growth = Math.max(...runs.map(([, run]) => run.peak - run.before));
const date = new Date().toISOString().slice(0, 10);
const section = [
  '<!-- snapshot:start -->',
  `## The snapshot (${date}, \`npm run bench:snapshot -- --articles ${articles}\`; goal: RSS grows by less than 50 MB)`,
  '',
  `GET /v1/snapshot from the compiled server (production settings) over loopback HTTP, ${fmt(articles)} generated articles`,
  `(bench/generate.ts, seed 42; ${imported}, database ${fmt(statSync(dbPath).size / MB)} MB), load shedding off. MB are MiB of NDJSON as`,
  `the client reads it (decoded); RSS is the server's VmRSS before the download and its peak, sampled every 50 ms during it.`,
  `${cpus().length} cores, shared; load average ${loadavg().map((n) => fmt(n, 1)).join(' ')} at the end; ${fmt((Date.now() - started) / 60_000, 1)} min in all.`,
  '',
  '| download | NDJSON | on the wire | time | MB/s | articles/s | first byte | RSS before → peak |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...runs.map(([name, run]) => row(name, run)),
  '',
  `Largest RSS growth: ${fmt(growth, 1)} MB — the goal (< 50 MB) is ${growth < 50 ? 'met' : 'not met'}.`,
  '<!-- snapshot:end -->',
].join('\n');
const resultsFile = join(projectRoot, 'bench', 'results.md');
const results = readFileSync(resultsFile, 'utf8');
const marked = /<!-- snapshot:start -->[\s\S]*<!-- snapshot:end -->/;
writeFileSync(resultsFile, marked.test(results) ? results.replace(marked, section) : `${results.trimEnd()}\n\n${section}\n`);
process.stdout.write(`\n${section}\n\nwrote bench/results.md\n`);
