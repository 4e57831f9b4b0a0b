/**
 * The typed reading of a field's text (src/document/values): numbers by the site's language,
 * quantities with UCUM and ISO 4217 codes, dates with their precision and era, ranges, booleans,
 * URLs, coordinates and lists; and null wherever the reading is not certain.
 */
import t from 'tap';
import { keyOfIso } from '../../src/document/values/dates.js';
import { readValue } from '../../src/document/values/read.js';
import { readTemplate } from '../../src/document/values/templates.js';
import { unitOf } from '../../src/document/values/units.js';

const read = (text: string, name = 'value', language = 'en') => readValue(text, { language, name });

t.test('numbers are read by the language of the site', async (t) => {
  t.same(read('2,731,571'), { type: 'number', number: 2731571 });
  t.same(read('2.7 million'), { type: 'number', number: 2700000 });
  t.same(read('1 234 567', 'population', 'fr'), { type: 'number', number: 1234567 });
  t.same(read('1\u2009234\u2009567'), { type: 'number', number: 1234567 }, 'thin spaces group');
  t.same(read('1.234', 'einwohner', 'de'), { type: 'number', number: 1234 }, 'a German 1.234 is a thousand and more');
  t.same(read('1.234'), { type: 'number', number: 1.234 });
  t.same(read('2,7 Mio.', 'einwohner', 'de'), { type: 'number', number: 2700000 });
  t.equal(read('1,23'), null, 'a broken group is no number');
  t.equal(read('1.234', 'population', 'fr'), null, 'French groups with spaces: 1.234 is not certain');
  t.equal(read('1 234,567 8'), null);
});

t.test('quantities carry a UCUM or ISO 4217 code; a conversion in brackets must agree', async (t) => {
  t.same(read('630.21 km2'), { type: 'quantity', number: 630.21, unit: 'km2' });
  t.same(read('630.21 km²'), { type: 'quantity', number: 630.21, unit: 'km2' });
  t.same(read('243 sq mi'), { type: 'quantity', number: 243, unit: '[mi_i]2' });
  t.same(read('630 km2 (243 sq mi)'), { type: 'quantity', number: 630, unit: 'km2' });
  t.equal(read('630 km2 (500 sq mi)'), null, 'a conversion that disagrees');
  t.same(read('US$ 1.2 billion'), { type: 'quantity', number: 1.2e9, unit: 'USD' });
  t.same(read('€5 Mio.', 'umsatz', 'de'), { type: 'quantity', number: 5e6, unit: 'EUR' });
  t.same(read('12%'), { type: 'quantity', number: 12, unit: '%' });
  t.equal(read('$1.2 billion'), null, 'a bare $ names many currencies');
  t.equal(read('5 ft 11 in'), null);
  t.same(unitOf('[mi_i]2')?.base, 'm2');
  t.same(unitOf('sq mi')?.code, '[mi_i]2');
});

t.test('dates keep their precision, qualifier and era', async (t) => {
  t.same(read('22 April 1870'), { type: 'date', date: '1870-04-22', precision: 'day' });
  t.same(read('April 22, 1870'), { type: 'date', date: '1870-04-22', precision: 'day' });
  t.same(read('(1870-04-22) April 22, 1870 (age 53)'), { type: 'date', date: '1870-04-22', precision: 'day' }, 'a rendered {{birth date and age}}');
  t.equal(read('(1870-04-23) April 22, 1870'), null, 'a hidden key that disagrees');
  t.same(read('November 1917'), { type: 'date', date: '1917-11', precision: 'month' });
  t.same(read('c. 1850'), { type: 'date', date: '1850', precision: 'year', qualifier: 'circa' });
  t.same(read('fl. 1200s'), { type: 'date', date: '1200', precision: 'century', qualifier: 'floruit' });
  t.same(read('1920s'), { type: 'date', date: '1920', precision: 'decade' });
  t.same(read('13th century'), { type: 'date', date: '1201', precision: 'century' });
  t.same(read('44 BC'), { type: 'date', date: '-0043', precision: 'year' }, 'astronomical years: 44 BC is -43');
  t.same(read('15 March 44 BC'), { type: 'date', date: '-0043-03-15', precision: 'day' });
  t.same(read('26. Februar 1869', 'geboren', 'de'), { type: 'date', date: '1869-02-26', precision: 'day' });
  t.same(read('1917', 'founded'), { type: 'date', date: '1917', precision: 'year' }, 'a bare year where the name says date');
  t.same(read('1917', 'population'), { type: 'number', number: 1917 }, 'elsewhere a number');
  t.equal(read('1900s'), null, 'a decade or a century');
  t.equal(read('31 February 1900'), null);
  t.ok(keyOfIso('-0043-03-15')! < keyOfIso('0001')!);
});

t.test('ranges of dates, open or closed, the start first', async (t) => {
  const years = (from: string, to: string | null) => ({ type: 'daterange', from: { date: from, precision: 'year' }, to: to === null ? null : { date: to, precision: 'year' } });
  t.same(read('1917–1922', 'years_active'), years('1917', '1922'));
  t.same(read('1914–18', 'years'), years('1914', '1918'));
  t.same(read('500–400 BC', 'reign'), years('-0499', '-0399'), 'an era at the end is the start’s');
  t.same(read('1998–present', 'years_active'), years('1998', null));
  t.same(read('March 1917 – November 1918'), { type: 'daterange', from: { date: '1917-03', precision: 'month' }, to: { date: '1918-11', precision: 'month' } });
  t.equal(read('1922–1917', 'years'), null, 'backwards');
  t.equal(read('1917–1922', 'population'), null, 'two numbers');
  t.equal(read('12–15%'), null);
});

t.test('booleans, URLs, coordinates, lists; sentences and fractions stay null', async (t) => {
  t.same(read('Yes'), { type: 'boolean', boolean: true });
  t.same(read('https://example.org/a'), { type: 'url', url: 'https://example.org/a' });
  t.same(read('55°45′21″N 37°37′04″E'), { type: 'coordinates', lat: 55.755833, lon: 37.617778 });
  t.same(read('1,000\n2,000'), { type: 'list', items: [{ type: 'number', number: 1000 }, { type: 'number', number: 2000 }] });
  t.equal(read('1,000\nMoscow'), null, 'a list whose every item is not typed');
  t.equal(read('1/2'), null);
  t.equal(read('About 2,000 people live there'), null);
  t.equal(read('Moscow'), null);
  t.equal(read('2,731,571 (2020)'), null, 'a year in brackets is no conversion');
  t.same(read('2,731,571[1]'), { type: 'number', number: 2731571 }, 'a footnote marker is not the value');
});

t.test('templates that say a value', async (t) => {
  const call = (key: string, positional: string[], named: Record<string, string> = {}) => readTemplate({ key, positional, named });
  t.same(call('birth date and age', ['1870', '4', '22']), { type: 'date', date: '1870-04-22', precision: 'day' });
  t.same(call('start date', ['1917', '11']), { type: 'date', date: '1917-11', precision: 'month' });
  t.same(call('birth date', [], { year: '1870', month: '4', day: '22' }), { type: 'date', date: '1870-04-22', precision: 'day' });
  t.equal(call('birth date', ['1870', '2', '30']), null);
  t.same(call('start and end dates', ['1917', '3', '8', '1922', '12', '30']), { type: 'daterange', from: { date: '1917-03-08', precision: 'day' }, to: { date: '1922-12-30', precision: 'day' } });
  t.same(call('convert', ['630', 'km2', 'sqmi']), { type: 'quantity', number: 630, unit: 'km2' });
  t.same(call('convert', ['1,234', 'sqmi']), { type: 'quantity', number: 1234, unit: '[mi_i]2' });
  t.equal(call('convert', ['1', 'to', '3', 'km']), null, 'a range');
  t.equal(call('convert', ['5', 'ft', '11', 'in']), null, 'two units');
  t.same(call('height', [], { m: '1.85' }), { type: 'quantity', number: 1.85, unit: 'm' });
  t.same(call('height', [], { ft: '5', in: '11' }), { type: 'quantity', number: 71, unit: '[in_i]' });
  t.same(call('us$', ['1.2 billion']), { type: 'quantity', number: 1.2e9, unit: 'USD' });
  t.same(call('url', ['example.org']), { type: 'url', url: 'http://example.org' });
  t.same(call('circa', ['1850']), { type: 'date', date: '1850', precision: 'year', qualifier: 'circa' });
  t.same(call('formatnum', ['2731571']), { type: 'number', number: 2731571 });
  t.equal(call('flagicon', ['NOR']), null);
});
