/**
 * The render worker's memory: 10,000 CSL items formatted in pages of 100 through the server's
 * worker (src/citations/worker.ts), as bibliographies in every style and locale in turn and as
 * BibTeX and RIS, with the process's peak RSS (main thread and worker) sampled throughout.
 *
 * `npm run bench:render` (it runs the build: the worker loads compiled files); the figures go in bench/results.md.
 */
import { LOCALES, STYLES } from '../src/citations/catalog.js';
import type { CslData, RenderedFormat } from '../src/citations/render.js';
import { renderInWorker, WORKER_HEAP_MB, WORKER_RECYCLE_ENTRIES, WORKER_YOUNG_MB } from '../src/citations/worker.js';

const ENTRIES = Number(process.env.ENTRIES ?? 10_000);
const PAGE = 100;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A varied item: books, chapters, articles and web pages, names with particles and suffixes, dates with a day. */
function item(i: number): CslData {
  const types = ['book', 'chapter', 'article-journal', 'webpage'] as const;
  const type = types[i % types.length]!;
  return {
    id: `bench-${i}`,
    type,
    title: `A study of subject ${i} in ${1900 + (i % 120)}`,
    author: [
      { family: `Family${i % 997}`, given: `Given ${String.fromCharCode(65 + (i % 26))}.`, ...(i % 7 === 0 ? { 'non-dropping-particle': 'van' } : {}) },
      ...(i % 3 === 0 ? [{ family: `Second${i % 13}`, given: 'Ana', ...(i % 5 === 0 ? { suffix: 'Jr.' } : {}) }] : []),
    ],
    issued: { 'date-parts': [i % 2 ? [1950 + (i % 70), 1 + (i % 12), 1 + (i % 28)] : [1950 + (i % 70)]] },
    ...(type === 'webpage' ? { 'container-title': `Site ${i % 50}`, URL: `https://example.org/${i}`, accessed: { 'date-parts': [[2024, 3, 1]] } } : {}),
    ...(type === 'article-journal' ? { 'container-title': `Journal ${i % 40}`, volume: String(i % 60), page: `${i % 300}-${(i % 300) + 12}` } : {}),
    ...(type === 'book' || type === 'chapter' ? { publisher: `Press ${i % 30}`, 'publisher-place': 'London' } : {}),
    ...(type === 'chapter' ? { 'container-title': `Collected works ${i % 20}` } : {}),
  };
}

const combos = STYLES.flatMap((style) => LOCALES.map((locale) => ({ style, locale })));
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);
sample();
const before = mb(process.memoryUsage().rss);
const started = Date.now();
let formatted = 0;
for (let page = 0; formatted < ENTRIES; page++) {
  const items = Array.from({ length: Math.min(PAGE, ENTRIES - formatted) }, (_, i) => item(formatted + i));
  // Most pages a bibliography, each in the next style and locale (every engine built and dropped in turn); some BibTeX and RIS.
  const format: RenderedFormat = page % 5 === 3 ? 'bibtex' : page % 5 === 4 ? 'ris' : page % 2 ? 'html' : 'bibliography';
  const body = await renderInWorker(items, format, { ...combos[page % combos.length]!, start: formatted });
  if (body.length === 0) throw new Error(`page ${page}: empty body`);
  formatted += items.length;
  sample();
}
clearInterval(timer);
const seconds = (Date.now() - started) / 1000;
console.log(
  JSON.stringify({
    entries: formatted,
    pages: Math.ceil(formatted / PAGE),
    styleLocales: combos.length,
    rssBeforeMb: before,
    peakRssMb: mb(peak),
    seconds,
    workerHeapMb: WORKER_HEAP_MB,
    workerYoungMb: WORKER_YOUNG_MB,
    recycleEntries: WORKER_RECYCLE_ENTRIES,
  }),
);
process.exit(0);
