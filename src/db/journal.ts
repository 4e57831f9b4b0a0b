/**
 * How many migrations this code has: drizzle-kit's journal lists every one in order. Kept apart
 * from open.ts so that the swap check's worker (src/swap/check.ts) loads no more than it needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from '../paths.js';

let cachedCount: number | undefined;

export function migrationCount(): number {
  cachedCount ??= (JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
  return cachedCount;
}
