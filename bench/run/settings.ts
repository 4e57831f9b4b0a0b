/**
 * The benchmark's settings: its command-line options (--quick, --sizes, --seconds), the load's
 * shape, where it writes, and the CPU pinning of server and load generator where taskset allows.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src/paths.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, seconds: { type: 'string' } },
});
export const quick = values.quick ?? false;
export const sizes = (values.sizes ?? (quick ? '1000' : '1000,10000,100000')).split(',').map(Number);
export const seconds = Number(values.seconds ?? (quick ? 2 : 5));
export const rounds = quick ? 1 : 3;
export const connections = 32;
export const STARTUP_RUNS = 5;
export const out = join(projectRoot, 'bench', 'out');

export const hasTaskset = (() => {
  try {
    execFileSync('which', ['taskset'], { stdio: 'ignore' });
    return cpus().length >= 2;
  } catch {
    return false;
  }
})();
export const SERVER_CORE = hasTaskset ? 1 : null;
export const LOAD_CORE = hasTaskset ? 0 : null;
export const node = process.execPath;

export function pinned(args: string[], core: number | null): [string, string[]] {
  return core === null ? [node, args] : ['taskset', ['-c', String(core), node, ...args]];
}
