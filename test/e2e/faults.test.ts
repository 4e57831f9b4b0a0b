/**
 * Faults during import: a run killed with SIGKILL half-way leaves the previous database intact
 * and usable, and the next run cleans up after it. (A failed run leaving the database
 * byte-identical is in importer/import.test.ts; SIGTERM with requests in flight in shutdown.test.ts.)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { writeDocuments } from '../../bench/generate.js';
import { openDatabase } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { projectRoot } from '../../src/paths.js';
import { fixtureInputs, loadAllFixtures } from '../helpers/expected.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const cli = join(projectRoot, 'dist', 'src', 'importer', 'cli.js');

t.test('an import killed with SIGKILL half-way leaves the previous database intact', { skip: !existsSync(cli) && 'needs `npm run build`' }, async (t) => {
  const dir = t.testdir();
  const dbPath = join(dir, 'encyclopedia.db');
  importDocuments({ dbPath, inputs: fixtureInputs });
  const before = sha(dbPath);
  const docs = join(dir, 'docs');
  writeDocuments(docs, 3000, { seed: 3 });

  const child = spawn(process.execPath, [cli, '--db', dbPath, docs], { stdio: 'ignore' });
  const temp = `${dbPath}.importing-${child.pid}`;
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Wait until the run is writing into its temporary copy, then kill it without warning.
  const deadline = Date.now() + 30_000;
  while (!existsSync(temp) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 300));
  t.ok(existsSync(temp), 'the run was building its temporary copy');
  child.kill('SIGKILL');
  t.equal(await exited, 'SIGKILL', 'killed half-way');

  t.equal(sha(dbPath), before, 'the database is byte-identical');
  const db = openDatabase(dbPath, { readonly: true });
  t.equal(db.$client.prepare('SELECT count(*) FROM articles').pluck().get(), loadAllFixtures().length, 'and usable');
  t.equal(db.$client.pragma('integrity_check', { simple: true }), 'ok');
  db.$client.close();

  const result = importDocuments({ dbPath, inputs: fixtureInputs });
  t.equal(result.articles, loadAllFixtures().length, 'the next run succeeds');
  t.same(readdirSync(dir).filter((name) => name.includes('.importing-')), [], 'and removed the abandoned temporary file');
});
