/**
 * The hostile values test/routes/fuzz.test.ts sends, as fast-check arbitraries: unicode, control
 * characters, malformed and double percent-encoding, very long strings, SQL and FTS5 fragments,
 * out-of-range and huge numbers, forged cursors, and the real titles, sections and ids among them.
 */
import fc from 'fast-check';
import type { Json, Parameter } from './openapi-operations.js';

// --- Hostile values. -----------------------------------------------------------------------------

const SQL = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  "1; SELECT * FROM sqlite_master",
  "x' UNION SELECT name, sql FROM sqlite_master --",
  "%' AND 1=1 AND '%'='",
  '\\',
  "''",
  '`',
  '/* */',
  'NULL',
  '\0',
];
const FTS = [
  '"',
  '""',
  '"unterminated',
  '*',
  '**',
  'a*',
  '*a',
  'revolution*',
  '-',
  '--',
  '-revolution',
  '-"',
  '-""',
  'NOT',
  'AND',
  'OR',
  'NEAR',
  'NEAR(a b, 5)',
  'a OR b',
  'a AND NOT b',
  'title:revolution',
  '{title summary}: x',
  '^revolution',
  '(',
  ')',
  '(a OR b',
  'a:',
  ':',
  '+',
  'alfabeti*',
  '"literacy campaign"',
  'revolution -valdora',
  'ö*',
];
const PERCENT = ['%', '%%', '%2', '%G0', '%ZZ', '%00', '%0A', '%0D%0A', '%20', '%2F', '%252F', '%5C', '%C0%AF', '%C3%28', '%ED%A0%80', '%E2%80%AE', '%FF', '%EF%BB%BF', '+', '%2B'];
const UNICODE = ['é', 'É', 'ß', 'ẞ', 'İ', 'ı', 'ﬁ', 'Å', 'Å', '\u0301', '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff', '😀', '𝕏', '한', '中文', 'ع', '\u00a0', '\u3000', '\u2028'];
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007f', '\u0085');
const MISC = ['', ' ', '  ', '_', '__', '.', '..', '/', '//', '?', '#', '&', '=', '&=', 'a=b', '[]', '{}', 'null', 'undefined', 'true', '0', '-1', 'NaN', '<script>alert(1)</script>', '../../etc/passwd', 'Special:Random', 'Talk:x', 'x#y', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];

const fragment = fc.constantFrom(...SQL, ...FTS, ...PERCENT, ...UNICODE, ...CONTROL, ...MISC);

/** A long run of one character or fragment: across maxLength limits, the 2048-character segment and 4096-character URL caps. */
const long = fc
  .tuple(fc.constantFrom('a', 'é', '😀', '%', '"', ' ', '*', '-a ', 'revolution ', '%ZZ', '\u0301'), fc.integer({ min: 100, max: 6000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

export function stringValue(known: string[]): fc.Arbitrary<string> {
  const knownArb = known.length ? fc.constantFrom(...known) : fc.constant('October Revolution');
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL), maxLength: 8 }) },
    { weight: 4, arbitrary: fragment },
    { weight: 3, arbitrary: fc.array(fc.oneof(fragment, knownArb, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')) },
    { weight: 3, arbitrary: knownArb },
    {
      weight: 2,
      arbitrary: fc.tuple(knownArb, fc.constantFrom('upper', 'lower', 'underscores', 'spaces', 'padded', 'nfd', 'suffix')).map(([title, how]) => {
        if (how === 'upper') return title.toUpperCase();
        if (how === 'lower') return title.toLowerCase();
        if (how === 'underscores') return title.replace(/ /g, '_');
        if (how === 'spaces') return title.replace(/_/g, ' ');
        if (how === 'padded') return ` ${title}  `;
        if (how === 'nfd') return title.normalize('NFD');
        return `${title}'; --`;
      }),
    },
    { weight: 1, arbitrary: long },
  );
}

function integerValue(schema: Json): fc.Arbitrary<string> {
  const bounds = [schema.minimum, schema.maximum].filter((bound): bound is number => typeof bound === 'number');
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
  const max = typeof schema.maximum === 'number' ? Math.min(schema.maximum, Number.MAX_SAFE_INTEGER) : 1000;
  return fc.oneof(
    // In range half the time, so the other parameters of the request get a say.
    { weight: 12, arbitrary: fc.integer({ min, max }).map(String) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 200 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...bounds.flatMap((bound) => [bound - 1, bound, bound + 1])).map(String) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '0',
        '-0',
        '+1',
        ' 1',
        '1 ',
        '01',
        '1.0',
        '1.5',
        '1e2',
        '1e309',
        '-1e309',
        'NaN',
        'Infinity',
        '-Infinity',
        '0x10',
        '0b1',
        '1_000',
        '1,2',
        'null',
        'true',
        '[]',
        '9007199254740991',
        '9007199254740992',
        '9007199254740993',
        '99999999999999999999999999',
        '１２',
        '١٢',
      ),
    },
    { weight: 1, arbitrary: stringValue([]) },
  );
}

function enumValues(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(enumValues);
  if (schema === null || typeof schema !== 'object') return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'enum' && Array.isArray(value)) found.push(...value.map(String));
    else if (key === 'const') found.push(String(value));
    else found.push(...enumValues(value));
  }
  return found;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
function cursorValue(real: string[]): fc.Arbitrary<string> {
  const keyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constantFrom(...SQL, ...FTS), fc.bigInt().map(String), fc.constant(Number.MAX_SAFE_INTEGER + 2));
  const realArb = real.length ? fc.constantFrom(...real) : fc.constant('WzFd');
  /** A real cursor's shape (the types of its keyset values) with hostile values: passes decoding, reaches the query. */
  const sameShape = realArb.chain((cursor) => {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    return fc
      .tuple(
        ...values.map((value) =>
          typeof value === 'number'
            ? fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER))
            : fc.oneof(stringValue([]), fc.constantFrom('', '\uffff', '\u0000', String(value).toUpperCase(), `${String(value)}\u0000`)),
        ),
      )
      .map((forged) => base64url(JSON.stringify(forged)));
  });
  return fc.oneof(
    { weight: 4, arbitrary: sameShape },
    { weight: 3, arbitrary: fc.array(keyValue, { maxLength: 4 }).map((values) => base64url(JSON.stringify(values))) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => base64url(JSON.stringify(value))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(base64url) },
    { weight: 1, arbitrary: fc.base64String({ maxLength: 40 }) },
    { weight: 1, arbitrary: realArb },
    {
      weight: 2,
      arbitrary: fc.tuple(realArb, fc.nat(), fc.constantFrom('drop', 'flip', 'append', 'pad', 'upper')).map(([cursor, at, how]) => {
        const i = cursor.length ? at % cursor.length : 0;
        if (how === 'drop') return cursor.slice(0, i) + cursor.slice(i + 1);
        if (how === 'flip') return cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
        if (how === 'append') return `${cursor}A`;
        if (how === 'pad') return `${cursor}==`;
        return cursor.toUpperCase();
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(realArb, keyValue).map(([cursor, extra]) => {
        let values: unknown;
        try {
          values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        } catch {
          values = [];
        }
        return base64url(JSON.stringify(Array.isArray(values) ? [...values, extra] : [extra]));
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(512), 'a'.repeat(513), base64url(JSON.stringify(['x'.repeat(2000)]))) },
    { weight: 1, arbitrary: stringValue([]) },
  );
}

export interface Samples {
  titles: string[];
  sections: string[];
  cursors: string[];
  ids: string[];
}

export function valueFor(parameter: Parameter, samples: Samples): fc.Arbitrary<string> {
  const { schema, name } = parameter;
  const enums = enumValues(schema);
  if (enums.length) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...enums) },
      { weight: 1, arbitrary: fc.constantFrom(...enums).map((value) => value.toUpperCase()) },
      { weight: 1, arbitrary: fc.constantFrom(...enums).map((value) => ` ${value}`) },
      { weight: 1, arbitrary: stringValue(enums) },
    );
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return name === 'id' ? fc.oneof(fc.constantFrom(...samples.ids), integerValue(schema)) : integerValue(schema);
  }
  if (name === 'cursor') return cursorValue(samples.cursors);
  if (name === 'section') return stringValue([...samples.sections, '0', '1', '99', '-1']);
  if (name === 'q') {
    // Words that match, mixed with operators and fragments: most queries reach FTS5.
    const words = ['revolution', 'literacy', 'valdora', 'Lenin', 'Prashad', 'plan*', 'alfabetizacion', '"literacy campaign"', '1917'];
    return fc.oneof(
      { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...words), fragment, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')) },
      { weight: 2, arbitrary: stringValue([...FTS, ...words]) },
    );
  }
  if (name === 'author') return stringValue(['Prashad', 'Vijay Prashad', 'Lenin', 'Konitz']);
  // Valid and broken identifiers: checksums off by one, X check digits, DOI prefixes and URLs.
  if (name === 'isbn') return stringValue(['0-674-51173-5', '9780674511736', '0-674-51173-4', '071780001X', '978 0 674 51173 6', 'ISBN 0674511735']);
  if (name === 'doi') return stringValue(['10.1086/226147', 'doi:10.1086/226147', 'https://doi.org/10.1086/226147', '10.12/x', '10.1016/S0140-6736(20)30183-5.']);
  return stringValue(samples.titles);
}
