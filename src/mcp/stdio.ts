/**
 * The MCP server over stdio, for desktop assistants that start it as a child process:
 *
 *   node dist/src/mcp/stdio.js [--db PATH] [--base-url URL]     (npm run mcp -- …)
 *
 * It serves the database read-only (default: $DATABASE_PATH or data/encyclopedia.db), with the
 * same tools and resources as /mcp. `--base-url` is where the REST API of the same database is
 * served, so that answers carry absolute URLs; without it they carry paths. stdout carries the
 * protocol only: problems go to stderr. Exit code 2 on bad usage, 1 when the database cannot be
 * opened; 0 when the client closes stdin.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readArgs } from '../cli-args.js';
import { licenseOf, loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { defaultDatabasePath } from '../paths.js';
import { createMcpFactory } from './server.js';

const USAGE = 'usage: node dist/src/mcp/stdio.js [--db PATH] [--base-url URL]';

function exit(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = readArgs(
  { options: { db: { type: 'string' }, 'base-url': { type: 'string' } }, strict: true },
  USAGE,
  { out: process.stdout, err: process.stderr },
  ({ values: { 'base-url': baseUrl } }) => {
    if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(baseUrl)) throw new Error(`--base-url must be like http://localhost:3000, got ${JSON.stringify(baseUrl)}`);
  },
);
if (typeof args === 'number') process.exit(args);
const { values: options } = args;
const baseUrl = options['base-url'];

const path = options.db ?? defaultDatabasePath();
let db: ReturnType<typeof openDatabase>;
try {
  db = openDatabase(path, { readonly: true });
} catch (error) {
  exit(1, `error: could not open ${path}: ${(error as Error).message} (build it with npm run seed -- --db ${path})`);
}

const log = {
  error(object: unknown, message: string) {
    const err = (object as { err?: unknown }).err;
    process.stderr.write(`${JSON.stringify({ level: 'error', msg: message, err: err instanceof Error ? err.stack : String(err) })}\n`);
  },
};
// The site's licence, which articles and citations name, from the environment as the server reads it.
let license: ReturnType<typeof licenseOf>;
try {
  license = licenseOf(loadConfig(process.env));
} catch (error) {
  exit(2, `error: ${(error as Error).message}`);
}
const server = createMcpFactory(db, log, { license })(baseUrl ? { baseUrl } : {});
const transport = new StdioServerTransport();
transport.onclose = () => db.$client.close();
process.stdin.on('end', () => void server.close());
await server.connect(transport);
