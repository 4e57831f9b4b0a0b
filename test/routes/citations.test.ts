import { join } from 'node:path';
import t, { type Test } from 'tap';
import { fold } from '../../src/document/text.js';
import { titleSlug } from '../../src/document/titles.js';
import type { CslItem } from '../../src/api/wire/csl.js';
import type { CitationHit } from '../../src/api/wire/citations.js';
import type { Redirect } from '../../src/api/wire/redirects.js';
import type { Source, SourceListItem } from '../../src/api/wire/sources.js';
import { compareGraded, fixtureInputs, loadAllFixtures, loadSeed } from '../helpers/expected.js';
import { buildTestApp } from '../helpers/app.js';

const CSL = 'application/vnd.citationstyles.csl+json';
const fixtures = loadAllFixtures();
const seed = loadSeed();

/** A fresh database from the given inputs, opened read-only, and its app. */
const appOver = (t: Test, inputs: string[]) => buildTestApp(t, { inputs });

type App = Awaited<ReturnType<typeof appOver>>;
type Response = Awaited<ReturnType<App['inject']>>;

const app = await appOver(t, fixtureInputs);

/**
 * Lets the event loop turn before each request: back-to-back inject() calls never reach the timers
 * phase, which @fastify/under-pressure reads as a blocked loop and answers 503.
 */
const turn = () => new Promise((resolve) => setImmediate(resolve));
async function get(url: string, headers: Record<string, string> = {}) {
  await turn();
  return app.inject({ method: 'GET', url, headers });
}

function assertProblem(t: Test, response: Response, status: number) {
  t.equal(response.statusCode, status, `status ${status}`);
  t.match(response.headers['content-type'], /^application\/problem\+json/, 'problem+json');
  const body = response.json();
  t.match(body, { type: String, title: String, status, detail: String, instance: String }, 'RFC 9457 members');
  return body as { errors?: { in: string; name: string }[]; detail: string };
}

/** Follows `next` from `url` to the last page; checks the Link header on the way. */
async function walk<T>(t: Test, url: string, via: (url: string) => Promise<Response> = get): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  for (let next: string | null = url; next !== null; ) {
    const response = await via(next);
    t.equal(response.statusCode, 200, `${next}: 200`);
    const body = response.json() as { items: T[]; nextCursor: string | null; next: string | null };
    items.push(...body.items);
    pages += 1;
    if (body.next === null) {
      t.equal(body.nextCursor, null, 'no cursor on the last page');
      t.notOk(response.headers.link, 'no Link on the last page');
    } else {
      t.equal(response.headers.link, `<${body.next}>; rel="next"`, 'Link: rel="next"');
      t.ok(body.next.includes(`cursor=${body.nextCursor}`), 'next carries the cursor');
    }
    next = body.next;
    if (pages > 100) throw new Error('pagination does not end');
  }
  return { items, pages };
}

const key = (hit: { article: { title: string }; n: number }) => `${hit.article.title}#${hit.n}`;
const keys = (hits: CitationHit[]) => hits.map(key).sort();

/** Every expected citation of the fixtures, with its article and the paths the fixture leaves ambiguous. */
const expectedCitations = fixtures.flatMap((fixture) =>
  fixture.expected.citations.map((citation, i) => ({
    article: fixture.expected.title,
    n: citation.n as number,
    citation,
    ambiguous: fixture.expected.ambiguous.filter((a) => a.startsWith(`citations[${i}].`)).map((a) => a.slice(`citations[${i}].`.length)),
    sections: fixture.expected.sections.flatMap((section, index) => (section.citationNumbers.includes(citation.n as number) ? [{ index, title: section.title }] : [])),
  })),
);
const expectedKeys = (predicate: (citation: Record<string, unknown>) => boolean) =>
  expectedCitations.filter((e) => predicate(e.citation)).map((e) => `${e.article}#${e.n}`).sort();
const hasWord = (value: unknown, prefix: string) => typeof value === 'string' && fold(value).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(prefix));

t.test('no filters: every citation, paginated, each with its article, sections and parsed fields', async (t) => {
  const { items, pages } = await walk<CitationHit>(t, '/v1/citations?limit=2');
  t.ok(pages > 2, `${pages} pages`);
  t.equal(items.length, expectedCitations.length, 'all citations seen');
  t.equal(new Set(items.map(key)).size, items.length, 'no duplicates');
  t.same(keys(items), expectedCitations.map((e) => `${e.article}#${e.n}`).sort(), 'the fixtures’ citations');
  for (const hit of items) {
    const expected = expectedCitations.find((e) => e.article === hit.article.title && e.n === hit.n)!;
    const { differences } = compareGraded(expected.citation, hit, expected.ambiguous);
    t.same(differences, [], `${key(hit)}: graded fields`);
    t.same(hit.article, { title: hit.article.title, slug: titleSlug(hit.article.title), href: `/v1/articles/${titleSlug(hit.article.title)}` });
    t.same(hit.sections.map((s) => ({ index: s.index, title: s.title })), expected.sections, `${key(hit)}: the sections citing it`);
  }
  const single = await get('/v1/citations?limit=100');
  t.same(single.json().items, items, 'the same items as one page');
});

t.test('author: case and diacritics ignored, words as prefixes', async (t) => {
  const upper = (await get('/v1/citations?author=PRASHAD')).json().items as CitationHit[];
  t.equal(upper.length, 1);
  const [hit] = upper;
  t.match(hit, { ...seed.expected.citations[0], article: { title: 'Russian revolution of 1917', slug: 'Russian_revolution_of_1917' } });
  t.same(hit!.sections, [{ index: 2, anchor: 'Revolution_in_Petrograd', title: 'Revolution in Petrograd' }]);

  for (const asked of ['ibanez', 'Ibáñez', 'IBANEZ', 'ibá', 'andrés ibáñez jr']) {
    const hits = (await get(`/v1/citations?author=${encodeURIComponent(asked)}`)).json().items as CitationHit[];
    t.same(keys(hits), ['Republic of Valdora#4'], `author=${asked}`);
    t.same(hits[0]!.authors, ['Andrés M. Ibáñez Jr.']);
  }
  const diaz = (await get('/v1/citations?author=diaz')).json().items as CitationHit[];
  t.same(keys(diaz), expectedKeys((c) => (c.authors as string[]).some((a) => hasWord(a, 'diaz'))), 'author=diaz finds every Díaz');
  t.ok(diaz.length >= 2);
  t.same((await get('/v1/citations?author=prashad%20vijay')).json().items.length, 1, 'word order does not matter');
  t.same((await get('/v1/citations?author=prashadx')).json().items, [], 'no match');
});

t.test('title, publisher, q, year, yearFrom/yearTo and article filters', async (t) => {
  const keysOf = async (url: string) => keys((await walk<CitationHit>(t, url)).items);
  t.same(await keysOf('/v1/citations?title=red%20star'), ['Russian revolution of 1917#1']);
  t.same(await keysOf('/v1/citations?title=RED%20STAR&author=prashad&publisher=leftword&year=2017'), ['Russian revolution of 1917#1']);
  t.same(await keysOf('/v1/citations?title=campaña'), expectedKeys((c) => hasWord(c.title, 'campana')), 'title=campaña');
  t.same(await keysOf('/v1/citations?publisher=LeftWord'), ['Russian revolution of 1917#1']);
  t.same(await keysOf('/v1/citations?publisher=university%20press&limit=2'), expectedKeys((c) => hasWord(c.publisher, 'university') && hasWord(c.publisher, 'press')));
  t.same(await keysOf('/v1/citations?q=leninism'), ['Russian revolution of 1917#4']);
  t.same(await keysOf('/v1/citations?q=Wikisource'), expectedKeys((c) => hasWord(c.text, 'wikisource')), 'q=Wikisource: the notes');
  t.same(await keysOf('/v1/citations?year=2017'), expectedKeys((c) => c.year === 2017), 'year=2017');
  t.same(await keysOf('/v1/citations?yearFrom=1900&yearTo=1950'), expectedKeys((c) => typeof c.year === 'number' && c.year >= 1900 && c.year <= 1950));
  t.same(await keysOf('/v1/citations?yearFrom=2015&limit=2'), expectedKeys((c) => typeof c.year === 'number' && c.year >= 2015));
  t.same(await keysOf('/v1/citations?yearTo=1960&limit=3'), expectedKeys((c) => typeof c.year === 'number' && c.year <= 1960));
  t.same(await keysOf('/v1/citations?yearFrom=1963&yearTo=1963'), expectedKeys((c) => c.year === 1963), 'a one-year range');
  t.same(await keysOf('/v1/citations?q=calvera&yearTo=1963'), expectedKeys((c) => hasWord(c.text, 'calvera') && typeof c.year === 'number' && c.year <= 1963));

  const seedKeys = seed.expected.citations.map((c) => `Russian revolution of 1917#${c.n}`).sort();
  for (const asked of ['October Revolution', 'October_Revolution', 'Russian revolution of 1917', 'russian_revolution_of_1917']) {
    t.same(await keysOf(`/v1/citations?article=${encodeURIComponent(asked)}&limit=2`), seedKeys, `article=${asked}`);
  }
  t.same(await keysOf('/v1/citations?article=sokolova&year=1957'), ['Agrafena Sokolova#2'], 'article (redirect) and year');
  t.same(
    await keysOf('/v1/citations?article=Valdoran%20literacy%20campaign&q=calvera&limit=2'),
    expectedKeys((c) => hasWord(c.text, 'calvera')).filter((k) => k.startsWith('Valdoran literacy campaign#')),
    'article and words',
  );

  const unknown = assertProblem(t, await get('/v1/citations?article=No%20such%20article'), 404);
  t.match(unknown.errors, [{ in: 'query', name: 'article' }]);
  const range = assertProblem(t, await get('/v1/citations?yearFrom=2000&yearTo=1990'), 400);
  t.same(range.errors?.map((e) => e.name), ['yearFrom', 'yearTo'], 'names both parameters');
  t.match(range.detail, /yearFrom/);
  t.match(range.detail, /yearTo/);
  assertProblem(t, await get('/v1/citations?year=abc'), 400);
  assertProblem(t, await get('/v1/citations?limit=0'), 400);
  assertProblem(t, await get('/v1/citations?limit=101'), 400);
  assertProblem(t, await get('/v1/citations?format=xml'), 400);
});

t.test('pagination with filters: keyset on the FTS rowid and on the article', async (t) => {
  for (const url of ['/v1/citations?q=the&limit=2', '/v1/citations?publisher=press&limit=1', '/v1/citations?article=Valdoran_literacy_campaign&limit=3', '/v1/citations?yearFrom=1950&yearTo=2020&limit=4']) {
    const { items, pages } = await walk<CitationHit>(t, url);
    const all = (await get(url.replace(/limit=\d+/, 'limit=100'))).json().items as CitationHit[];
    t.ok(pages > 1, `${url}: ${pages} pages`);
    t.same(items.map(key), all.map(key), `${url}: the same items in the same order as one page`);
    t.equal(new Set(items.map(key)).size, items.length, `${url}: no duplicates`);
  }
});

t.test('malformed cursors are 400 problems', async (t) => {
  const garbage = ['not-a-cursor!', 'zzz', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{}').toString('base64url'), 'x'.repeat(513)];
  for (const cursor of garbage) {
    for (const path of ['/v1/citations', '/v1/sources', '/v1/redirects']) {
      const body = assertProblem(t, await get(`${path}?cursor=${encodeURIComponent(cursor)}`), 400);
      t.match(body.errors, [{ in: 'query', name: 'cursor' }]);
    }
  }
  // A cursor of another list's shape: numbers for citations and sources, a string for redirects.
  const word = Buffer.from('["x"]').toString('base64url');
  assertProblem(t, await get(`/v1/citations?cursor=${word}`), 400);
  assertProblem(t, await get(`/v1/sources?cursor=${word}`), 400);
  assertProblem(t, await get(`/v1/redirects?cursor=${Buffer.from('[2]').toString('base64url')}`), 400);
});

t.test('FTS-hostile input never gives a 5xx', async (t) => {
  const hostile = [
    '"', '""', '*', '**', 'AND', 'OR', 'NOT', 'a AND', 'AND b', 'NEAR(', 'NEAR("a" "b", 2)', '{}', '{authors}: x', '{title text}',
    '^a', 'a:b', ':', "'", '(', ')', '()', '-', '+', 'a - b', '"unterminated', 'prashad"*) OR {text} : ("a', '\u0000', '\ud83d\ude00', 'red \ud83d\ude00 star',
    '٣', 'ǅ', '\u0301', 'x'.repeat(2000), 'ab '.repeat(666), 'a'.repeat(199),
  ];
  for (const value of hostile) {
    for (const name of ['author', 'title', 'publisher', 'q']) {
      const response = await get(`/v1/citations?${name}=${encodeURIComponent(value)}`);
      t.ok(response.statusCode === 200 || response.statusCode === 400, `${name}=${JSON.stringify(value.slice(0, 40))}: ${response.statusCode}`);
      if (response.statusCode === 400) assertProblem(t, response, 400);
      else t.ok(Array.isArray(response.json().items));
    }
    const sources = await get(`/v1/sources?q=${encodeURIComponent(value)}`);
    t.ok(sources.statusCode === 200 || sources.statusCode === 400, `sources q: ${sources.statusCode}`);
    for (const route of ['/v1/citations', '/v1/sources']) {
      for (const name of ['isbn', 'doi']) {
        const response = await get(`${route}?${name}=${encodeURIComponent(value)}`);
        t.ok(response.statusCode === 200 || response.statusCode === 400, `${route} ${name}=${JSON.stringify(value.slice(0, 40))}: ${response.statusCode}`);
        if (response.statusCode === 400) assertProblem(t, response, 400);
      }
    }
    const redirect = await get(`/v1/redirects/${encodeURIComponent(value)}`);
    t.ok(redirect.statusCode === 404 || redirect.statusCode === 400, `redirect: ${redirect.statusCode}`);
    const cite = await get(`/v1/articles/${encodeURIComponent(value)}/cite?format=bibtex`);
    t.ok([200, 400, 404].includes(cite.statusCode), `cite: ${cite.statusCode}`);
    for (const name of ['style', 'locale', 'format']) {
      const formatted = await get(`/v1/citations?limit=2&${name}=${encodeURIComponent(value)}`, { accept: `text/x-bibliography; ${name}=${value.replace(/[^\x20-\x7e]/g, '')}` });
      if (formatted.statusCode === 400) assertProblem(t, formatted, 400);
      else t.equal(formatted.statusCode, 200, `${name}=${JSON.stringify(value.slice(0, 40))}: ${formatted.statusCode}`);
    }
  }
  t.same((await get('/v1/citations?author=red%20%F0%9F%98%80%20')).json().items, [], 'emoji are not words; the rest still searched');
  const noWords = assertProblem(t, await get('/v1/citations?q=%22*%22'), 400);
  t.match(noWords.errors, [{ in: 'query', name: 'q' }]);
  t.equal((await get('/v1/citations?q=')).statusCode, 200, 'an empty parameter is no filter');
  t.equal((await get('/v1/citations?q=')).json().items.length, 20);
});

t.test('CSL-JSON by format= and by Accept', async (t) => {
  const byFormat = await get('/v1/citations?author=prashad&format=csl-json');
  t.equal(byFormat.statusCode, 200);
  t.match(byFormat.headers['content-type'], /^application\/vnd\.citationstyles\.csl\+json/);
  t.match(byFormat.headers.vary, /accept/i);
  const [book] = byFormat.json() as CslItem[];
  t.same(book, {
    id: 'Russian_revolution_of_1917-1',
    type: 'chapter',
    title: 'Red October',
    'container-title': 'Red Star over the Third World',
    author: [{ family: 'Prashad', given: 'Vijay' }],
    issued: { 'date-parts': [[2017]] },
    publisher: 'LeftWord Books',
    'publisher-place': 'New Delhi',
    page: '30',
    medium: 'PDF',
  }, 'a book chapter');

  const byAccept = await get('/v1/citations?article=First%20four-year%20plan', { accept: CSL });
  t.match(byAccept.headers['content-type'], /^application\/vnd\.citationstyles\.csl\+json/);
  const items = byAccept.json() as CslItem[];
  t.equal(items.length, 7);
  t.match(items[4], {
    id: 'Four-year_plans_of_the_Dravian_Union-5',
    type: 'article-journal',
    title: 'Rebuilding the eastern provinces, 1945–1950',
    'container-title': 'Journal of Planned Economies',
    author: [{ family: 'Korsak', given: 'Anna Petrovna' }, { family: 'Whitfield', given: 'James' }],
    issued: { 'date-parts': [[2011]] },
    volume: '44',
    issue: '3',
    page: '211-236',
  }, 'a journal article');
  t.same(items[5], {
    id: 'Four-year_plans_of_the_Dravian_Union-6',
    type: 'webpage',
    title: 'How fast did Dravian industry really grow?',
    'container-title': 'Planning Archive Blog',
    author: [{ family: 'Sorin', given: 'Mikhail' }],
    issued: { 'date-parts': [[2018, 3, 14]] },
    accessed: { 'date-parts': [[2024, 2, 1]] },
    URL: 'https://planning-archive.example.org/2018/03/dravian-growth',
  }, 'a web page');
  t.match(items[3], { type: 'book', author: [{ literal: 'Central Planning Board' }], publisher: String, 'publisher-place': 'Stolberg' }, 'a corporate author');
  t.match(items[6], { type: 'document', note: /Wikisource/ }, 'a note');

  const ibanez = (await get('/v1/citations?author=ibanez&format=csl-json')).json() as CslItem[];
  t.same(ibanez[0]!.author, [{ family: 'Ibáñez', given: 'Andrés M.', suffix: 'Jr.' }]);
  t.equal(ibanez[0]!.edition, '3');

  const paged = await get('/v1/citations?limit=2', { accept: `${CSL}, application/json;q=0.5` });
  t.equal((paged.json() as CslItem[]).length, 2);
  t.match(paged.headers.link, /^<\/v1\/citations\?limit=2&cursor=[\w-]+>; rel="next"$/, 'CSL pages through Link');

  const plain = [
    { accept: 'application/json' },
    { accept: `application/json, ${CSL}` },
    { accept: `${CSL};q=0.5, application/json` },
    { accept: `${CSL};q=0` },
    { accept: `*/*, ${CSL};q=0.1` },
  ];
  for (const headers of plain) {
    const response = await get('/v1/citations?limit=1', headers);
    t.match(response.headers['content-type'], /^application\/json/, `Accept: ${headers.accept} → JSON`);
    t.ok(Array.isArray(response.json().items));
  }
  for (const accept of [CSL, `${CSL}, application/json`, `*/*, ${CSL}`, `text/html, ${CSL};q=0.9`]) {
    const response = await get('/v1/citations?limit=1', { accept });
    t.match(response.headers['content-type'], /^application\/vnd\.citationstyles\.csl\+json/, `Accept: ${accept} → CSL`);
  }
  const explicit = await get('/v1/citations?limit=1&format=json', { accept: CSL });
  t.match(explicit.headers['content-type'], /^application\/json/, 'format=json wins over Accept');
  assertProblem(t, await get('/v1/citations?format=csl-json&article=nope'), 404);
});

t.test('sources: list, detail, counts', async (t) => {
  const { items, pages } = await walk<SourceListItem>(t, '/v1/sources?limit=2');
  t.ok(pages > 2);
  t.equal(new Set(items.map((s) => s.id)).size, items.length, 'no duplicates');
  const citations = (await walk<CitationHit>(t, '/v1/citations?limit=100')).items;
  const cited = citations.filter((c) => c.sourceId !== null);
  t.same(items.map((s) => s.id).sort((a, b) => a - b), [...new Set(cited.map((c) => c.sourceId!))].sort((a, b) => a - b), 'one source per cited work');
  t.equal(items.reduce((sum, s) => sum + s.citationCount, 0), cited.length, 'citation counts add up');
  for (const source of items) t.equal(source.href, `/v1/sources/${source.id}`);

  const prashad = items.find((s) => s.authors.includes('Vijay Prashad'))!;
  t.match(prashad, { title: 'Red Star over the Third World', year: 2017, publisher: 'LeftWord Books', place: 'New Delhi', kind: 'book', citationCount: 1, articleCount: 1 });

  // Cited twice in one article: "Ibid." points to the reference before it.
  const santamaria = (await get('/v1/citations?author=santamaria')).json().items as CitationHit[];
  const speechSource = (await get(`/v1/sources/${santamaria[0]!.sourceId}`)).json() as Source;
  t.match(speechSource, { title: 'Address to the National Congress of Teachers', authors: ['Rosa Elvira Santamaría'], citationCount: 2, articleCount: 1 });
  t.equal(speechSource.articles.length, 1);
  t.match(speechSource.articles[0], { title: 'Valdoran literacy campaign', slug: 'Valdoran_literacy_campaign', href: '/v1/articles/Valdoran_literacy_campaign' });
  t.same(speechSource.articles[0]!.citations.map((c) => c.n), [5, 6]);
  t.match(speechSource.articles[0]!.citations[1], { n: 6, text: 'Ibid.' });
  t.same(speechSource.articles[0]!.sections, [{ index: 1, anchor: 'Background', title: 'Background' }]);

  const filtered = (await get('/v1/sources?author=IBANEZ')).json().items as SourceListItem[];
  t.same(filtered.map((s) => s.authors), [['Andrés M. Ibáñez Jr.']], 'author filter');
  t.same((await get('/v1/sources?title=red%20star&q=leftword')).json().items.map((s: SourceListItem) => s.id), [prashad.id]);

  assertProblem(t, await get('/v1/sources/999999'), 404);
  assertProblem(t, await get('/v1/sources/abc'), 400);
  assertProblem(t, await get('/v1/sources/1.5'), 400);
  assertProblem(t, await get('/v1/sources/0'), 400);
  assertProblem(t, await get('/v1/sources/99999999999999999999999'), 400);
  assertProblem(t, await get('/v1/sources?q=%22'), 400);
});

t.test('sources: the same work cited from two articles is one source', async (t) => {
  const extra = t.testdir({
    'third-world-solidarity.txt': [
      'Third World solidarity',
      '',
      'From ProleWiki, the proletarian encyclopedia',
      'Third World solidarity',
      '',
      'Solidarity with the Third World was a constant theme of Soviet foreign policy after 1917.[1]',
      '',
      'History',
      '',
      'The October Revolution inspired anti-colonial movements across Asia and Africa.[1][2]',
      '',
      '',
      "  1. Vijay Prashad (2017). Red Star over the Third World: 'Red October' (p. 45). [PDF] New Delhi: LeftWord Books.",
      '  2. Vijay Prashad (2017). Red Star over the Third World (p. 52). New Delhi: LeftWord Books.',
      '',
    ].join('\n'),
  });
  const both = await appOver(t, [...fixtureInputs, extra]);
  await turn();
  const hits = (await both.inject({ url: '/v1/citations?author=prashad' })).json().items as CitationHit[];
  t.same(keys(hits), ['Russian revolution of 1917#1', 'Third World solidarity#1', 'Third World solidarity#2']);
  t.equal(new Set(hits.map((h) => h.sourceId)).size, 1, 'one source');
  const source = (await both.inject({ url: `/v1/sources/${hits[0]!.sourceId}` })).json() as Source;
  t.match(source, { title: 'Red Star over the Third World', citationCount: 3, articleCount: 2 });
  t.same(source.articles.map((a) => ({ title: a.title, n: a.citations.map((c) => c.n), sections: a.sections.map((s) => s.title) })), [
    { title: 'Russian revolution of 1917', n: [1], sections: ['Revolution in Petrograd'] },
    { title: 'Third World solidarity', n: [1, 2], sections: [null, 'History'] },
  ]);
  t.equal(source.nextCursor, null, 'one page of articles');

  // The citing articles are paginated: a much-cited work has thousands.
  const first = await both.inject({ url: `/v1/sources/${source.id}?limit=1` });
  const firstPage = first.json() as Source;
  t.same(firstPage.articles.map((a) => a.title), ['Russian revolution of 1917']);
  t.match(firstPage, { citationCount: 3, articleCount: 2, next: `/v1/sources/${source.id}?limit=1&cursor=${firstPage.nextCursor}` });
  t.equal(first.headers.link, `<${firstPage.next}>; rel="next"`);
  const second = (await both.inject({ url: firstPage.next! })).json() as Source;
  t.same(second.articles.map((a) => ({ title: a.title, n: a.citations.map((c) => c.n) })), [{ title: 'Third World solidarity', n: [1, 2] }]);
  t.match(second, { nextCursor: null, next: null, title: 'Red Star over the Third World' });
  assertProblem(t, await both.inject({ url: `/v1/sources/${source.id}?cursor=bad!` }), 400);
  assertProblem(t, await both.inject({ url: `/v1/sources/${source.id}?limit=0` }), 400);

  const listed = (await walk<SourceListItem>(t, '/v1/sources?limit=5', async (url) => (await turn(), both.inject({ url })))).items.find((s) => s.id === source.id);
  t.match(listed, { citationCount: 3, articleCount: 2 });
});

t.test('redirects: list, detail in any spelling, 404', async (t) => {
  const { items, pages } = await walk<Redirect>(t, '/v1/redirects?limit=2');
  t.ok(pages > 1);
  const expected = fixtures
    .filter((f) => f.expected.redirectedFrom)
    .map((f) => ({ from: f.expected.redirectedFrom!, to: f.expected.title, fragment: null, href: `/v1/articles/${titleSlug(f.expected.title)}` }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  t.same(items, expected, 'every redirect, in title order');

  for (const asked of ['October Revolution', 'October_Revolution', 'october_Revolution', ' October  Revolution ']) {
    const response = await get(`/v1/redirects/${encodeURIComponent(asked)}`);
    t.equal(response.statusCode, 200, `${JSON.stringify(asked)}: 200`);
    t.same(response.json(), { from: 'October Revolution', to: 'Russian revolution of 1917', fragment: null, href: '/v1/articles/Russian_revolution_of_1917' });
  }
  assertProblem(t, await get('/v1/redirects/No%20such%20redirect'), 404);
  const article = assertProblem(t, await get('/v1/redirects/Republic%20of%20Valdora'), 404);
  t.match(article.detail, /\/v1\/articles\/Republic_of_Valdora/, 'an article title names the article');
  assertProblem(t, await get(`/v1/redirects/${'x'.repeat(600)}`), 400);
});
