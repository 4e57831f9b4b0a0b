/**
 * `npm run client:types`: TypeScript types for the API generated from the committed
 * openapi/openapi.json with openapi-typescript, written to test/client/openapi.d.ts (committed;
 * test/routes/client.test.ts fails when it is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const root = join(import.meta.dirname, '..', '..');
export const specFile = join(root, 'openapi', 'openapi.json');
export const typesFile = join(import.meta.dirname, 'openapi.d.ts');

const HEADER = [
  '/**',
  ' * Generated from openapi/openapi.json by openapi-typescript (`npm run client:types`).',
  ' * Do not edit: test/routes/client.test.ts fails when this file is stale.',
  ' */',
  '',
  '',
].join('\n');

/** The types as openapi-typescript makes them from the committed spec. */
export async function generateClientTypes(): Promise<string> {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as OpenAPI3;
  const ast = await openapiTS(spec, { silent: true });
  return `${HEADER}${astToString(ast)}`;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  writeFileSync(typesFile, await generateClientTypes());
  process.stdout.write(`wrote ${typesFile}\n`);
}
