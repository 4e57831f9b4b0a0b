/**
 * What a call costs over MCP against the REST request it mirrors: the app listening on a loopback
 * port, the SDK's client calling tools over Streamable HTTP, and fetch() asking the same REST
 * URLs; sequential (one at a time), after a warm-up, on generated documents.
 *
 *   node dist/bench/mcp.js [--documents N] [--iterations N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/open.js';
import { importDocuments } from '../src/importer/import.js';
import { isMain } from '../src/paths.js';
import { writeDocuments } from './generate.js';
import { percentile } from './search.js';

async function time(iterations: number, run: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(50, iterations); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function measureMcp(documents: number, iterations: number) {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-bench-mcp-'));
  try {
    const docs = join(dir, 'docs');
    writeDocuments(docs, documents);
    const dbPath = join(dir, 'bench.db');
    importDocuments({ dbPath, inputs: [docs] });
    const db = openDatabase(dbPath, { readonly: true });
    const app = await buildApp({ db });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const client = new Client({ name: 'bench', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', address)));
    const first = ((await (await fetch(new URL('/v1/articles?limit=1', address))).json()) as { items: { title: string; href: string }[] }).items[0]!;
    const word = first.title.split(' ')[0]!;
    const cases = [
      { name: 'infobox', rest: `${first.href}/infobox`, tool: 'get_infobox', args: { title: first.title } },
      { name: 'article text / article JSON', rest: first.href, tool: 'get_article', args: { title: first.title } },
      { name: `search "${word}"`, rest: `/v1/search?q=${encodeURIComponent(word)}`, tool: 'search', args: { q: word } },
    ];
    const results = [];
    for (const { name, rest, tool, args } of cases) {
      const viaRest = await time(iterations, async () => (await fetch(new URL(rest, address))).arrayBuffer());
      const viaMcp = await time(iterations, () => client.callTool({ name: tool, arguments: args }));
      results.push({ name, rest: viaRest, mcp: viaMcp });
    }
    await client.close();
    await app.close();
    db.$client.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' }, iterations: { type: 'string', default: '500' } } });
  const results = await measureMcp(Number(values.documents), Number(values.iterations));
  console.log(`| call (${values.documents} articles, ${values.iterations} sequential) | REST p50 / p99 ms | MCP p50 / p99 ms |`);
  console.log('|---|---|---|');
  const ms = (x: number) => x.toFixed(2);
  for (const { name, rest, mcp } of results) console.log(`| ${name} | ${ms(rest.p50)} / ${ms(rest.p99)} | ${ms(mcp.p50)} / ${ms(mcp.p99)} |`);
}
