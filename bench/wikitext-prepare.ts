/**
 * What the import's parse worker spends a page on, in process and in CPU time: our parser alone,
 * then the whole preparation (parse, map to the document, rows), in MB of wikitext a CPU-second,
 * over the import benchmark's generated pages. `--against DIR` runs another build (a checkout
 * with its own `dist/`) in alternating rounds in the same process: a baseline of the same hour.
 * The worker's young generation is a V8 setting: run this under `node --max-semi-space-size=N`
 * to see its cost (YOUNG_GENERATION_MB in src/importer/prepare.ts is about three semi-spaces).
 *
 *   node dist/bench/wikitext-prepare.js [--megabytes 5] [--rounds 5] [--against /tmp/old]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMain, projectRoot } from '../src/paths.js';
import { wikitextGenerator } from './generate-wikitext.js';

interface Build {
  root: string;
  parse: (text: string) => unknown;
  prepare: (title: string, text: string) => unknown;
}

async function load(root: string): Promise<Build> {
  const from = (path: string) => import(pathToFileURL(resolve(root, 'dist', path)).href);
  const [{ parseWikitext }, { parseWikitextPage }, { articleRows }] = await Promise.all([
    from('src/formats/wikitext/parser/index.js'),
    from('src/formats/wikitext/parse.js'),
    from('src/db/rows.js'),
  ]);
  const site = { name: null, namespaces: new Map() };
  return {
    root,
    parse: (text) => parseWikitext(text),
    prepare: (title, text) => articleRows(parseWikitextPage({ title, text, site, revision: null }), { sourceName: 'bench.xml', source: text, parserVersion: 0 }),
  };
}

const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The generated dump's article pages, up to `megabytes` of wikitext (as writeWikitextDump leaves out redirects and talk pages). */
function pages(megabytes: number): { title: string; text: string }[] {
  const generator = wikitextGenerator(42);
  const out: { title: string; text: string }[] = [];
  for (let i = 0, bytes = 0; bytes < megabytes * 1e6; i++) {
    if (i % 10 === 9 || i % 20 === 19) continue;
    const text = generator.text(i);
    bytes += Buffer.byteLength(text);
    out.push({ title: `Page ${i}`, text });
  }
  return out;
}

export async function benchPrepare({ megabytes = 5, rounds = 5, against }: { megabytes?: number; rounds?: number; against?: string }): Promise<string[]> {
  const builds = [await load(projectRoot), ...(against ? [await load(against)] : [])];
  const input = pages(megabytes);
  const mb = input.reduce((n, page) => n + Buffer.byteLength(page.text), 0) / 1e6;
  const best = builds.map(() => ({ parse: Infinity, prepare: Infinity }));
  // Round 0 warms each build's JIT; the best of the other rounds is reported (noise only adds time).
  for (let round = 0; round <= rounds; round++) {
    builds.forEach((build, b) => {
      let started = cpuSeconds();
      for (const page of input) build.parse(page.text);
      const parse = cpuSeconds() - started;
      started = cpuSeconds();
      for (const page of input) build.prepare(page.title, page.text);
      const prepare = cpuSeconds() - started;
      if (round > 0) best[b] = { parse: Math.min(best[b]!.parse, parse), prepare: Math.min(best[b]!.prepare, prepare) };
    });
  }
  return builds.map((build, b) => {
    const { parse, prepare } = best[b]!;
    return `${build.root === projectRoot ? 'this build' : build.root}: ${mb.toFixed(1)} MB of wikitext (${input.length} pages), best of ${rounds}: parse ${(mb / parse).toFixed(2)} MB a CPU-second, prepare (parse, map, rows) ${(mb / prepare).toFixed(2)} MB a CPU-second`;
  });
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { megabytes: { type: 'string' }, rounds: { type: 'string' }, against: { type: 'string' } } });
  const lines = await benchPrepare({ megabytes: Number(values.megabytes ?? 5), rounds: Number(values.rounds ?? 5), against: values.against });
  process.stdout.write(lines.join('\n') + '\n');
}
