import t from 'tap';
import { anchorOf, uniqueAnchor, type AnchorsTaken } from '../../src/document/anchors.js';

const anchors = (titles: string[]): string[] => {
  const taken: AnchorsTaken = new Map();
  return titles.map((title) => uniqueAnchor(title, taken));
};

t.test('a title gives its anchor: white space as one underscore', async (t) => {
  t.equal(anchorOf('Early life'), 'Early_life');
  t.equal(anchorOf('A  b\tc'), 'A_b_c');
  t.equal(anchorOf('Já_está'), 'Já_está');
  t.same(anchors(['History', 'Early life', 'See also']), ['History', 'Early_life', 'See_also']);
});

t.test('repeated headings get _2, _3…', async (t) => {
  t.same(anchors(['Notes', 'Notes', 'Notes']), ['Notes', 'Notes_2', 'Notes_3']);
  t.same(anchors(['A', 'B', 'A', 'B', 'A']), ['A', 'B', 'A_2', 'B_2', 'A_3']);
});

t.test('a suffixed anchor is checked against every anchor used, as MediaWiki does', async (t) => {
  t.same(anchors(['X', 'X', 'X 2']), ['X', 'X_2', 'X_2_2']);
  t.same(anchors(['X 2', 'X', 'X']), ['X_2', 'X', 'X_3']);
  t.same(anchors(['X', 'X_2', 'X', 'X']), ['X', 'X_2', 'X_3', 'X_4']);
  t.same(anchors(['X', 'X', 'X 2', 'X 2']), ['X', 'X_2', 'X_2_2', 'X_2_3']);
});

t.test('anchors are unique without regard to ASCII case; the heading keeps its own', async (t) => {
  t.same(anchors(['Notes', 'notes', 'NOTES']), ['Notes', 'notes_2', 'NOTES_3']);
  t.same(anchors(['Über', 'über']), ['Über', 'über'], 'only ASCII letters are folded, as PHP strtolower');
});

t.test('many equal headings stay linear and distinct', async (t) => {
  const many = anchors(Array.from({ length: 5000 }, () => 'Same'));
  t.equal(new Set(many).size, 5000);
  t.equal(many[4999], 'Same_5000');
});
