/**
 * `npm run bench:cache -- [--articles N] [--seconds S]`: the cache tier's figures, written to
 * bench/cache-tier-results.md (a benchmark, not a test; see docs/deploying.md and docs/performance.md).
 *
 * 1. The artifact: database bytes per source byte, and where the bytes go (per table and index).
 * 2. Search and citations under saturating load (32 connections): one replica, against two
 *    replicas behind Varnish with caching bypassed (so the origins' capacity shows).
 * 3. Article JSON: Varnish's cache hits against the origin's own answers.
 * 4. The swap: article p99 on one replica under load, without and with a new file swapped in.
 */
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { importDocuments } from '../src/importer/import.js';
import { projectRoot } from '../src/paths.js';
import { writeDocuments } from './generate.js';
import { runLoad, type LoadResult } from './load.js';
import { sleep, startServer, startVarnish, varnishd } from './processes.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '5000' }, seconds: { type: 'string', default: '8' } } });
const articles = Number(values.articles);
const seconds = Number(values.seconds);
if (!varnishd) throw new Error('varnishd not found: apt-get install -y varnish');

const dir = mkdtempSync(join(tmpdir(), 'bench-cache-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// 1. The artifact.
const docs = join(dir, 'docs');
const files = writeDocuments(docs, articles, { seed: 42 });
const sourceBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const artifact = join(dir, 'artifact.db');
importDocuments({ dbPath: artifact, inputs: [docs] });
const dbBytes = statSync(artifact).size;
const sqlite = new Database(artifact, { readonly: true });
const where = sqlite
  .prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 12`)
  .all() as { name: string; bytes: number }[];
const sample = sqlite.prepare('SELECT slug FROM articles ORDER BY id % 97, id LIMIT 200').pluck().all() as string[];
const authors = (sqlite.prepare("SELECT authors FROM citations WHERE authors != '[]' ORDER BY id % 89, id LIMIT 100").pluck().all() as string[])
  .map((json) => (JSON.parse(json) as string[])[0]!.split(' ').pop()!)
  .filter(Boolean);
sqlite.close();
const words = sample.flatMap((slug) => decodeURIComponent(slug).split('_')).filter((w) => w.length > 4).slice(0, 100);

// 2–3. Two replicas behind Varnish; bypassing the cache with a header this bench's site VCL adds.
const ports = [3901, 3902];
const paths = ports.map((port) => {
  mkdirSync(join(dir, `r${port}`));
  const path = join(dir, `r${port}`, 'encyclopedia.db');
  copyFileSync(artifact, path);
  return path;
});
for (const [i, port] of ports.entries()) await startServer(port, paths[i]!);
const cachePort = 3900;
await startVarnish(dir, cachePort, ports, `\nsub vcl_recv {\n    if (req.http.x-bench-bypass) {\n        return (pass);\n    }\n}\n`);

const load = (port: number, urls: string[], headers?: Record<string, string>): Promise<LoadResult> =>
  runLoad({ port, paths: urls, headers, seconds, connections: 32, core: null });

const scenarios: [string, string[]][] = [
  ['search', words.map((w) => `/v1/search?q=${encodeURIComponent(w)}`)],
  ['citations by author', authors.map((a) => `/v1/citations?author=${encodeURIComponent(a)}`)],
];
const origin: string[] = [];
for (const [name, urls] of scenarios) {
  const one = await load(ports[0]!, urls);
  const two = await load(cachePort, urls, { 'x-bench-bypass': '1' });
  origin.push(
    `| ${name} | ${fmt(one.rps)} req/s, p99 ${fmt(one.p99, 1)} ms | ${fmt(two.rps)} req/s, p99 ${fmt(two.p99, 1)} ms | ${fmt(two.rps / one.rps, 2)} | ${one.errors + one.non2xx} / ${two.errors + two.non2xx} |`,
  );
}
const articleUrls = sample.map((slug) => `/v1/articles/${slug}`);
for (const url of articleUrls) await (await fetch(`http://127.0.0.1:${cachePort}${url}`)).arrayBuffer();
const direct = await load(ports[0]!, articleUrls);
const hits = await load(cachePort, articleUrls);

// 4. The swap's effect: article p99 on one replica without a swap, then with one (a second copy renamed in) mid-run.
const quiet = await load(ports[1]!, articleUrls);
const swapping = load(ports[1]!, articleUrls);
await sleep((seconds * 1000) / 2);
copyFileSync(artifact, `${paths[1]}.incoming`);
renameSync(`${paths[1]}.incoming`, paths[1]!);
const swapped = await swapping;

const results = `# Cache tier figures

\`npm run bench:cache -- --articles ${articles} --seconds ${seconds}\` on ${new Date().toISOString().slice(0, 10)} (32 connections,
${seconds} s a run; replicas, Varnish and the load generator share this host's cores, so the figures are a lower bound).

## The artifact: ${fmt(articles)} articles

${fmt(dbBytes / 1024 / 1024, 1)} MB of database for ${fmt(sourceBytes / 1024 / 1024, 1)} MB of source: **${fmt(dbBytes / sourceBytes, 2)} bytes per source byte**. Where they go:

| table or index | MB | share |
|---|---|---|
${where.map(({ name, bytes }) => `| ${name} | ${fmt(bytes / 1024 / 1024, 1)} | ${fmt((100 * bytes) / dbBytes, 0)} % |`).join('\n')}

## Origin capacity: one replica against two behind Varnish (cache bypassed)

| scenario | one replica | two replicas via Varnish | ratio | errors (one / two) |
|---|---|---|---|---|
${origin.join('\n')}

## Article JSON: Varnish hits against the origin

| | req/s | p99 |
|---|---|---|
| origin (one replica) | ${fmt(direct.rps)} | ${fmt(direct.p99, 1)} ms |
| Varnish hits | ${fmt(hits.rps)} | ${fmt(hits.p99, 1)} ms |

## A swap under load (article get, one replica)

| | req/s | p99 | errors |
|---|---|---|---|
| no swap | ${fmt(quiet.rps)} | ${fmt(quiet.p99, 1)} ms | ${quiet.errors + quiet.non2xx} |
| a new file swapped in mid-run | ${fmt(swapped.rps)} | ${fmt(swapped.p99, 1)} ms | ${swapped.errors + swapped.non2xx} |
`;
writeFileSync(join(projectRoot, 'bench', 'cache-tier-results.md'), results);
process.stdout.write(results);
process.exit(0);
