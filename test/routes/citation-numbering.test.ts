/** A paginated bibliography in a numbered style (Vancouver) numbers on across its pages, as one list would: /v1/citations and /v1/sources. */
import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { turn } from '../helpers/citations.js';

const app = await buildTestApp(t);

/** Every page of `url` (following Link: rel="next"), each page's entries' leading numbers. */
async function numbersByPage(url: string): Promise<number[][]> {
  const pages: number[][] = [];
  for (let next: string | null = url; next !== null; ) {
    await turn();
    const response: Awaited<ReturnType<typeof app.inject>> = await app.inject({ method: 'GET', url: next });
    t.equal(response.statusCode, 200, next);
    pages.push([...response.body.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])));
    next = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1] ?? null;
  }
  return pages;
}

for (const list of ['/v1/citations', '/v1/sources']) {
  t.test(`${list}: numbering continues on every page`, async (t) => {
    const pages = await numbersByPage(`${list}?limit=3&format=bibliography&style=vancouver`);
    t.ok(pages.length >= 3, `${pages.length} pages`);
    const all = pages.flat();
    t.same(all, all.map((_, i) => i + 1), 'one numbering, 1 to N, across the pages');
    t.same(pages.map((page) => page.length).slice(0, -1), pages.slice(0, -1).map(() => 3), 'three entries a page');
  });
}

t.test('a cursor without a position (issued before positions) still pages, numbered from 1', async (t) => {
  const first = await app.inject({ method: 'GET', url: '/v1/citations?limit=2' });
  const [id] = JSON.parse(Buffer.from(first.json().nextCursor as string, 'base64url').toString('utf8')) as number[];
  const old = Buffer.from(JSON.stringify([id])).toString('base64url');
  await turn();
  const response = await app.inject({ method: 'GET', url: `/v1/citations?limit=2&cursor=${old}&format=bibliography&style=vancouver` });
  t.equal(response.statusCode, 200);
  t.match(response.body, /^1\. /, 'numbered from 1');
  const json = await app.inject({ method: 'GET', url: `/v1/citations?limit=2&cursor=${old}` });
  t.same(json.json().items.map((hit: { n: number }) => hit.n), (await app.inject({ method: 'GET', url: `/v1/citations?limit=2&cursor=${first.json().nextCursor}` })).json().items.map((hit: { n: number }) => hit.n), 'the same page as the new cursor');
});
