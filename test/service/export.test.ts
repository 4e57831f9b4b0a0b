/**
 * `npm run export`: the bytes GET /v1/snapshot sends, written to a file (gzipped for `.gz`), with
 * the licence the environment configures; `--since` a cursor; exit codes 0, 1 (no database, a bad
 * or expired cursor: no file written) and 2 (bad usage), as the importer's CLI gives them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import t from 'tap';
import { encodeCursor } from '../../src/api/pagination.js';
import { runExport } from '../../src/export.js';
import { importDocuments } from '../../src/importer/import.js';
import { appOverFile, buildTestDatabase } from '../helpers/app.js';
import { fixtureInputs } from '../helpers/expected.js';
import { linesOf } from '../helpers/snapshot.js';
import { secondVersion } from '../helpers/swap.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-export-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const dbPath = buildTestDatabase(t, fixtureInputs);
const license = { SITE_LICENSE_ID: 'CC BY-SA 4.0', SITE_LICENSE_URL: 'https://creativecommons.org/licenses/by-sa/4.0/' };

/** runExport with its output collected. */
async function exported(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(argv, { write: (text) => out.push(text) }, { write: (text) => err.push(text) }, env);
  return { code, out: out.join(''), err: err.join('') };
}

t.test('the file is the snapshot the server sends, plain or gzipped', async (t) => {
  const app = await appOverFile(t, dbPath, { config: license });
  const served = (await app.inject({ url: '/v1/snapshot' })).rawPayload;
  const plain = join(dir, 'corpus.ndjson');
  const result = await exported(['--db', dbPath, '--out', plain], license);
  t.same(result, { code: 0, out: result.out, err: '' });
  t.match(result.out, /^wrote 5 articles to .*corpus\.ndjson in [\d.]+ s\n$/);
  t.ok(readFileSync(plain).equals(served), 'byte for byte');
  t.match(linesOf(served.toString('utf8')).articles[0], /"license":\{"id":"CC BY-SA 4\.0"/, 'with the licence of the environment');

  const gz = join(dir, 'corpus.ndjson.gz');
  t.equal((await exported(['--db', dbPath, '--out', gz], license)).code, 0);
  t.ok(gunzipSync(readFileSync(gz)).equals(served), '.gz: gzip of the same bytes');
  t.same(readdirSync(dir).filter((name) => name.includes('partial')), [], 'no partial file left');

  const unlicensed = join(dir, 'unlicensed.ndjson');
  t.equal((await exported(['--db', dbPath, '--out', unlicensed])).code, 0);
  t.notOk(readFileSync(unlicensed).equals(served), 'without the licence in the environment, the bytes of a server without one');
});

t.test('--since: what changed after a cursor, as ?since= answers', async (t) => {
  const path = join(dir, 'versions.db');
  importDocuments({ dbPath: path, inputs: fixtureInputs });
  const first = join(dir, 'first.ndjson');
  t.equal((await exported(['--db', path, '--out', first])).code, 0);
  const { next } = linesOf(readFileSync(first, 'utf8')).end;
  importDocuments({ dbPath: path, inputs: [secondVersion(t)] });
  const delta = join(dir, 'delta.ndjson');
  t.equal((await exported(['--db', path, '--since', next, '--out', delta])).code, 0);
  const app = await appOverFile(t, path);
  t.equal(readFileSync(delta, 'utf8'), (await app.inject({ url: `/v1/snapshot?since=${next}` })).body);
  t.same(linesOf(readFileSync(delta, 'utf8')).titles, ['Alpha article', 'Beta article', 'Gamma article']);
});

t.test('exit codes: 1 for what cannot be exported, 2 for bad usage; never a partial file', async (t) => {
  const out = join(dir, 'never.ndjson');
  for (const [argv, code, message] of [
    [['--db', dbPath], 2, /--out FILE is needed/],
    [['--db', dbPath, '--out', out, 'extra'], 2, /Unexpected argument 'extra'/],
    [['--db', dbPath, '--out', out, '--sync'], 2, /Unknown option '--sync'/],
    [['--db', join(dir, 'missing.db'), '--out', out], 1, /there is no database at .*missing\.db/],
    [['--db', dbPath, '--since', 'nope!', '--out', out], 1, /The cursor is malformed; .*never\.ndjson is not written/],
    [['--db', dbPath, '--since', encodeCursor([-1]), '--out', out], 1, /no longer kept/],
  ] as const) {
    const result = await exported([...argv]);
    t.equal(result.code, code, argv.join(' '));
    t.match(result.err, message);
    t.notOk(existsSync(out), 'no file');
  }
  t.match((await exported(['--db', dbPath, '--out', out], { PORT: 'abc' })).err, /PORT/, 'a bad environment is named');
  const help = await exported(['--help']);
  t.equal(help.code, 0);
  t.match(help.out, /^usage: npm run export -- \[--db PATH\] \[--since CURSOR\] --out FILE\.ndjson\[\.gz\]/);
});

t.test('npm run export runs the compiled CLI', async (t) => {
  if (!existsSync(join(root, 'dist', 'src', 'export.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const file = join(dir, 'npm.ndjson.gz');
  const run = spawnSync('npm', ['run', '--silent', 'export', '--', '--db', dbPath, '--out', file], { cwd: root, encoding: 'utf8' });
  t.equal(run.status, 0, run.stderr);
  t.equal(linesOf(gunzipSync(readFileSync(file)).toString('utf8')).end.articles, 5);
  t.equal(spawnSync('npm', ['run', '--silent', 'export'], { cwd: root, encoding: 'utf8' }).status, 2, 'usage error');
});
