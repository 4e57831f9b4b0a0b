import t, { type Test } from 'tap';
import type { Article } from '../../src/api/wire/articles.js';
import { buildTestApp } from '../helpers/app.js';
import { compareGraded, loadAllFixtures } from '../helpers/expected.js';

const fixtures = loadAllFixtures();
const app = await buildTestApp(t);

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

function assertProblem(t: Test, response: Awaited<ReturnType<typeof get>>, status: number) {
  t.equal(response.statusCode, status, `status ${status}`);
  t.match(response.headers['content-type'], /^application\/problem\+json/, 'problem+json');
  const body = response.json();
  t.match(body, { type: String, title: String, status, detail: String, instance: String }, 'RFC 9457 members');
  return body;
}

/** The API's article in the shape of the expected decompositions. */
function project(article: Article) {
  return {
    title: article.title,
    site: article.site?.name ?? null,
    redirectedFrom: article.redirectedFrom ?? null,
    infobox: article.infobox && {
      title: article.infobox.title,
      fields: article.infobox.fields.map(({ label, text, values }) => ({ label, text, ...(values ? { values } : {}) })),
    },
    sections: article.sections.map((section) => ({
      title: section.title,
      level: section.level,
      paragraphs: section.paragraphs.length,
      hatnotes: section.hatnotes.filter((h) => h.kind === 'see-also' || h.kind === 'main'),
      citationNumbers: section.citations,
    })),
    citations: article.citations,
  };
}

t.test('every fixture through the API matches its expected decomposition', async (t) => {
  for (const fixture of fixtures) {
    const asked = fixture.expected.redirectedFrom ?? fixture.expected.title;
    const response = await get(`/v1/articles/${encodeURIComponent(asked)}`);
    t.equal(response.statusCode, 200, `${fixture.name}: 200`);
    const article = response.json() as Article;
    const { links, ambiguous, ...expected } = fixture.expected;
    const { differences, graded } = compareGraded(expected, project(article), ambiguous);
    t.same(differences, [], `${fixture.name}: ${graded} graded fields match`);
    t.equal(article.links.length, links.length, `${fixture.name}: links`);
    t.same(article.redirects, fixture.expected.redirectedFrom ? [fixture.expected.redirectedFrom] : []);
    t.ok(article.summary && !/\[\d+\]/.test(article.summary), 'summary without markers');
  }
});

t.test('the seed article by its redirect "October Revolution": one round trip', async (t) => {
  const response = await get('/v1/articles/October%20Revolution');
  t.equal(response.statusCode, 200);
  const article = response.json() as Article;
  t.equal(article.title, 'Russian revolution of 1917');
  t.equal(article.redirectedFrom, 'October Revolution');
  t.equal(response.headers['content-location'], '/v1/articles/Russian_revolution_of_1917');
  t.equal(response.headers.link, '</v1/articles/Russian_revolution_of_1917>; rel="canonical"');
  t.same(article.site, { name: 'ProleWiki', tagline: 'the proletarian encyclopedia' });
  t.same(article.infobox?.fields[0], { key: 'date', label: 'Date', text: 'November 7th, 1917', date: '1917-11-07', value: { type: 'date', date: '1917-11-07', precision: 'day' } });
  t.same(article.infobox?.fields[3]?.values, ['Bolsheviks', 'Russian Republic']);
  const petrograd = article.sections.find((s) => s.title === 'Revolution in Petrograd')!;
  t.same(petrograd.paragraphs[0]?.citations, [1], 'paragraph citation uses');
  t.equal(petrograd.anchor, 'Revolution_in_Petrograd');
  const first = article.citations[0]!;
  t.match(first, { n: 1, authors: ['Vijay Prashad'], year: 2017, title: 'Red Star over the Third World', chapter: 'Red October', pages: 'p. 30', place: 'New Delhi', publisher: 'LeftWord Books', format: 'PDF' });
  t.type(first.sourceId, 'number');
  t.same(article.links, [{ kind: 'see-also', target: 'February Revolution', exists: false, href: '/v1/articles/February_Revolution', section: 1 }]);
});

t.test('any spelling MediaWiki normalises to the same title', async (t) => {
  for (const spelling of ['Russian_revolution_of_1917', 'russian revolution of 1917', 'Russian%20revolution%20of%201917', '%20Russian__revolution  of_1917 ']) {
    const response = await get(`/v1/articles/${spelling.replace(/ /g, '%20')}/summary`);
    t.equal(response.statusCode, 200, spelling);
    t.equal(response.json().article.title, 'Russian revolution of 1917');
    t.equal(response.headers.link, '</v1/articles/Russian_revolution_of_1917/summary>; rel="canonical"');
  }
  const normalized = await get('/v1/articles/russian_revolution_of_1917');
  t.equal(normalized.json().normalizedFrom, 'russian_revolution_of_1917');
  t.equal(normalized.headers['content-location'], '/v1/articles/Russian_revolution_of_1917');
  const canonical = await get('/v1/articles/Russian_revolution_of_1917');
  t.equal(canonical.headers['content-location'], undefined, 'canonical spelling: no Content-Location');
  t.notOk('normalizedFrom' in canonical.json());
});

t.test('each part on its own', async (t) => {
  const base = '/v1/articles/Republic_of_Valdora';
  const full = (await get(base)).json() as Article;
  t.equal((await get(`${base}/summary`)).json().summary, full.summary);
  t.same((await get(`${base}/infobox`)).json().infobox, full.infobox);
  t.same((await get(`${base}/sections`)).json().sections, full.sections);
  t.same((await get(`${base}/citations`)).json().citations, full.citations);
  t.same((await get(`${base}/redirects`)).json().redirects, ['Valdora']);
  t.same((await get(`${base}/links`)).json().links, full.links);
  t.equal(full.links.find((l) => l.target === 'Valdoran literacy campaign')?.exists, true, 'a link to an imported article exists');
  const byAnchor = (await get(`${base}/sections/Health_care`)).json().section;
  t.equal(byAnchor.title, 'Health care');
  t.same((await get(`${base}/sections/Health%20care`)).json().section, byAnchor, 'anchor with spaces');
  t.same((await get(`${base}/sections/${byAnchor.index}`)).json().section, byAnchor, 'by index');
  t.equal((await get(`${base}/sections/0`)).json().section.level, 0, 'the lead');
  const none = (await get('/v1/articles/Valdoran_literacy_campaign/infobox')).json();
  t.equal(none.infobox, null, 'no infobox is null, not an error');
});

t.test('the source document is byte-identical to what was imported', async (t) => {
  for (const fixture of fixtures) {
    const response = await get(`/v1/articles/${encodeURIComponent(fixture.expected.title)}/source`);
    t.equal(response.statusCode, 200);
    t.match(response.headers['content-type'], /^text\/plain/);
    t.equal(response.body, fixture.source, fixture.name);
  }
});

t.test('pagination: one contract, over more than one page', async (t) => {
  const seen: string[] = [];
  let url: string | null = '/v1/articles?limit=2';
  let pages = 0;
  while (url) {
    const response = await get(url);
    t.equal(response.statusCode, 200);
    const body = response.json() as { items: { title: string; href: string }[]; nextCursor: string | null; next: string | null };
    t.ok(body.items.length <= 2);
    seen.push(...body.items.map((item) => item.title));
    if (body.next) {
      t.equal(response.headers.link, `<${body.next}>; rel="next"`, 'Link header');
      t.match(body.next, /limit=2/, 'next keeps the other parameters');
      t.ok(body.nextCursor);
    } else {
      t.equal(response.headers.link, undefined);
      t.equal(body.nextCursor, null);
    }
    url = body.next;
    pages++;
  }
  t.equal(pages, 3, 'five articles in pages of two');
  t.same([...seen].sort(), fixtures.map((f) => f.expected.title).sort(), 'every article once');
});

t.test('errors are problem+json from one handler', async (t) => {
  const unknown = assertProblem(t, await get('/v1/articles/Russan%20revolution'), 404);
  t.equal(unknown.suggestions[0].title, 'Russian revolution of 1917', 'suggests the closest title');
  t.match(unknown.detail, /Russian revolution of 1917/);
  assertProblem(t, await get('/v1/articles/Nothing_like_anything_here_zzz'), 404);
  const limit = assertProblem(t, await get('/v1/articles?limit=500'), 400);
  t.same(limit.errors, [{ in: 'query', name: 'limit', reason: 'must be <= 100' }]);
  assertProblem(t, await get('/v1/articles?limit=abc'), 400);
  const cursor = assertProblem(t, await get('/v1/articles?cursor=not-a-cursor'), 400);
  t.equal(cursor.errors[0].name, 'cursor');
  assertProblem(t, await get(`/v1/articles?cursor=${Buffer.from('{"a":1}').toString('base64url')}`), 400);
  assertProblem(t, await get('/v1/articles/Republic_of_Valdora/sections/Nowhere'), 404);
  assertProblem(t, await get('/v1/articles/Republic_of_Valdora/sections/999'), 404);
  assertProblem(t, await get(`/v1/articles/${'x'.repeat(600)}`), 400);
  assertProblem(t, await get('/v1/nothing-here'), 404);
});

t.test("an article's citations as CSL-JSON, by format= and by Accept", async (t) => {
  for (const [url, headers] of [
    ['/v1/articles/October_Revolution/citations?format=csl-json', {}],
    ['/v1/articles/October_Revolution/citations', { accept: 'application/vnd.citationstyles.csl+json' }],
  ] as const) {
    const response = await get(url, headers);
    t.equal(response.statusCode, 200);
    t.match(response.headers['content-type'], /^application\/vnd\.citationstyles\.csl\+json/);
    t.match(response.headers.vary, /Accept/);
    const items = response.json();
    t.equal(items.length, 5);
    t.match(items[0], {
      id: 'Russian_revolution_of_1917-1',
      type: 'chapter',
      title: 'Red October',
      'container-title': 'Red Star over the Third World',
      author: [{ family: 'Prashad', given: 'Vijay' }],
      issued: { 'date-parts': [[2017]] },
      publisher: 'LeftWord Books',
      'publisher-place': 'New Delhi',
    });
  }
  const json = await get('/v1/articles/October_Revolution/citations', { accept: 'application/json' });
  t.match(json.headers['content-type'], /^application\/json/);
  t.equal(json.json().citations.length, 5);
});

t.test('a non-finite number is a validation error, not a 500', async (t) => {
  for (const url of ['/v1/articles?limit=Infinity', '/v1/articles?limit=-1e309', '/v1/citations?year=Infinity', '/v1/sources/Infinity']) {
    const body = assertProblem(t, await get(url), 400);
    t.match(body.errors?.[0]?.reason ?? body.detail, /finite|integer|must/, url);
  }
});
