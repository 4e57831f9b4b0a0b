// Checks a database's search indexes against their content (FTS5's 'integrity-check' with rank 1),
// or rebuilds them with --rebuild, through the service's own connection: their views call SQL
// functions the service registers (src/db/open.ts), which the sqlite3 shell does not have.
//   node scripts/check-indexes.mjs [--rebuild] [DB]   (after `npm run build`; DB: $DATABASE_PATH or data/encyclopedia.db)
// Rebuild a copy, not a file replicas serve, and publish it as an import's artifact is published.
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rebuild = args.includes('--rebuild');
const path = args.find((arg) => !arg.startsWith('--')) ?? (process.env.DATABASE_PATH || join(root, 'data', 'encyclopedia.db'));
if (!existsSync(path)) {
  console.error(`error: there is no database at ${path}`);
  process.exit(1);
}
const { openDatabase, pendingMigrations } = await import(join(root, 'dist', 'src', 'db', 'open.js'));
const db = openDatabase(path);
if (pendingMigrations(db)) {
  console.error(`error: ${path} needs migrations this code has: start the server on it once, or import into it`);
  process.exit(1);
}
const { fts5Tables } = await import(join(root, 'dist', 'src', 'db', 'deferred-indexes.js'));
const sqlite = db.$client;
const tables = fts5Tables(sqlite);
let failed = 0;
for (const table of tables) {
  try {
    sqlite.exec(rebuild ? `INSERT INTO "${table}" ("${table}") VALUES ('rebuild')` : `INSERT INTO "${table}" ("${table}", rank) VALUES ('integrity-check', 1)`);
    console.log(`${table}: ${rebuild ? 'rebuilt' : 'ok'}`);
  } catch (error) {
    failed++;
    console.log(`${table}: ${error.message}`);
  }
}
sqlite.close();
process.exit(failed === 0 ? 0 : 1);
