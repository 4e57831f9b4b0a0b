/**
 * Documents for the hot-swap, change-feed and cache-tier tests, written to temporary folders:
 * a first version (Alpha, with a redirect, and Beta) and a second (Alpha changed and its redirect
 * renamed, Beta the same, Gamma new). Kept out of test/fixtures/, which other tests import whole.
 */
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/open.js';
import { startRun } from '../../src/importer/changes.js';
import { importDocuments } from '../../src/importer/import.js';
import type { TestContext } from './app.js';

export const FIRST_SUMMARY = 'Alpha article is the first version of a test article.';
export const SECOND_SUMMARY = 'Alpha article is the second version of a test article.';

const document = (title: string, body: string, redirectedFrom?: string) =>
  `${title}\n\nFrom ProleWiki, the proletarian encyclopedia\n${redirectedFrom ? `(Redirected from ${redirectedFrom})\n` : ''}${body}\n`;

const BETA = document('Beta article', 'Beta article is about beta, which stays the same.');

function folder(t: TestContext, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-docs-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export const firstVersion = (t: TestContext): string =>
  folder(t, { 'alpha.txt': document('Alpha article', FIRST_SUMMARY, 'Alpha'), 'beta.txt': BETA });

/** The first version imported into `encyclopedia.db` in a temporary folder, where a server would serve it. */
export function firstDatabase(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-swap-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'encyclopedia.db');
  importDocuments({ dbPath: path, inputs: [firstVersion(t)] });
  return path;
}

export const secondVersion = (t: TestContext, summary = SECOND_SUMMARY): string =>
  folder(t, {
    'alpha.txt': document('Alpha article', summary, 'First letter'),
    'beta.txt': BETA,
    'gamma.txt': document('Gamma article', 'Gamma article is new in the second version.'),
  });

/** Only Beta and Gamma: imported with --sync, Alpha is deleted. */
export const thirdVersion = (t: TestContext): string =>
  folder(t, { 'beta.txt': BETA, 'gamma.txt': document('Gamma article', 'Gamma article is new in the second version.') });

/** Renames a new file over `path`, as a deployment puts an artifact in place. */
export function putInPlace(source: string, path: string) {
  copyFileSync(source, `${path}.incoming`);
  renameSync(`${path}.incoming`, path);
}

/**
 * Records `runs` more import runs in the file at `path`, each updating Beta, and keeps only the
 * last `keep` runs: a feed whose older changes are pruned, as after a hundred imports.
 */
export function addRuns(path: string, runs: number, keep: number) {
  const db = openDatabase(path);
  for (let i = 0; i < runs; i++) {
    const run = startRun(db.$client, { retainedRuns: keep });
    db.$client.prepare(`UPDATE articles SET content_hash = ? WHERE title = 'Beta article'`).run(`changed ${i}`);
    db.$client.transaction(() => run.finish())();
  }
  db.$client.close();
}
