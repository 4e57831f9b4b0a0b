/**
 * Hot swap: the server's HTTP listener hands each request to the current generation — one
 * database file opened read-only and the app built over it, with every in-process cache (article
 * bodies, prebuilt answers, title resolutions) inside that app. When the file at the path is
 * replaced (a new inode: the importer's rename, or an artifact copied beside it and renamed), the
 * new file is checked (check.ts, in a worker thread), opened, and an app is built over it; then
 * new requests go to it, and the previous generation is closed once its requests in flight have
 * finished. A file that fails the checks is refused and logged, once, and serving goes on.
 *
 * Replacements are noticed by watching the directory (a watch on the file itself goes silent
 * after a rename over it), by SIGHUP, and by a slow poll of the inode as a backstop for
 * filesystems whose events do not arrive (network and some container volumes).
 */
import { watch, type FSWatcher } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { openDatabase, type Db } from '../db/open.js';
import { checkDatabase, fileIdentity, sameFile, type CheckResult, type FileIdentity, type RunIdentity } from './check.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What the switchboard needs of an app built over a database. */
export interface GenerationApp {
  server: Server;
  close(): Promise<unknown>;
}

interface Generation {
  number: number;
  file: FileIdentity;
  run: RunIdentity | null;
  db: Db;
  app: GenerationApp;
  handler: Handler;
  inFlight: number;
  retired: boolean;
  closed?: Promise<void>;
}

export interface SwitchboardOptions<A extends GenerationApp> {
  path: string;
  /** Builds the app over a database (buildApp), ready to answer. */
  build(db: Db): Promise<A>;
  log: FastifyBaseLogger;
  /** Seconds between inode polls (the backstop); 0: none. */
  pollSeconds?: number;
  /**
   * Told of each generation as it starts being served, the first included: the change streams
   * (src/api/change-stream/hub.ts) then read on from its database.
   */
  serving?(db: Db): void;
  /**
   * Files smaller than this are checked on the main thread: their quick_check takes a few
   * milliseconds, less than starting the worker (~50 ms, several times that on a busy host).
   */
  inThreadBytes?: number;
}

const checkWorker = new URL(import.meta.url.endsWith('.ts') ? './check-worker.ts' : './check-worker.js', import.meta.url);

/** Runs check.ts's checks in a worker thread. */
function checkInWorker(path: string): Promise<CheckResult> {
  return new Promise((resolve) => {
    const worker = new Worker(checkWorker, { workerData: path });
    worker.once('message', (result: CheckResult) => resolve(result));
    worker.once('error', (error) => resolve({ ok: false, reason: error.message }));
    worker.once('exit', (code) => resolve({ ok: false, reason: `the check exited with ${code}` }));
  });
}

export async function createSwitchboard<A extends GenerationApp>({
  path,
  build,
  log,
  pollSeconds = 5,
  inThreadBytes = 16 * 1024 * 1024,
  serving,
}: SwitchboardOptions<A>) {
  let generations = 0;
  /** How long the last load took: the checks, and building the app. */
  let timings = { checkMs: 0, buildMs: 0 };
  let refused: FileIdentity | null = null;

  /** Opens, checks and builds a generation over the file now at the path; throws with the reason it is refused. */
  async function load(first = false): Promise<Generation> {
    const file = fileIdentity(path);
    const started = performance.now();
    const checked = first
      ? checkDatabase(path, { quick: false })
      : file.size < inThreadBytes
        ? checkDatabase(path)
        : await checkInWorker(path);
    if (!checked.ok) throw Object.assign(new Error(checked.reason), { file });
    const db = openDatabase(path, { readonly: true });
    try {
      const checkedAt = performance.now();
      const app = await build(db);
      timings = { checkMs: Math.round(checkedAt - started), buildMs: Math.round(performance.now() - checkedAt) };
      const handlers = app.server.listeners('request') as Handler[];
      if (handlers.length !== 1) throw new Error(`expected the app's one request listener, found ${handlers.length}`);
      return { number: ++generations, file, run: checked.generation, db, app, handler: handlers[0]!, inFlight: 0, retired: false };
    } catch (error) {
      db.$client.close();
      throw error;
    }
  }

  function retire(generation: Generation): Promise<void> {
    generation.retired = true;
    if (generation.inFlight > 0) return Promise.resolve();
    return (generation.closed ??= (async () => {
      await generation.app.close();
      generation.db.$client.close();
      alive.delete(generation);
      log.info({ generation: generation.number, run: generation.run }, 'closed the previous database generation');
    })());
  }

  /** Generations not closed yet: the current one and those draining. */
  const alive = new Set<Generation>();
  let current = await load(true);
  alive.add(current);
  serving?.(current.db);
  const opened = (generation: Generation) => ({ generation: generation.number, ...generation.run, path });
  log.info(opened(current), 'opened database generation');

  /** How each response in flight stops counting against its generation (see release). */
  const releases = new WeakMap<ServerResponse, () => void>();

  let checking: Promise<unknown> = Promise.resolve();
  /** Swaps in the file at the path if it is another file than the one served (serialised: one check at a time). */
  function reload(reason: string): Promise<unknown> {
    checking = checking.then(async () => {
      let file: FileIdentity;
      try {
        file = fileIdentity(path);
      } catch {
        return; // mid-rename, or removed: the served file stays open
      }
      if (sameFile(file, current.file) || sameFile(file, refused)) return;
      let next: Generation;
      try {
        next = await load();
      } catch (error) {
        refused = (error as { file?: FileIdentity }).file ?? file;
        log.error({ path, reason, err: error }, `refused the new database file: ${(error as Error).message}; still serving generation ${current.number}`);
        return;
      }
      const previous = current;
      current = next;
      alive.add(next);
      try {
        serving?.(next.db);
      } catch (error) {
        // The swap stands (new requests are answered from the new file); only what follows it did not.
        log.error({ err: error, generation: next.number }, 'could not tell the change streams of the new generation');
      }
      log.info({ ...opened(next), previous: previous.number, reason, ...timings }, 'swapped in a new database generation');
      await retire(previous);
    });
    return checking;
  }

  let watcher: FSWatcher | undefined;
  let pending: NodeJS.Timeout | undefined;
  const name = basename(path);
  const soon = (reason: string) => {
    clearTimeout(pending);
    pending = setTimeout(() => void reload(reason), 50);
  };
  const onHangup = () => void reload('SIGHUP');
  let poll: NodeJS.Timeout | undefined;

  return {
    get generation() {
      return current.number;
    },

    /** Starts noticing replacements: the directory watch, SIGHUP, the poll. */
    watch() {
      watcher = watch(dirname(path), (_event, changed) => {
        if (changed === null || changed === name) soon('watch');
      });
      watcher.on('error', (error) => log.warn({ err: error }, 'the database directory watch failed; SIGHUP and the poll remain'));
      process.on('SIGHUP', onHangup);
      if (pollSeconds > 0) poll = setInterval(() => void reload('poll'), pollSeconds * 1000).unref();
    },

    reload,

    /** Hands the server's requests to the current generation (in place of its one request listener). */
    install(server: Server) {
      server.removeAllListeners('request');
      server.on('request', (req: IncomingMessage, res: ServerResponse) => {
        const generation = current;
        generation.inFlight++;
        let counted = true;
        const done = () => {
          if (!counted) return;
          counted = false;
          if (--generation.inFlight === 0 && generation.retired) void retire(generation);
        };
        res.once('close', done);
        releases.set(res, done);
        generation.handler(req, res);
      });
    },

    /**
     * A response that no longer needs the generation that took its request: a change stream,
     * which reads every later generation's changes and may stay open for days, must not keep the
     * old database open (and its app built) as a request in flight would.
     */
    release(res: ServerResponse) {
      releases.get(res)?.();
    },

    /**
     * Stops watching and closes: the current app first (it answers 503 from then on), then the
     * server (`closeServer`, which resolves once every connection has ended), then every database.
     */
    async close(closeServer: () => Promise<unknown>) {
      watcher?.close();
      clearTimeout(pending);
      clearInterval(poll);
      process.off('SIGHUP', onHangup);
      await checking;
      const last = current;
      last.retired = true;
      const appClosed = last.app.close();
      const drained = closeServer();
      last.closed ??= (async () => {
        await appClosed;
        await drained;
        last.db.$client.close();
        alive.delete(last);
      })();
      await drained;
      await Promise.all([...alive].map((generation) => generation.closed));
    },
  };
}

export type Switchboard = Awaited<ReturnType<typeof createSwitchboard>>;
