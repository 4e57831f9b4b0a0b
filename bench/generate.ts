/**
 * Deterministic generator of synthetic source documents in the plain-text ProleWiki format of
 * `test/fixtures/*.txt` (see `/work/shared/FORMAT.md`), for benchmarks and load tests.
 *
 *   node dist/bench/generate.js OUT_DIR N [--seed S]
 *
 * Every document is internally consistent: the `[n]` markers cite references 1..k without gaps,
 * every reference is cited, backlink labels (`n.0 n.1`) match the number of markers. Titles are
 * unique (also case- and diacritic-insensitively), redirect titles are unique and never a title,
 * and hatnote targets are mostly titles of other generated documents. References are drawn from
 * one shared pool of works, so the same source is cited from many articles.
 *
 * This file is the public API and the CLI; the parts are in bench/generate/: seeded randomness,
 * word lists, names, the pool of works, title plans, paragraphs, sections, infobox, references,
 * and the document that puts them together.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from '../src/paths.js';
import { buildDocument } from './generate/document.js';
import { planDocuments, type Plan } from './generate/plans.js';
import { slugify } from './generate/text.js';
import { makePool } from './generate/works.js';

export interface GeneratedDocument {
  fileName: string;
  title: string;
  text: string;
}

export interface GenerateOptions {
  seed?: number;
}

/** Lazily generates the documents one at a time (titles and redirects are planned up front). */
export function* iterateDocuments(count: number, options: GenerateOptions = {}): Generator<GeneratedDocument> {
  const seed = (options.seed ?? 1) >>> 0;
  const plans = planDocuments(count, seed);
  const pool = makePool(seed);
  const width = Math.max(6, String(count).length);
  for (let i = 0; i < count; i++) {
    const plan = plans[i] as Plan;
    yield {
      fileName: `${String(i + 1).padStart(width, '0')}-${slugify(plan.title)}.txt`,
      title: plan.title,
      text: buildDocument(plan, i, plans, pool, seed),
    };
  }
}

export function generateDocuments(count: number, options: GenerateOptions = {}): GeneratedDocument[] {
  return [...iterateDocuments(count, options)];
}

/** Writes the documents to `dir` (created if missing) and returns their paths. */
export function writeDocuments(dir: string, count: number, options: GenerateOptions = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const doc of iterateDocuments(count, options)) {
    const path = join(dir, doc.fileName);
    writeFileSync(path, doc.text);
    paths.push(path);
  }
  return paths;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  let seed: number | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--seed') seed = Number(args[++i]);
    else if (arg.startsWith('--seed=')) seed = Number(arg.slice('--seed='.length));
    else positional.push(arg);
  }
  const [outDir, countArg] = positional;
  const count = Number(countArg);
  if (outDir === undefined || !Number.isInteger(count) || count < 0 || (seed !== undefined && !Number.isFinite(seed))) {
    process.stderr.write('usage: node dist/bench/generate.js OUT_DIR N [--seed S]\n');
    process.exit(2);
  }
  const started = performance.now();
  const paths = writeDocuments(outDir, count, seed === undefined ? {} : { seed });
  process.stdout.write(`wrote ${paths.length} documents to ${outDir} in ${Math.round(performance.now() - started)} ms\n`);
}
