/**
 * The process: read the configuration, make sure the database exists and is migrated, serve it
 * read-only — swapping in a new file put at the same path (src/swap/switchboard.ts), the change
 * streams reading on from each — and close gracefully on SIGTERM/SIGINT (end the change streams,
 * finish in-flight requests, close the database, exit 0). Start-up with an existing, migrated
 * database does no heavy work.
 */
import './heap.js';
import { existsSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import Fastify from 'fastify';
import { createChangeStreams } from './api/change-stream/hub.js';
import { buildApp } from './app.js';
import { logDestination } from './logging.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { migrateDatabase, openDatabase, pendingMigrations } from './db/open.js';
import { formatMessage, ImportFailed, importDocuments } from './importer/import.js';
import { seedFolder } from './paths.js';
import { createSwitchboard, type Switchboard } from './swap/switchboard.js';

/** How long in-flight requests get to finish after a signal before the process exits with 1. */
const GRACE_MS = 10_000;

/** What start-up did to the database, logged once the logger exists. */
type Prepared = { built: number } | { migrated: true } | null;

/** Builds a missing database from seed/, or applies pending migrations to an existing one. */
function prepareDatabase(path: string): Prepared {
  if (!existsSync(path)) {
    return { built: importDocuments({ dbPath: path, inputs: [seedFolder] }).articles };
  }
  const probe = openDatabase(path, { readonly: true });
  const pending = pendingMigrations(probe);
  probe.$client.close();
  if (!pending) return null;
  const writable = openDatabase(path);
  try {
    migrateDatabase(writable);
  } finally {
    writable.$client.close();
  }
  return { migrated: true };
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

async function main() {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(`invalid configuration\n  ${error.problems.join('\n  ')}`);
    throw error;
  }

  let prepared: Prepared;
  try {
    prepared = prepareDatabase(config.DATABASE_PATH);
  } catch (error) {
    if (error instanceof ImportFailed) {
      fail(`could not build ${config.DATABASE_PATH} from ${seedFolder}: ${error.message}\n  ${error.messages.map(formatMessage).join('\n  ')}`);
    }
    fail(`could not open ${config.DATABASE_PATH}: ${(error as Error).message}`);
  }

  const logs = logDestination();
  const logger = { level: config.LOG_LEVEL, stream: logs };
  // The listening server (connections, timeouts, client errors); each request goes to the current
  // database generation's app (src/swap/switchboard.ts).
  const app = Fastify({ logger });
  let switchboard: Switchboard;
  // The change streams outlive the generation whose app took their request: each reads on from
  // every database swapped in, and none keeps its first generation open.
  const changeStreams = createChangeStreams({
    heartbeatMs: config.STREAM_HEARTBEAT_MS,
    maxStreams: config.STREAM_MAX_CONNECTIONS,
    release: (res) => switchboard.release(res),
  });
  try {
    switchboard = await createSwitchboard({
      path: config.DATABASE_PATH,
      log: app.log,
      build: async (db) => {
        const built = await buildApp({ db, config, logger, changeStreams });
        await built.ready();
        return built;
      },
      serving: (db) => changeStreams.serve(db),
    });
  } catch (error) {
    fail(`could not serve ${config.DATABASE_PATH}: ${(error as Error).message}`);
  }
  switchboard.install(app.server);
  if (prepared && 'built' in prepared) app.log.info({ articles: prepared.built }, `built ${config.DATABASE_PATH} from ${seedFolder}`);
  if (prepared && 'migrated' in prepared) app.log.info(`applied pending migrations to ${config.DATABASE_PATH}`);

  // SIGHUP asks for a check of the database file (src/swap/switchboard.ts), not for closing.
  closeWithGrace({ delay: GRACE_MS, logger: app.log, skip: ['SIGHUP'] }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an unexpected error');
    else app.log.info({ signal }, 'closing: finishing in-flight requests');
    logs.flush();
    // Streams never finish on their own: they end now, and their clients reconnect elsewhere.
    changeStreams.close();
    await switchboard.close(() => app.close());
    app.log.info('closed');
  });

  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    app.log.fatal({ err: error }, `could not listen on ${config.HOST}:${config.PORT}`);
    changeStreams.close();
    await switchboard.close(() => app.close());
    process.exit(1);
  }
  switchboard.watch();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  app.log.info(`serving ${config.DATABASE_PATH} at http://${host}:${port}/ (Swagger UI at http://${host}:${port}/docs)`);
  logs.flush();
}

await main();
