/**
 * /v1/search and /v1/titles over the fixtures: ranking, sections and citations, phrases, prefixes and
 * exclusions, stop words, keyset pagination across tiers, and title completion.
 */
import t, { type Test } from 'tap';
import { fixtureInputs } from '../helpers/expected.js';
import { buildTestApp } from '../helpers/app.js';
import type { Hit, SearchPage } from '../helpers/search.js';

interface Suggestion {
  title: string;
  redirect: boolean;
  target: { title: string; slug: string; href: string };
}

const appOver = (inputs: string[]) => buildTestApp(t, { inputs });

const app = await appOver(fixtureInputs);

async function search(params: Record<string, string | number>) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const response = await app.inject({ url: `/v1/search?${query}` });
  return { response, body: response.json() as SearchPage };
}
const titlesOf = (page: SearchPage) => page.items.map((hit) => hit.article.title);

async function complete(prefix: string, limit?: number) {
  const query = new URLSearchParams({ prefix, ...(limit ? { limit: String(limit) } : {}) });
  const response = await app.inject({ url: `/v1/titles?${query}` });
  return { response, items: (response.json() as { items: Suggestion[] }).items };
}

/** Every page of a search, following `next`. */
async function allPages(t: Test, params: Record<string, string | number>) {
  const pages: SearchPage[] = [];
  let url: string | null = `/v1/search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
  while (url) {
    const response: { statusCode: number; headers: Record<string, unknown>; json(): unknown } = await app.inject({ url });
    t.equal(response.statusCode, 200, url);
    const body = response.json() as SearchPage;
    if (body.next) t.equal(response.headers.link, `<${body.next}>; rel="next"`, 'Link header names the next page');
    else t.notOk(response.headers.link, 'no Link header on the last page');
    pages.push(body);
    url = body.next;
    if (pages.length > 200) throw new Error('runaway pagination');
  }
  return pages;
}

t.test('ranking: a title hit comes before body hits', async (t) => {
  const { response, body } = await search({ q: 'literacy' });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /application\/json/);
  t.equal(body.items[0]!.article.title, 'Valdoran literacy campaign');
  t.equal(body.items[0]!.matchedIn, 'title');
  t.same(body.items[0]!.article, { title: 'Valdoran literacy campaign', slug: 'Valdoran_literacy_campaign', href: '/v1/articles/Valdoran_literacy_campaign' });
  t.ok(body.items.length >= 3, 'body hits follow');
  t.ok(body.items.slice(1).every((hit) => hit.matchedIn === 'section' || hit.matchedIn === 'infobox'));
  t.same(new Set(titlesOf(body)).size, body.items.length, 'one hit per article');
  t.ok(titlesOf(body).includes('Agrafena Sokolova'), '"adult literacy policy" in Sokolova');
  for (const hit of body.items) {
    t.match(hit.snippet, /<mark>literacy<\/mark>/i, `${hit.article.title}: snippet marks the match`);
    t.ok(hit.score > 0);
  }
  const scores = body.items.slice(1).map((hit) => hit.score);
  t.same(scores, [...scores].sort((a, b) => b - a), 'body hits by descending score');

  const redirect = (await search({ q: 'October Revolution' })).body;
  t.equal(redirect.items[0]!.article.title, 'Russian revolution of 1917', 'a redirect title is a title hit');
  t.equal(redirect.items[0]!.matchedIn, 'redirect');
  t.ok(redirect.items[0]!.section, 'shown from its best section');
});

t.test('sections and citations', async (t) => {
  const { body } = await search({ q: 'literacy', in: 'sections' });
  t.ok(body.items.length > 3);
  t.ok(body.items.every((hit) => hit.matchedIn === 'section' && hit.section !== null));
  t.ok(body.items.filter((hit) => hit.article.title === 'Valdoran literacy campaign').length > 1, 'several sections of one article');
  const legacy = body.items.find((hit) => hit.section?.title === 'Legacy');
  t.same(legacy?.section, { index: legacy?.section?.index, anchor: 'Legacy', title: 'Legacy' });

  const citations = (await search({ q: 'alfabetizacion', in: 'citations' })).body;
  t.ok(citations.items.length >= 3, 'diacritics folded: alfabetizacion finds alfabetización');
  for (const hit of citations.items) {
    t.equal(hit.matchedIn, 'citation');
    t.ok(hit.citation && hit.citation.n > 0);
    t.match(hit.citation!.text, /alfabetización/i);
    t.match(hit.snippet, /<mark>alfabetización<\/mark>/i);
  }
  const perez = (await search({ q: 'Ibanez', in: 'citations' })).body;
  t.equal(perez.items.length, 1);
  t.equal(perez.items[0]!.article.title, 'Republic of Valdora');
  t.match(perez.items[0]!.snippet, '<mark>Ibáñez</mark>');
  t.equal(perez.items[0]!.citation!.n, 4);
  t.ok(perez.items[0]!.section, 'the section citing it');

  const republica = (await search({ q: 'republica' })).body;
  t.equal(republica.items[0]?.article.title, 'Republic of Valdora', 'infobox value "República de Valdora"');
  t.equal(republica.items[0]?.matchedIn, 'infobox');
  t.equal(republica.items[0]?.section, null);
  t.equal(republica.items[0]?.snippet, '<mark>República</mark> de Valdora');
});

t.test('phrases, prefixes, exclusions', async (t) => {
  const words = (await search({ q: 'campaign literacy', in: 'sections' })).body;
  const reversed = (await search({ q: '"campaign literacy"', in: 'sections' })).body;
  const phrase = (await search({ q: '"literacy campaign"', in: 'sections' })).body;
  t.ok(words.items.length > 0);
  t.equal(reversed.items.length, 0, 'a phrase keeps its word order');
  t.ok(phrase.items.length > 0 && phrase.items.length <= words.items.length, 'a phrase finds a subset of its words');
  for (const hit of phrase.items) t.match(hit.snippet, /<mark>literacy<\/mark> <mark>campaign<\/mark>|<mark>literacy campaign<\/mark>/i);

  t.equal((await search({ q: 'alfabeti' })).body.items.length, 0, 'without *, a whole word');
  const prefixed = (await search({ q: 'alfabeti*' })).body;
  t.same(titlesOf(prefixed), ['Valdoran literacy campaign'], 'alfabeti* finds Alfabetizando');
  t.match(prefixed.items[0]!.snippet, /<mark>Alfabetizando<\/mark>/);
  t.ok((await search({ q: 'alfabeti*', in: 'citations' })).body.items.length >= 3, 'and alfabetización, alfabetizador, alfabetizados');

  // -word excludes the rows (sections, citations, titles) containing it: with and without the
  // word, a query's hits split in two.
  for (const scope of ['sections', 'citations']) {
    const key = (hit: Hit) => `${hit.article.title}#${hit.section?.index}#${hit.citation?.n}`;
    const all = (await search({ q: 'revolution', in: scope, limit: 100 })).body.items.map(key);
    const without = (await search({ q: 'revolution -valdora', in: scope, limit: 100 })).body.items.map(key);
    const withIt = (await search({ q: 'revolution valdora', in: scope, limit: 100 })).body.items.map(key);
    t.ok(without.length > 0 && withIt.length > 0, `${scope}: both sides found`);
    t.same([...without, ...withIt].sort(), [...all].sort(), `${scope}: revolution = (revolution -valdora) + (revolution valdora)`);
  }
  const articles = (await search({ q: 'literacy -valdoran' })).body;
  t.ok(articles.items.length > 0);
  t.notOk(articles.items.some((hit) => hit.matchedIn === 'title'), 'the title "Valdoran literacy campaign" is excluded');
  for (const hit of articles.items) t.notMatch(hit.snippet, /valdoran/i, `${hit.article.title}: the hit shown has no "Valdoran"`);
  const sections = (await search({ q: 'literacy -valdora', in: 'sections' })).body;
  t.ok(sections.items.length > 0);
  t.ok(sections.items.length < (await search({ q: 'literacy', in: 'sections' })).body.items.length, '-valdora removes sections');

  for (const q of ['-cuba', '-cuba -revolution', '***', '"', '()']) {
    const { response } = await search({ q });
    t.equal(response.statusCode, 400, q);
    t.match(response.headers['content-type'], /application\/problem\+json/);
    t.match(response.json(), { status: 400, title: 'Invalid search query', errors: [{ in: 'query', name: 'q' }] });
  }
  t.match((await search({ q: '-cuba' })).response.json().detail, /at least one positive term/);
  t.equal((await app.inject({ url: '/v1/search' })).statusCode, 400, 'q is required');
  t.equal((await search({ q: 'x'.repeat(2001) })).response.statusCode, 400, 'q is at most 2000 characters');
  t.equal((await search({ q: 'x'.repeat(2000) })).response.statusCode, 200);
  t.equal((await search({ q: 'literacy', in: 'everything' })).response.statusCode, 400);
});

t.test('stop words: left out beside other words, unscored alone', async (t) => {
  for (const scope of ['articles', 'sections', 'citations']) {
    const plain = (await search({ q: 'revolution', in: scope, limit: 100 })).body;
    const withStopWords = (await search({ q: 'the revolution of', in: scope, limit: 100 })).body;
    t.ok(plain.items.length > 0, `${scope}: revolution finds ${plain.items.length}`);
    t.same(withStopWords.items, plain.items, `${scope}: "the revolution of" is "revolution"`);
  }
  const { response, body } = await search({ q: 'the of', limit: 100 });
  t.equal(response.statusCode, 200);
  const articles = (await app.inject({ url: '/v1/articles?limit=100' })).json() as { items: unknown[] };
  t.equal(body.items.length, articles.items.length, 'stop words alone still find: every article has "the" and "of"');
  t.ok(body.items.every((hit) => hit.score === 0), 'not scored');
  const tiers = body.items.map((hit) => (hit.matchedIn === 'title' || hit.matchedIn === 'redirect' ? 0 : 1));
  t.same(tiers, [...tiers].sort(), 'title hits still come first');
  t.ok(body.items.every((hit) => /<mark>(the|of)<\/mark>/i.test(hit.snippet) || hit.matchedIn !== 'section'), 'snippets mark the words');
  const phrase = (await search({ q: '"of the"', in: 'sections', limit: 100 })).body;
  t.ok(phrase.items.length > 0 && phrase.items.every((hit) => /<mark>of the<\/mark>/i.test(hit.snippet)), 'a quoted phrase of stop words matches as a phrase');
});

t.test('pagination: keyset pages without duplicates, across tiers', async (t) => {
  for (const [params, size] of [
    [{ q: 'revolution' }, 1],
    [{ q: 'revolution', in: 'sections' }, 2],
    [{ q: 'valdora', in: 'citations' }, 2],
    [{ q: 'the' }, 2],
    [{ q: 'of the', in: 'sections' }, 3],
  ] as const) {
    const whole = (await search({ ...params, limit: 100 })).body;
    t.ok(whole.items.length > size, `${JSON.stringify(params)}: ${whole.items.length} hits`);
    t.equal(whole.nextCursor, null);
    const pages = await allPages(t, { ...params, limit: size });
    t.ok(pages.length > 1);
    t.ok(pages.every((page) => page.items.length <= size));
    const paged = pages.flatMap((page) => page.items);
    const key = (hit: Hit) => `${hit.article.title}#${hit.section?.index ?? '-'}#${hit.citation?.n ?? '-'}`;
    t.equal(new Set(paged.map(key)).size, paged.length, 'no duplicates');
    t.same(paged.map(key), whole.items.map(key), 'the pages are the one-page ranking');
  }
  const first = (await search({ q: 'revolution', limit: 1 })).body;
  t.equal((await search({ q: 'revolution', limit: 1, cursor: 'not a cursor!' })).response.statusCode, 400, 'malformed cursor');
  const other = await search({ q: 'literacy', limit: 1, cursor: first.nextCursor! });
  t.equal(other.response.statusCode, 400, 'a cursor of another query');
  t.match(other.response.json(), { title: 'Invalid cursor' });
  t.equal((await search({ q: 'revolution', in: 'sections', limit: 1, cursor: first.nextCursor! })).response.statusCode, 400, 'of another scope');
});

t.test('title completion', async (t) => {
  const octob = await complete('Octob');
  t.equal(octob.response.statusCode, 200);
  t.same(octob.items[0], {
    title: 'October Revolution',
    redirect: true,
    target: { title: 'Russian revolution of 1917', slug: 'Russian_revolution_of_1917', href: '/v1/articles/Russian_revolution_of_1917' },
  });
  t.same((await complete('octob')).items, octob.items, 'case-insensitive');
  t.same((await complete('Sokól')).items.map((i) => i.title), ['Sokolova', 'Agrafena Sokolova'], 'diacritic-insensitive, shortest first');
  t.same((await complete('Repúb')).items.map((i) => i.title), ['Republic of Valdora']);
  t.same((await complete('valdora')).items.map((i) => i.title), ['Valdora', 'Valdoran literacy campaign', 'Republic of Valdora'], 'whole-title prefixes first, then words');
  t.same((await complete('v', 2)).items.map((i) => i.title), ['Valdora', 'Valdoran literacy campaign'], 'limit');
  const four = (await complete('four year p')).items;
  t.same(four.map((i) => [i.title, i.redirect]), [['Four-year plans of the Dravian Union', false], ['First four-year plan', true]]);
  t.equal(four[1]!.target.title, 'Four-year plans of the Dravian Union');
  t.same((await complete('dravian un')).items.map((i) => i.title), ['Four-year plans of the Dravian Union'], 'the last word typed, anywhere');
  t.same((await complete('revolution ')).items.map((i) => i.title), ['October Revolution', 'Russian revolution of 1917']);
  t.same((await complete('zzz')).items, []);
  t.same((await complete('()')).items, [], 'no words: no suggestions');
  const a = await complete('r');
  const b = await complete('r');
  t.equal(a.response.body, b.response.body, 'the same answer every time (cacheable)');
  t.equal((await app.inject({ url: '/v1/titles' })).statusCode, 400, 'prefix is required');
  t.equal((await complete('x', 101)).response.statusCode, 400, 'limit at most 100');
});
