import fc from 'fast-check';
import t from 'tap';
import { parseReference } from '../../src/document/references/parse.js';
import {
  findArchive, findDoi, findIdentifiers, findIsbns, findOclc, normalizeDoi, normalizeIsbn, parseWayback,
} from '../../src/document/identifiers.js';

/** ISBN-10 check digit of nine digits. */
function check10(nine: string): string {
  const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

t.test('ISBN: checksum validated, ISBN-10 → hyphenated ISBN-13', (t) => {
  t.equal(normalizeIsbn('0-674-51173-5'), '978-0-674-51173-6');
  t.equal(normalizeIsbn('0674511735'), '978-0-674-51173-6');
  t.equal(normalizeIsbn('9780674511736'), '978-0-674-51173-6');
  t.equal(normalizeIsbn('978 0 674 51173 6'), '978-0-674-51173-6');
  t.equal(normalizeIsbn('0-674-51173-4'), null, 'bad ISBN-10 check digit');
  t.equal(normalizeIsbn('9780674511737'), null, 'bad ISBN-13 check digit');
  t.equal(normalizeIsbn('12345'), null, 'too short');
  t.equal(normalizeIsbn('978067451173'), null, '12 digits');
  t.equal(normalizeIsbn('0-8044-6000-X'), null, 'X check digit that does not match');
  t.equal(normalizeIsbn('0-14-044568-X'.replace('X', check10('014044568'))), '978-0-14-044568-8');
  t.end();
});

t.test('ISBN: found in reference text after an ISBN label', (t) => {
  t.same(findIsbns('Harvard UP, 1985. ISBN 0-674-51173-5.'), ['978-0-674-51173-6']);
  t.same(findIsbns('ISBN-13: 978-0-674-51173-6'), ['978-0-674-51173-6']);
  t.same(findIsbns('ISBN 978-0-674-51173-6, ISBN 0-674-51173-5'), ['978-0-674-51173-6'], 'repeats dropped');
  t.same(findIsbns('ISBN 1-85984-000-0 and ISBN 0140445684'), ['978-1-85984-000-9', '978-0-14-044568-8']);
  t.same(findIsbns('ISBN 0-674-51173-4'), [], 'bad checksum rejected');
  t.same(findIsbns('Call 0674511735 today'), [], 'an unlabelled number is not an ISBN in text');
  t.same(findIsbns('ISBN 0-674-51173-5 1987'), ['978-0-674-51173-6'], 'a year after it is not part of it');
  t.same(findIsbns('0-674-51173-5; 978-1-85984-000-9', { labelled: false }), ['978-0-674-51173-6', '978-1-85984-000-9']);
  t.end();
});

t.test('ISBN: property — the ISBN-10 and ISBN-13 forms of a number normalise alike; a changed digit is refused', (t) => {
  fc.assert(
    fc.property(fc.stringMatching(/^\d{6}$/), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (article, at, delta) => {
      const nine = `014${article}`;
      const isbn10 = nine + check10(nine);
      const isbn13 = normalizeIsbn(isbn10);
      if (isbn13 === null || normalizeIsbn(isbn13) !== isbn13) return false;
      if (normalizeIsbn(`${isbn10.slice(0, 1)}-${isbn10.slice(1, 3)}-${isbn10.slice(3, 9)}-${isbn10.slice(9)}`) !== isbn13) return false;
      const digit = isbn10[at] === 'X' ? 0 : Number(isbn10[at]);
      const changed = isbn10.slice(0, at) + String((digit + delta) % 10) + isbn10.slice(at + 1);
      return at === 9 && isbn10[9] === 'X' ? true : normalizeIsbn(changed) === null;
    }),
  );
  fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
    const out = normalizeIsbn(s);
    return out === null || /^978-|^979-/.test(out);
  }));
  t.pass('properties held');
  t.end();
});

t.test('DOI: Crossref pattern, prefixes and URLs stripped, trailing punctuation dropped, lower case', (t) => {
  t.equal(normalizeDoi('10.1086/226147'), '10.1086/226147');
  t.equal(normalizeDoi('10.1093/ACPROF:OSO/9780199.001.0001'), '10.1093/acprof:oso/9780199.001.0001');
  t.equal(normalizeDoi('doi:10.1086/226147'), '10.1086/226147');
  t.equal(normalizeDoi('https://doi.org/10.1086/226147'), '10.1086/226147');
  t.equal(normalizeDoi('http://dx.doi.org/10.1086/226147'), '10.1086/226147');
  t.equal(normalizeDoi('10.1086/226147.'), '10.1086/226147');
  t.equal(normalizeDoi('10.1086/226147,'), '10.1086/226147');
  t.equal(normalizeDoi('10.12/abc'), null, 'registrant too short');
  t.equal(normalizeDoi('11.1086/226147'), null);
  t.equal(normalizeDoi('10.1086/'), null);
  t.equal(normalizeDoi('10.1086/a b'), null, 'spaces are not in the pattern');
  t.equal(findDoi('Journal 9 (1): 45–63. doi:10.1016/S0140-6736(20)30183-5.'), '10.1016/s0140-6736(20)30183-5');
  t.equal(findDoi('(see https://doi.org/10.2307/1234567)'), '10.2307/1234567', 'an unbalanced closing parenthesis is not the DOI’s');
  t.equal(findDoi('Volume 10.5 of 10'), null);
  t.end();
});

t.test('OCLC numbers', (t) => {
  t.equal(findOclc('Moscow: Progress, 1977. OCLC 1234567.'), '1234567');
  t.equal(findOclc('OCLC: 000123'), '123', 'leading zeros dropped');
  t.equal(findOclc('https://www.worldcat.org/oclc/987654'), '987654');
  t.equal(findOclc('https://search.worldcat.org/title/55555'), '55555');
  t.equal(findOclc('no identifier here 12345'), null);
  t.end();
});

t.test('Wayback archive URLs: original URL and the date from the timestamp', (t) => {
  t.same(parseWayback('https://web.archive.org/web/20190412083000/https://example.org/page'), {
    url: 'https://web.archive.org/web/20190412083000/https://example.org/page',
    original: 'https://example.org/page',
    date: '2019-04-12',
  });
  t.same(parseWayback('http://web.archive.org/web/20101231id_/example.org/a.pdf.'), {
    url: 'http://web.archive.org/web/20101231id_/example.org/a.pdf',
    original: 'http://example.org/a.pdf',
    date: '2010-12-31',
  });
  t.equal(parseWayback('https://web.archive.org/web/2019/https://example.org/')?.date, null, 'a year-only timestamp gives no date');
  t.equal(parseWayback('https://web.archive.org/web/20190231000000/https://example.org/')?.date, null, 'no 31 February');
  t.equal(parseWayback('https://example.org/web/20190412/x'), null);
  t.equal(findArchive('"Page". Archived from the original https://web.archive.org/web/20200101000000/http://a.org/b on 1 January 2020.')?.original, 'http://a.org/b');
  t.end();
});

t.test('the reference parser fills `identifiers` from the text', (t) => {
  const fields = parseReference('Rodney, Walter (1972). How Europe Underdeveloped Africa. London: Bogle-L’Ouverture. ISBN 0-674-51173-5. OCLC 2465.');
  t.same(fields.identifiers, { isbn: ['978-0-674-51173-6'], doi: null, oclc: '2465', archive: null });
  t.equal(fields.title, 'How Europe Underdeveloped Africa', 'the identifier does not change the other fields');
  t.same(parseReference('Ibid., p. 4').identifiers, { isbn: [], doi: null, oclc: null, archive: null });
  t.same(findIdentifiers('').isbn, []);
  t.end();
});

t.test('identifier finders are linear and never throw on hostile text', (t) => {
  const start = Date.now();
  for (const s of ['ISBN '.repeat(20_000), '10.1234/'.repeat(10_000), '1-'.repeat(50_000), 'https://web.archive.org/web/'.repeat(5_000)]) {
    findIdentifiers(s);
  }
  t.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
    findIdentifiers(s);
    return true;
  }));
  t.end();
});
