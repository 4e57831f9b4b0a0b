// `npm start`'s first step: compile the TypeScript only when a source is newer than the last
// build (dist/.tsbuildinfo), so that a restart over an up-to-date build costs a few milliseconds
// of stat calls instead of a compiler run (~0.7 s even when `tsc -b` finds nothing to do).
// Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildInfo = join(root, 'dist', '.tsbuildinfo');
const inputs = ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a file added or removed
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const built = statSync(buildInfo, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changed = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
if (changed > built) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // tsc leaves its build info untouched when the sources' contents did not change (a touch, a checkout).
  const now = new Date();
  utimesSync(buildInfo, now, now);
}
