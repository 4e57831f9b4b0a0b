/**
 * The wikitext parse alone, without the XML, the mapping to documents or the database: the pages
 * of the import benchmark's dump (bench/generate-wikitext.ts, the same seed, the same articles),
 * each parsed whole, in MB of wikitext per CPU-second (user + system, process.cpuUsage(), after a
 * warm-up on other pages). Our parser (src/formats/wikitext/parser/) against wikiparser-node
 * (a devDependency, GPL-3.0-or-later, used here only as the baseline) in the same process.
 * Pages are generated a batch at a time outside the timed part, so any size runs in flat memory.
 *
 *   node dist/bench/wikitext.js --megabytes 5,200,1000   (these lines come before the import table)
 */
import { createRequire } from 'node:module';
import Parser from 'wikiparser-node';
import { parseWikitext } from '../src/formats/wikitext/parser/index.js';
import { wikitextGenerator } from './generate-wikitext.js';

export interface ParseBench {
  parser: string;
  /** Of wikitext parsed in the timed part. */
  megabytes: number;
  pages: number;
  cpuSeconds: number;
  mbPerCpuSecond: number;
}

type Parse = (text: string) => unknown;

Parser.config = 'default';
Parser.viewOnly = true;
// As the import ran it (a copy of src/formats/wikitext/nodes.ts's, which goes with the new parser:
// src may not import wikiparser-node): two stage parsers loaded first from where wikiparser-node
// requires them at every call, 17–20 % of its parse otherwise.
try {
  const fromParserCore = createRequire(createRequire(import.meta.url).resolve('wikiparser-node/dist/src/index.js'));
  for (const stage of ['../parser/quotes', '../parser/externalLinks']) fromParserCore(stage);
} catch {
  // Another layout of the package: a little slower.
}

export const PARSERS: Record<string, Parse> = {
  'our parser': (text) => {
    const root = parseWikitext(text);
    if (root.end !== text.length) throw new Error(`our parser's root ends at ${root.end} of ${text.length}`);
    return root;
  },
  'wikiparser-node': (text) => Parser.parse(text),
};

/** The dump's article pages (its redirects and Talk pages left out), `batchBytes` at a time, up to `megabytes`. */
function* pageBatches(megabytes: number, { seed = 42, batchBytes = 4e6 } = {}): Generator<{ texts: string[]; bytes: number }> {
  const generator = wikitextGenerator(seed);
  let total = 0;
  let batch = { texts: [] as string[], bytes: 0 };
  for (let i = 0; total < megabytes * 1e6; i++) {
    if (i % 10 === 9 || i % 20 === 19) continue; // as writeWikitextDump: no text generated for these
    const text = generator.text(i);
    const size = Buffer.byteLength(text);
    total += size;
    batch.texts.push(text);
    batch.bytes += size;
    if (batch.bytes >= batchBytes) {
      yield batch;
      batch = { texts: [], bytes: 0 };
    }
  }
  if (batch.texts.length > 0) yield batch;
}

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** One parser over `megabytes` MB of the dump's pages, after parsing `warmUpMegabytes` of other pages. */
export function benchParse(parser: string, megabytes: number, { warmUpMegabytes = 1 } = {}): ParseBench {
  const parse = PARSERS[parser];
  if (!parse) throw new Error(`no parser ${parser}: ${Object.keys(PARSERS).join(', ')}`);
  for (const { texts } of pageBatches(warmUpMegabytes, { seed: 7 })) for (const text of texts) parse(text);
  let bytes = 0;
  let pages = 0;
  let micros = 0;
  for (const batch of pageBatches(megabytes)) {
    const started = cpuMicros();
    for (const text of batch.texts) parse(text);
    micros += cpuMicros() - started;
    bytes += batch.bytes;
    pages += batch.texts.length;
  }
  const cpuSeconds = micros / 1e6;
  return { parser, megabytes: bytes / 1e6, pages, cpuSeconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds };
}

/**
 * Our parser over `megabytes`, then wikiparser-node over at most `baselineMegabytes` of the same
 * pages (from the first): at under 1 MB a CPU-second it would take half an hour a gigabyte, and its
 * rate is steady long before that.
 */
export function benchParsers(megabytes: number, { baselineMegabytes = 20 } = {}): ParseBench[] {
  return [benchParse('our parser', megabytes), benchParse('wikiparser-node', Math.min(megabytes, baselineMegabytes))];
}

export function parseLine(result: ParseBench): string {
  const f = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return (
    `parse only, ${result.parser.padEnd(15)} ${f(result.megabytes, 1)} MB of wikitext (${f(result.pages)} pages): ` +
    `**${f(result.mbPerCpuSecond, 2)} MB a CPU-second** (${f(result.cpuSeconds, 2)} CPU-s, warm)`
  );
}
