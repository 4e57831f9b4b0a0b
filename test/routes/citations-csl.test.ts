/**
 * /v1/citations in CSL-JSON, asked for by `format=` or by `Accept`: books, chapters, journal articles,
 * web pages, corporate authors and notes as CSL items, paged through Link.
 */
import t from 'tap';
import type { CslItem } from '../../src/api/wire/csl.js';
import { assertProblem, overFixtures } from '../helpers/citations.js';

const CSL = 'application/vnd.citationstyles.csl+json';

const { get } = await overFixtures(t);

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
