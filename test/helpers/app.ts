/**
 * A fresh database and app per test file: the fixtures imported into a temporary file, opened
 * read-only as the server does, and an app driven with inject().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { fixtureInputs } from './expected.js';

export interface TestContext {
  teardown(fn: () => unknown): void;
}

export function buildTestDatabase(t: TestContext, inputs: string[] = fixtureInputs): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'test.db');
  importDocuments({ dbPath, inputs });
  return dbPath;
}

export async function buildTestApp(t: TestContext, options: Omit<AppOptions, 'db'> & { inputs?: string[] } = {}) {
  const { inputs, ...rest } = options;
  return appOverFile(t, buildTestDatabase(t, inputs), rest);
}

/** An app over an existing database file, opened read-only as the server does. */
export async function appOverFile(t: TestContext, path: string, options: Omit<AppOptions, 'db'> = {}) {
  const db = openDatabase(path, { readonly: true });
  // A loaded test machine lags by seconds: what a test asks for is answered, not shed (unless it asks for shedding).
  const app = await buildApp({ ...options, config: { SHED_EVENT_LOOP_DELAY: 0, ...options.config }, db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  return app;
}

/** Asserts the RFC 9457 shape of an error response and returns its body. */
export function problemOf(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  const body = JSON.parse(response.body) as Record<string, unknown>;
  return { contentType: String(response.headers['content-type']), body };
}
