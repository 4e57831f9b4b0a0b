/**
 * Citation formats: every list of citations (an article's, /v1/citations, /v1/sources and
 * /v1/sources/{id}) and /v1/articles/{title}/cite in CSL-JSON, BibTeX, BibLaTeX, RIS and formatted
 * bibliographies, by `format=` and by `Accept`, read back with parsers that are not citation-js
 * (BibTeX with @retorquere/bibtex-parser, RIS with test/helpers/ris.ts) and compared field by field
 * with the CSL-JSON, Cyrillic and CJK included, hostile reference text staying inert.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex, type Entry } from '@retorquere/bibtex-parser';
import t, { type Test } from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { LOCALES, STYLES } from '../../src/citations/catalog.js';
import { bibtexKey, latexEscape, render } from '../../src/citations/render.js';
import type { CslItem } from '../../src/api/wire/csl.js';
import { buildTestApp } from '../helpers/app.js';
import { fixturesDir, fixtureInputs } from '../helpers/expected.js';
import { first, readRis } from '../helpers/ris.js';

const POLYGLOT = join(fixturesDir, 'citation-formats', 'polyglot-references.page');
const dir = t.testdir({});
const wikitext =
  "'''Красная книга''' is an invented wikitext article.<ref>{{cite book |last=Горький |first=Максим |title=Мать |publisher=Знание |location=Москва |year=1907 |pages=5–9 |isbn=0-674-51173-5 |doi=10.1234/Mat.1907}}</ref>" +
  ' 它也有中文参考。<ref>{{cite book |last=鲁迅 |title=呐喊 |publisher=新潮社 |location=北京 |year=1923}}</ref>\n\n== References ==\n<references/>\n';
const exportFile = join(dir, 'export.xml');
writeFileSync(exportFile, exportXml('Testpedia', [{ title: 'Красная книга', id: 1, revisions: [{ id: 4242, timestamp: '2024-03-01T10:00:00Z', text: wikitext }] }]));

const app = await buildTestApp(t, { inputs: [...fixtureInputs, POLYGLOT, exportFile] });

type Response = Awaited<ReturnType<typeof app.inject>>;
/** Lets the event loop turn between requests (see test/helpers/citations.ts). */
const turn = () => new Promise((resolve) => setImmediate(resolve));
async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  await turn();
  return app.inject({ method: 'GET', url, headers });
}

const ARTICLE = '/v1/articles/Polyglot_references';
const firstSource = ((await get('/v1/sources?limit=1')).json() as { items: { id: number }[] }).items[0]!.id;
const ROUTES = [
  `${ARTICLE}/citations`,
  '/v1/citations?article=Polyglot_references',
  '/v1/sources?limit=5',
  `/v1/sources/${firstSource}`,
  `${ARTICLE}/cite`,
];
const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

const bibtexOf = (body: string) => {
  const library = parseBibtex(body, { sentenceCase: false, english: false });
  return { entries: library.entries, errors: library.errors };
};
const fieldText = (value: unknown) => (Array.isArray(value) ? value.join('; ') : value);

function assertProblem(t: Test, response: Response, status: number) {
  t.equal(response.statusCode, status, `status ${status}`);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  return response.json() as { detail: string; errors?: { in: string; name: string; reason: string }[] };
}

t.test('every format on every list route and /cite', async (t) => {
  for (const route of ROUTES) {
    const csl = await get(withQuery(route, 'format=csl-json'));
    t.equal(csl.statusCode, 200, `${route} csl-json`);
    t.match(csl.headers['content-type'], /^application\/vnd\.citationstyles\.csl\+json; charset=utf-8$/);
    const items = csl.json() as CslItem[];
    t.ok(items.length >= 1, `${route}: ${items.length} items`);

    for (const format of ['bibtex', 'biblatex'] as const) {
      const response = await get(withQuery(route, `format=${format}`));
      t.equal(response.statusCode, 200, `${route} ${format}`);
      t.equal(response.headers['content-type'], `application/x-${format}; charset=utf-8`);
      t.match(response.headers.vary, /accept/i, 'Vary: Accept');
      const { entries, errors } = bibtexOf(response.body);
      t.same(errors, [], `${route} ${format} parses`);
      t.same(entries.map((e) => e.key), items.map((item) => bibtexKey(item.id)), 'one entry per item, keyed by its stable id');
    }

    const ris = await get(withQuery(route, 'format=ris'));
    t.equal(ris.headers['content-type'], 'application/x-research-info-systems; charset=utf-8');
    const { records, errors } = readRis(ris.body);
    t.same(errors, [], `${route} RIS reads`);
    t.same(records.map((r) => first(r, 'ID')), items.map((item) => item.id), 'one record per item, ID the whole stable id');

    const text = await get(withQuery(route, 'format=bibliography'));
    t.equal(text.headers['content-type'], 'text/x-bibliography; style=apa; locale=en-US; charset=utf-8');
    t.equal(text.body.trim().split('\n').length, items.length, 'one line an entry');

    const html = await get(withQuery(route, 'format=html'));
    t.equal(html.headers['content-type'], 'text/html; charset=utf-8');
    t.equal(html.body.match(/class="csl-entry"/g)?.length, items.length, 'one div.csl-entry an entry');
  }
});

t.test('BibTeX and RIS read back: the fields of the CSL items, Cyrillic and CJK included', async (t) => {
  for (const article of [ARTICLE, '/v1/articles/Красная_книга']) {
    const items = (await get(`${article}/citations?format=csl-json`)).json() as CslItem[];
    const { entries, errors } = bibtexOf((await get(`${article}/citations?format=bibtex`)).body);
    t.same(errors, []);
    const byKey = new Map<string, Entry>(entries.map((entry) => [entry.key, entry]));
    const { records } = readRis((await get(`${article}/citations?format=ris`)).body);
    for (const [i, item] of items.entries()) {
      const entry = byKey.get(bibtexKey(item.id))!;
      const record = records[i]!;
      t.ok(entry, `${item.id}: a BibTeX entry`);
      t.equal(entry.fields.title, item.title, `${item.id}: BibTeX title`);
      t.equal(first(record, 'TI'), item.title, `${item.id}: RIS TI`);
      // A family name alone (`|last=鲁迅`) is written as one name, like a literal.
      const names = (item.author ?? []).map((name) => (name.given === undefined ? { name: name.literal ?? name.family } : { lastName: name.family, firstName: name.given }));
      t.same(entry.fields.author ?? [], names, `${item.id}: BibTeX authors`);
      t.same(record.get('AU') ?? [], (item.author ?? []).map((name) => name.literal ?? (name.given === undefined ? name.family : `${name.family}, ${name.given}`)), `${item.id}: RIS AU`);
      if (item.issued) {
        t.equal(entry.fields.year, String(item.issued['date-parts'][0]![0]), `${item.id}: BibTeX year`);
        t.equal(first(record, 'PY'), String(item.issued['date-parts'][0]![0]), `${item.id}: RIS PY`);
      }
      if (item.type === 'book') {
        t.equal(fieldText(entry.fields.publisher), item.publisher, `${item.id}: BibTeX publisher`);
        t.equal(first(record, 'PB'), item.publisher, `${item.id}: RIS PB`);
        if (item['publisher-place']) {
          t.equal(fieldText(entry.fields.address), item['publisher-place'], `${item.id}: BibTeX address`);
          t.equal(first(record, 'CY'), item['publisher-place'], `${item.id}: RIS CY`);
        }
        // plain.bst's book has no pages (the pages cited go in \cite[p.~30]{key}); a RIS BOOK's SP is its
        // number of pages, and the spec's SE the pages cited.
        if (item.page) {
          t.equal(entry.fields.pages, undefined, `${item.id}: no BibTeX pages on a book`);
          t.equal(first(record, 'SE'), item.page, `${item.id}: RIS SE`);
        }
      }
      if (item.ISBN) {
        t.equal(fieldText(entry.fields.isbn), item.ISBN, `${item.id}: BibTeX isbn`);
        t.equal(first(record, 'SN'), item.ISBN, `${item.id}: RIS SN`);
      }
      if (item.DOI) {
        t.equal(fieldText(entry.fields.doi), item.DOI, `${item.id}: BibTeX doi`);
        t.equal(first(record, 'DO'), item.DOI, `${item.id}: RIS DO`);
      }
    }
  }
  const polyglot = bibtexOf((await get(`${ARTICLE}/citations?format=bibtex`)).body).entries;
  t.same(polyglot[0]!.fields.author, [{ lastName: 'Ленин', firstName: 'Владимир' }], 'Cyrillic names kept (not dropped by asciiOnly)');
  t.equal(polyglot[1]!.fields.title, '矛盾论', 'CJK kept');
  t.equal(polyglot[0]!.key, 'Polyglot_references-1', 'the key is the stable id, not one made from the names');
  const russian = bibtexOf((await get('/v1/articles/Красная_книга/citations?format=bibtex')).body).entries;
  t.equal(russian[0]!.key, 'Красная_книга-1', 'a non-Latin key stays our id');
  const [mat] = (await get('/v1/articles/Красная_книга/citations?format=csl-json')).json() as CslItem[];
  t.match(mat, { ISBN: '978-0-674-51173-6', DOI: '10.1234/mat.1907' }, 'the template\'s ISBN (as ISBN-13) and DOI reach the CSL item, so BibTeX and RIS above');
  const source = (await get('/v1/sources?isbn=0674511735&format=ris')).body;
  t.match(source, /^SN  - 978-0-674-51173-6\r?$/m, 'a source\'s ISBN in RIS');
  t.match(source, /^DO  - 10\.1234\/mat\.1907\r?$/m, 'a source\'s DOI in RIS');
});

t.test('hostile reference text: BibTeX stays balanced, RIS one line a field, HTML escaped', async (t) => {
  const items = (await get(`${ARTICLE}/citations?format=csl-json`)).json() as CslItem[];
  const hostile = items.find((item) => item.title?.includes('@misc{evil'))!;
  const scripted = items.find((item) => item.title?.includes('<script>'))!;
  t.ok(hostile && scripted, 'the fixture has both hostile references');

  const { entries, errors } = bibtexOf((await get(`${ARTICLE}/citations?format=bibtex`)).body);
  t.same(errors, [], 'parses without errors');
  t.equal(entries.length, items.length, 'no entry forged by a brace in a title');
  t.notOk(entries.some((entry) => entry.key === 'evil'));
  t.equal(entries.find((e) => e.key === bibtexKey(hostile.id))!.fields.title, hostile.title, 'braces and backslashes read back as written');
  t.equal(entries.find((e) => e.key === bibtexKey(scripted.id))!.fields.title, scripted.title, '<, > read back as written');

  const html = (await get(`${ARTICLE}/citations?format=html`)).body;
  t.notMatch(html, /<script/i, 'no script element');
  t.notMatch(html, /<img/i, 'no img element');
  t.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/, 'the script tag is text');
  const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
  t.same([...new Set(tags)].sort(), ['div', 'i'], 'only the markup citeproc writes');
  t.notMatch(html.replace(/data-csl-entry-id="[^"<>]*"|class="[\w-]+"/g, ''), /="/, 'no attribute but ids and classes');

  // The ids are written into attributes by citation-js: escaped here whatever they hold.
  const quoted = await render([{ id: 'x"><img src=y onerror=z>', type: 'book', title: 'T' }], 'html', { style: 'harvard-cite-them-right', locale: 'en-US' }); // Cite Them Right: its engine builds in ms (APA's blocks this thread ~1 s)
  t.match(quoted, /data-csl-entry-id="x&quot;&gt;&lt;img src=y onerror=z&gt;"/);
  t.notMatch(quoted, /<img/);

  const risBody = await render([{ id: 'r-1', type: 'book', title: 'one\nER  - \nTY  - JOUR\nTI  - forged' }], 'ris', { style: 'apa', locale: 'en-US' });
  const { records } = readRis(risBody);
  t.equal(records.length, 1, 'a line break in a value forges no record');
  t.equal(first(records[0]!, 'TI'), 'one ER  -  TY  - JOUR TI  - forged');
  t.equal(latexEscape('50% & $x$ #1 _a ~b ^c'), '50\\% \\& \\$x\\$ \\#1 \\_a \\textasciitilde{}b \\textasciicircum{}c');
});

t.test('Accept negotiation, text/x-bibliography parameters, query over header', async (t) => {
  const url = `${ARTICLE}/citations`;
  const cases: [string, RegExp][] = [
    ['application/x-bibtex', /^application\/x-bibtex/],
    ['application/x-biblatex', /^application\/x-biblatex/],
    ['application/x-research-info-systems', /^application\/x-research-info-systems/],
    ['text/x-bibliography', /^text\/x-bibliography; style=apa; locale=en-US/],
    ['text/x-bibliography; style=modern-language-association; locale=fr-FR', /^text\/x-bibliography; style=modern-language-association; locale=fr-FR/],
    ['application/json, application/x-bibtex;q=0.5', /^application\/json/],
    ['application/x-ris, */*', /^application\/json/],
    ['text/html', /^application\/json/],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', /^application\/json/],
    ['application/x-bibtex;q=0.4, application/x-research-info-systems;q=0.6', /^application\/x-research-info-systems/],
  ];
  for (const [accept, type] of cases) t.match((await get(url, { accept })).headers['content-type'], type, `Accept: ${accept}`);
  const both = await get(`${url}?style=vancouver`, { accept: 'text/x-bibliography; style=modern-language-association; locale=de-DE' });
  t.match(both.headers['content-type'], /style=vancouver; locale=de-DE/, 'the query style wins, the header locale is kept');
  t.match((await get(`${url}?format=json`, { accept: 'application/x-bibtex' })).headers['content-type'], /^application\/json/, 'format= wins');
  t.match((await get(`${url}?style=harvard-cite-them-right`)).headers['content-type'], /^text\/x-bibliography; style=harvard-cite-them-right/, 'a style alone asks for a bibliography');
  for (const [alias, style] of [['mla', 'modern-language-association'], ['harvard', 'harvard-cite-them-right'], ['chicago', 'chicago-author-date'], ['harvard1', 'harvard-cite-them-right']]) {
    t.match((await get(`${url}?style=${alias}`)).headers['content-type'], new RegExp(`^text/x-bibliography; style=${style};`), `${alias}: ${style}`);
    t.match((await get(url, { accept: `text/x-bibliography; style=${alias}` })).headers['content-type'], new RegExp(`^text/x-bibliography; style=${style};`), `${alias} in Accept`);
  }
  const french = await get(`${url}?format=bibliography&style=chicago-author-date&locale=fr-FR`);
  t.match(french.body, /Ленин, Владимир\. 1918\./);
});

t.test('400 for an unknown format, style or locale, listing what exists', async (t) => {
  const url = `${ARTICLE}/citations`;
  for (const [query, name, listed] of [
    ['format=endnote', 'format', 'bibtex'],
    ['style=ieee', 'style', STYLES.join(', ')],
    ['locale=xx-XX', 'locale', LOCALES.join(', ')],
  ] as const) {
    for (const route of [url, '/v1/citations', '/v1/sources', `/v1/sources/${firstSource}`, `${ARTICLE}/cite`]) {
      const body = assertProblem(t, await get(withQuery(route, query)), 400);
      t.match(body.errors, [{ in: 'query', name }]);
      t.ok(body.errors![0]!.reason.includes(listed), `${route}?${query}: lists ${listed.slice(0, 30)}…`);
    }
  }
  for (const accept of ['text/x-bibliography; style=ieee', 'text/x-bibliography; locale=en-us', 'text/x-bibliography; style="<b>"']) {
    const body = assertProblem(t, await get(url, { accept }), 400);
    t.match(body.errors, [{ in: 'header', name: 'accept' }], accept);
    t.match(body.errors![0]!.reason, /available: /);
  }
});

t.test('lists stay paginated in every format; ETags and 304 keep working', async (t) => {
  const json = (await get('/v1/citations?limit=100')).json() as { items: unknown[]; next: string | null };
  t.equal(json.next, null, 'the fixtures fit on one page of 100');
  for (const format of ['bibtex', 'ris', 'bibliography'] as const) {
    let count = 0;
    let pages = 0;
    for (let next: string | null = `/v1/citations?limit=7&format=${format}`; next !== null; pages++) {
      const response = await get(next);
      t.equal(response.statusCode, 200);
      count += format === 'bibtex' ? bibtexOf(response.body).entries.length : format === 'ris' ? readRis(response.body).records.length : response.body.trim().split('\n').length;
      const link = /^<([^>]+)>; rel="next"$/.exec(String(response.headers.link ?? ''));
      if (link) t.match(link[1], new RegExp(`format=${format}.*cursor=`), 'the next page keeps the format');
      next = link ? link[1]! : null;
      if (pages > 50) throw new Error('pagination does not end');
    }
    t.equal(count, json.items.length, `${format}: every citation over ${pages} pages`);
  }
  for (const url of [`${ARTICLE}/citations?format=bibtex`, '/v1/citations?limit=3&format=html', `/v1/sources/${firstSource}?format=ris`]) {
    const response = await get(url);
    const etag = String(response.headers.etag);
    t.match(etag, /^"/, `${url}: an ETag`);
    t.equal((await get(url, { 'if-none-match': etag })).statusCode, 304, `${url}: 304`);
  }
});

t.test('cite this article: site, contributors, revision, permanent URL, access date', async (t) => {
  const today = new Date().toISOString().slice(0, 10);
  const text = (await get(`${ARTICLE}/cite`, { host: 'api.example.org' })).json();
  t.match(text, {
    article: { title: 'Polyglot references', slug: 'Polyglot_references' },
    site: 'Testwiki',
    author: 'Testwiki contributors',
    title: 'Polyglot references',
    revision: null,
    permanentUrl: 'http://api.example.org/v1/articles/Polyglot_references',
    accessed: today,
    csl: { id: 'Polyglot_references', type: 'entry-encyclopedia', author: [{ literal: 'Testwiki contributors' }], 'container-title': 'Testwiki', URL: 'http://api.example.org/v1/articles/Polyglot_references' },
  });
  t.notOk(text.csl.issued, 'no date for a text article');

  const wiki = await get('/v1/articles/%D0%9A%D1%80%D0%B0%D1%81%D0%BD%D0%B0%D1%8F%20%D0%BA%D0%BD%D0%B8%D0%B3%D0%B0/cite', { host: 'api.example.org', 'x-forwarded-proto': 'https' });
  t.match(wiki.json(), {
    site: 'Testpedia',
    author: 'Testpedia contributors',
    revision: { id: 4242, timestamp: '2024-03-01T10:00:00Z' },
    csl: { issued: { 'date-parts': [[2024, 3, 1]] }, version: '4242' },
  });
  t.match(wiki.headers.link, /rel="canonical"/);

  const entry = bibtexOf((await get('/v1/articles/Красная_книга/cite?format=bibtex')).body).entries[0]!;
  t.equal(entry.key, 'Красная_книга');
  t.equal(entry.fields.title, 'Красная книга');
  t.same(entry.fields.author, [{ name: 'Testpedia contributors' }], 'the contributors as one literal name');
  t.equal(entry.fields.year, '2024');
  const ris = readRis((await get('/v1/articles/Красная_книга/cite?format=ris')).body).records[0]!;
  t.equal(first(ris, 'TI'), 'Красная книга');
  t.equal(first(ris, 'AU'), 'Testpedia contributors');
  t.match(first(ris, 'UR'), /\/v1\/articles\/%D0%9A/);
  const line = (await get('/v1/articles/Красная_книга/cite?style=modern-language-association')).body;
  t.match(line, /^Testpedia contributors\. “Красная Книга\.” Testpedia, 4242, 1 Mar\. 2024, http:\/\/localhost(:80)?\/v1\/articles\//, `MLA: ${line.trim()}`);

  const forged = (await get(`${ARTICLE}/cite`, { host: 'evil.example"><script>' })).json();
  t.match(forged.permanentUrl, /^http:\/\/localhost\//, 'a Host header that is not a host is not echoed');
  assertProblem(t, await get('/v1/articles/No_such_article/cite?format=bibtex'), 404);
});
