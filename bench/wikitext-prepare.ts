/**
 * What the import's parse worker spends a page on, in process and in CPU time: our parser alone,
 * then the whole preparation (parse, map to the document, rows), in MB of wikitext a CPU-second,
 * over the import benchmark's generated pages. `--against DIR` runs another build (a checkout
 * with its own `dist/`) as well, each in processes of its own taking turns (two builds in one
 * process share V8's type feedback and slow each other down): a baseline of the same hour.
 * The worker's young generation is a V8 setting: run this under `node --max-semi-space-size=N`
 * to see its cost (YOUNG_GENERATION_MB in src/importer/prepare.ts is about three semi-spaces).
 *
 *   node dist/bench/wikitext-prepare.js [--megabytes 5] [--rounds 3] [--turns 2] [--against /tmp/old]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

interface Best {
  parse: number;
  prepare: number;
}

/** One build's best CPU-seconds over `rounds` rounds, after a round that warms its JIT. */
async function bestOf(root: string, input: { title: string; text: string }[], rounds: number): Promise<Best> {
  const build = await load(root);
  const best = { parse: Infinity, prepare: Infinity };
  for (let round = 0; round <= rounds; round++) {
    let started = cpuSeconds();
    for (const page of input) build.parse(page.text);
    const parse = cpuSeconds() - started;
    started = cpuSeconds();
    for (const page of input) build.prepare(page.title, page.text);
    const prepare = cpuSeconds() - started;
    if (round > 0) Object.assign(best, { parse: Math.min(best.parse, parse), prepare: Math.min(best.prepare, prepare) });
  }
  return best;
}

/** Each build in `turns` processes taking turns, `rounds` rounds each; the best of all is reported (noise only adds time). */
export function benchPrepare({ megabytes = 5, rounds = 3, turns = 2, builds = [projectRoot] }: { megabytes?: number; rounds?: number; turns?: number; builds?: string[] }): string[] {
  const best = builds.map(() => ({ parse: Infinity, prepare: Infinity }));
  let mb = 0;
  let count = 0;
  for (let turn = 0; turn < turns; turn++) {
    builds.forEach((root, b) => {
      const args = [...process.execArgv, fileURLToPath(import.meta.url), '--build', root, '--megabytes', String(megabytes), '--rounds', String(rounds)];
      const result = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Best & { mb: number; pages: number };
      best[b] = { parse: Math.min(best[b]!.parse, result.parse), prepare: Math.min(best[b]!.prepare, result.prepare) };
      mb = result.mb;
      count = result.pages;
    });
  }
  return builds.map((root, b) => {
    const { parse, prepare } = best[b]!;
    const name = root === projectRoot ? 'this build' : root;
    return `${name}: ${mb.toFixed(1)} MB of wikitext (${count} pages), best of ${turns} × ${rounds}: parse ${(mb / parse).toFixed(2)} MB a CPU-second, prepare (parse, map, rows) ${(mb / prepare).toFixed(2)} MB a CPU-second`;
  });
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { megabytes: { type: 'string' }, rounds: { type: 'string' }, turns: { type: 'string' }, against: { type: 'string' }, build: { type: 'string' } } });
  const megabytes = Number(values.megabytes ?? 5);
  const rounds = Number(values.rounds ?? 3);
  if (values.build) {
    // One turn, in a process of its own: the figures go back to the parent as JSON.
    const input = pages(megabytes);
    const best = await bestOf(values.build, input, rounds);
    process.stdout.write(JSON.stringify({ ...best, mb: input.reduce((n, page) => n + Buffer.byteLength(page.text), 0) / 1e6, pages: input.length }));
  } else {
    const builds = [projectRoot, ...(values.against ? [resolve(values.against)] : [])];
    process.stdout.write(benchPrepare({ megabytes, rounds, turns: Number(values.turns ?? 2), builds }).join('\n') + '\n');
  }
}
