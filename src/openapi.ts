/**
 * `npm run openapi`: writes the OpenAPI document generated from the route schemas to
 * openapi/openapi.json (committed; a test fails when it is stale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildApp } from './app.js';
import { migrateDatabase, openDatabase } from './db/open.js';
import { isMain, projectRoot } from './paths.js';

export const specPath = join(projectRoot, 'openapi', 'openapi.json');

/** The spec as committed: generated from an app over an empty in-memory database. */
export async function generateSpec(): Promise<string> {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const app = await buildApp({ db });
  await app.ready();
  const spec = app.swagger();
  await app.close();
  db.$client.close();
  return `${JSON.stringify(spec, null, 2)}\n`;
}

if (isMain(import.meta.url)) {
  const spec = await generateSpec();
  mkdirSync(dirname(specPath), { recursive: true });
  writeFileSync(specPath, spec);
  process.stdout.write(`wrote ${specPath}\n`);
}
