// Names read as BibTeX and CSL read them: one name, lists, Vancouver, organisations, and how each prints.
import t from 'tap';
import { readNameList, readVancouver } from '../../src/document/names/list.js';
import { displayName, readName, readParts } from '../../src/document/names/parse.js';
import { parseReference } from '../../src/document/references/parse.js';

t.test('one name: inverted or direct, particles, suffixes, initials, organisations', async (t) => {
  const cases: [string, object][] = [
    ['Gilbert, Elizabeth', { family: 'Gilbert', given: 'Elizabeth' }],
    ['Elizabeth Gilbert', { family: 'Gilbert', given: 'Elizabeth' }],
    ['Tolkien, J. R. R.', { family: 'Tolkien', given: 'J. R. R.' }],
    ['J.R.R. Tolkien', { family: 'Tolkien', given: 'J.R.R.' }],
    ['Vincent van Gogh', { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }],
    ['van Gogh, Vincent', { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }],
    ['Beethoven, Ludwig van', { family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' }],
    ['Ana de la Cruz', { family: 'Cruz', given: 'Ana', 'non-dropping-particle': 'de la' }],
    ['Muhammad al-Khwarizmi', { family: 'Khwarizmi', given: 'Muhammad', 'non-dropping-particle': 'al-' }],
    ["d'Alembert, Jean", { family: 'Alembert', given: 'Jean', 'non-dropping-particle': "d'" }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['King, Martin Luther, Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Roeder, Jr., George H.', { family: 'Roeder', given: 'George H.', suffix: 'Jr.' }],
    ['Henry Ford III', { family: 'Ford', given: 'Henry', suffix: 'III' }],
    ['De Gaulle, Charles', { family: 'De Gaulle', given: 'Charles' }],
    ['BBC', { literal: 'BBC' }],
    ['Reuters', { literal: 'Reuters' }],
    ['Ministry of Defence', { literal: 'Ministry of Defence' }],
    ['World Health Organization', { literal: 'World Health Organization' }],
    ['Reuters Staff', { literal: 'Reuters Staff' }],
  ];
  for (const [input, expected] of cases) t.same(readName(input), expected, input);
});

t.test('names in parts (a template\'s last and first)', async (t) => {
  t.same(readParts('van der Berg', 'Jan'), { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' });
  t.same(readParts('Smith', 'John Jr.'), { family: 'Smith', given: 'John', suffix: 'Jr.' });
  t.same(readParts('Smith', null), { family: 'Smith' }, 'a family name alone is still a person');
  t.same(readParts('BBC News', null), { literal: 'BBC News' }, 'an organisation in |last= is a literal');
  t.same(readParts('Roeder', 'George H., Jr.'), { family: 'Roeder', given: 'George H.', suffix: 'Jr.' }, 'a suffix after a comma in |first= (bibtex: "Too many commas")');
  t.same(readParts('Roeder, Jr.', 'George H.'), { family: 'Roeder', given: 'George H.', suffix: 'Jr.' }, 'and in |last=');
  t.same(readParts('Smith,', 'John,'), { family: 'Smith', given: 'John' }, 'stray commas dropped');
});

t.test('lists: and, &, ;, commas, et al.; a title or a site is nobody when only guessed', async (t) => {
  t.same(readNameList('Marx, Karl; Engels, Friedrich', 'guessed').map(displayName), ['Karl Marx', 'Friedrich Engels']);
  t.same(readNameList('Olga Ivanova, Mark Hendricks and Li Wei', 'guessed').map(displayName), ['Olga Ivanova', 'Mark Hendricks', 'Li Wei']);
  t.same(readNameList('Smith, J., Jones, M. & Brown, K.', 'guessed').map(displayName), ['J. Smith', 'M. Jones', 'K. Brown']);
  t.same(readNameList('Smith, John, et al.', 'guessed').map(displayName), ['John Smith'], 'et al. names nobody');
  t.same(readNameList('et al.', 'stated'), []);
  t.same(readNameList('Marks & Spencer', 'stated'), [{ literal: 'Marks & Spencer' }], 'one name, not two');
  t.same(readNameList('The Sixth Estate » Media Bias. Sixthestate.net', 'guessed'), []);
  t.same(readNameList('Bienvenue au site Web Bibliothèque et Archives Canada / Welcome', 'guessed'), []);
  t.same(readNameList('World Bank', 'guessed'), [{ literal: 'World Bank' }], 'an organisation plainly named stays');
});

t.test('Vancouver lists', async (t) => {
  t.same(readVancouver('Smith AB, Jones C, van der Berg JH, et al.'), [
    { family: 'Smith', given: 'A. B.' },
    { family: 'Jones', given: 'C.' },
    { family: 'Berg', given: 'J. H.', 'non-dropping-particle': 'van der' },
  ]);
  t.equal(readVancouver('John Smith, Mary Jones'), null, 'not Vancouver');
  t.same(readNameList('Reuters UK', 'stated'), [{ literal: 'Reuters UK' }], 'one part alone is not read as Vancouver');
  t.same(readNameList('Smith AB, Jones C', 'stated').map(displayName), ['A. B. Smith', 'C. Jones'], 'two parts are');
});

t.test('as printed: Given von Family Jr.', async (t) => {
  t.equal(displayName({ family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }), 'Vincent van Gogh');
  t.equal(displayName({ family: 'Khwarizmi', given: 'Muhammad', 'non-dropping-particle': 'al-' }), 'Muhammad al-Khwarizmi');
  t.equal(displayName({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }), 'Martin Luther King Jr.');
  t.equal(displayName({ literal: 'BBC' }), 'BBC');
});

t.test('free-text references: no title, site or domain becomes an author', async (t) => {
  const none = [
    'The Sixth Estate » Media Bias. Sixthestate.net (2008). Retrieved 2010-06-24.',
    'Bienvenue au site Web Bibliothèque et Archives Canada / Welcome to Library and Archives Canada (2011). Retrieved 2012-02-16.',
    'Official Website (2015). Home page.',
    'Red Star over the Third World (2017). New Delhi: LeftWord Books.',
    'Media Bias (2008). The Sixth Estate.',
    'BBC News, Election results, 2010',
  ];
  for (const text of none) {
    const fields = parseReference(text);
    t.same([fields.authors, fields.names], [[], []], text);
  }
  t.same(parseReference('Comisión Nacional del Alfabeto (1963). Manual. Calvera.').names, [{ literal: 'Comisión Nacional del Alfabeto' }], 'an institution plainly named is its author');
  t.same(parseReference('Stalin, Joseph (1924). Foundations of Leninism. Moscow.').names, [{ family: 'Stalin', given: 'Joseph' }]);
});
