/**
 * The MCP category tools over an export with categories: list_categories and get_category answer
 * what /v1/categories and /v1/categories/{name} answer, page after page; an unknown category is a
 * tool error with the REST problem's words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { importDocuments } from '../../src/importer/import.js';
import { mcpOver, textOf } from '../helpers/mcp.js';

const page = (id: number, title: string, text: string) => ({ id, title, revisions: [{ id: 100 + id, timestamp: '2024-05-01T10:00:00Z', text }] });
const pages = [
  page(1, 'Alpha Cooperative', 'The alpha cooperative.\n\n[[Category:Cooperatives|Cooperative, Alpha]]\n[[Category:Farming]]\n'),
  page(2, 'Beta Cooperative', 'The beta cooperative.\n\n[[Category:Cooperatives]]\n'),
  page(3, 'Gamma Mill', 'A mill.\n{{DEFAULTSORT:Mill, Gamma}}\n[[Category:Cooperatives]]\n[[Category:Farming]]\n'),
  page(4, 'Delta Field', 'A field.\n\n{|\n! Crop !! Yield\n|-\n| Rye || 12 &#124; 14\n|}\n[[Category:Farming]]\n[[Category:Land use]]\n'),
];

const dir = t.testdir();
const file = join(dir, 'export.xml');
writeFileSync(file, exportXml('Example Wiki', pages));
const dbPath = join(dir, 'db.sqlite');
importDocuments({ dbPath, inputs: [file] });

const { address, client, call, rest } = await mcpOver(t, dbPath);

t.test('the tools are listed, read-only, with the REST schemas', async (t) => {
  const { tools } = await client.listTools();
  for (const name of ['list_categories', 'get_category']) {
    const found = tools.find((tool) => tool.name === name);
    t.ok(found, `${name} is listed`);
    t.equal(found?.annotations?.readOnlyHint, true);
    t.equal(found?.outputSchema?.type, 'object');
  }
  const get = tools.find((tool) => tool.name === 'get_category')!;
  t.same(get.inputSchema.required, ['name']);
});

t.test('list_categories pages through /v1/categories', async (t) => {
  const first = await call('list_categories', { limit: 2 });
  t.notOk(first.isError);
  const expected = await rest('/v1/categories?limit=2');
  t.same(first.structuredContent!.items, expected.items);
  t.same(first.structuredContent!.items.map((c: { name: string; articles: number }) => [c.name, c.articles]), [['Cooperatives', 3], ['Farming', 3]]);
  t.equal(first.structuredContent!.next, expected.next);
  t.equal(first.structuredContent!.apiUrl, new URL('/v1/categories?limit=2', address).href);
  t.match(textOf(first), /Cooperatives \(3 articles\)/);
  t.match(textOf(first), /cursor "/, 'says how to get more');
  const second = await call('list_categories', { limit: 2, cursor: expected.nextCursor });
  t.same(second.structuredContent!.items, (await rest(expected.next)).items);
  t.same(second.structuredContent!.items.map((c: { name: string }) => c.name), ['Land use']);
  t.equal(second.structuredContent!.nextCursor, null);
});

t.test('get_category lists members by sort key, as /v1/categories/{name}', async (t) => {
  const result = await call('get_category', { name: 'Category:cooperatives', limit: 2 });
  t.notOk(result.isError);
  const expected = await rest('/v1/categories/Cooperatives?limit=2');
  t.same(result.structuredContent!.items, expected.items);
  // By sort key: "Beta Cooperative" (its title), "Cooperative, Alpha" (the link's key), "Mill, Gamma" (DEFAULTSORT).
  t.same(result.structuredContent!.items.map((m: { title: string }) => m.title), ['Beta Cooperative', 'Alpha Cooperative']);
  t.equal(result.structuredContent!.articles, 3);
  t.match(textOf(result), /^Category:Cooperatives, 3 articles:/);
  const rest2 = await call('get_category', { name: 'Cooperatives', limit: 2, cursor: expected.nextCursor });
  t.same(rest2.structuredContent!.items.map((m: { title: string }) => m.title), ['Gamma Mill']);
  t.same(rest2.structuredContent!.items, (await rest(expected.next)).items);
});

t.test('a table reaches REST as rows and MCP as a Markdown table', async (t) => {
  const article = await rest('/v1/articles/Delta_Field');
  const table = article.sections[0].paragraphs.find((p: { kind: string }) => p.kind === 'table');
  t.same(table.rows, [['Crop', 'Yield'], ['Rye', '12 | 14']]);
  const result = await call('get_article', { title: 'Delta Field' });
  t.match(textOf(result), '| Crop | Yield |\n| --- | --- |\n| Rye | 12 \\| 14 |');
});

t.test('an unknown category or a bad limit is a tool error', async (t) => {
  const missing = await call('get_category', { name: 'Nowhere' });
  t.equal(missing.isError, true);
  t.match(textOf(missing), /no category named "Nowhere"/);
  const bad = await call('list_categories', { limit: 0 });
  t.equal(bad.isError, true);
});
