/**
 * What a citeproc engine costs to build, as citeproc comes and with sort keys sharing their macros
 * (src/citations/sort-macros.ts): per style, in en-US, the median build time of RUNS builds, the heap
 * it keeps after a full GC, and its sort-key tokens. `npm run bench:engines`; figures in bench/results.md.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { STYLES } from '../src/citations/catalog.js';
import { buildEngine, citeprocInstances } from './citeproc.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const RUNS = Number(process.env.RUNS ?? 3);
const { plain, shared } = citeprocInstances();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const rows = [];
for (const style of STYLES) {
  const row: Record<string, unknown> = { style };
  for (const [name, CSL] of [['plain', plain], ['shared', shared]] as const) {
    const times: number[] = [];
    let kept = 0;
    let tokens = 0;
    for (let run = 0; run < RUNS; run++) {
      gc();
      const before = process.memoryUsage().heapUsed;
      const started = performance.now();
      let engine: ReturnType<typeof buildEngine> | undefined = buildEngine(CSL, style, 'en-US');
      times.push(performance.now() - started);
      gc();
      kept = process.memoryUsage().heapUsed - before;
      tokens = engine.bibliography_sort.tokens.length + engine.citation_sort.tokens.length;
      engine = undefined;
    }
    times.sort((a, b) => a - b);
    Object.assign(row, { [`${name}Ms`]: Math.round(times[Math.floor(RUNS / 2)]!), [`${name}Mb`]: mb(kept), [`${name}SortTokens`]: tokens });
  }
  rows.push(row);
}
console.log(JSON.stringify(rows, null, 1));
