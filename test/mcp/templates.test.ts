/**
 * The MCP `find_by_template` tool through the SDK's client: it answers what /v1/templates/{name}
 * answers, with or without a parameter filter, page after page; a bad filter or an unknown template
 * is a tool error with the REST problem's words.
 */
import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { buildTestDatabase } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';
import { call as callTool, httpClient, textOf } from '../helpers/mcp.js';

const db = openDatabase(buildTestDatabase(t, [join(fixturesDir, 'wikitext', 'templates', 'countries.xml')]), { readonly: true });
const app = await buildApp({ db, config: { SHED_EVENT_LOOP_DELAY: 0 } });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
t.teardown(async () => {
  await app.close();
  db.$client.close();
});
const client = await httpClient(t, new URL('/mcp', address));
const call = (name: string, args: Record<string, unknown>) => callTool(client, name, args);
const rest = async (url: string) => (await app.inject({ method: 'GET', url })).json();

t.test('find_by_template is listed, read-only, with the REST schemas', async (t) => {
  const { tools } = await client.listTools();
  const tool = tools.find((found) => found.name === 'find_by_template');
  t.ok(tool);
  t.equal(tool?.annotations?.readOnlyHint, true);
  t.same(tool?.inputSchema.required, ['name']);
  t.ok(tool?.inputSchema.properties?.param && tool?.inputSchema.properties?.value);
});

t.test('find_by_template answers as /v1/templates/{name}, filtered and paged', async (t) => {
  const first = await call('find_by_template', { name: 'Template:Infobox country', param: 'capital', value: 'FJORDBY', limit: 2 });
  t.notOk(first.isError);
  const expected = await rest('/v1/templates/Infobox_country?param=capital&value=FJORDBY&limit=2');
  t.same(first.structuredContent!.items, expected.items);
  t.same(first.structuredContent!.items.map((item: { title: string }) => item.title), ['Fjordland', 'Norrmark']);
  t.equal(first.structuredContent!.apiUrl, new URL('/v1/templates/Infobox_country?param=capital&value=FJORDBY&limit=2', address).href);
  t.match(textOf(first), /^Template:Infobox country, used by 4 articles \(capital = FJORDBY\):/);
  t.match(textOf(first), /- Norrmark .*\n {2}conventional_long_name=Duchy of Norrmark; capital=FJORDBY/);
  const second = await call('find_by_template', { name: 'Infobox country', param: 'capital', value: 'FJORDBY', limit: 2, cursor: expected.nextCursor });
  t.same(second.structuredContent!.items, (await rest(expected.next)).items);
  t.same(second.structuredContent!.items.map((item: { title: string }) => item.title), ['Sudholm', 'Estavia']);
});

t.test('a bad filter or an unknown template is a tool error', async (t) => {
  const half = await call('find_by_template', { name: 'Infobox country', param: 'capital' });
  t.equal(half.isError, true);
  t.match(textOf(half), /`value` is missing/);
  const citation = await call('find_by_template', { name: 'Cite web', param: 'publisher', value: 'Example Press' });
  t.equal(citation.isError, true);
  t.match(textOf(citation), /citation template/);
  const missing = await call('find_by_template', { name: 'Nowhere' });
  t.equal(missing.isError, true);
  t.match(textOf(missing), /No article transcludes a template named "Nowhere"/);
});
