/**
 * bench/results.md: the settings and the machine, server against baselines, the scale table, search
 * latency, flatness and the wikitext import, written as Markdown from what the run measured.
 */
import { cpus, totalmem, type as osType, release } from 'node:os';
import { loadGenerator } from '../load.js';
import { WIKITEXT_HEADER, wikitextRow, type WikitextBench } from '../wikitext.js';
import type { Comparison } from './compare.js';
import { fmt } from './numbers.js';
import { COMMON_WORD_QUERIES, type Flatness, type ScaleRow } from './scale.js';
import { connections, hasTaskset, rounds, seconds, STARTUP_RUNS } from './settings.js';

export interface Results {
  started: Date;
  hostChecks: { when: string; ms: number }[];
  comparison: Comparison | null;
  scaleRows: ScaleRow[];
  flat: Flatness | null;
  wikitext: WikitextBench;
}

/** The Markdown of bench/results.md. */
export function resultsMarkdown({ started, hostChecks, comparison, scaleRows, flat, wikitext }: Results): string {
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const first = scaleRows[0]!;
  const last = scaleRows[scaleRows.length - 1]!;
  const articleRps = (row: ScaleRow) => row.loads.find((l) => l.name === 'article get')!.result.rps;

  return [
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
}
