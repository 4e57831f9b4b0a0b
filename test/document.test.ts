import t from 'tap';
import { parseDocument } from '../src/document/parse.js';
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
