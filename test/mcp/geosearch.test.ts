/**
 * The MCP `geosearch` tool through the SDK's own client over Streamable HTTP, on the places export:
 * it answers what GET /v1/geosearch answers, page after page, says it in readable lines, and a bad
 * argument is a tool error carrying the REST problem.
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';

const app = await buildTestApp(t, { inputs: [join(fixturesDir, 'wikitext', 'places', 'places.xml')] });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
const client = new Client({ name: 'encyclopedia-test', version: '1.0.0' });
await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', address)));
t.teardown(() => client.close());

const call = async (args: Record<string, unknown>) =>
  (await client.callTool({ name: 'geosearch', arguments: args })) as CallToolResult & { structuredContent?: Record<string, any> };
const textOf = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
const rest = async (url: string) => (await app.inject({ method: 'GET', url })).json();

t.test('the tool is listed, read-only, with the REST schema', async (t) => {
  const { tools } = await client.listTools();
  const geosearch = tools.find((tool) => tool.name === 'geosearch');
  t.ok(geosearch, 'listed');
  t.equal(geosearch?.annotations?.readOnlyHint, true);
  t.same(geosearch?.inputSchema.required, ['lat', 'lon']);
  t.match(geosearch?.inputSchema.properties, { lat: { minimum: -90, maximum: 90 }, lon: { minimum: -180, maximum: 180 }, radius: { maximum: 100_000 } });
  t.equal(geosearch?.outputSchema?.type, 'object');
});

t.test('geosearch answers as /v1/geosearch, with the default radius', async (t) => {
  const result = await call({ lat: 59.9, lon: 10.75 });
  t.notOk(result.isError);
  const expected = await rest('/v1/geosearch?lat=59.9&lon=10.75');
  t.same(result.structuredContent!.items, expected.items);
  t.equal(result.structuredContent!.items.length, 7, 'within 10 km');
  t.equal(result.structuredContent!.apiUrl, new URL('/v1/geosearch?lat=59.9&lon=10.75', address).href);
  const text = textOf(result);
  t.match(text, `1. Harbour Hall — 0 m (59.9, 10.75) ${new URL('/v1/articles/Harbour_Hall', address).href}`);
  t.match(text, '4. Two Towers — 2.2 km (59.92, 10.75, mentioned)', 'a place the article mentions says so');
  t.notMatch(text, /cursor "/, 'one page');
});

t.test('pages with the cursor, as REST does', async (t) => {
  const query = 'lat=-16.5&lon=180&radius=20000&limit=1';
  const first = await call({ lat: -16.5, lon: 180, radius: 20_000, limit: 1 });
  const expected = await rest(`/v1/geosearch?${query}`);
  t.same(first.structuredContent!.items, expected.items);
  t.equal(first.structuredContent!.next, expected.next);
  t.match(textOf(first), `cursor "${expected.nextCursor}"`);
  const second = await call({ lat: -16.5, lon: 180, radius: 20_000, limit: 1, cursor: expected.nextCursor });
  t.same(second.structuredContent!.items, (await rest(expected.next)).items);
  t.same(second.structuredContent!.items.map((item: { title: string; distance: number }) => [item.title, item.distance]), [['Date Line West', 10661.6]]);
  t.equal(second.structuredContent!.nextCursor, null);
});

t.test('nothing near: an empty page, said', async (t) => {
  const result = await call({ lat: 0, lon: 0, radius: 100_000 });
  t.same(result.structuredContent!.items, []);
  t.equal(textOf(result), 'No articles within the radius.');
});

t.test('a bad latitude, longitude, radius or cursor is a tool error with the problem', async (t) => {
  for (const [args, name] of [
    [{ lat: 91, lon: 0 }, 'lat'],
    [{ lon: 0 }, 'lat'],
    [{ lat: 0, lon: -180.5 }, 'lon'],
    [{ lat: '59.9', lon: 10 }, 'lat'],
    [{ lat: 0, lon: 0, radius: 100_001 }, 'radius'],
    [{ lat: 0, lon: 0, radius: 0 }, 'radius'],
  ] as const) {
    const result = await call(args);
    t.equal(result.isError, true, JSON.stringify(args));
    t.match(result._meta, { problem: { status: 400, errors: [{ in: 'argument', name }] } }, `${JSON.stringify(args)}: names ${name}`);
  }
  const cursor = await call({ lat: 0, lon: 0, cursor: 'not a cursor' });
  t.equal(cursor.isError, true);
  t.match(textOf(cursor), /Invalid cursor/);
});
