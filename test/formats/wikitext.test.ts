/**
 * MediaWiki XML exports: the wikitext mapping rules on the `.wiki` fixtures, decomposition
 * compared field by field, then exports built from them imported and read through the API.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml, type ExportPageInput } from '../../bench/export-xml.js';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { render } from '../../src/document/render.js';
import { revisionUrl } from '../../src/api/cite.js';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';
import { nestingDepth } from '../../src/formats/wikitext/prechecks.js';
import { isMediaWikiExport } from '../../src/formats/wikitext/xml.js';
import { MAX_NESTING, MAX_PAGE_BYTES } from '../../src/importer/export.js';
import { ImportFailed, importDocuments, formatMessage } from '../../src/importer/import.js';
import { fixturesDir, textFixturesDir } from '../helpers/expected.js';

const wiki = (name: string) => readFileSync(join(fixturesDir, 'wikitext', name), 'utf8');
const lenin = wiki('lenin.wiki');
const october = wiki('october.wiki');
const site = { name: 'Example Wiki', namespaces: new Map([['talk', 1], ['template', 10], ['category', 14], ['library', 3000]]) };

const pages: ExportPageInput[] = [
  {
    title: 'Vladimir Lenin',
    id: 1,
    revisions: [
      { id: 101, timestamp: '2024-01-01T00:00:00Z', text: 'Older text of Lenin.\n' },
      { id: 102, timestamp: '2024-03-01T10:00:00Z', text: lenin },
    ],
  },
  { title: 'October Revolution', id: 2, revisions: [{ id: 201, timestamp: '2024-02-02T08:30:00Z', text: october }] },
  { title: 'Lenin', id: 3, redirect: 'Vladimir Lenin', revisions: [{ id: 301, timestamp: '2024-02-03T00:00:00Z', text: '#REDIRECT [[Vladimir Lenin#Early life]]\n' }] },
  { title: 'Template:Infobox revolutionary', ns: 10, id: 4, revisions: [{ id: 401, timestamp: '2024-02-03T00:00:00Z', text: '{{{name}}}' }] },
  { title: 'Talk:Vladimir Lenin', ns: 1, id: 5, revisions: [{ id: 501, timestamp: '2024-02-03T00:00:00Z', text: 'Talk.' }] },
  { title: 'Empty page', id: 6, revisions: [{ id: 601, timestamp: '2024-02-03T00:00:00Z', text: '' }] },
  { title: 'Deleted text', id: 7, revisions: [{ id: 701, timestamp: '2024-02-03T00:00:00Z', text: null }] },
  { title: 'Data', id: 8, revisions: [{ id: 801, timestamp: '2024-02-03T00:00:00Z', text: '{"a": 1}', model: 'json' }] },
];

function writeExport(dir: string, name: string, xml: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return file;
}

/** The ImportFailed an import throws; null if it does not. */
function failedImport(options: Parameters<typeof importDocuments>[0]): ImportFailed | null {
  try {
    importDocuments(options);
  } catch (error) {
    if (error instanceof ImportFailed) return error;
    throw error;
  }
  return null;
}

t.test('wikitext → document: parts render back byte for byte', async (t) => {
  for (const text of [lenin, october, 'no newline at the end', '\n\nleading blank lines\n\n\n']) {
    const document = parseWikitextPage({ title: 'X', text, site, revision: null });
    t.equal(render(document), text);
  }
});

t.test('infobox: key as written, readable label, displayed text, raw, list values, dates, links', async (t) => {
  const { infobox } = parseWikitextPage({ title: 'Vladimir Lenin', text: lenin, site, revision: null });
  t.equal(infobox?.title, 'Vladimir Lenin');
  t.equal(infobox?.template, 'revolutionary');
  const field = (key: string) => {
    const { seq: _seq, ...rest } = infobox!.fields.find((f) => f.key === key)!;
    return rest;
  };
  t.same(field('birth_date'), { key: 'birth_date', label: 'Birth date', text: 'April 22, 1870', raw: '{{birth date|1870|4|22}}', date: '1870-04-22' });
  t.same(field('birth_place'), {
    key: 'birth_place', label: 'Birth place', text: 'Simbirsk, Russian Empire', raw: '[[Simbirsk]], [[Russian Empire]]', links: ['Simbirsk', 'Russian Empire'],
  });
  t.same(field('party').values, ['Bolsheviks', 'Communist Party of the Soviet Union']);
  t.same(field('spouse').values, ['Nadezhda Krupskaya'], '{{ubl}} items');
  t.equal(field('spouse').text, 'Nadezhda Krupskaya', 'the ref is not displayed');
});

t.test('sections: true levels, MediaWiki anchors, hatnotes, lists, quotes', async (t) => {
  const document = parseWikitextPage({ title: 'Vladimir Lenin', text: lenin, site, revision: null });
  t.same(
    document.sections.map((s) => [s.title, s.level, s.anchor]),
    [[null, 0, null], ['Early life', 2, 'Early_life'], ['Education', 3, 'Education'], ['Early life', 2, 'Early_life_2'], ['References', 2, 'References']],
  );
  t.same(document.sections[0]!.blocks[0]!.hatnote, { kind: 'about', targets: ['Lenin (disambiguation)'] });
  t.same(document.sections[1]!.blocks[0]!.hatnote, { kind: 'main', targets: ['Early life of Lenin'] });
  t.same(document.sections[2]!.blocks.map((b) => [b.kind, b.text]), [['list', 'Item one Kazan University\nItem two']]);
  const oct = parseWikitextPage({ title: 'October Revolution', text: october, site, revision: null });
  t.same(oct.sections[1]!.blocks[0]!.hatnote, { kind: 'see-also', targets: ['February Revolution', 'Russian Provisional Government'] });
  t.same(oct.sections[1]!.blocks.map((b) => b.kind), ['hatnote', 'paragraph', 'quote']);
  t.equal(oct.sections[1]!.blocks[2]!.text, 'All power to the Soviets!');
  t.same(oct.sections[2]!.blocks.map((b) => [b.kind, b.text]), [['list', 'The Decree on Peace was adopted.\nThe Decree on Land followed.']]);
});

t.test('{{For}} and {{Other uses}} are disambiguation hatnotes; without a target they link to the disambiguation page', async (t) => {
  const hatnote = (text: string) => parseWikitextPage({ title: 'Lenin', text, site, revision: null }).sections[0]!.blocks[0]!.hatnote;
  t.same(hatnote('{{For|the city|Ulyanovsk}}\nText.'), { kind: 'about', targets: ['Ulyanovsk'] });
  t.same(hatnote('{{For|other people named Lenin}}\nText.'), { kind: 'about', targets: ['Lenin (disambiguation)'] });
  t.same(hatnote('{{Other uses}}\nText.'), { kind: 'about', targets: ['Lenin (disambiguation)'] });
  t.same(hatnote('{{Other uses|Lenin (name)}}\nText.'), { kind: 'about', targets: ['Lenin (name)'] });
});

t.test('citations: numbered by first use, named reuse keeps its number, list-defined refs, templates field by field', async (t) => {
  const document = parseWikitextPage({ title: 'Vladimir Lenin', text: lenin, site, revision: null });
  t.same(document.sections[0]!.blocks[1]!.citations, [1, 2], 'the infobox ref is 1; the lead reuses it');
  t.same(document.sections[1]!.blocks[1]!.citations, [3, 1]);
  t.same(document.sections[3]!.blocks[0]!.citations, [4], 'a list-defined ref, numbered where it is used');
  const refs = document.references.map(({ n, name, template, authors, year, title, publisher, url, kind }) => ({ n, name, template, authors, year, title, publisher, url, kind }));
  t.same(refs, [
    { n: 1, name: 'bio', template: 'citation', authors: ['Robert Service'], year: 2000, title: 'Lenin: A Biography', publisher: 'Harvard University Press', url: null, kind: 'book' },
    { n: 2, name: null, template: 'web citation', authors: ['Jane Doe'], year: 2020, title: 'On Lenin', publisher: 'Example Times', url: 'https://example.org/lenin', kind: 'web' },
    { n: 3, name: null, template: undefined, authors: ['John Smith'], year: 1999, title: 'A Book', publisher: 'Verso', url: null, kind: 'book' },
    { n: 4, name: 'ld', template: 'cite book', authors: ['Lars Lih'], year: 2011, title: 'Lenin', publisher: 'Reaktion', url: null, kind: 'book' },
  ]);
  t.equal(document.references[2]!.place, 'London', 'free text through the reference parser');
  const oct = parseWikitextPage({ title: 'October Revolution', text: october, site, revision: null });
  const news = oct.references[1]!;
  t.same([news.date, news.retrieved, news.publisher, news.url], ['1917-03-15', '2022-01-05', 'The Example Herald', 'https://example.org/herald']);
  t.same([oct.references[0]!.pages, oct.references[0]!.place], ['140', 'London']);
});

t.test('links and categories', async (t) => {
  const document = parseWikitextPage({
    title: 'Vladimir Lenin',
    text: `${lenin}[[File:x.jpg|thumb|[[In caption]]]] [[fr:Lénine]] [[:Category:Not a member]] [[Library:Capital]] [[Talk:Lenin]] [[october Revolution#Aftermath|the aftermath]]\n{{DEFAULTSORT:Lenin}}\n`,
    site,
    revision: null,
  });
  const targets = document.links!.map((l) => l.target);
  t.same(targets, [
    'Simbirsk', 'Russian Empire', 'Bolshevik Party', 'Communist Party of the Soviet Union', 'Nadezhda Krupskaya', 'Russia', 'October Revolution',
    'Simbirsk', 'Kazan University', 'In caption', 'October Revolution',
  ]);
  t.same(document.links!.at(-1), { seq: document.links!.at(-1)!.seq, target: 'October Revolution', fragment: 'Aftermath', section: 4 });
  t.equal(document.links![0]!.section, null, 'infobox links belong to no section');
  t.same(document.categories, [
    { name: 'Revolutionaries', sortKey: 'Lenin, Vladimir', sortBy: 'Lenin, Vladimir' },
    { name: 'Russian people', sortKey: null, sortBy: 'Lenin' },
  ]);
});

t.test('inline templates, dates, bibliographies, quotes and interlanguage links display as MediaWiki prints them', async (t) => {
  const text = [
    "{{Infobox organization|name=Grain Union|formation={{start date|1921|3|15|df=y}}|dissolved={{end date|1930}}|founded={{start date|1921|3}}|website={{URL|example.org}}|home={{URL|example.org|Example site}}|died={{death date and age|1924|1|21|1870|4|22}}}}",
    "The '''Grain Union''' ({{lang-ru|Зерновой союз|Zernovoy soyuz}}; {{lang|fr|Union du grain}}) ran {{nowrap|1921{{ndash}}1930}}.",
    '',
    '== Sources ==',
    '* {{cite book |last=Smith |first=John |title=Grain and Power |publisher=Oxford University Press |year=2005}}',
    '* {{Unknown template|x}} Plain entry',
    '',
    '{{quote|text=The grain belongs to the state.|author=A. Official|source=Speech, 1930}}',
    '',
    '[[ru:Зерновой союз]] [[zh-yue:穀物聯盟]]',
    '[[:fr:Union du grain|the French article]] is shown.',
    '',
    '{| class="wikitable"',
    '|+ Membership',
    '! Year !! Members',
    '|-',
    '| 1922 || 300,000',
    '|-',
    "| 1928 || '''1,200,000'''<ref>Census.</ref>",
    '|}',
  ].join('\n');
  const document = parseWikitextPage({ title: 'Grain Union', text, site, revision: null });
  const field = (key: string) => document.infobox!.fields.find((f) => f.key === key)!;
  t.same([field('formation').text, field('formation').date], ['15 March 1921', '1921-03-15'], 'df=y: day first, the ISO date beside it');
  t.same([field('dissolved').text, field('dissolved').date], ['1930', undefined], 'a year alone is shown, no full date');
  t.equal(field('founded').text, 'March 1921');
  t.equal(field('died').text, 'January 21, 1924 (aged 53)');
  t.equal(field('website').text, 'example.org');
  t.equal(field('home').text, 'Example site', '{{URL}} shows its label when it has one');
  const blocks = document.sections.flatMap((s) => s.blocks);
  t.equal(blocks[0]!.text, 'The Grain Union (Зерновой союз; Union du grain) ran 1921–1930.', '{{lang-xx}} and {{lang}} show their text');
  const list = blocks.find((b) => b.kind === 'list')!;
  t.equal(list.text, 'John Smith (2005). Grain and Power. Oxford University Press.\nPlain entry', 'a bibliography entry shows as its reference');
  t.same(document.references.map((r) => r.text), ['Census.'], 'a citation template outside <ref> is not a reference');
  t.equal(blocks.find((b) => b.kind === 'quote')!.text, 'The grain belongs to the state.\n— A. Official, Speech, 1930');
  const last = blocks.at(-2)!;
  t.equal(last.text, 'the French article is shown.', 'interlanguage links are not in the text; a colon link is');
  const table = blocks.at(-1)!;
  t.same([table.kind, table.text, table.citations], ['table', 'Membership\nYear\tMembers\n1922\t300,000\n1928\t1,200,000', [1]], 'a table: its caption, then rows by line, cells by tab, its refs cited');
  t.notOk(document.links!.some((l) => /Зерновой|穀物|Union du grain/.test(l.target)), 'and none is an article link');
});

t.test('what MediaWiki shows: entities decoded, each paragraph once, a term and its definition apart, {{!}}, encoded link targets', async (t) => {
  const text = [
    'Caf&eacute; 3&times;4 &amp; more.',
    '',
    'Second paragraph with [[7%25 Solution]] and [[Foo&copy;bar]].',
    '',
    '; Term : Its definition',
    '',
    'A {{!}} B',
  ].join('\n');
  const document = parseWikitextPage({ title: 'Shown', text, site, revision: null });
  t.same(
    document.sections[0]!.blocks.map((b) => b.text),
    ['Café 3×4 & more.', 'Second paragraph with 7% Solution and Foo©bar.', 'Term\nIts definition', 'A | B'],
  );
  t.same(document.links!.map((l) => l.target), ['7% Solution', 'Foo©bar'], 'targets decoded as MediaWiki decodes titles');
});

t.test('ref groups, {{efn}} and {{sfn}} are numbered as Cite numbers them: each group apart, labelled', async (t) => {
  const text = [
    'Alpha.<ref>First.</ref> Beta.{{efn|A note.}} Gamma.<ref group="note">Group note.</ref> Delta.<ref name="b">Second.</ref>{{sfn|Smith|2005|p=12}}',
    'Epsilon.{{efn|name=n2|Another note.}}{{sfn|Smith|2005|p=12}}<ref name="b"/>{{efn|name=n2}} {{sfnp|Doe|Roe|1999|pp=3–4}}',
    '',
    '== Notes ==',
    '{{notelist}}',
    '<references group="note"/>',
    '',
    '== References ==',
    '<references>',
    '<ref name="ld">List-defined.</ref>',
    '</references>',
  ].join('\n');
  const document = parseWikitextPage({ title: 'Groups', text, site, revision: null });
  t.same(
    document.references.map((r) => [r.n, r.label, r.group ?? null, r.text]),
    [
      [1, '1', null, 'First.'],
      [2, '2', null, 'Second.'],
      [3, '3', null, 'Smith 2005, p. 12.'],
      [4, '4', null, 'Doe & Roe (1999), pp. 3–4.'],
      [5, '5', null, 'List-defined.'],
      [6, 'a', 'lower-alpha', 'A note.'],
      [7, 'b', 'lower-alpha', 'Another note.'],
      [8, 'note 1', 'note', 'Group note.'],
    ],
  );
  const lead = document.sections[0]!.blocks[0]!;
  t.equal(lead.text, 'Alpha. Beta. Gamma. Delta. Epsilon.', 'markers are not text');
  t.same(lead.citations, [1, 6, 8, 2, 3, 7, 4], 'cited in order of first use; a reuse keeps its number');
  t.same([document.references[2]!.template, document.references[2]!.authors, document.references[2]!.year, document.references[2]!.pages], ['sfn', ['Smith'], 2005, '12']);
  t.same(document.citationUses.filter((u) => u.n === 3).length, 2, 'the same short footnote twice is one reference used twice');
  t.same(document.problems, []);
  const plain = parseWikitextPage({ title: 'Plain', text: 'A.<ref>One.</ref>\n', site, revision: null });
  t.same([plain.references[0]!.label, plain.references[0]!.group], [undefined, undefined], 'a page without groups keeps its numbers, unlabelled');
});

t.test('unbalanced templates and an unclosed <ref> are imported leniently, with a warning and its line', async (t) => {
  const document = parseWikitextPage({ title: 'Broken', text: 'Fine line.\n\nA {{cite book|title=X\n\nLater <ref>never closed\n', site, revision: null });
  t.same(
    document.problems.map((p) => [p.severity, p.line, p.message]),
    [
      ['warning', 3, 'unbalanced template braces "{{" in "Broken"; imported as text'],
      ['warning', 5, 'unclosed <ref> in "Broken"; imported as text'],
    ],
  );
  t.equal(render(document), 'Fine line.\n\nA {{cite book|title=X\n\nLater <ref>never closed\n');
});

t.test('an export imports end to end and reads through the API', async (t) => {
  const dir = t.testdir();
  const file = writeExport(dir, 'export.xml', exportXml('Example Wiki', pages));
  t.ok(isMediaWikiExport(file));
  const dbPath = join(dir, 'db.sqlite');
  const result = importDocuments({ dbPath, inputs: [file, join(textFixturesDir, 'agrafena-sokolova.txt')] });
  t.same(result.imported.map((i) => i.title).sort(), ['Agrafena Sokolova', 'October Revolution', 'Vladimir Lenin']);
  t.same(result.skippedPages, { namespace: 2, model: 1, empty: 2, size: 0, unparsable: 0 });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const article = (await app.inject({ url: '/v1/articles/Lenin' })).json();
  t.equal(article.title, 'Vladimir Lenin');
  t.equal(article.redirectedFrom, 'Lenin');
  t.equal(article.format, 'wikitext');
  t.same(
    article.revision,
    { id: 102, timestamp: '2024-03-01T10:00:00Z', sha1: 's2u', parentId: null, contributor: { name: 'Editor' }, comment: null, minor: false, size: 1227 },
    'the latest revision, with its details',
  );
  t.same(article.categories, [
    { name: 'Revolutionaries', sortKey: 'Lenin, Vladimir', href: '/v1/categories/Revolutionaries' },
    { name: 'Russian people', sortKey: null, href: '/v1/categories/Russian_people' },
  ]);
  t.same(article.links.find((l: { target: string }) => l.target === 'October Revolution'), {
    kind: 'link', target: 'October Revolution', exists: true, href: '/v1/articles/October_Revolution', section: 0,
  });
  t.equal(article.links.find((l: { target: string }) => l.target === 'Simbirsk').exists, false);
  t.same(article.citations.map((c: { n: number; name?: string | null }) => [c.n, c.name]), [[1, 'bio'], [2, null], [3, null], [4, 'ld']]);
  const field = article.infobox.fields.find((f: { key: string }) => f.key === 'birth_place');
  t.same(field.raw, '[[Simbirsk]], [[Russian Empire]]');
  t.same(field.links, ['Simbirsk', 'Russian Empire']);

  const source = await app.inject({ url: '/v1/articles/Vladimir_Lenin/source' });
  t.equal(source.headers['content-type'], 'text/x-wiki; charset=utf-8');
  t.equal(source.body, lenin, 'byte-identical wikitext');
  const text = (await app.inject({ url: '/v1/articles/Agrafena_Sokolova' })).json();
  t.same([text.format, text.revision, text.categories], ['text', null, []]);
  t.equal((await app.inject({ url: '/v1/articles/Agrafena_Sokolova/source' })).headers['content-type'], 'text/plain; charset=utf-8');
  const redirect = db.$client.prepare("SELECT fragment FROM redirects WHERE from_key = 'Lenin'").pluck().get();
  t.equal(redirect, 'Early life', 'the fragment is kept');
  const listed = (await app.inject({ url: '/v1/redirects/Lenin' })).json();
  t.same(listed, { from: 'Lenin', to: 'Vladimir Lenin', fragment: 'Early life', href: '/v1/articles/Vladimir_Lenin' }, 'and shown on the redirect');
  const through = (await app.inject({ url: '/v1/articles/Lenin/infobox' })).json();
  t.same([through.article.redirectedFrom, through.article.redirectFragment], ['Lenin', 'Early life'], 'and on the article reached through it');
});

t.test("the export's <base> gives the site's URL and a revision's permanent URL on the wiki", async (t) => {
  t.equal(revisionUrl('https://en.wikipedia.org/wiki/Main_Page', 42), 'https://en.wikipedia.org/wiki/Special:Redirect/revision/42');
  t.equal(revisionUrl('https://wiki.example.org/index.php?title=Main_Page', 7), 'https://wiki.example.org/index.php?title=Special%3ARedirect%2Frevision%2F7');
  t.equal(revisionUrl('https://wiki.example.org/wiki/Main_Page', null), null, 'no revision, no wiki URL');
  t.equal(revisionUrl(undefined, 7), null);
  const dir = t.testdir();
  const page = { title: 'Delta', id: 4, revisions: [{ id: 4242, timestamp: '2024-03-05T06:07:08Z', text: "'''Delta''' is a letter.\n" }] };
  const withBase = join(dir, 'with-base.xml');
  writeFileSync(withBase, exportXml('Example Wiki', [page]).replace('<dbname>', '<base>https://wiki.example.org/wiki/Main_Page</base>\n    <dbname>'));
  const withoutBase = join(dir, 'without-base.xml');
  writeFileSync(withoutBase, exportXml('Example Wiki', [{ ...page, title: 'Epsilon', id: 5 }]).replace(/<sitename>/, '<base>javascript:alert(1)</base><sitename>'));
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [withBase, withoutBase] });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  t.same((await app.inject({ url: '/v1/articles/Delta' })).json().site, { name: 'Example Wiki', tagline: '', url: 'https://wiki.example.org/wiki/Main_Page' });
  const cited = (await app.inject({ url: '/v1/articles/Delta/cite' })).json();
  t.equal(cited.permanentUrl, 'https://wiki.example.org/wiki/Special:Redirect/revision/4242');
  t.same([cited.csl.URL, cited.csl.version, cited.csl.issued], [cited.permanentUrl, '4242', { 'date-parts': [[2024, 3, 5]] }]);
  const other = (await app.inject({ url: '/v1/articles/Epsilon/cite', headers: { host: 'api.example.org' } })).json();
  t.equal(other.permanentUrl, 'http://api.example.org/v1/articles/Epsilon', 'a base that is not an http(s) URL is not kept: the API URL');
  t.notOk('url' in (await app.inject({ url: '/v1/articles/Epsilon' })).json().site);
});

t.test('compressed exports, schema 0.10, and an export told apart by content', async (t) => {
  const dir = t.testdir();
  const xml = exportXml('Example Wiki', pages.slice(0, 2), '0.10');
  const gz = writeExport(dir, 'dump.xml.gz', gzipSync(xml));
  const named = writeExport(dir, 'dump.txt', xml);
  t.ok(isMediaWikiExport(gz));
  t.ok(isMediaWikiExport(named), 'by its <mediawiki> root, whatever its name');
  t.notOk(isMediaWikiExport(join(textFixturesDir, 'agrafena-sokolova.txt')));
  const result = importDocuments({ dbPath: join(dir, 'a.db'), inputs: [gz] });
  t.same(result.imported.map((i) => i.title), ['Vladimir Lenin', 'October Revolution']);
  const again = importDocuments({ dbPath: join(dir, 'b.db'), inputs: [named] });
  t.same(again.imported.map((i) => i.title), ['Vladimir Lenin', 'October Revolution']);
});

t.test('a .xml.bz2 export (the form of Wikipedia\'s dumps) imports as its XML would', async (t) => {
  const dir = t.testdir();
  // test/fixtures/wikitext/alpha-beta.xml.bz2: two pages written with bench/export-xml.ts, compressed with bzip2 -9.
  const bz2 = join(fixturesDir, 'wikitext', 'alpha-beta.xml.bz2');
  t.ok(isMediaWikiExport(bz2));
  const dbPath = join(dir, 'db.sqlite');
  const result = importDocuments({ dbPath, inputs: [bz2] });
  t.same(result.imported.map((i) => i.title), ['Alpha', 'Beta']);
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const alpha = (await app.inject({ url: '/v1/articles/Alpha' })).json();
  t.same([alpha.format, alpha.revision.id, alpha.categories.map((c: { name: string }) => c.name)], ['wikitext', 11, ['Letters']]);
  t.same(alpha.citations.map((c: { authors: string[]; title: string; year: number }) => [c.authors, c.title, c.year]), [[['Smith'], 'Letters', 1999]]);
  t.equal(
    (await app.inject({ url: '/v1/articles/Beta/source' })).body,
    'Beta comes after [[Alpha]].\n',
    'the <text> byte for byte',
  );
});

t.test('a corrupt or truncated compressed export is malformed input at file:line:column; --skip-invalid keeps the pages before the cut', async (t) => {
  const dir = t.testdir();
  const xml = exportXml('Example Wiki', pages.slice(0, 2));
  const gzipped = gzipSync(xml);
  // Cut inside the second page: the first decompresses and parses whole.
  const cut = writeExport(dir, 'cut.xml.gz', gzipped.subarray(0, Math.floor(gzipped.length * 0.8)));
  const error = failedImport({ dbPath: join(dir, 'db.sqlite'), inputs: [cut] });
  t.type(error, ImportFailed);
  t.match(formatMessage(error!.messages[0]!), /cut\.xml\.gz:\d+:\d+: error: malformed XML: corrupt or truncated gzip data \(unexpected end of file\)$/);
  const kept = importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [cut], skipInvalid: true });
  t.same(kept.imported.map((i) => i.title), ['Vladimir Lenin']);

  const garbage = writeExport(dir, 'garbage.xml.bz2', 'not bzip2 at all');
  const bad = failedImport({ dbPath: join(dir, 'other.sqlite'), inputs: [garbage] });
  t.type(bad, ImportFailed);
  t.match(formatMessage(bad!.messages[0]!), /garbage\.xml\.bz2:1:1: error: malformed XML: corrupt or truncated bzip2 data/);
});

t.test('bad input: file:line:column, atomic runs', async (t) => {
  const dir = t.testdir();
  const xml = exportXml('Example Wiki', pages.slice(0, 2));
  const cut = xml.indexOf('<page>', xml.indexOf('October Revolution') - 200);
  const truncated = writeExport(dir, 'cut.xml', xml.slice(0, cut + 300));
  const dbPath = join(dir, 'db.sqlite');
  const error = failedImport({ dbPath, inputs: [truncated] });
  t.type(error, ImportFailed, 'a dump cut mid-page fails the run');
  t.match(formatMessage(error!.messages[0]!), /^.*cut\.xml:\d+:\d+: error: malformed XML: /);
  const kept = importDocuments({ dbPath, inputs: [truncated], skipInvalid: true });
  t.same(kept.imported.map((i) => i.title), ['Vladimir Lenin'], '--skip-invalid keeps the complete pages');

  const laughs = writeExport(
    dir,
    'laughs.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE mediawiki [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n` +
      exportXml('W', [{ title: 'Laughs', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'x' }] }]).replace('>x</text>', '>&lol2;</text>'),
  );
  const external = writeExport(
    dir,
    'external.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n` +
      exportXml('W', [{ title: 'Ext', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'x' }] }]).replace('>x</text>', '>&xxe;</text>'),
  );
  for (const file of [laughs, external]) {
    const failed = t.throws(() => importDocuments({ dbPath: join(dir, 'other.db'), inputs: [file] })) as unknown as ImportFailed;
    t.match(failed.messages[0]!.message, /undefined entity/, 'never expanded, never fetched');
    t.notMatch(JSON.stringify(failed.messages), /root:/);
  }

  const twice = writeExport(
    dir,
    'twice.xml',
    exportXml('W', [
      { title: 'Same', id: 1, revisions: [{ id: 2, timestamp: '2024-05-01T00:00:00Z', text: 'Newer text.' }] },
      { title: 'same', id: 2, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Older text.' }] },
      { title: 'Other', id: 3, revisions: [{ id: 3, timestamp: '2024-01-01T00:00:00Z', text: 'First.' }] },
      { title: 'Other', id: 4, revisions: [{ id: 4, timestamp: '2024-02-01T00:00:00Z', text: 'Second.' }] },
    ]),
  );
  const duplicates = importDocuments({ dbPath: join(dir, 'twice.db'), inputs: [twice] });
  t.match(duplicates.messages.map((m) => m.message), [/"same" is also at .*twice\.xml:\d+; the earlier revision wins/, /"Other" is also at .*; the later revision wins/]);
  const db = openDatabase(join(dir, 'twice.db'), { readonly: true });
  t.same(db.$client.prepare('SELECT title, summary FROM articles ORDER BY title').all(), [
    { title: 'Other', summary: 'Second.' },
    { title: 'Same', summary: 'Newer text.' },
  ]);
  db.$client.close();
});

t.test('backlinks, categories, Last-Modified and If-Modified-Since', async (t) => {
  const dir = t.testdir();
  const extra: ExportPageInput[] = [
    { title: 'Bolsheviks', id: 10, revisions: [{ id: 1001, timestamp: '2024-01-05T00:00:00Z', text: 'The party of [[Lenin]].\n[[Category:Revolutionaries]]\n' }] },
    { title: 'Alpha', id: 11, revisions: [{ id: 1101, timestamp: '2024-01-05T00:00:00Z', text: 'See [[Vladimir Lenin]] and [[Lenin]].\n[[Category:Revolutionaries|Zzz]]\n' }] },
    { title: 'Unlinked', id: 12, revisions: [{ id: 1201, timestamp: '2024-01-05T00:00:00Z', text: 'Nothing here.\n' }] },
  ];
  const file = writeExport(dir, 'export.xml', exportXml('Example Wiki', [...pages, ...extra]));
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [file] });
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  const backlinks = (await get('/v1/articles/Lenin/backlinks')).json();
  t.same(backlinks.items, [
    { title: 'Alpha', slug: 'Alpha', href: '/v1/articles/Alpha', via: null },
    { title: 'Bolsheviks', slug: 'Bolsheviks', href: '/v1/articles/Bolsheviks', via: 'Lenin' },
    { title: 'October Revolution', slug: 'October_Revolution', href: '/v1/articles/October_Revolution', via: null },
  ]);
  const first = (await get('/v1/articles/Vladimir_Lenin/backlinks?limit=2')).json();
  t.same(first.items.map((i: { title: string }) => i.title), ['Alpha', 'Bolsheviks']);
  const second = (await get(first.next)).json();
  t.same([second.items.map((i: { title: string }) => i.title), second.next], [['October Revolution'], null]);
  t.equal((await get('/v1/articles/Vladimir_Lenin/backlinks?cursor=nope!')).statusCode, 400);

  const list = (await get('/v1/categories')).json();
  t.same(list.items, [
    { name: 'Revolutionaries', articles: 3, href: '/v1/categories/Revolutionaries' },
    { name: 'Revolutions', articles: 1, href: '/v1/categories/Revolutions' },
    { name: 'Russian people', articles: 1, href: '/v1/categories/Russian_people' },
  ]);
  const paged = (await get('/v1/categories?limit=1')).json();
  t.equal((await get(paged.next)).json().items[0].name, 'Revolutions');
  const members = (await get('/v1/categories/Category:revolutionaries')).json();
  t.same(
    members.items.map((m: { title: string; sortKey: string | null }) => [m.title, m.sortKey]),
    [['Bolsheviks', null], ['Vladimir Lenin', 'Lenin, Vladimir'], ['Alpha', 'Zzz']],
    'by sort key: the title, the key given, the key given',
  );
  t.equal(members.articles, 3);
  const one = (await get('/v1/categories/Revolutionaries?limit=1')).json();
  t.same((await get(one.next)).json().items.map((m: { title: string }) => m.title), ['Vladimir Lenin']);
  const missing = await get('/v1/categories/Nope');
  t.equal(missing.statusCode, 404);
  t.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8');

  // The full path, then the prebuilt answer of the same URL: the same Last-Modified and conditionals.
  for (const round of ['full path', 'prebuilt']) {
    const article = await get('/v1/articles/Vladimir_Lenin');
    t.equal(article.headers['last-modified'], 'Fri, 01 Mar 2024 10:00:00 GMT', round);
    t.equal((await get('/v1/articles/Vladimir_Lenin', { 'if-modified-since': 'Fri, 01 Mar 2024 10:00:00 GMT' })).statusCode, 304, round);
    t.equal((await get('/v1/articles/Vladimir_Lenin', { 'if-modified-since': 'Thu, 29 Feb 2024 10:00:00 GMT' })).statusCode, 200, round);
    const tagged = { 'if-none-match': '"other"', 'if-modified-since': 'Fri, 01 Mar 2024 10:00:00 GMT' };
    t.equal((await get('/v1/articles/Vladimir_Lenin', tagged)).statusCode, 200, `${round}: If-None-Match decides when present`);
    t.equal((await get('/v1/articles/Vladimir_Lenin', { 'if-none-match': article.headers.etag as string })).statusCode, 304, round);
  }
  const source = await get('/v1/articles/Vladimir_Lenin/source', { 'if-modified-since': 'Sat, 02 Mar 2024 00:00:00 GMT' });
  t.equal(source.statusCode, 304);
  t.equal((await get('/v1/articles/Vladimir_Lenin/source')).headers['last-modified'], 'Fri, 01 Mar 2024 10:00:00 GMT');
});

t.test('a page of tens of MB is skipped with a warning; the pages around it import', async (t) => {
  const dir = t.testdir();
  const huge = `${'A line of text with a [[Link]] in it.\n\n'.repeat(Math.ceil((MAX_PAGE_BYTES * 6) / 39))}`;
  t.ok(Buffer.byteLength(huge) > 20 * 1024 * 1024, 'tens of MB');
  const file = writeExport(
    dir,
    'huge.xml',
    exportXml('W', [
      { title: 'Before', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Before.' }] },
      { title: 'Huge', id: 2, revisions: [{ id: 2, timestamp: '2024-01-01T00:00:00Z', text: huge }] },
      { title: 'After', id: 3, revisions: [{ id: 3, timestamp: '2024-01-01T00:00:00Z', text: 'After.' }] },
    ]),
  );
  const result = importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [file] });
  t.same(result.imported.map((i) => i.title), ['Before', 'After']);
  t.equal(result.skippedPages.size, 1);
  t.match(formatMessage(result.messages[0]!), /huge\.xml:\d+: warning: "Huge" has 2\d\.\d MiB of wikitext, over the 4 MiB a page can have; skipped/);
});

t.test('nestingDepth counts templates, links and tables on their brackets', async (t) => {
  t.equal(nestingDepth('plain text, [single] {brackets}'), 0);
  t.equal(nestingDepth('{{a}} and [[b]] and {{c|d}}'), 1);
  t.equal(nestingDepth('{{a|{{b|[[c|{{{d}}}]]}}}}'), 4);
  t.equal(nestingDepth('{|\n| {{a|[[b]]}}\n|}\n{{c}}'), 3, 'a table at the start of a line, and its cells');
  t.equal(nestingDepth('a {| is not a table mid-line'), 0);
  t.equal(nestingDepth('}} ]] {{a}}'), 1, 'stray closers do not go below zero');
  t.equal(nestingDepth('{{a {{b'), 2, 'unclosed brackets stay open');
});

t.test('a page nested deeper than MediaWiki expands is skipped with a warning naming it; the pages around it import', async (t) => {
  const dir = t.testdir();
  // Templates with a link in each, one inside the other: the parse of such a page grows with the square of its depth.
  const nested = (depth: number) => `${'{{a|[[b|'.repeat(depth)}x${']]}}'.repeat(depth)}`;
  const file = writeExport(
    dir,
    'deep.xml',
    exportXml('W', [
      { title: 'Before', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Before [[Deep]].' }] },
      { title: 'Deep', id: 2, revisions: [{ id: 2, timestamp: '2024-01-01T00:00:00Z', text: nested(MAX_NESTING / 2 + 1) }] },
      { title: 'Deep enough', id: 3, revisions: [{ id: 3, timestamp: '2024-01-01T00:00:00Z', text: nested(MAX_NESTING / 2) }] },
    ]),
  );
  // The warning is at the page's text, as a warning inside a page is.
  const lines = readFileSync(file, 'utf8').split('\n');
  const textLine = lines.findIndex((line, i) => line.includes('<text') && i > lines.findIndex((l) => l.includes('<title>Deep</title>'))) + 1;
  const result = importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [file] });
  t.same(result.imported.map((i) => i.title), ['Before', 'Deep enough'], 'nested as deep as MediaWiki expands: imported');
  t.equal(result.skippedPages.unparsable, 1);
  t.same(result.messages.map(formatMessage), [
    `${file}:${textLine}: warning: "Deep" nests templates, links or tables ${MAX_NESTING + 2} deep, over the ${MAX_NESTING} MediaWiki expands; skipped`,
  ]);
  // With --strict the warning is an error: nothing is imported.
  t.throws(() => importDocuments({ dbPath: join(dir, 'strict.sqlite'), inputs: [file], strict: true }), ImportFailed);
});

t.test('two parse workers import an export as one does', async (t) => {
  const dir = t.testdir();
  const file = writeExport(dir, 'export.xml', exportXml('Example Wiki', pages));
  const one = importDocuments({ dbPath: join(dir, 'one.sqlite'), inputs: [file], parseWorkers: 1 });
  const two = importDocuments({ dbPath: join(dir, 'two.sqlite'), inputs: [file], parseWorkers: 2 });
  t.same(two.imported, one.imported, 'the same documents, in input order');
  t.equal(two.run.contentHash, one.run.contentHash, 'the same content');
  t.same(two.skippedPages, one.skippedPages);
});
