/**
 * /v1/citations: every citation of the fixtures with its article, sections and parsed fields, the
 * filters and their pagination, and malformed cursors and FTS-hostile input answered without a 5xx.
 */
import t from 'tap';
import { fold } from '../../src/document/text.js';
import { titleSlug } from '../../src/document/titles.js';
import type { CitationHit } from '../../src/api/wire/citations.js';
import { compareGraded, loadAllFixtures, loadSeed } from '../helpers/expected.js';
import { assertProblem, key, keys, overFixtures } from '../helpers/citations.js';

const fixtures = loadAllFixtures();
const seed = loadSeed();

const { get, walk } = await overFixtures(t);

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
