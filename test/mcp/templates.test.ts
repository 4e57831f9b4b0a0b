/**
 * The MCP `find_by_template` tool through the SDK's client: it answers what /v1/templates/{name}
 * answers, with or without a parameter filter, page after page; a bad filter or an unknown template
 * is a tool error with the REST problem's words.
 */
import { join } from 'node:path';
import t from 'tap';
import { buildTestDatabase } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';
import { mcpOver, textOf } from '../helpers/mcp.js';

const { address, client, call, rest } = await mcpOver(t, buildTestDatabase(t, [join(fixturesDir, 'wikitext', 'templates', 'countries.xml')]));

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

t.test('query_infobox answers as /v1/templates/{name}?param=&min=&max=, and names a bad bound', async (t) => {
  const { address: at, call: ask, rest: get } = await mcpOver(t, buildTestDatabase(t, [join(fixturesDir, 'wikitext', 'templates', 'settlements.xml')]));
  const answer = await ask('query_infobox', { name: 'Infobox settlement', param: 'area_total', min: '100km2', max: '300 km2' });
  t.notOk(answer.isError);
  const expected = await get('/v1/templates/Infobox_settlement?param=area_total&min=100km2&max=300%20km2');
  t.same(answer.structuredContent!.items, expected.items);
  t.same(answer.structuredContent!.items.map((item: { title: string }) => item.title), ['Estavik', 'Norrvik', 'Sudholm']);
  t.match(answer.structuredContent!.apiUrl, new URL('/v1/templates/Infobox_settlement?param=area_total', at).href);
  t.match(textOf(answer), /area_total = 259 km2 \{"type":"quantity","number":259,"unit":"km2"\}/);
  const ordered = await ask('query_infobox', { name: 'Infobox settlement', param: 'population_total', limit: 2 });
  t.same(ordered.structuredContent!.items.map((item: { title: string }) => item.title), ['Estavik', 'Norrvik'], 'no bound: in value order');
  const bad = await ask('query_infobox', { name: 'Infobox settlement', param: 'founded', min: '100' });
  t.equal(bad.isError, true);
  t.match(textOf(bad), /"founded" of Infobox settlement holds dates/);
});
