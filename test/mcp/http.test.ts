/**
 * /mcp over HTTP gets what REST gets: its headers, body and URL limits, errors that are never 5xx, the
 * Origin check with MCP_ALLOWED_ORIGINS and CORS, and the same rate limit; a failure is a tool error.
 */
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/open.js';
import { call, httpClient, mcpDatabase, textOf } from '../helpers/mcp.js';

const { dbPath, listening } = mcpDatabase(t);

t.test('over Streamable HTTP', async (t) => {
  const { address, mcpUrl } = await listening(t);

  t.test('HTTP: the REST headers, limits and errors', async (t) => {
    const initialize = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
    });
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(mcpUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers }, body });
    const ok = await post(initialize);
    t.equal(ok.status, 200);
    t.equal(ok.headers.get('x-content-type-options'), 'nosniff');
    t.ok(ok.headers.get('x-request-id'));
    t.equal(ok.headers.get('mcp-session-id'), null, 'stateless: no session');
    t.equal((await ok.json()).result.serverInfo.name, 'encyclopedia-api');

    const evil = await post(initialize, { origin: 'http://evil.example' });
    t.equal(evil.status, 403, 'a foreign Origin is refused (DNS rebinding)');
    t.equal(evil.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    t.match((await evil.json()).detail, /Origin "http:\/\/evil.example" may not use \/mcp/);

    const big = await post(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'search', arguments: { q: 'x'.repeat(20_000) } } }));
    t.equal(big.status, 413, 'the 16 KiB body limit');
    const malformed = await post('{"jsonrpc":');
    t.equal(malformed.status, 400);
    t.equal(malformed.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const long = await fetch(new URL(`/mcp?${'x'.repeat(5_000)}`, address), { method: 'POST', headers: { 'content-type': 'application/json' }, body: initialize });
    t.equal(long.status, 414, 'the URL length limit');
    // Whatever is posted, an answer and never a 5xx.
    const message = (method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', id: 9, method, params });
    for (const body of ['[]', '{}', '"text"', 'null', '1', message('tools/call', null), message('tools/call', { name: 'search', arguments: 'q' }),
      message('tools/call', { name: 'search', arguments: [1] }), message('resources/read', { uri: 'article://%E0%A4%A' }), message('no/such/method', {}),
      message('completion/complete', { ref: { type: 'ref/resource', uri: 'article://{title}' }, argument: { name: 'title', value: '"""' } })]) {
      const answer = await post(body, { 'mcp-protocol-version': '2025-06-18' });
      t.ok(answer.status < 500, `${body.slice(0, 80)}: ${answer.status}`);
      await answer.arrayBuffer();
    }
    const get = await fetch(mcpUrl, { headers: { accept: 'text/event-stream' } });
    t.equal(get.status, 405);
    t.equal(get.headers.get('allow'), 'POST');
  });
});

t.test('an unexpected failure is a tool error, not a crash or a 5xx', async (t) => {
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  t.teardown(() => app.close());
  const client = await httpClient(t, new URL('/mcp', address));
  db.$client.close();
  const result = await call(client, 'get_infobox', { title: 'Republic of Valdora' });
  t.equal(result.isError, true);
  t.equal(textOf(result), 'An internal error occurred.', 'no details');
  t.same(result._meta, undefined);
});

t.test('MCP_ALLOWED_ORIGINS lets the listed origins in, from browsers too (CORS)', async (t) => {
  // With any origin allowed for REST reads (the front door in place) and with a list of them.
  for (const CORS_ORIGIN of ['*', 'https://rest.example']) {
    const { mcpUrl } = await listening(t, { MCP_ALLOWED_ORIGINS: 'http://localhost:6274, https://assistant.example', CORS_ORIGIN });
    const tools = (origin: string) =>
      fetch(mcpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', origin, 'mcp-protocol-version': '2025-06-18' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
    const preflight = (origin: string) =>
      fetch(mcpUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, mcp-protocol-version' },
      });
    for (const origin of ['https://assistant.example', 'http://localhost:6274']) {
      const answer = await preflight(origin);
      t.equal(answer.status, 204, `${CORS_ORIGIN}: ${origin}'s preflight`);
      t.equal(answer.headers.get('access-control-allow-origin'), origin);
      t.equal(answer.headers.get('access-control-allow-methods'), 'POST');
      t.match(answer.headers.get('access-control-allow-headers'), /content-type, accept, mcp-protocol-version/);
      const listed = await tools(origin);
      t.equal(listed.status, 200, `${CORS_ORIGIN}: ${origin} may call`);
      t.equal(listed.headers.get('access-control-allow-origin'), origin, 'and read the answer');
      t.match(listed.headers.get('vary') ?? '', /Origin/);
    }
    t.equal((await tools('http://localhost:6275')).status, 403, `${CORS_ORIGIN}: an unlisted origin may not`);
    t.equal((await preflight('https://rest.example')).status, 403, `${CORS_ORIGIN}: nor may a REST origin`);
  }
  const { mcpUrl } = await listening(t);
  const preflight = await fetch(mcpUrl, { method: 'OPTIONS', headers: { origin: 'http://localhost:6274', 'access-control-request-method': 'POST' } });
  t.equal(preflight.status, 403, 'by default, no origin');
});

t.test('/mcp counts against the same rate limit as REST', async (t) => {
  const { address, mcpUrl } = await listening(t, { RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW: '1 minute' });
  t.equal((await fetch(new URL('/v1/articles', address))).status, 200);
  const client = await httpClient(t, mcpUrl); // initialize and its notification: two requests
  const limited = await client.listTools().then(
    () => null,
    (error: Error) => error,
  );
  t.match(limited?.message ?? '', /429/, 'the fourth request of the window is refused');
});

t.test('MCP_ALLOWED_ORIGINS is validated like the other variables', async (t) => {
  t.equal(loadConfig({}).MCP_ALLOWED_ORIGINS, '', 'no origin by default');
  t.equal(loadConfig({ MCP_ALLOWED_ORIGINS: 'http://localhost:6274,https://a.example' }).MCP_ALLOWED_ORIGINS, 'http://localhost:6274,https://a.example');
  t.throws(
    () => loadConfig({ MCP_ALLOWED_ORIGINS: '*' }),
    new ConfigError(['MCP_ALLOWED_ORIGINS must be a comma-separated list of origins like http://localhost:6274, or empty, got "*"']),
  );
});
