/**
 * No Docker engine runs here, so the Dockerfile is checked by reading it: everything it copies
 * exists (or is made by the build stage) and is not hidden by .dockerignore, the scripts it runs
 * exist, its entry points are compiled paths of real sources, it runs as a non-root user on the
 * default port, and its HEALTHCHECK command really passes against a running app.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { fixtureInputs } from '../helpers/expected.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
  stage: string;
}

/** Instructions in order, continuation lines joined, comments dropped, each tagged with its stage. */
function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (current === '' && /^\s*(#|$)/.test(line)) continue;
    if (/^\s*#/.test(line)) continue; // comment inside a continuation
    if (/\\\s*$/.test(line)) {
      current += line.replace(/\\\s*$/, ' ');
      continue;
    }
    logical.push((current + line).trim());
    current = '';
  }
  let stage = '';
  return logical.map((line) => {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? args;
    return { keyword: keyword.toUpperCase(), args, stage };
  });
}

/** Exec form (`["node", "x.js"]`) or shell form, as words. */
function commandWords(args: string): string[] {
  return args.trim().startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
}

/** COPY's flags, sources and destination. */
function parseCopy(args: string) {
  const words = args.split(/\s+/).filter(Boolean);
  const flags = Object.fromEntries(
    words.filter((word) => word.startsWith('--')).map((flag) => flag.slice(2).split('=') as [string, string]),
  );
  const paths = words.filter((word) => !word.startsWith('--'));
  return { flags, sources: paths.slice(0, -1), destination: paths.at(-1)! };
}

/** Whether .dockerignore keeps `path` out of the build context (plain patterns and `*` globs). */
function ignoredBy(patterns: string[], path: string): boolean {
  const toRegExp = (pattern: string) =>
    new RegExp(`^${pattern.replace(/^\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
  let ignored = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (toRegExp(negated ? pattern.slice(1) : pattern).test(path)) ignored = !negated;
  }
  return ignored;
}

const instructions = parseDockerfile(read('Dockerfile'));
const dockerignore = read('.dockerignore')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };
const tsconfig = JSON.parse(read('tsconfig.json')) as { compilerOptions: { outDir: string; rootDir: string } };

const stages = instructions.filter((i) => i.keyword === 'FROM');
const finalStage = stages.at(-1)!.stage;
const inStage = (stage: string, keyword: string) => instructions.filter((i) => i.stage === stage && i.keyword === keyword);
const workdirOf = (stage: string) => inStage(stage, 'WORKDIR').at(-1)?.args ?? '/';
const envOf = (stage: string) =>
  Object.fromEntries(
    inStage(stage, 'ENV').flatMap((i) => i.args.split(/\s+/).filter(Boolean).map((pair) => pair.split('=') as [string, string])),
  );

t.test('two stages on the same supported Node LTS, satisfying package.json engines', async (t) => {
  t.equal(stages.length, 2);
  const [build, runtime] = stages;
  t.match(build!.args, /^node:24-bookworm AS build$/i);
  t.match(runtime!.args, /^node:24-bookworm-slim AS runtime$/i);
  const wanted = Number(/(\d+)/.exec(pkg.engines.node)?.[1]);
  for (const stage of stages) t.ok(Number(/^node:(\d+)/.exec(stage.args)?.[1]) >= wanted, `${stage.args} meets engines ${pkg.engines.node}`);
});

t.test('every COPY from the context exists and is not ignored', async (t) => {
  const copies = instructions.filter((i) => i.keyword === 'COPY' && !parseCopy(i.args).flags.from);
  t.ok(copies.length > 0);
  for (const copy of copies) {
    for (const source of parseCopy(copy.args).sources) {
      t.ok(existsSync(join(root, source)), `${source} exists`);
      t.notOk(ignoredBy(dockerignore, source.replace(/^\.\//, '')), `${source} is not in .dockerignore`);
    }
  }
});

t.test('every COPY from the build stage was copied into it or made by it', async (t) => {
  const build = stages[0]!.stage;
  const workdir = workdirOf(build);
  const copied = new Set<string>();
  for (const copy of inStage(build, 'COPY')) {
    const { sources, destination } = parseCopy(copy.args);
    const target = posix.normalize(destination.replace(/^\.\/?/, ''));
    for (const source of sources) copied.add(target === '.' || destination.endsWith('/') && sources.length > 1 ? posix.basename(source) : target);
  }
  const runs = inStage(build, 'RUN').map((i) => i.args).join('\n');
  const made: Record<string, RegExp> = {
    node_modules: /\bnpm ci\b/,
    [tsconfig.compilerOptions.outDir]: /\bnpm run build\b/,
    data: /importer\/cli\.js --db data\//,
  };
  for (const copy of instructions.filter((i) => i.keyword === 'COPY' && parseCopy(i.args).flags.from)) {
    const { flags, sources } = parseCopy(copy.args);
    t.equal(flags.from, build, `${copy.args} copies from the build stage`);
    for (const source of sources) {
      const path = posix.relative(workdir, source);
      const top = path.split('/')[0]!;
      t.ok(copied.has(path) || copied.has(top) || made[top]?.test(runs), `${source} is in the build stage`);
    }
  }
  t.match(runs, /npm prune --omit=dev/, 'dev dependencies are pruned before node_modules is copied');
});

t.test('every npm script it runs exists', async (t) => {
  const scripts = [...instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
  t.ok(scripts.length > 0);
  for (const script of scripts) t.ok(pkg.scripts[script], `npm run ${script} exists`);
});

t.test('entry points are compiled paths of real sources', async (t) => {
  t.equal(tsconfig.compilerOptions.rootDir, '.', 'src/x.ts compiles to dist/src/x.js');
  const outDir = tsconfig.compilerOptions.outDir;
  const cmd = commandWords(instructions.filter((i) => i.keyword === 'CMD').at(-1)!.args);
  t.same(cmd, ['node', `${outDir}/src/server.js`]);
  t.same(/"start":/.test(read('package.json')) && pkg.scripts.start, `node ${cmd[1]}`, 'the same entry point as npm start');
  const mentioned = [...instructions.map((i) => i.args).join('\n').matchAll(new RegExp(`\\b${outDir}/([\\w/.-]+)\\.js\\b`, 'g'))];
  t.ok(mentioned.length >= 2);
  for (const [compiled, path] of mentioned) t.ok(existsSync(join(root, `${path}.ts`)), `${compiled} is compiled from ${path}.ts`);
});

t.test('the runtime stage: non-root user, production settings, default port', async (t) => {
  const user = inStage(finalStage, 'USER').at(-1)?.args;
  t.ok(user, 'a USER is set');
  t.notOk(/^(root|0)(:|$)/.test(user ?? 'root'), `runs as ${user}, not root`);
  const env = envOf(finalStage);
  t.equal(env.HOST, '0.0.0.0', 'listens on every interface');
  t.equal(env.NODE_ENV, 'production');
  const port = loadConfig({}).PORT;
  t.equal(Number(env.PORT), port, 'ENV PORT is the default port');
  t.same(inStage(finalStage, 'EXPOSE').map((i) => Number(i.args)), [port], `EXPOSE ${port}`);
  t.match(env.DATABASE_PATH, new RegExp(`^${workdirOf(finalStage)}/data/`), 'the database built into the image');
  for (const ignored of ['node_modules', 'dist', 'data', '.git']) t.ok(ignoredBy(dockerignore, ignored), `.dockerignore keeps local ${ignored} out`);
});

t.test('the HEALTHCHECK command passes against a running app, and fails without one', async (t) => {
  const healthcheck = instructions.filter((i) => i.keyword === 'HEALTHCHECK').at(-1)!;
  const [, command = ''] = /\bCMD\s+(.*)$/.exec(healthcheck.args) ?? [];
  const words = commandWords(command);
  t.equal(words[0], 'node', 'uses node (no curl in the slim image)');
  t.match(words.join(' '), /\/healthz/);

  const dbPath = join(t.testdir(), 'db.sqlite');
  importDocuments({ dbPath, inputs: fixtureInputs });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = String((app.server.address() as AddressInfo).port);
  // Asynchronously: the app answering it lives in this process.
  const run = async () => {
    const child = spawn(words[0]!, words.slice(1), { env: { ...process.env, NODE_OPTIONS: '', PORT: port }, timeout: 10_000 });
    const [code] = (await once(child, 'exit')) as [number | null];
    return code;
  };
  t.equal(await run(), 0, 'healthy while the app answers');
  await app.close();
  db.$client.close();
  t.equal(await run(), 1, 'unhealthy once it is gone');
});
