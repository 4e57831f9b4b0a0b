// The authors and editors of citation templates: numbered last/first pairs, author, authors, vauthors, editors; and their CSL names.
import t from 'tap';
import { toCsl } from '../../src/api/csl.js';
import { mapReference } from '../../src/formats/wikitext/citations.js';
import { parseWikitext } from '../../src/formats/wikitext/parser/index.js';

const mapped = (wikitext: string) => mapReference(wikitext, parseWikitext(wikitext).children).fields;

t.test('template name parameters', async (t) => {
  const cases: [string, string, object[]][] = [
    ['author inverted', '{{cite book |author=Gilbert, Elizabeth |title=Eat, Pray, Love}}', [{ family: 'Gilbert', given: 'Elizabeth' }]],
    ['last/first paired by number, not by order', '{{cite web |last2=Jones |first1=Ann |last1=Smith |first2=Bo |title=T}}',
      [{ family: 'Smith', given: 'Ann' }, { family: 'Jones', given: 'Bo' }]],
    ['a last without its first', '{{cite journal |last1=Smith |first1=A. |last2=Brown |title=T}}', [{ family: 'Smith', given: 'A.' }, { family: 'Brown' }]],
    ['author1, author2', '{{cite news |author1=Mary Beard |author2=John Smith Jr. |title=T}}',
      [{ family: 'Beard', given: 'Mary' }, { family: 'Smith', given: 'John', suffix: 'Jr.' }]],
    ['author-last/author-first', '{{cite book |author-last=van der Berg |author-first=Jan |title=T}}',
      [{ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }]],
    ['vauthors', '{{cite journal |vauthors=Smith AB, Jones C, et al. |title=T}}', [{ family: 'Smith', given: 'A. B.' }, { family: 'Jones', given: 'C.' }]],
    ['authors as a list', '{{cite book |authors=Marx, Karl; Engels, Friedrich |title=T}}', [{ family: 'Marx', given: 'Karl' }, { family: 'Engels', given: 'Friedrich' }]],
    ['an organisation stated as the author', '{{cite web |author=BBC |title=T}}', [{ literal: 'BBC' }]],
    ['a publisher is never an author', '{{cite web |publisher=BBC |website=bbc.co.uk |title=T}}', []],
    ['et al. names nobody', '{{cite web |author=et al. |title=T}}', []],
  ];
  for (const [name, wikitext, expected] of cases) {
    const fields = mapped(wikitext);
    t.same(fields.names, expected, name);
    t.equal(fields.authors.length, expected.length, `${name}: as many printed authors`);
  }
});

t.test('editors', async (t) => {
  const fields = mapped('{{cite book |last=Doe |first=J. |editor1-last=Roe |editor1-first=R. |editor-last2=Poe |editor-first2=E. A. |title=T}}');
  t.same(fields.editors, [{ family: 'Roe', given: 'R.' }, { family: 'Poe', given: 'E. A.' }]);
  t.same(fields.names, [{ family: 'Doe', given: 'J.' }], 'editors are not authors');
  t.same(mapped('{{cite book |title=T |veditors=Roe R, Poe EA}}').editors, [{ family: 'Roe', given: 'R.' }, { family: 'Poe', given: 'E. A.' }]);
});

t.test('the CSL item has the names as parsed: "Gilbert, Elizabeth" is Elizabeth Gilbert', async (t) => {
  const fields = mapped('{{cite book |author=Gilbert, Elizabeth |editor=Roe, R. |title=Eat, Pray, Love |year=2006}}');
  const item = toCsl({ n: 1, text: 'x', ...fields, sourceId: null }, { title: 'A', slug: 'A' });
  t.same(item.author, [{ family: 'Gilbert', given: 'Elizabeth' }]);
  t.same(item.editor, [{ family: 'Roe', given: 'R.' }]);
  t.same(fields.authors, ['Elizabeth Gilbert'], 'printed Given Family');
  const old = toCsl({ n: 1, text: 'x', ...fields, names: undefined, authors: ['Gilbert, Elizabeth', 'Vincent van Gogh'], sourceId: null }, { title: 'A', slug: 'A' });
  t.same(old.author, [{ family: 'Gilbert', given: 'Elizabeth' }, { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }], 'rows stored without names are read again');
});
