/**
 * The MCP interface driven by the SDK's own client over both transports, Streamable HTTP against the app
 * on a loopback port and stdio against the compiled entry point: each tool is called and held to the
 * REST answer it mirrors, bad arguments are tool errors and a long article pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import t from 'tap';
import type { App } from '../../src/app.js';
import { encodeCursor } from '../../src/api/pagination.js';
import type { Article } from '../../src/api/wire/articles.js';
import { call, httpClient, mcpDatabase, textOf } from '../helpers/mcp.js';
import { LONG_TITLE } from '../helpers/long-article.js';

const root = join(import.meta.dirname, '..', '..');
const stdioJs = join(root, 'dist', 'src', 'mcp', 'stdio.js');
// CI builds before testing (`npm ci` runs `prepare`); a fresh checkout builds here once.
if (!existsSync(stdioJs)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const { dbPath, extraDir, listening } = mcpDatabase(t);

const rest = async (app: App, url: string) => {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};

/** Every page of get_article's text, following the continuations. */
async function allPages(client: Client, args: Record<string, unknown>) {
  const pages: Record<string, any>[] = [];
  let continuation: string | null | undefined;
  do {
    const result = await call(client, 'get_article', { ...args, ...(continuation ? { continuation } : {}) });
    if (result.isError) throw new Error(textOf(result));
    pages.push(result.structuredContent!);
    continuation = result.structuredContent!.continuation;
  } while (continuation && pages.length < 1000);
  return pages;
}

const TOOLS = ['cite_article', 'find_by_template', 'find_citations', 'geosearch', 'get_article', 'get_category', 'get_infobox', 'get_source', 'list_categories', 'query_infobox', 'search'];

t.test('over Streamable HTTP', async (t) => {
  const { app, address, mcpUrl } = await listening(t);
  const client = await httpClient(t, mcpUrl);

  t.test('lists the tools, read-only, with JSON Schema inputs and outputs', async (t) => {
    const { tools } = await client.listTools();
    t.same(tools.map((tool) => tool.name).sort(), TOOLS);
    for (const tool of tools) {
      t.equal(tool.inputSchema.type, 'object', `${tool.name} input`);
      t.equal(tool.outputSchema?.type, 'object', `${tool.name} output`);
      t.ok(tool.description && tool.description.length > 40, `${tool.name} is described`);
      t.equal(tool.annotations?.readOnlyHint, true, `${tool.name} is read-only`);
    }
    // The search tool takes the REST query's own schema.
    const search = tools.find((tool) => tool.name === 'search')!;
    t.same(Object.keys(search.inputSchema.properties ?? {}).sort(), ['cursor', 'in', 'limit', 'q']);
    t.same(search.inputSchema.required, ['q']);
  });

  t.test('search answers what /v1/search answers, page after page', async (t) => {
    for (const scope of ['articles', 'sections', 'citations']) {
      const args = { q: 'revolution', in: scope, limit: 2 };
      const result = await call(client, 'search', args);
      t.notOk(result.isError);
      const expected = await rest(app, `/v1/search?q=revolution&in=${scope}&limit=2`);
      t.same(result.structuredContent!.items, expected.body.items, `${scope}: the same hits, ranking and snippets`);
      t.equal(result.structuredContent!.nextCursor, expected.body.nextCursor);
      t.equal(result.structuredContent!.next, expected.body.next);
      t.equal(result.structuredContent!.apiUrl, new URL(`/v1/search?q=revolution&in=${scope}&limit=2`, address).href);
      for (const hit of expected.body.items) t.match(textOf(result), hit.article.title);
      if (expected.body.nextCursor) {
        const second = await call(client, 'search', { ...args, cursor: expected.body.nextCursor });
        const restSecond = await rest(app, expected.body.next);
        t.same(second.structuredContent!.items, restSecond.body.items, `${scope}: the second page too`);
      }
    }
    const none = await call(client, 'search', { q: 'zzyzxnotaword' });
    t.same(none.structuredContent!.items, []);
    t.match(textOf(none), /No results/);
  });

  t.test('get_infobox answers what /infobox answers', async (t) => {
    const result = await call(client, 'get_infobox', { title: 'October Revolution' });
    const expected = await rest(app, '/v1/articles/October_Revolution/infobox');
    t.same(result.structuredContent!.article, expected.body.article);
    t.same(result.structuredContent!.infobox, expected.body.infobox);
    t.equal(result.structuredContent!.apiUrl, new URL('/v1/articles/Russian_revolution_of_1917/infobox', address).href);
    for (const field of expected.body.infobox.fields) t.match(textOf(result), `${field.label}: ${field.text}`);
  });

  t.test('find_citations answers what /v1/citations answers', async (t) => {
    for (const query of [{ author: 'prashad' }, { publisher: 'press', limit: 2 }, { yearFrom: 1900, yearTo: 1950 }, { article: 'Sokolova' }]) {
      const result = await call(client, 'find_citations', query);
      t.notOk(result.isError, JSON.stringify(query));
      const url = `/v1/citations?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
      const expected = await rest(app, url);
      t.ok(expected.body.items.length > 0, `${url} finds citations`);
      t.same(result.structuredContent!.items, expected.body.items, url);
      t.equal(result.structuredContent!.next, expected.body.next, url);
    }
  });

  t.test('get_source answers what /v1/sources/{id} answers', async (t) => {
    const result = await call(client, 'get_source', { id: 1 });
    const expected = await rest(app, '/v1/sources/1');
    const { apiUrl, ...source } = result.structuredContent!;
    t.same(source, expected.body);
    t.equal(apiUrl, new URL('/v1/sources/1', address).href);
    t.match(textOf(result), expected.body.title);
  });

  t.test('cite_article cites the article itself as /cite does, with its CSL-JSON', async (t) => {
    const result = await call(client, 'cite_article', { title: 'October Revolution', accessed: '2026-03-04' });
    const article = (await rest(app, '/v1/articles/October_Revolution')).body as Article;
    const cited = (await app.inject({ url: '/v1/articles/October_Revolution/cite', headers: { host: new URL(address).host } })).json();
    const { apiUrl, ...answer } = result.structuredContent!;
    t.equal(apiUrl, new URL('/v1/articles/Russian_revolution_of_1917/cite', address).href);
    t.same({ ...answer, accessed: cited.accessed, csl: { ...answer.csl, accessed: cited.csl.accessed } }, cited, 'the REST answer, the access date apart');
    const { csl } = result.structuredContent!;
    t.equal(csl.type, 'entry-encyclopedia');
    t.equal(csl.title, article.title);
    t.equal(csl['container-title'], article.site!.name);
    t.same(csl.author, [{ literal: `${article.site!.name} contributors` }]);
    t.equal(csl.URL, new URL(article.href, address).href, 'the canonical title, not the redirect asked for');
    t.same(csl.accessed, { 'date-parts': [[2026, 3, 4]] });
    t.equal(csl.version, article.contentHash.slice(0, 12));
    t.match(textOf(result), `${article.site!.name} contributors. "${article.title}"`);
    const today = await call(client, 'cite_article', { title: 'Republic of Valdora' });
    const [year, month, day] = new Date().toISOString().slice(0, 10).split('-').map(Number);
    t.same(today.structuredContent!.csl.accessed, { 'date-parts': [[year, month, day]] }, 'accessed today by default');
  });

  t.test('get_article and the REST article hold the same content', async (t) => {
    for (const title of ['October Revolution', 'Agrafena Sokolova', 'Republic of Valdora']) {
      const article = (await rest(app, `/v1/articles/${encodeURIComponent(title)}`)).body as Article;
      const [page, ...more] = await allPages(client, { title, maxChars: 100_000 });
      t.equal(more.length, 0, `${title}: one page at 100,000 characters`);
      t.same(page!.article, { title: article.title, slug: article.slug, href: article.href, ...(article.redirectedFrom ? { redirectedFrom: article.redirectedFrom } : {}) });
      t.same(page!.sections, article.sections.map(({ index, anchor, title }) => ({ index, anchor, title })));
      // Every piece of the REST article is in the text, in document order, and nothing else is.
      let remaining: string = page!.text;
      const take = (piece: string, what: string) => {
        const at = remaining.indexOf(piece);
        t.ok(at >= 0, `${title}: ${what} in order`);
        if (at < 0) return;
        // Between the pieces: only Markdown, hatnote labels and the references heading.
        t.match(remaining.slice(0, at), /^(\s|#|\*|-|,|:|See also|Main article|Further information|About|Redirect|References)*$/, `${title}: nothing else before ${what}`);
        remaining = remaining.slice(at + piece.length);
      };
      take(`# ${article.title}`, 'the title');
      for (const section of article.sections) {
        if (section.index > 0 && section.title) take(section.title, `heading "${section.title}"`);
        for (const hatnote of section.hatnotes) for (const target of hatnote.targets) take(target, `hatnote ${target}`);
        for (const paragraph of section.paragraphs) {
          for (const line of paragraph.items ?? [paragraph.text]) take(line, `paragraph "${line.slice(0, 30)}"`);
          take(paragraph.citations.map((n) => `[${n}]`).join(''), 'its reference numbers');
        }
      }
      for (const citation of article.citations) take(`${citation.n}. ${citation.text}`, `reference ${citation.n}`);
      t.equal(remaining.trim(), '', `${title}: nothing after the references`);
      t.same(
        page!.references.map((r: { n: number }) => r.n),
        article.citations.map((c) => c.n),
        'the references of the page are the article\'s',
      );
    }
    // One section: the REST section's paragraphs, and the references it cites.
    const section = (await rest(app, '/v1/articles/October_Revolution/sections/Revolution_in_Petrograd')).body;
    const [one] = await allPages(client, { title: 'October Revolution', section: 'Revolution in Petrograd' });
    t.same(one!.section, { index: section.section.index, anchor: section.section.anchor, title: section.section.title });
    t.equal(one!.apiUrl, new URL('/v1/articles/Russian_revolution_of_1917/sections/Revolution_in_Petrograd', address).href);
    for (const paragraph of section.section.paragraphs) t.match(one!.text, paragraph.text);
    t.same(one!.references.map((r: { n: number }) => r.n), section.section.citations);
  });

  t.test('a long article comes in pages that add up to the whole text', async (t) => {
    const [whole] = await allPages(client, { title: LONG_TITLE, maxChars: 100_000 });
    const pages = await allPages(client, { title: LONG_TITLE, maxChars: 2_000 });
    t.ok(pages.length >= 5, `${pages.length} pages`);
    t.equal(pages.map((page) => page.text).join('\n\n'), whole!.text, 'the pages, joined, are the whole text');
    pages.forEach((page, i) => {
      t.equal(page.page, i + 1);
      t.equal(page.pages, pages.length);
      t.ok(page.text.length <= 2_000, `page ${i + 1} is ${page.text.length} characters`);
    });
    t.equal(pages.at(-1)!.continuation, null);
    const first = await call(client, 'get_article', { title: LONG_TITLE, maxChars: 2_000 });
    t.match(textOf(first), /\[Page 1 of \d+: call again with continuation "/, 'the text says how to go on');

    const foreign = await call(client, 'get_article', { title: 'Republic of Valdora', continuation: pages[0]!.continuation });
    t.equal(foreign.isError, true, "another article's continuation is a tool error");
    t.match(textOf(foreign), /another article, section or version/);
    const version = ((await rest(app, `/v1/articles/${encodeURIComponent(LONG_TITLE)}`)).body as Article).contentHash.slice(0, 16);
    const beyond = await call(client, 'get_article', { title: LONG_TITLE, continuation: encodeCursor([version, -1, 999, 2_000]) });
    t.equal(beyond.isError, true, 'a continuation past the last page is a tool error');
    t.match(textOf(beyond), `The text has ${pages.length} pages; the continuation asks for page 1000.`);
    const garbage = await call(client, 'get_article', { title: LONG_TITLE, continuation: 'not-a-token' });
    t.equal(garbage.isError, true);
    t.match(textOf(garbage), /malformed/);
  });

  t.test('bad arguments are tool errors carrying the problem', async (t) => {
    const cases: [string, Record<string, unknown>, RegExp, number][] = [
      ['search', { q: '' }, /argument "q" must not have fewer than 1 characters/, 400],
      ['search', {}, /argument "q" is required/, 400],
      ['search', { q: 'x', limit: 500 }, /argument "limit" must be <= 100/, 400],
      ['search', { q: 'x', in: 'everything' }, /argument "in"/, 400],
      ['search', { q: '-valdora' }, /no positive term|at least one/i, 400],
      ['search', { q: 'valdora', cursor: '!!' }, /cursor is malformed/, 400],
      ['get_article', { title: 'Octobr Revolution' }, /no article titled "Octobr Revolution"\. Closest titles: .*Russian revolution of 1917/, 404],
      ['get_article', { title: 'Republic of Valdora', section: 'Nowhere' }, /has no section "Nowhere"/, 404],
      ['get_article', { title: 'Republic of Valdora', maxChars: 10 }, /argument "maxChars" must be >= 500/, 400],
      ['get_infobox', { title: 42 }, /argument "title"/, 400],
      ['find_citations', { yearFrom: 1950, yearTo: 1900 }, /yearFrom \(1950\) is after yearTo \(1900\)/, 400],
      ['find_citations', { author: '!!!' }, /contains no letters or digits/, 400],
      ['find_citations', { article: 'No such article' }, /no article titled/, 404],
      ['get_source', { id: 'one' }, /argument "id"/, 400],
      ['get_source', { id: 999999 }, /no source with id 999999/, 404],
      ['cite_article', { title: 'Republic of Valdora', accessed: 'yesterday' }, /argument "accessed"/, 400],
    ];
    for (const [name, args, detail, status] of cases) {
      const result = await call(client, name, args);
      t.equal(result.isError, true, `${name} ${JSON.stringify(args)} is a tool error`);
      t.match(textOf(result), detail, `${name} ${JSON.stringify(args)}: the detail`);
      t.equal((result._meta?.problem as { status?: number })?.status, status, `${name}: the problem's status`);
    }
    await t.rejects(client.callTool({ name: 'delete_everything', arguments: {} }), /Unknown tool/, 'an unknown tool is a protocol error');
  });

  t.test('article resources', async (t) => {
    const { resourceTemplates } = await client.listResourceTemplates();
    t.same(resourceTemplates.map((r) => r.uriTemplate), ['article://{title}']);
    const listed = await client.listResources();
    t.ok(listed.resources.some((r) => r.uri === 'article://Russian_revolution_of_1917' && r.name === 'Russian revolution of 1917'));
    const read = await client.readResource({ uri: 'article://October_Revolution' });
    const [whole] = await allPages(client, { title: 'October Revolution', maxChars: 100_000 });
    t.equal((read.contents[0] as { text?: string }).text, whole!.text, 'the resource is the whole readable text');
    t.equal(read.contents[0]!.mimeType, 'text/markdown');
    await t.rejects(client.readResource({ uri: 'article://No_such_thing' }), /no article titled/);
    await t.rejects(client.readResource({ uri: 'wiki://Valdora' }), /resources are article:\/\/\{title\}/);
    await t.rejects(client.listResources({ cursor: '!!' }), /cursor is malformed/);
    const complete = (value: string) => client.complete({ ref: { type: 'ref/resource', uri: 'article://{title}' }, argument: { name: 'title', value } });
    for (const prefix of ['oct', 'valdora', 'Four-y']) {
      const titles = (await rest(app, `/v1/titles?prefix=${encodeURIComponent(prefix)}`)).body.items.map((item: { title: string }) => item.title);
      t.ok(titles.length > 0, `/v1/titles completes "${prefix}"`);
      t.same((await complete(prefix)).completion.values, titles, `the title of article://{title} completes "${prefix}" as /v1/titles does`);
    }
    t.same((await complete('*')).completion.values, [], 'nothing to complete');
    t.same((await client.complete({ ref: { type: 'ref/prompt', name: 'x' }, argument: { name: 'title', value: 'oct' } })).completion.values, []);
    const second = await client.listResources({ cursor: encodeCursor(['republic of valdora']) });
    t.ok(second.resources.every((r) => r.name > 'Republic of Valdora'), 'the list pages by title');
  });
});

t.test('over stdio, the compiled entry point', async (t) => {
  const transport = new StdioClientTransport({ command: process.execPath, args: [stdioJs, '--db', dbPath, '--base-url', 'http://localhost:3000'], stderr: 'pipe' });
  const client = new Client({ name: 'encyclopedia-test', version: '1.0.0' });
  await client.connect(transport);
  t.teardown(() => client.close());
  const { tools } = await client.listTools();
  t.same(tools.map((tool) => tool.name).sort(), TOOLS);
  const result = await call(client, 'get_infobox', { title: 'October Revolution' });
  t.equal(result.structuredContent!.apiUrl, 'http://localhost:3000/v1/articles/Russian_revolution_of_1917/infobox');
  t.equal(result.structuredContent!.infobox.template, 'military conflict');
  const pages = await allPages(client, { title: LONG_TITLE, maxChars: 3_000 });
  t.ok(pages.length >= 3, `the long article in ${pages.length} pages`);
  const bad = await call(client, 'search', { q: 'x', limit: 0 });
  t.equal(bad.isError, true);
  t.match(textOf(bad), /argument "limit" must be >= 1/);
  const search = await call(client, 'search', { q: 'literacy' });
  t.ok(search.structuredContent!.items.length > 0);
});

t.test('the stdio entry point refuses bad usage and a missing database', async (t) => {
  const run = (args: string[]) => {
    try {
      execFileSync(process.execPath, [stdioJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      return { status: 0, stderr: '' };
    } catch (error) {
      const failed = error as { status: number; stderr: Buffer };
      return { status: failed.status, stderr: failed.stderr.toString() };
    }
  };
  const unknown = run(['--dbb', dbPath]);
  t.equal(unknown.status, 2);
  t.match(unknown.stderr, /usage:/);
  t.equal(run(['--db', dbPath, '--base-url', 'ftp://x']).status, 2);
  const missing = run(['--db', join(extraDir, 'missing.db')]);
  t.equal(missing.status, 1);
  t.match(missing.stderr, /could not open .*missing\.db/);
});
