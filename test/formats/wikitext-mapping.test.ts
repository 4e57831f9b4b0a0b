/**
 * The rules that map wikitext onto the document model, on the `.wiki` fixtures and on small pages:
 * infobox, sections, hatnotes, citations, links, categories, inline templates and lenient parsing.
 */
import t from 'tap';
import { render } from '../../src/document/render.js';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';
import { lenin, october } from '../helpers/wikitext-export.js';

const site = { name: 'Example Wiki', namespaces: new Map([['talk', 1], ['template', 10], ['category', 14], ['library', 3000]]) };

t.test('wikitext → document: parts render back byte for byte', async (t) => {
  for (const text of [lenin, october, 'no newline at the end', '\n\nleading blank lines\n\n\n']) {
    const document = parseWikitextPage({ title: 'X', text, site, revision: null });
    t.equal(render(document), text);
  }
});

t.test('infobox: key as written, readable label, displayed text, raw, list values, dates, links, typed value', async (t) => {
  const { infobox } = parseWikitextPage({ title: 'Vladimir Lenin', text: lenin, site, revision: null });
  t.equal(infobox?.title, 'Vladimir Lenin');
  t.equal(infobox?.template, 'revolutionary');
  const field = (key: string) => {
    const { seq: _seq, ...rest } = infobox!.fields.find((f) => f.key === key)!;
    return rest;
  };
  t.same(field('birth_date'), { key: 'birth_date', label: 'Birth date', text: 'April 22, 1870', raw: '{{birth date|1870|4|22}}', date: '1870-04-22',
    value: { type: 'date', date: '1870-04-22', precision: 'day' } });
  t.same(field('birth_place'), {
    key: 'birth_place', label: 'Birth place', text: 'Simbirsk, Russian Empire', raw: '[[Simbirsk]], [[Russian Empire]]', links: ['Simbirsk', 'Russian Empire'], value: null,
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
