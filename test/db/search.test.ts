import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { newMarkers, renderSnippet } from '../../src/db/queries/search/hits.js';
import { translatePrefix, translateQuery } from '../../src/db/queries/search/syntax.js';
import { MAX_URL_LENGTH } from '../../src/plugins/limits.js';
import { fixtureInputs, textFixturesDir } from '../helpers/expected.js';
import { buildTestApp } from '../helpers/app.js';

interface Hit {
  article: { title: string; slug: string; href: string };
  section: { index: number; anchor: string | null; title: string | null } | null;
  snippet: string;
  score: number;
  matchedIn: string;
  citation?: { n: number; text: string };
}
interface SearchPage {
  items: Hit[];
  nextCursor: string | null;
  next: string | null;
}
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

t.test('query translation', async (t) => {
  t.equal(translateQuery('literacy').expression, '"literacy"');
  t.equal(translateQuery('Cuban  literacy').expression, '"Cuban" "literacy"');
  t.equal(translateQuery('"literacy campaign"').expression, '"literacy campaign"');
  t.equal(translateQuery('alfabeti*').expression, '"alfabeti"*');
  t.equal(translateQuery('revolution -cuba -"year plan"').expression, '("revolution") NOT ("cuba" OR "year plan")');
  t.equal(translateQuery('five-year').expression, '"five year"', 'a hyphen inside a word is not an exclusion');
  t.equal(
    translateQuery('NEAR(a b) AND {title}: ^x OR yy*').expression,
    '"NEAR a" "b" "title" "x" "yy"*',
    'FTS5 syntax is text (AND, OR: stop words); punctuation inside a word makes a phrase',
  );
  t.equal(translateQuery('"unbalanced quote').expression, '"unbalanced quote"');
  t.equal(translateQuery('x\u0000y').expression, '"x" "y"', 'control characters separate words');
  t.equal(translateQuery('word word').expression, '"word"', 'repeated terms are searched once');
  // Stop words: left out beside other words; a query of stop words only is matched, not scored.
  t.match(translateQuery('the October Revolution of 1917'), { expression: '"October" "Revolution" "1917"', scored: true });
  t.match(translateQuery('The OF'), { expression: '"The" "OF"', scored: false });
  t.match(translateQuery('the'), { expression: '"the"', scored: false });
  t.match(translateQuery('"the revolution"'), { expression: '"the revolution"', scored: true }, 'a quoted phrase is searched as written');
  t.match(translateQuery('"of the" revolution'), { expression: '"of the" "revolution"', scored: true });
  t.match(translateQuery('"of the"'), { expression: '"of the"', scored: false });
  t.match(translateQuery('"the" revolution'), { expression: '"the" "revolution"', scored: true }, 'a quoted stop word is kept');
  t.match(translateQuery('the* revolution'), { expression: '"the"* "revolution"', scored: true }, 'a prefix is kept');
  t.match(translateQuery('revolution -the'), { expression: '("revolution") NOT ("the")' }, 'an exclusion is kept');
  t.match(translateQuery('theory'), { scored: true });
  for (const bad of ['-cuba', '-cuba -"x y"', '*', '"', '  ', '😀 ()', 'a*', 'é*']) {
    t.throws(() => translateQuery(bad), { name: 'SearchQueryError' }, JSON.stringify(bad));
  }
  t.throws(() => translateQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')), { name: 'SearchQueryError' }, 'too many terms');
  t.same(translatePrefix('Octob'), { whole: '^"Octob"*', words: '"Octob"*' });
  t.same(translatePrefix('five year '), { whole: '^"five year"', words: '"five" "year"' }, 'a trailing space ends the last word');
  t.equal(translatePrefix('  ()  '), null);
});

t.test('snippets are escaped HTML with <mark> around the matches', async (t) => {
  const m = newMarkers();
  t.equal(renderSnippet(`a <b>${m.start}x${m.end}</b> & "q"\n\tz`, m), 'a &lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; &quot;q&quot; z');
  t.equal(renderSnippet(`\uE000 ${m.start}ok${m.end} ${m.start}`, m), '\uE000 <mark>ok</mark>', 'other private-use text stays text; unpaired markers go');
  t.not(newMarkers().start, m.start, 'markers are random: stored text cannot forge them');
});

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

t.test('no query string makes a 5xx (property)', async (t) => {
  const fts = fc
    .array(
      fc.constantFrom(
        '"', '*', '-', '(', ')', 'NEAR(', 'NEAR/2', 'AND', 'OR', 'NOT', '{title text}:', 'title:', '^', ':', '+', ',',
        'literacy', 'valdora', 'revolution', 'alfabeti', 'a', 'é', '😀', '\u0000', '\u0007', '\uE000', '\u0301', ' ', '  ',
        '\\', "'", '*"', '"*', '-"', '--', '​', '\uFEFF', 'ǅ', '中文', '١٢٣',
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));
  const query = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fts,
    fc.string({ minLength: 1990, maxLength: 2010 }),
  );
  const scope = fc.constantFrom('articles', 'sections', 'citations');
  let ok = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(query, scope, fc.integer({ min: 1, max: 3 }), async (q, where, limit) => {
      const url = `/v1/search?${new URLSearchParams({ q, in: where, limit: String(limit) })}`;
      const response = await app.inject({ url });
      const allowed = response.statusCode === 200 || response.statusCode === 400 || (response.statusCode === 414 && url.length > MAX_URL_LENGTH);
      if (!allowed) throw new Error(`${response.statusCode} for ${JSON.stringify(q)}: ${response.body}`);
      if (response.statusCode === 200) {
        ok++;
        const body = response.json() as SearchPage;
        for (const hit of body.items) if (/<(?!\/?mark>)/.test(hit.snippet)) throw new Error(`markup in ${hit.snippet}`);
        if (body.nextCursor) {
          const next = await app.inject({ url: body.next! });
          if (next.statusCode !== 200) throw new Error(`next page ${next.statusCode} for ${JSON.stringify(q)}`);
        }
      } else {
        refused++;
        if (!String(response.headers['content-type']).startsWith('application/problem+json')) throw new Error('not a problem');
      }
      const titles = await app.inject({ url: `/v1/titles?${new URLSearchParams({ prefix: q.slice(0, 256) })}` });
      if (![200, 400].includes(titles.statusCode) && !(titles.statusCode === 414)) {
        throw new Error(`titles ${titles.statusCode} for ${JSON.stringify(q)}: ${titles.body}`);
      }
    }),
    { seed: 20261126, numRuns: 500 },
  );
  t.ok(ok > 50, `${ok} answered 200`);
  t.ok(refused > 10, `${refused} refused with a problem`);
});

// Last: importing another database blocks the event loop, which under-pressure would count against the first app.
t.test('stored text cannot inject markup into snippets', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'search-markup-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const source = readFileSync(join(textFixturesDir, 'valdoran-literacy-campaign.txt'), 'utf8').replace(
    'About ninety thousand volunteers',
    'About ninety <script>alert(1)</script> & \uE000thousand\uE001 volunteers',
  );
  t.not(source, readFileSync(join(textFixturesDir, 'valdoran-literacy-campaign.txt'), 'utf8'));
  writeFileSync(join(dir, 'doc.txt'), source);
  const markup = await appOver([dir]);
  const response = await markup.inject({ url: '/v1/search?q=alert' });
  t.equal(response.statusCode, 200);
  const snippet = (response.json() as SearchPage).items[0]!.snippet;
  t.match(snippet, '&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; \uE000thousand\uE001 volunteers');
  t.notMatch(snippet.replace(/<\/?mark>/g, ''), /[<>]/, 'no tag but <mark>');
  t.equal(snippet.match(/<mark>/g)?.length, 1, 'private-use characters in the text do not make marks');
});
