/**
 * A page's metadata in the document model, on fixtures written for these tests
 * (test/fixtures/wikitext/metadata/): short description, main image, every infobox, templates
 * with counts, coordinates in each {{coord}} form, the bounds on hostile pages, and the revision
 * details an export gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { render } from '../../src/document/render.js';
import type { Image } from '../../src/document/types.js';
import { filePath } from '../../src/formats/wikitext/image.js';
import { MAX_COORDINATES, MAX_DESCRIPTION_LENGTH, templateName } from '../../src/formats/wikitext/metadata.js';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';
import { readExport, type SiteInfo } from '../../src/formats/wikitext/xml.js';
import { fixturesDir } from '../helpers/expected.js';
import { wikitextPage } from '../helpers/wikitext-arbitrary.js';

const dir = join(fixturesDir, 'wikitext', 'metadata');
const site = {
  name: 'Example Wiki',
  base: 'https://wiki.example.org/wiki/Main_Page',
  namespaces: new Map([['template', 10], ['file', 6], ['image', 6], ['category', 14], ['user', 2]]),
};
const parse = (name: string, info: SiteInfo = site) => {
  const text = readFileSync(join(dir, `${name}.wiki`), 'utf8');
  const document = parseWikitextPage({ title: name, text, site: info, revision: null });
  return { text, document };
};

t.test('{{coord}} in each form, and an infobox\'s latd/longd parameters', async (t) => {
  const { text, document } = parse('coordinates');
  t.equal(render(document), text, 'the parts still render back byte for byte');
  t.same(document.coordinates, [
    { lat: 41.375, lon: 2.18, primary: true }, // latd/latm/lats/latNS, coordinates_display = title
    { lat: 41.3751, lon: 2.181, primary: false }, // signed decimals, then coordinate parameters not read
    { lat: 41.38, lon: 2.17, primary: false }, // decimals with hemispheres
    { lat: 41.366667, lon: 2.183333, primary: false }, // degrees and minutes
    { lat: -33.866667, lon: 151.2, primary: false }, // S: negative; display=inline is not the title
    { lat: -12.5, lon: -77.25, primary: false }, // negative decimals
    { lat: 41.379306, lon: -2.150903, primary: true }, // degrees, minutes, seconds; W; display=inline,title
  ]);
  t.same(
    document.problems.map(({ severity, line, message }) => [severity, line, message.replace(/ in "coordinates"$/, '')]),
    [
      ['warning', 17, 'latitude 95 is beyond ±90°: not a location'],
      ['warning', 18, 'latitude minutes and seconds must be from 0 to under 60 ("41|75"): not a location'],
      ['warning', 19, 'latitude "north" is not a number: not a location'],
    ],
    'an impossible value is a warning with its line, not a coordinate',
  );
  t.same(document.templates, [{ name: 'Short description', count: 1, citation: false }, { name: 'Infobox settlement', count: 1, citation: false }, { name: 'Coord', count: 9, citation: false }], '{{Coord}} and {{coord}} are one template');
  t.equal(document.description, 'Invented harbour town');
});

t.test('a longitude past 180 and a place given twice', async (t) => {
  const coordinates = (text: string) => parseWikitextPage({ title: 'X', text, site, revision: null });
  t.match(coordinates('{{coord|10|181}}').problems, [{ message: /longitude 181 is beyond ±180°/ }]);
  t.same(coordinates('{{coord|10|181}}').coordinates, []);
  t.same(coordinates('{{coord|1|2}} {{coord|1|2|display=title}}').coordinates, [{ lat: 1, lon: 2, primary: true }], 'one place, primary as either says');
  t.same(coordinates('{{coord|90|-180}} {{coord|−45|0}}').coordinates, [{ lat: 90, lon: -180, primary: false }, { lat: -45, lon: 0, primary: false }], 'the limits themselves, and a minus sign');
});

t.test('a thousand {{coord}} cost a warning, and only the first are read', async (t) => {
  const text = `'''Many''' places.\n${Array.from({ length: 1000 }, (_, i) => `* {{coord|${(i % 90) + 0.5}|${i % 180}}}`).join('\n')}\n`;
  const document = parseWikitextPage({ title: 'Many', text, site, revision: null });
  t.ok(document.coordinates.length <= MAX_COORDINATES, `${document.coordinates.length} coordinates kept`);
  t.same(document.templates, [{ name: 'Coord', count: 1000, citation: false }], 'every use is still counted');
  t.same(document.problems.map((p) => p.message), [`1,000 {{coord}} templates, of which the first ${MAX_COORDINATES} are read, in "Many"`]);
  t.equal(document.problems[0]!.line, MAX_COORDINATES + 2, 'at the first one not read');
});

t.test('a 100 KB short description is a warning, not a description', async (t) => {
  const text = `{{Short description|${'word '.repeat(20_480)}}}\n'''Long''' text.\n`;
  const document = parseWikitextPage({ title: 'Long', text, site, revision: null });
  t.equal(document.description, null);
  t.match(document.problems, [{ severity: 'warning', line: 1, message: new RegExp(`short description of 102,400 characters \\(the limit is ${MAX_DESCRIPTION_LENGTH}\\) ignored`) }]);
  const shortEnough = parseWikitextPage({ title: 'Short', text: `{{short_description| A  ''fictional'' town }}\nText.\n`, site, revision: null });
  t.equal(shortEnough.description, 'A fictional town', 'displayed, whitespace collapsed');
  const description = (text: string) => parseWikitextPage({ title: 'Described', text, site, revision: null }).description;
  t.equal(description('{{Short description|1=A named one}}\n{{Short description|A second}}\n'), 'A second', '`1=`; a later one replaces it, as MediaWiki sets it');
  t.equal(description('{{Short description|A first}}\n{{Infobox x|name=y}}{{Short description|From a box|noreplace}}\n'), 'A first', 'unless it says noreplace');
  t.equal(description('{{SHORTDESC:Set by the [[parser function]]}}\nText.\n'), 'Set by the parser function', '{{SHORTDESC:…}}, the parser function the template calls');
  t.equal(description('{{shortdesc:A first}}{{SHORTDESC:Not this|noreplace}}{{Short description|none}}\n'), null, 'its noreplace, and `none` after it');
  t.same(parseWikitextPage({ title: 'Described', text: '{{SHORTDESC:x}}', site, revision: null }).templates, [], 'a parser function, not a template');
});

t.test("an infobox's image, as a bare file name or as a whole [[File:…|…]] link", async (t) => {
  const cases: [string, Image, string][] = [
    [
      'image-bare',
      { file: 'Ana vidal portrait.JPG', caption: 'Vidal in 1962', alt: 'A woman at a desk', href: 'https://wiki.example.org/wiki/Special:FilePath/Ana_vidal_portrait.JPG' },
      "normalised as titles are; the comment before it dropped; caption and alt parameters; the infobox wins over the lead's file",
    ],
    [
      'image-link',
      { file: 'Phoenix works logo.svg', caption: "The works' logo", alt: 'A bird rising', href: 'https://wiki.example.org/wiki/Special:FilePath/Phoenix_works_logo.svg' },
      'the logo parameter; the options (frameless, upright=) are not the caption',
    ],
  ];
  for (const [name, image, message] of cases) t.same(parse(name).document.image, image, message);
  t.same(parse('image-bare', { ...site, base: null }).document.image?.href, null, "no link without the export's base");
});

t.test("the lead's first file when the infobox names none", async (t) => {
  const { document } = parse('image-lead');
  t.same(document.image, {
    file: 'Tarn water source.jpg',
    caption: 'The source, in spring',
    alt: null,
    href: 'https://wiki.example.org/wiki/Special:FilePath/Tarn_water_source.jpg',
  }, 'an Image: link; the size is no caption; the later section\'s file is not the lead\'s');
  t.equal(parseWikitextPage({ title: 'X', text: '== A ==\n[[File:Late.jpg]]\n', site, revision: null }).image, null, 'no file in the lead: no image');
});

t.test('every infobox in order, nested ones included; `infobox` is the first, unchanged', async (t) => {
  const { text, document } = parse('nested');
  t.equal(render(document), text);
  t.equal(document.infoboxes[0], document.infobox, 'the first is the document\'s infobox');
  t.same(document.infoboxes.map((box) => box.template), ['officeholder', 'military person', 'sportsperson', 'ship']);
  t.same(document.infoboxes[1]!.fields.map((field) => [field.key, field.text]), [['embed', 'yes'], ['allegiance', 'Norway'], ['module', '']]);
  const module = document.infobox!.fields.find((field) => field.key === 'module')!;
  t.ok(document.infoboxes[1]!.fields.every((field) => field.seq === module.seq), "a nested box's fields are at the part of the parameter it is in");
  t.equal(document.infoboxes[3]!.title, "Berg's boat");
  t.equal(document.description, null, '`none` means none');
  t.same(document.references.map((reference) => reference.text), ['Smith 2001, p. 4.', 'Smith 2001, p. 5.'], 'references are numbered once');
  t.same(document.problems, []);
});

t.test('templates with counts: names normalised as titles are; magic words, parser functions and other namespaces are not templates', async (t) => {
  const { document } = parse('nested');
  t.same(document.templates, [
    { name: 'Short description', count: 1, citation: false },
    { name: 'Infobox officeholder', count: 1, citation: false },
    { name: 'Infobox military person', count: 1, citation: false },
    { name: 'Infobox sportsperson', count: 1, citation: false },
    { name: 'Sfn', count: 2, citation: false },
    { name: 'Infobox ship', count: 1, citation: false },
    { name: 'Navbox fjordby', count: 2, citation: false },
  ]);
  const names = { namespaces: new Map([['template', 10], ['vorlage', 10], ['user', 2]]), firstLetterCase: true };
  t.same(
    ['Template:cite_web', 'Vorlage: Infobox Ort', 'subst:foo', 'Foo: bar', 'User:X/y', ':Main Page', '{{{1}}}', 'a|b', 'Foo#frag'].map((name) => templateName(name, names)),
    ['Cite web', 'Infobox Ort', 'Foo', 'Foo: bar', null, null, null, null, 'Foo'],
  );
  t.equal(templateName('cite web', { ...names, firstLetterCase: false }), 'cite web', 'a case-sensitive wiki keeps the case');
});

t.test("Special:FilePath follows the wiki's article path", async (t) => {
  t.equal(filePath('https://w.example/wiki/Main_Page', 'A b.jpg'), 'https://w.example/wiki/Special:FilePath/A_b.jpg');
  t.equal(filePath('https://w.example/index.php?title=Main_Page', 'A b.jpg'), 'https://w.example/index.php?title=Special%3AFilePath%2FA_b.jpg');
  t.equal(filePath('https://w.example/wiki/Main_Page', 'Ünïcode ?#.png'), 'https://w.example/wiki/Special:FilePath/%C3%9Cn%C3%AFcode_%3F%23.png');
  t.equal(filePath('not a url', 'A.jpg'), null);
  t.equal(filePath(null, 'A.jpg'), null);
});

t.test('any wikitext, broken forms among it, gives metadata within its bounds', async (t) => {
  const coords = fc.constantFrom('{{coord|1|2}}', '{{coord|91|0}}', '{{coord|1|2|3|N|4|5|6|W|display=title}}', '{{coord|N|E}}', '{{Short description|x}}', '{{Infobox x|image=[[File:A.jpg|alt=a|b]]|latd=1|longd=2}}');
  const pages = fc.array(fc.oneof(wikitextPage(), coords), { maxLength: 4 }).map((pieces) => pieces.join('\n'));
  fc.assert(
    fc.property(pages, (text) => {
      const document = parseWikitextPage({ title: 'Any', text, site, revision: null });
      return (
        document.coordinates.every(({ lat, lon }) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180) &&
        document.templates.every(({ name, count }) => name !== '' && count >= 1) &&
        (document.image === null || document.image.file !== '') &&
        (document.infobox === null || document.infoboxes.includes(document.infobox))
      );
    }),
    { seed: 25, numRuns: 300 },
  );
  t.pass('300 pages');
});

t.test('revision details from an export: parent, contributor (name or IP), comment, minor, size in bytes', async (t) => {
  const pages = [];
  for await (const page of readExport(join(dir, 'revisions.xml'))) pages.push(page);
  t.same(pages.map((page) => page.revision), [
    { id: 11, timestamp: '2024-02-01T00:00:00Z', sha1: 'bbb', parentId: 10, contributor: { ip: '192.0.2.7' }, comment: 'typo: "Ana" → "Anna"', minor: true, size: 20 },
    { id: 20, timestamp: '2024-03-01T00:00:00Z', sha1: 'ccc', parentId: 19, contributor: null, comment: null, minor: false, size: 7 },
    { id: 30, timestamp: '2024-04-01T00:00:00Z', sha1: 'ddd', parentId: null, contributor: { name: 'Jon Berg' }, comment: null, minor: false, size: 0 },
  ], 'the latest revision; a hidden contributor and comment are null; a first revision has no parent');
  const first = pages[0]!;
  const document = parseWikitextPage({ title: first.title, text: first.text!, site, revision: first.revision });
  t.equal(document.revision?.contributor && 'ip' in document.revision.contributor ? document.revision.contributor.ip : null, '192.0.2.7', 'carried into the document');
});
