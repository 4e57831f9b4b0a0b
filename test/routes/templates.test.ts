/**
 * /v1/templates over an export written for this test (test/fixtures/wikitext/templates/countries.xml):
 * templates with their article counts, the articles using one with the parameters each use passes,
 * the filter on a parameter's value (case, diacritics and spaces ignored), citation templates, the
 * problems of bad filters, pagination and ETags.
 */
import { join } from 'node:path';
import t from 'tap';
import type { TemplateDetail, TemplateItem } from '../../src/api/wire/templates.js';
import { buildTestApp, problemOf } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';

const app = await buildTestApp(t, { inputs: [join(fixturesDir, 'wikitext', 'templates', 'countries.xml')] });

const get = async <T>(url: string) => {
  const response = await app.inject(url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
};

t.test('every template with the number of articles using it, citation templates marked', async (t) => {
  const body = await get<{ items: TemplateItem[] }>('/v1/templates');
  t.same(body.items, [
    { name: 'Cite web', articles: 2, citation: true, href: '/v1/templates/Cite_web' },
    { name: 'Flagicon', articles: 1, citation: false, href: '/v1/templates/Flagicon' },
    { name: 'Infobox country', articles: 4, citation: false, href: '/v1/templates/Infobox_country' },
  ], 'magic words ({{DISPLAYTITLE:}}) and parser functions ({{#if:}}, {{formatnum:}}) are not templates');
});

t.test('a template by any spelling, with each article and the parameters of each use', async (t) => {
  const body = await get<TemplateDetail>('/v1/templates/Template:infobox_country');
  t.equal(body.name, 'Infobox country');
  t.same(body.items.map((item) => [item.title, item.count]), [['Fjordland', 1], ['Norrmark', 1], ['Sudholm', 1], ['Estavia', 2]], 'in article id order');
  t.same(body.items[0]!.uses, [{
    parameters: { conventional_long_name: 'Kingdom of Fjordland', capital: 'Fjordby', population: null, economy: null },
    values: { population: { type: 'number', number: 1234567 } },
  }], 'displayed values (a link by its text); an empty value left out; null for a value over 500 characters or one a parser function makes; an infobox\'s typed values beside them');
  t.same(body.items[3]!.uses.map((use) => use.parameters.capital), ['Velmar', 'Fjordby'], 'both uses, in page order');
  const flags = await get<TemplateDetail>('/v1/templates/flagicon');
  t.same(flags.items[0]!.uses, [{ parameters: { 1: 'FJL' } }, { parameters: { 1: 'NRM' } }, { parameters: { 1: 'SDH', size: '20px' } }], 'positional parameters by number');
  const cite = await get<TemplateDetail>('/v1/templates/Cite_web');
  t.same(cite.items.map((item) => [item.title, item.uses]), [['Fjordland', []], ['Norrmark', []]], "a citation template's uses carry no parameters");
});

t.test('?param=&value= finds the articles passing that value, ignoring case, diacritics and spaces', async (t) => {
  const body = await get<TemplateDetail>('/v1/templates/Infobox_country?param=capital&value=%20fjordby');
  t.same(body.items.map((item) => item.title), ['Fjordland', 'Norrmark', 'Sudholm', 'Estavia']);
  t.same(body.items[3]!.uses.map((use) => use.parameters.conventional_long_name), ['Estavian Exile Government'], 'only the matching use');
  t.same((await get<TemplateDetail>('/v1/templates/Infobox_country?param=capital&value=Velmar')).items.map((item) => item.title), ['Estavia']);
  t.same((await get<TemplateDetail>('/v1/templates/Infobox_country?param=Capital&value=Velmar')).items, [], 'parameter names keep their case, as MediaWiki reads them');
  t.same((await get<TemplateDetail>('/v1/templates/Infobox_country?param=capital&value=Fjord')).items, [], 'the whole value, not a prefix');
  t.same((await get<TemplateDetail>('/v1/templates/Flagicon?param=1&value=nrm')).items.map((item) => item.title), ['Fjordland']);
});

t.test('bad filters and unknown templates are problems', async (t) => {
  const cases: [string, number, string][] = [
    ['/v1/templates/Infobox_country?param=capital', 400, 'value'],
    ['/v1/templates/Infobox_country?value=Fjordby', 400, 'param'],
    ['/v1/templates/Cite_web?param=publisher&value=Example%20Press', 400, 'param'],
    ['/v1/templates/Infobox_country?param=capital&value=x&limit=0', 400, 'limit'],
    ['/v1/templates/Infobox_country?cursor=abc', 400, 'cursor'],
    ['/v1/templates/Nowhere', 404, ''],
  ];
  for (const [url, status, name] of cases) {
    const response = await app.inject(url);
    const { contentType, body } = problemOf(response);
    t.equal(response.statusCode, status, url);
    t.match(contentType, /^application\/problem\+json/, `${url}: problem+json`);
    t.equal(body.status, status);
    if (name) t.ok((body.errors as { name: string }[] | undefined)?.some((error) => error.name === name), `${url} names ${name}`);
  }
});

t.test('pages with the one cursor contract, with ETags', async (t) => {
  const seen: string[] = [];
  let url: string | null = '/v1/templates/Infobox_country?param=capital&value=fjordby&limit=1';
  while (url) {
    const response = await app.inject(url);
    const body = response.json() as TemplateDetail;
    seen.push(...body.items.map((item) => item.title));
    if (body.next) t.equal(response.headers.link, `<${body.next}>; rel="next"`);
    url = body.next;
  }
  t.same(seen, ['Fjordland', 'Norrmark', 'Sudholm', 'Estavia']);
  const first = await app.inject('/v1/templates?limit=2');
  t.ok(first.headers.etag, 'an ETag');
  t.equal((await app.inject({ url: '/v1/templates?limit=2', headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304);
  const names = [(first.json() as { items: TemplateItem[] }).items, (await get<{ items: TemplateItem[] }>(String(first.json().next))).items].flat();
  t.same(names.map((item) => item.name), ['Cite web', 'Flagicon', 'Infobox country']);
});
