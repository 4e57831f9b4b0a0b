/**
 * /v1/sources: one source a cited work, its citation and article counts, the citing articles page by
 * page, and the same work cited from two articles as one source.
 */
import t, { type Test } from 'tap';
import type { CitationHit } from '../../src/api/wire/citations.js';
import type { Source, SourceListItem } from '../../src/api/wire/sources.js';
import { fixtureInputs } from '../helpers/expected.js';
import { buildTestApp } from '../helpers/app.js';
import { assertProblem, keys, overFixtures, turn } from '../helpers/citations.js';

/** A fresh database from the given inputs, opened read-only, and its app. */
const appOver = (t: Test, inputs: string[]) => buildTestApp(t, { inputs });

const { get, walk } = await overFixtures(t);

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
