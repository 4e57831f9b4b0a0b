/**
 * The databases the benchmark runs on: generated documents imported by the CLI (timed), and the
 * titles, authors and words its requests ask for, sampled from a database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeDocuments } from '../generate.js';
import { node, out } from './settings.js';

export function generateAndImport(size: number) {
  const docs = join(out, `docs-${size}`);
  if (!existsSync(join(docs, '.complete'))) {
    rmSync(docs, { recursive: true, force: true });
    writeDocuments(docs, size, { seed: 42 });
    writeFileSync(join(docs, '.complete'), '');
  }
  const dbPath = join(out, `db-${size}.sqlite`);
  rmSync(dbPath, { force: true });
  const started = performance.now();
  execFileSync(node, ['dist/src/importer/cli.js', '--db', dbPath, docs], { stdio: ['ignore', 'ignore', 'inherit'] });
  const importSeconds = (performance.now() - started) / 1000;
  return { dbPath, importSeconds, docsPerSecond: size / importSeconds, dbMb: statSync(dbPath).size / 1024 / 1024 };
}

export function sample(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  // Among the first 1,000 articles: the generator's first documents are the same at every size, so
  // article get compares the same articles (the same bodies) in databases of each size.
  const titles = db.prepare('SELECT slug FROM articles WHERE id <= 1000 ORDER BY id % 97, id LIMIT 300').pluck().all() as string[];
  const authors = (db.prepare("SELECT authors FROM citations WHERE authors != '[]' ORDER BY id % 89, id LIMIT 100").pluck().all() as string[])
    .map((json) => (JSON.parse(json) as string[])[0]!.split(' ').pop()!)
    .filter(Boolean);
  const words = titles.flatMap((slug) => decodeURIComponent(slug).split('_')).filter((w) => w.length > 4).slice(0, 100);
  db.close();
  return { titles, authors, words };
}
