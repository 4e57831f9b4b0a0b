import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import t from 'tap';
import { Value } from 'typebox/value';
import { MAX_REFERENCE_LENGTH, isIbid, parseReference, sourceKey } from '../../src/document/references/parse.js';
import { ReferenceFields } from '../../src/document/references/schema.js';

const fixturesDir = new URL('../fixtures/text/', import.meta.url);

interface ExpectedDocument {
  citations: (Record<string, unknown> & { text: string })[];
  ambiguous: string[];
}

/** The listed fields of a parse result, for comparing with a partial expectation. */
function pick(fields: ReferenceFields, keys: string[]): Record<string, unknown> {
  const all: Record<string, unknown> = fields;
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

t.test('fixture references: every graded field matches the expected decomposition', (t) => {
  const files = readdirSync(fixturesDir).filter((name) => name.endsWith('.expected.json'));
  t.ok(files.length >= 4, 'fixtures found');
  let graded = 0;
  let matched = 0;
  let skipped = 0;
  for (const file of files) {
    const doc = JSON.parse(readFileSync(new URL(file, fixturesDir), 'utf8')) as ExpectedDocument;
    const ambiguous = new Set(doc.ambiguous);
    doc.citations.forEach((citation, i) => {
      const parsed = parseReference(citation.text);
      t.ok(Value.Check(ReferenceFields, parsed), `${file} citations[${i}] fits the schema`);
      const expected: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(citation)) {
        if (field === 'n' || field === 'text') continue;
        if (ambiguous.has(`citations[${i}].${field}`)) {
          skipped += 1;
          continue;
        }
        expected[field] = value;
        graded += 1;
        if (JSON.stringify(pick(parsed, [field])[field]) === JSON.stringify(value)) matched += 1;
      }
      t.same(pick(parsed, Object.keys(expected)), expected, `${file} citations[${i}]: ${citation.text}`);
    });
  }
  t.comment(`${matched}/${graded} graded fields match (${skipped} ambiguous fields not graded)`);
  t.equal(matched, graded, 'all graded fields match');
  t.ok(graded >= 300, 'a meaningful number of fields was graded');
  t.end();
});

/** [description, reference text, expected subset of fields] */
const variants: [string, string, Partial<ReferenceFields>][] = [
  [
    'ProleWiki {{Citation}} with quoted chapter, pages and [HTML]',
    "Mao Zedong (1937). On Contradiction: 'Two Views of the World' (pp. 311–312). [HTML] Beijing: Foreign Languages Press.",
    { authors: ['Mao Zedong'], year: 1937, title: 'On Contradiction', chapter: 'Two Views of the World', pages: 'pp. 311–312', place: 'Beijing', publisher: 'Foreign Languages Press', format: 'HTML', kind: 'book' },
  ],
  [
    'quoted chapter with an apostrophe inside, [MIA] gives no format',
    "Vladimir Lenin (1923). Collected Works: 'Lenin's Testament'. Moscow: Progress Publishers. [MIA]",
    { title: 'Collected Works', chapter: "Lenin's Testament", place: 'Moscow', publisher: 'Progress Publishers', format: null },
  ],
  [
    'unquoted colon part stays in the title (subtitle rule)',
    'Stalin, Joseph (1924). The foundations of Leninism: The historical roots of Leninism.',
    { authors: ['Joseph Stalin'], year: 1924, title: 'The foundations of Leninism: The historical roots of Leninism', chapter: null, kind: 'book' },
  ],
  [
    'edition and volume parentheticals leave the title, trailing page segment',
    'Lenin, V. I. (1917). Imperialism, the Highest Stage of Capitalism (2nd ed.) (Vol. 22). Moscow: Progress Publishers. p. 266.',
    { authors: ['V. I. Lenin'], title: 'Imperialism, the Highest Stage of Capitalism', edition: '2nd ed.', volume: '22', pages: 'p. 266', place: 'Moscow', publisher: 'Progress Publishers' },
  ],
  [
    'title with a question mark and a full stop after it',
    'Vladimir Lenin (1902). What Is to Be Done?. Moscow: Progress.',
    { title: 'What Is to Be Done?', place: 'Moscow', publisher: 'Progress' },
  ],
  [
    'initials and abbreviations do not end a part; ISBN is dropped',
    'Walter Rodney (1972). How Europe Underdeveloped Africa. London: Bogle-L\'Ouverture Publications. ISBN 978-0-9501546-4-0.',
    { title: 'How Europe Underdeveloped Africa', place: 'London', publisher: "Bogle-L'Ouverture Publications" },
  ],
  [
    'a lone imprint part that is a known place',
    'Museo Nacional (n.d.). Cartas a Fidel. Havana.',
    { authors: ['Museo Nacional'], year: null, title: 'Cartas a Fidel', place: 'Havana', publisher: null },
  ],
  [
    'publisher with the year after it',
    'Ho Chi Minh. Selected Writings. Hanoi: Foreign Languages Publishing House, 1977.',
    { year: 1977, place: 'Hanoi', publisher: 'Foreign Languages Publishing House' },
  ],
  [
    'Title (Year): \'Chapter\' — before the year stands the work',
    "Constitution of the Republic of Cuba (2019): 'Article 5'. Havana: Gaceta Oficial.",
    { authors: [], year: 2019, title: 'Constitution of the Republic of Cuba', chapter: 'Article 5', place: 'Havana', publisher: 'Gaceta Oficial' },
  ],
  [
    'journal: Journal. vol (issue): pages',
    'Irina Volkova (1991). "Correspondence work, 1905–1912". Slavonic Studies Quarterly. 9 (1): 45–63.',
    { title: 'Correspondence work, 1905–1912', publisher: 'Slavonic Studies Quarterly', volume: '9', issue: '1', pages: '45–63', kind: 'journal' },
  ],
  [
    'journal: name and locator in one part',
    'Jane Doe (1988). "Soviet planning". Science & Society 52 (3): 281–306.',
    { publisher: 'Science & Society', volume: '52', issue: '3', pages: '281–306', kind: 'journal' },
  ],
  [
    'journal: vol./no./pp. words',
    'Jane Doe (2005). "An article". Journal of Stuff, vol. 12, no. 3, pp. 45–67.',
    { publisher: 'Journal of Stuff', volume: '12', issue: '3', pages: 'pp. 45–67', kind: 'journal' },
  ],
  [
    '{{Web citation}}: quoted title, date slot, outlet, archive and access dates',
    '"Uyghur report" (2020-07-01). Global Times. Archived from the original on 2020-07-02. Retrieved 2021-01-05.',
    { authors: [], year: 2020, date: '2020-07-01', title: 'Uyghur report', publisher: 'Global Times', archived: '2020-07-02', retrieved: '2021-01-05', kind: 'web' },
  ],
  [
    'two comma-separated authors before a web date',
    'Olga Ivanova, Mark Hendricks (2019-06-04). "Tiananmen revisited" The Grayzone. Retrieved 2021-06-04.',
    { authors: ['Olga Ivanova', 'Mark Hendricks'], date: '2019-06-04', title: 'Tiananmen revisited', publisher: 'The Grayzone', kind: 'web' },
  ],
  [
    'Wikipedia style: (PDF), written-out dates, archive format',
    '"Oil report" (PDF). Ministry of Energy. 12 March 2019. Archived from the original (PDF) on 1 April 2019. Retrieved April 5, 2020.',
    { title: 'Oil report', publisher: 'Ministry of Energy', year: 2019, date: '2019-03-12', format: 'PDF', archived: '2019-04-01', retrieved: '2020-04-05', kind: 'web' },
  ],
  [
    'Outlet: "Title" Link',
    'Xinhua: "Xi Jinping meets delegates" Link',
    { authors: [], title: 'Xi Jinping meets delegates', publisher: 'Xinhua', kind: 'web' },
  ],
  [
    'visible URL in a web reference, trailing full stop not part of it',
    'David Lowe (2017-10-07). "Growth". Planning Blog. https://example.org/2017/growth. Retrieved 2023-01-20.',
    { url: 'https://example.org/2017/growth', publisher: 'Planning Blog', retrieved: '2023-01-20' },
  ],
  [
    'unquoted title with [HTML] and an outlet',
    'Catherine Murphy (2012). Maestra. The Literacy Project. [HTML]',
    { title: 'Maestra', publisher: 'The Literacy Project', format: 'HTML', kind: 'web' },
  ],
  [
    'Author, Title without year',
    'Joshua Konitz, Dawn Over Samarkand',
    { authors: ['Joshua Konitz'], year: null, title: 'Dawn Over Samarkand', kind: 'book' },
  ],
  [
    'Family, Given, Title without year',
    'Rodney, Walter, How Europe Underdeveloped Africa',
    { authors: ['Walter Rodney'], title: 'How Europe Underdeveloped Africa' },
  ],
  ['bare URL', 'https://archive.example.org/photos/havana-1961-12-22', { url: 'https://archive.example.org/photos/havana-1961-12-22', title: null, year: null, kind: 'url' }],
  ['bare URL in angle brackets with a full stop', '<https://example.org/a_(b)>.', { url: 'https://example.org/a_(b)', kind: 'url' }],
  ['bare www URL', 'www.example.com/page', { url: 'www.example.com/page', kind: 'url' }],
  ['Ibid.', 'Ibid.', { kind: 'ibid', pages: null, title: null, authors: [] }],
  ['Ibid. with pages', 'Ibid., p. 31.', { kind: 'ibid', pages: 'p. 31' }],
  ['Ibidem with a bare page range', 'Ibidem, 45–47.', { kind: 'ibid', pages: '45–47' }],
  ['Wikisource note', "See Amanullah Khan's letter to Vladimir Lenin available in Wikisource", { kind: 'note', title: null, authors: [] }],
  ['Cf. note', 'Cf. the discussion in the preface', { kind: 'note', title: null }],
  ['semicolon-separated inverted authors', 'Marx, Karl; Engels, Friedrich (1848). Manifesto of the Communist Party.', { authors: ['Karl Marx', 'Friedrich Engels'] }],
  ['authors joined by "and"', 'Karl Marx and Friedrich Engels (1848). Manifesto.', { authors: ['Karl Marx', 'Friedrich Engels'] }],
  ['corporate author with "and" stays whole', 'Ministry of Science and Technology (2010). Annual Report.', { authors: ['Ministry of Science and Technology'] }],
  ['two-word family name, inverted', 'García Márquez, Gabriel (1967). Cien años de soledad.', { authors: ['Gabriel García Márquez'] }],
  ['suffix after a comma', 'Louis A. Pérez, Jr. (1999). On Becoming Cuban.', { authors: ['Louis A. Pérez Jr.'] }],
  ['editor mark and et al. are dropped', 'Jane Doe et al. (2001). Handbook.', { authors: ['Jane Doe'] }],
  ['year with a letter, circa year', 'Anonymous (c. 1850). Old text.', { authors: ['Anonymous'], year: 1850 }],
  ['backlink labels are collected and stripped', '2.0 2.1 2.2 Aviva Chomsky (2011). A History.', { backlinks: ['2.0', '2.1', '2.2'], authors: ['Aviva Chomsky'] }],
  ['a leading decimal number is not a backlink', '1.5 million tonnes (1933). Report.', { backlinks: [] }],
  ['Wikipedia caret backlinks', '^ a b Smith, John (March 3, 2019). "Some news". The Guardian.', { backlinks: ['a', 'b'], authors: ['John Smith'], date: '2019-03-03' }],
  ['journal locator without an issue', 'A. Writer (1970). "Planning". Soviet Studies. 22: 1–20.', { publisher: 'Soviet Studies', volume: '22', issue: null, pages: '1–20', kind: 'journal' }],
  ['journal volume word without an issue', 'A. Writer (1970). "Planning". Soviet Studies, vol. 22, pp. 1–20.', { publisher: 'Soviet Studies', volume: '22', issue: null, pages: 'pp. 1–20' }],
  ['"Retrieved from" a URL', '"Page". Outlet. Retrieved from https://example.org/page', { url: 'https://example.org/page', publisher: 'Outlet', retrieved: null }],
  ['a scheme without a host is no URL', 'Smith (2001). Title. London: Verso. http://.', { url: null, place: 'London', publisher: 'Verso' }],
  ['impossible dates are not dates', 'Smith (2019-02-30). Title. Retrieved 0999-01-01.', { year: null, date: null, retrieved: null }],
  ['inverted author with a suffix', 'Pérez, Louis A., Jr. (1999). On Becoming Cuban.', { authors: ['Louis A. Pérez Jr.'] }],
  ['empty text', '', { kind: 'other', title: null, url: null }],
  ['unrecognised free text keeps its text as title', 'Interview with a veteran, Havana', { kind: 'other', title: 'Interview with a veteran, Havana' }],
];

t.test('reference format variants', (t) => {
  for (const [name, text, expected] of variants) {
    const parsed = parseReference(text);
    t.same(pick(parsed, Object.keys(expected)), expected, name);
    t.ok(Value.Check(ReferenceFields, parsed), `${name}: fits the schema`);
  }
  t.end();
});

t.test('sourceKey groups citations of the same work', (t) => {
  const key = (text: string) => sourceKey(parseReference(text));
  const reminiscences = key('2.0 2.1 2.2 Nadezhda Krupskaya (1959). Reminiscences of Lenin. Moscow: Foreign Languages Publishing House. [MIA]');
  t.type(reminiscences, 'string');
  t.equal(key('Krupskaya, Nadezhda (1959). Reminiscences of Lenin (p. 44). Moscow: Foreign Languages Publishing House.'), reminiscences, 'other pages, inverted author, no backlinks');
  t.equal(key("Nadezhda Krupskaya (1970). Reminiscences of Lenin: 'Exile' (pp. 30–35). [PDF] New York: International Publishers."), reminiscences, 'other edition, chapter and pages');
  t.equal(key('Louis A. Pérez Jr. (2015). Cuba: Between Reform and Revolution (5th ed.).'), key('Louis A. Perez (2011). CUBA: between reform and revolution.'), 'case, diacritics, suffix and edition ignored');
  t.not(key('Nadezhda Krupskaya (1959). On Education. Moscow: Progress.'), reminiscences, 'other work by the same author');
  t.equal(key('Ivan Ivanov (1959). Reminiscences of Lenin.'), reminiscences, 'same title by another author: the same key (the authors are compared by sameWork)');
  t.equal(key('"Geography of Cuba". ONEI. Retrieved 2023-06-12.'), key('1.0 1.1 "Geography of Cuba". ONEI. Retrieved 2024-01-01.'), 'web page with other access dates');
  t.equal(key('https://Example.org/photos/1/'), key('http://example.org/photos/1'), 'bare URLs: scheme, host case, trailing slash');
  t.not(key('https://example.org/photos/1'), key('https://example.org/photos/2'), 'different URLs');
  t.equal(key('See the yearbooks available in Wikisource'), null, 'notes name no work');
  t.equal(key('Ibid., p. 31.'), null, 'Ibid is resolved by the importer');
  t.equal(key(''), null, 'empty text');
  t.equal(key('Interview with a veteran, Havana'), 'interview with a veteran havana', 'free text without author or publisher');
  t.end();
});

t.test('isIbid', (t) => {
  t.ok(isIbid(parseReference('Ibid.')));
  t.ok(isIbid(parseReference('3.0 3.1 Ibid., pp. 4–5.')));
  t.notOk(isIbid(parseReference('Ibidem Press (2001). A Title.')), 'a publisher called Ibidem');
  t.notOk(isIbid(parseReference('Stalin, Joseph (1924). The foundations of Leninism.')));
  t.end();
});

const referenceTokens = [
  '(', ')', '"', "'", '“', '”', '‘', '’', '«', '»', '. ', ': ', ', ', '; ', ' ', '2019', '(2019)', '(n.d.)',
  '(2019-01-02)', '2019-13-45', '12 March 2019', 'Retrieved ', 'Archived from the original on ', 'http://x.org/a',
  'www.', '[PDF]', '[MIA]', '(PDF)', 'Ibid', 'p. 3', 'pp. 4–5', 'Smith', 'John', 'J.', ' and ', '1.0 ', '1.1 ',
  '^ ', 'a ', 'See ', 'vol. 2', '(5th ed.)', '9 (1): 45–63', 'Havana', 'Link', 'Jr.', 'de', '\u0000', '😀', 'é',
];

t.test('never throws, and every result fits the schema', (t) => {
  const check = (text: string) => {
    const parsed = parseReference(text);
    return Value.Check(ReferenceFields, parsed) && (parsed.kind !== 'ibid' || sourceKey(parsed) === null);
  };
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 500 });
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...referenceTokens), { maxLength: 60 }), (tokens) => check(tokens.join(''))),
    { numRuns: 2000 },
  );
  t.pass('fast-check properties hold');
  t.end();
});

const adversarial: Record<string, string> = {
  letters: 'a', spaces: ' \t\n', stops: '. ', parens: '(', closers: ')', commas: ', ', quotes: '"', apostrophes: " 'a",
  chapterOpeners: ": 'x", urls: 'http://x.org/ ', backlinks: '1.0 1.1 ', retrieved: 'Retrieved ', archived: 'Archived from the original on ',
  initials: 'A. ', abbreviations: 'vol. ', years: '(2019) ', pages: 'p. 1–', tags: '[PDF]', locators: '1 (1): ', authors: 'Karl Marx and ',
  reference: 'Smith, John (2019). "T". J. 9 (1): 4–5. ', unicode: 'é\u0301ß😀\u0000\ud800',
};

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    parseReference(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

t.test('linear time: adversarial input parses quickly', (t) => {
  let worstMegabyte = 0;
  let worstCapped = 0;
  for (const [name, unit] of Object.entries(adversarial)) {
    const megabyte = fastest(fill(unit, 1 << 20));
    t.ok(megabyte < 100, `${name}: 1 MB in ${megabyte.toFixed(1)} ms`);
    // Below the length cap every stage runs on the whole input: quadratic work would show here.
    const capped = fastest(fill(unit, MAX_REFERENCE_LENGTH));
    t.ok(capped < 50, `${name}: ${MAX_REFERENCE_LENGTH} characters in ${capped.toFixed(1)} ms`);
    worstMegabyte = Math.max(worstMegabyte, megabyte);
    worstCapped = Math.max(worstCapped, capped);
  }
  t.comment(`worst: 1 MB ${worstMegabyte.toFixed(1)} ms, ${MAX_REFERENCE_LENGTH} chars ${worstCapped.toFixed(1)} ms`);
  t.end();
});

t.test('a long quotation after the reference does not hide its fields', (t) => {
  const parsed = parseReference(`Alec Nove (1992). An Economic History of the USSR. London: Penguin Books. "${'quote '.repeat(200_000)}"`);
  t.same(pick(parsed, ['authors', 'year', 'title', 'place', 'publisher']), {
    authors: ['Alec Nove'], year: 1992, title: 'An Economic History of the USSR', place: 'London', publisher: 'Penguin Books',
  });
  t.end();
});
