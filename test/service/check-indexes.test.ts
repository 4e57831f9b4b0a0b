/**
 * scripts/check-indexes.mjs, as an operator runs it: FTS5's check of every search index against
 * its text through the service's connection (exit 0), a damaged index named (exit 1) and rebuilt
 * with --rebuild, and a missing file refused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import Database from 'better-sqlite3';
import { buildTestDatabase } from '../helpers/app.js';
import { goldenInputs } from '../helpers/golden.js';

const root = join(import.meta.dirname, '..', '..');
if (!existsSync(join(root, 'dist', 'src', 'db', 'open.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const check = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', 'check-indexes.mjs'), ...args], { encoding: 'utf8' });

t.test('every index of a fresh import checks; a damaged one is named, then rebuilt', async (t) => {
  const path = buildTestDatabase(t, goldenInputs);
  const fresh = check(path);
  t.equal(fresh.status, 0, fresh.stderr);
  t.same(fresh.stdout.trim().split('\n'), ['citations_fts: ok', 'infobox_fts: ok', 'sections_fts: ok', 'titles_fts: ok']);

  // A citation deleted behind its delete trigger's back: the index still holds its words.
  const sqlite = new Database(path);
  sqlite.exec('DROP TRIGGER citations_fts_delete; DELETE FROM citations WHERE id = (SELECT max(id) FROM citations)');
  sqlite.close();
  const damaged = check(path);
  t.equal(damaged.status, 1);
  t.match(damaged.stdout, /^citations_fts: (?!ok).+$/m, 'the citation index is named with FTS5\'s error');
  t.match(damaged.stdout, /^sections_fts: ok$/m, 'the others still check');

  const rebuilt = check('--rebuild', path);
  t.equal(rebuilt.status, 0, rebuilt.stdout);
  t.equal(check(path).status, 0, 'checks after the rebuild');
});

t.test('a file that is not there is refused', async (t) => {
  const missing = check(join(t.testdir(), 'none.db'));
  t.equal(missing.status, 1);
  t.match(missing.stderr, /there is no database at/);
});
