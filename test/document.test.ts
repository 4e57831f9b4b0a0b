import t from 'tap';
import { parseDocument } from '../src/formats/text/parse.js';
import { render } from '../src/document/render.js';
import { compareGraded, loadFixtures, project } from './helpers/expected.js';

const fixtures = loadFixtures();

t.test('every fixture matches its expected decomposition, field by field', async (t) => {
  t.ok(fixtures.length >= 5, `found ${fixtures.length} fixtures`);
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

t.test('the render of every fixture is byte-identical to its source', async (t) => {
  for (const fixture of fixtures) {
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

  // A row right after the file name is a row, not a caption.
  const rowAfter = source.replace('Wang Lin at the 40th anniversary of the founding of the Academy in 2009\n', '');
  t.same(
    parseDocument(rowAfter).infobox?.fields.map(({ key }) => key),
    ['native_name', 'born', 'political_party'],
  );
});
