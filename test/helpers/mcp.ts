/**
 * What the MCP interface's tests share: a database with a long article besides the fixtures, the app
 * listening on a loopback port over it, the SDK's client over Streamable HTTP, and tool calls.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { buildTestDatabase, type TestContext } from './app.js';
import { fixtureInputs } from './expected.js';
import { longArticle } from './long-article.js';

/** The fixtures and a long article imported into a fresh database, and an app listening over it. */
export function mcpDatabase(t: TestContext) {
  const extraDir = mkdtempSync(join(tmpdir(), 'encyclopedia-mcp-'));
  t.teardown(() => rmSync(extraDir, { recursive: true, force: true }));
  writeFileSync(join(extraDir, 'long-article.txt'), longArticle(60));
  const dbPath = buildTestDatabase(t, [...fixtureInputs, extraDir]);

  async function listening(t: TestContext, config: Parameters<typeof buildApp>[0]['config'] = {}) {
    const db = openDatabase(dbPath, { readonly: true });
    const app = await buildApp({ db, config });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    t.teardown(async () => {
      await app.close();
      db.$client.close();
    });
    return { app, address, mcpUrl: new URL('/mcp', address) };
  }

  return { dbPath, extraDir, listening };
}

export async function httpClient(t: TestContext, url: URL) {
  const client = new Client({ name: 'encyclopedia-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(url));
  t.teardown(() => client.close());
  return client;
}

export const call = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as CallToolResult & { structuredContent?: Record<string, any> };

export const textOf = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

/** An app listening over the database at `dbPath` and the SDK's client connected to its /mcp, with tool calls and REST reads beside. */
export async function mcpOver(t: TestContext, dbPath: string) {
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0 } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const client = await httpClient(t, new URL('/mcp', address));
  return {
    app,
    address,
    client,
    call: (name: string, args: Record<string, unknown>) => call(client, name, args),
    rest: async (url: string) => (await app.inject({ method: 'GET', url })).json(),
  };
}
