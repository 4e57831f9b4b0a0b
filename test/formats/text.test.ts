import t from 'tap';
import { parseDocument } from '../../src/formats/text/parse.js';
import { render } from '../../src/document/render.js';
import { compareGraded, loadAllFixtures, loadFixtures, loadSeed, project } from '../helpers/expected.js';

const fixtures = loadFixtures();

t.test('every fixture matches its expected decomposition, field by field', async (t) => {
  t.ok(fixtures.length >= 4, `found ${fixtures.length} fixtures`);
  for (const fixture of fixtures) {
    t.test(fixture.name, async (t) => {
      const document = parseDocument(fixture.source);
      t.same(document.problems.filter((p) => p.severity === 'error'), [], 'no errors');
      const actual = project(document);
      const { links: expectedLinks, ambiguous, ...expected } = fixture.expected;
      const { differences, graded } = compareGraded(expected, actual, ambiguous);
      t.same(differences, [], `${graded} graded fields match`);

      // Links are a multiset: a mis-split shifts indices.
      const key = (link: { kind: string; target: string }) => `${link.kind}\u0000${link.target}`;
      const linksAmbiguous = ambiguous.some((path) => path.startsWith('links'));
      t.equal(actual.links.length, expectedLinks.length, 'link count');
      if (!linksAmbiguous) t.same(actual.links.map(key).sort(), expectedLinks.map(key).sort(), 'links');
    });
  }
});

t.test('the seed page from seed/: what a reader sees in it', async (t) => {
  // The seed has no hand-made decomposition in the project; these are read off the page itself.
  const document = parseDocument(loadSeed().source);
  t.same(document.problems.filter((p) => p.severity === 'error'), [], 'no errors');
  const actual = project(document);
  t.match(actual, { title: 'Russian revolution of 1917', site: 'ProleWiki', redirectedFrom: 'October Revolution' });
  t.equal(actual.infobox?.title, 'Russian revolution of 1917');
  const field = (text: string) => actual.infobox?.fields.find((f) => f.text === text);
  t.equal(field('November 7th, 1917')?.label, 'Date', 'label glued to its value');
  t.equal(field('Bolshevik victory')?.label, 'Result', 'label, space, value');
  t.same(field('Bolsheviks Russian Republic')?.values, ['Bolsheviks', 'Russian Republic'], 'a two-sided row');
  t.same(field('Wounded soldiers Officers arrested')?.values, ['Wounded soldiers', 'Officers arrested'], 'a two-sided row under a header');
  t.same(
    actual.sections.map((s) => s.title),
    [null, null, 'Revolution in Petrograd', 'Revolution in Russian Turkestan', 'Impact and aftermath', null],
    'the lead, a lost heading before "See also:", three headings, a lost heading before a paragraph',
  );
  t.same(actual.sections[1]!.hatnotes, [{ kind: 'see-also', targets: ['February Revolution'] }]);
  t.same(actual.citations.map((c) => c.n), [1, 2, 3, 4, 5]);
  t.match(actual.citations[0], { authors: ['Vijay Prashad'], year: 2017, title: 'Red Star over the Third World', chapter: 'Red October', pages: 'p. 30', format: 'PDF' });
  t.match(actual.citations[2], { kind: 'note', authors: [], year: null });
  t.match(actual.citations[3], { authors: ['Joseph Stalin'], year: 1924 }, 'an inverted author');
});

t.test('the render of every fixture (and of the seed page) is byte-identical to its source', async (t) => {
  for (const fixture of loadAllFixtures()) {
    const document = parseDocument(fixture.source);
    t.equal(render(document), fixture.source, fixture.name);
    // Every part is real text: nothing is invented or dropped between parts.
    t.ok(document.parts.every((part) => fixture.source.includes(part.raw)), `${fixture.name}: parts are source text`);
  }
});

t.test('an image file-name line and the caption under it are image parts of the infobox, not fields', async (t) => {
  const source = [
    'Wang Lin',
    '',
    'From ProleWiki, the proletarian encyclopedia',
    'Wang Lin',
    '',
    '王林',
    'Wang Lin waving hand.jpg',
    'Wang Lin at the 40th anniversary of the founding of the Academy in 2009',
    'Born(1953-06-15) June 15, 1953 (age 73)',
    'Harbin, China',
    'Political partyCommunist Party of China',
    '',
    'Wang Lin is a fictional engineer who worked on railways in the north-east of the country for forty years.[1]',
    '',
    '',
    '  1. A. Author (2000). A Book.',
    '',
  ].join('\n');
  const document = parseDocument(source);
  t.same(
    document.infobox?.fields.map(({ key, text }) => ({ key, text })),
    [
      { key: 'native_name', text: '王林' },
      { key: 'born', text: '(1953-06-15) June 15, 1953 (age 73)\nHarbin, China' },
      { key: 'political_party', text: 'Communist Party of China' },
    ],
    'the caption is not a native_name (or any) field',
  );
  t.same(
    document.parts.filter((part) => part.kind === 'infobox-image' || part.kind === 'infobox-caption').map(({ kind, raw }) => [kind, raw]),
    [
      ['infobox-image', 'Wang Lin waving hand.jpg'],
      ['infobox-caption', 'Wang Lin at the 40th anniversary of the founding of the Academy in 2009'],
    ],
  );
  t.equal(render(document), source, 'kept in the lossless parts');
  t.same(
    document.image,
    { file: 'Wang Lin waving hand.jpg', caption: 'Wang Lin at the 40th anniversary of the founding of the Academy in 2009', alt: null, href: null },
    'the main image: the file and caption the rendering shows, no alt text or link it does not',
  );
  t.same([document.infoboxes, document.description, document.templates, document.coordinates], [[document.infobox], null, [], []], 'the rest of the metadata: null or empty, never a guess');

  // A row right after the file name is a row, not a caption.
  const rowAfter = source.replace('Wang Lin at the 40th anniversary of the founding of the Academy in 2009\n', '');
  t.same(
    parseDocument(rowAfter).infobox?.fields.map(({ key }) => key),
    ['native_name', 'born', 'political_party'],
  );
});
