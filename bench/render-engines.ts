/**
 * What a citeproc engine costs to build, as citeproc comes and with sort keys sharing their macros
 * (src/citations/sort-macros.ts): per style, in en-US, the median build time of RUNS builds, the heap
 * it keeps after a full GC, and its sort-key tokens. `npm run bench:engines`; figures in bench/results.md.
 */
import { STYLES } from '../src/citations/catalog.js';
import { buildEngine, type Citeproc, citeprocInstances } from './citeproc.js';

// Run with --expose-gc (the npm script does): the heap kept is measured after full collections.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => { throw new Error('run with node --expose-gc'); });
const RUNS = Number(process.env.RUNS ?? 3);
const { plain, shared } = citeprocInstances();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** One build: its time, the heap it keeps (measured while it lives, in a frame of its own) and its sort-key tokens. */
function build(CSL: Citeproc, style: string) {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const engine = buildEngine(CSL, style, 'en-US');
  const ms = performance.now() - started;
  gc();
  gc();
  return { ms, kept: process.memoryUsage().heapUsed - before, tokens: engine.bibliography_sort.tokens.length + engine.citation_sort.tokens.length };
}

const rows = [];
for (const style of STYLES) {
  const row: Record<string, unknown> = { style };
  for (const [name, CSL] of [['plain', plain], ['shared', shared]] as const) {
    const runs = Array.from({ length: RUNS }, () => build(CSL, style));
    const times = runs.map((run) => run.ms).sort((a, b) => a - b);
    Object.assign(row, { [`${name}Ms`]: Math.round(times[Math.floor(RUNS / 2)]!), [`${name}Mb`]: mb(Math.max(...runs.map((run) => run.kept))), [`${name}SortTokens`]: runs[0]!.tokens });
  }
  rows.push(row);
}
console.log(JSON.stringify(rows, null, 1));
