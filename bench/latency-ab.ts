/**
 * Article, search, source, template and category latency of two builds side by side: each build's own compiled server over its
 * own database (a build may not read the other's schema), the same requests sent to both in turn,
 * the order of each pair alternating, so a noisy host slows both alike.
 *
 *   node dist/bench/latency-ab.js --before ROOT:DB --after ROOT:DB [--articles N] [--words N] [--rounds N]
 *
 * ROOT is a checkout with `dist/` built (`npx tsc -p . --outDir dist`); DB a database it imported.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { isMain } from '../src/paths.js';
import { waitFor } from './processes.js';
import { percentile } from './search.js';

export interface Side {
  root: string;
  db: string;
}

export interface Latency {
  route: string;
  requests: number;
  before: { p50: number; p99: number };
  after: { p50: number; p99: number };
}

function serve(side: Side, port: number): ChildProcess {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: side.db, LOG_LEVEL: 'warn' };
  return spawn(process.execPath, [join(side.root, 'dist', 'src', 'server.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Requests by route: a spread sample of articles, and title words to search for. */
function requests(dbPath: string, articles: number, words: number): Map<string, string[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const spread = db.prepare('SELECT title FROM articles ORDER BY id % 101, id LIMIT ?').pluck();
    const titles = spread.all(articles) as string[];
    const queries = [...new Set((spread.all(20 * words) as string[]).flatMap((title) => title.split(/[\s_]+/)).filter((word) => word.length > 4))].slice(0, words);
    const article = (suffix: string) => titles.map((title) => `/v1/articles/${encodeURIComponent(title)}${suffix}`);
    const sources = db.prepare('SELECT id FROM sources ORDER BY id % 101, id LIMIT ?').pluck().all(articles) as number[];
    // Template parameters' values and categories, spread over the articles as the titles are.
    const values = db
      .prepare(
        `SELECT t.name AS template, p.name AS param, p.value AS value FROM template_parameters p
         JOIN templates t ON t.article_id = p.article_id AND t.position = p.template
         WHERE p.value IS NOT NULL AND length(p.value) < 40 ORDER BY p.article_id % 101, p.article_id, p.position LIMIT ?`,
      )
      .all(words) as { template: string; param: string; value: string }[];
    const categories = db.prepare('SELECT DISTINCT name FROM categories ORDER BY article_id % 101, article_id LIMIT ?').pluck().all(words) as string[];
    const path = (title: string) => encodeURIComponent(title.replace(/ /g, '_'));
    return new Map([
      ['article', article('')],
      ['article links', article('/links')],
      ['article backlinks', article('/backlinks')],
      ['article citations', article('/citations')],
      ['article source', article('/source')],
      ['search (articles)', queries.map((q) => `/v1/search?q=${encodeURIComponent(q)}`)],
      ['search (sections)', queries.map((q) => `/v1/search?in=sections&q=${encodeURIComponent(q)}`)],
      ['search (citations)', queries.map((q) => `/v1/search?in=citations&q=${encodeURIComponent(q)}`)],
      ['citations by title word', queries.map((q) => `/v1/citations?title=${encodeURIComponent(q)}`)],
      ['source', sources.map((id) => `/v1/sources/${id}`)],
      ['sources by title word', queries.map((q) => `/v1/sources?title=${encodeURIComponent(q)}`)],
      ['template by value', values.map(({ template, param, value }) => `/v1/templates/${path(template)}?param=${encodeURIComponent(param)}&value=${encodeURIComponent(value)}`)],
      ['category members', categories.map((name) => `/v1/categories/${path(name)}`)],
    ]);
  } finally {
    db.close();
  }
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/** Every request of every route to both servers, pair by pair; p50 and p99 by route and side. */
export async function latencyAB(before: Side, after: Side, options: { articles?: number; words?: number; rounds?: number; port?: number } = {}): Promise<Latency[]> {
  const port = options.port ?? 3950;
  const servers = [serve(before, port), serve(after, port + 1)];
  try {
    await Promise.all([waitFor(`http://127.0.0.1:${port}/readyz`, 300_000), waitFor(`http://127.0.0.1:${port + 1}/readyz`, 300_000)]);
    const results: Latency[] = [];
    for (const [route, once] of requests(after.db, options.articles ?? 500, options.words ?? 200)) {
      const paths = Array.from({ length: options.rounds ?? 3 }, () => once).flat();
      const times: [number[], number[]] = [[], []];
      // One warm-up pass of a few requests, then the measured pairs.
      for (const path of paths.slice(0, 5)) for (const p of [port, port + 1]) await timed(`http://127.0.0.1:${p}${path}`);
      for (const [i, path] of paths.entries()) {
        const order = i % 2 === 0 ? [0, 1] : [1, 0];
        for (const side of order) times[side]!.push(await timed(`http://127.0.0.1:${port + side}${path}`));
      }
      const stats = (ms: number[]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
      };
      results.push({ route, requests: paths.length, before: stats(times[0]), after: stats(times[1]) });
    }
    return results;
  } finally {
    for (const server of servers) server.kill('SIGKILL');
  }
}

export function latencyLines(results: Latency[]): string[] {
  const f = (ms: number) => ms.toFixed(2);
  const change = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)} %`;
  return [
    '| route | requests | p50 before → after (ms) | p99 before → after (ms) | p50 change |',
    '|---|---:|---:|---:|---:|',
    ...results.map(
      (r) => `| ${r.route} | ${r.requests} | ${f(r.before.p50)} → ${f(r.after.p50)} | ${f(r.before.p99)} → ${f(r.after.p99)} | ${change(r.before.p50, r.after.p50)} |`,
    ),
  ];
}

export function parseSide(value: string | undefined, flag: string): Side {
  const at = value?.lastIndexOf(':') ?? -1;
  if (!value || at <= 0) throw new Error(`${flag}: expected ROOT:DB, got ${JSON.stringify(value)}`);
  return { root: value.slice(0, at), db: value.slice(at + 1) };
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { before: { type: 'string' }, after: { type: 'string' }, articles: { type: 'string' }, words: { type: 'string' }, rounds: { type: 'string' } },
  });
  const results = await latencyAB(parseSide(values.before, '--before'), parseSide(values.after, '--after'), {
    articles: values.articles ? Number(values.articles) : undefined,
    words: values.words ? Number(values.words) : undefined,
    rounds: values.rounds ? Number(values.rounds) : undefined,
  });
  process.stdout.write(latencyLines(results).join('\n') + '\n');
}
