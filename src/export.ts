/**
 * `npm run export -- [--db PATH] [--since CURSOR] --out FILE.ndjson[.gz]`: the snapshot written to a
 * file, the same bytes GET /v1/snapshot sends (src/api/snapshot.ts), gzipped when the name ends in
 * `.gz`. Exit codes: 0 written, 1 the database cannot be exported (or the cursor is malformed or
 * past the feed's retention), 2 bad usage. Never a stack trace.
 *
 * The licence every article carries comes from the environment, as the server reads it, so that
 * the file is the server's answer. The file is written beside its name and renamed into place: a
 * failed export leaves no partial file.
 */
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createSnapshot, snapshotStream, type SnapshotSent } from './api/snapshot.js';
import { HELP, readArgs, type Output } from './cli-args.js';
import { ConfigError, licenseOf, loadConfig, type Config } from './config.js';
import { openDatabase, pendingMigrations, type Db } from './db/open.js';
import { isMain } from './paths.js';

const USAGE = `usage: npm run export -- [--db PATH] [--since CURSOR] --out FILE.ndjson[.gz]

Writes every article of the database (default: $DATABASE_PATH or data/encyclopedia.db) to FILE as
newline-delimited JSON, the bytes GET /v1/snapshot answers: one article a line, then a closing line
with the change-feed cursor. Gzipped when FILE ends in .gz. SITE_LICENSE_ID and SITE_LICENSE_URL
are read from the environment, as the server reads them.

  --db PATH        the database file
  --since CURSOR   only the articles changed after this change-feed cursor (the closing line's
                   "next" of an earlier export), and the titles deleted
  --out FILE       the file to write (replaced if it exists)
  -h, --help       this text`;

export async function runExport(argv: string[], out: Output = process.stdout, err: Output = process.stderr, env = process.env): Promise<number> {
  const options = { db: { type: 'string' }, since: { type: 'string' }, out: { type: 'string' }, ...HELP } as const;
  const parsed = readArgs({ args: argv, options }, USAGE, { out, err }, ({ values }) => {
    if (!values.help && !values.out) throw new Error('--out FILE is needed');
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err.write(`error: ${error.message}\n`);
    return 2;
  }
  const dbPath = values.db ?? config.DATABASE_PATH;
  const file = values.out!;
  if (!existsSync(dbPath)) {
    err.write(`error: there is no database at ${dbPath}\n`);
    return 1;
  }
  const started = performance.now();
  const partial = `${file}.partial-${process.pid}`;
  let db: Db | undefined;
  try {
    db = openDatabase(dbPath, { readonly: true });
    if (pendingMigrations(db)) throw new Error(`${dbPath} needs migrations this code has: start the server on it once, or import into it`);
    const plan = createSnapshot(db, licenseOf(config)).plan(values.since);
    let sent: SnapshotSent = { lines: 0, complete: false };
    const lines = snapshotStream(plan.lines(), (ended) => (sent = ended));
    await (file.endsWith('.gz') ? pipeline(lines, createGzip(), createWriteStream(partial)) : pipeline(lines, createWriteStream(partial)));
    renameSync(partial, file);
    const seconds = (performance.now() - started) / 1000;
    const articles = sent.lines - 1;
    out.write(`wrote ${articles} article${articles === 1 ? '' : 's'} to ${file} in ${seconds.toFixed(2)} s\n`);
    return 0;
  } catch (error) {
    rmSync(partial, { force: true });
    // A bad cursor's message is its problem's detail (HttpProblem), a sentence.
    err.write(`error: ${(error as Error).message.replace(/\.$/, '')}; ${file} is not written\n`);
    return 1;
  } finally {
    db?.$client.close();
  }
}

if (isMain(import.meta.url)) process.exitCode = await runExport(process.argv.slice(2));
