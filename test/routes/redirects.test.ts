/** /v1/redirects: every redirect in title order, one asked for in any spelling, and what is not one. */
import t from 'tap';
import { titleSlug } from '../../src/document/titles.js';
import type { Redirect } from '../../src/api/wire/redirects.js';
import { loadAllFixtures } from '../helpers/expected.js';
import { assertProblem, overFixtures } from '../helpers/citations.js';

const fixtures = loadAllFixtures();

const { get, walk } = await overFixtures(t);

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
