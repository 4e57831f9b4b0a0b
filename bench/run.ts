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
 *
 * This file runs the phases in order; bench/run/ holds them: settings (the options), servers,
 * corpus (generate, import, sample), compare (server vs baselines), scale (one size, flatness)
 * and report (the Markdown).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';
import { loadGenerator } from './load.js';
import { compare, type Comparison } from './run/compare.js';
import { fmt } from './run/numbers.js';
import { resultsMarkdown } from './run/report.js';
import { flatness, scale, type Flatness, type ScaleRow } from './run/scale.js';
import { hostCheck } from './run/servers.js';
import { hasTaskset, out, quick, sizes } from './run/settings.js';
import { benchWikitext } from './wikitext.js';

mkdirSync(out, { recursive: true });
const hostChecks: { when: string; ms: number }[] = [];

const started = new Date();
process.stdout.write(`load generator: ${loadGenerator}; pinning: ${hasTaskset ? 'server core 1, load core 0' : 'none'}\n`);
const scaleRows: ScaleRow[] = [];
let comparison: Comparison | null = null;
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

let flat: Flatness | null = null;
if (scaleRows.length > 1) {
  const [smallest, largest] = [sizes[0]!, sizes[sizes.length - 1]!];
  flat = await flatness(join(out, `db-${smallest}.sqlite`), join(out, `db-${largest}.sqlite`));
  process.stdout.write(
    `\n== article get, ${fmt(largest)} vs ${fmt(smallest)} articles, alternating: ${fmt(flat.large)} vs ${fmt(flat.small)} req/s (${fmt(flat.ratio * 100, 1)} %)\n`,
  );
}

hostChecks.push({ when: 'at the end', ms: hostCheck() });
process.stdout.write('wikitext import…\n');
const wikitext = benchWikitext(quick ? 2 : 20, out);

writeFileSync(join(projectRoot, 'bench', 'results.md'), resultsMarkdown({ started, hostChecks, comparison, scaleRows, flat, wikitext }));
process.stdout.write(`\nwrote bench/results.md\n`);
