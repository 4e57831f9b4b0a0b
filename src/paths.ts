/** Where the project's files are (its root, migrations, seed, CSL data, the default database) and whether a module is the entry point. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder with package.json), whether running from src/ or dist/src/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot();
export const migrationsFolder = join(projectRoot, 'migrations');
export const seedFolder = join(projectRoot, 'seed');
/** The CSL styles and locales (CC BY-SA) the citation formats render with. */
export const cslFolder = join(projectRoot, 'src', 'citations', 'csl');
export const defaultDatabasePath = (env: NodeJS.ProcessEnv = process.env): string =>
  resolve(env.DATABASE_PATH && env.DATABASE_PATH !== '' ? env.DATABASE_PATH : join(projectRoot, 'data', 'encyclopedia.db'));

/** Whether the module at `moduleUrl` (its `import.meta.url`) is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(resolve(entry)) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
