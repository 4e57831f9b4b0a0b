/**
 * A wikitext parameter's typed value (src/formats/wikitext/values.ts): the templates that say a
 * value, lists whose every item is typed, text alone as displayed; text beside a template the
 * reader does not know, refs and notes looked past or not, each as the rules say.
 */
import t from 'tap';
import { parseWikitext } from '../../src/formats/wikitext/parser/index.js';
import { templateParameters } from '../../src/formats/wikitext/templates.js';
import { wikitextValue } from '../../src/formats/wikitext/values.js';

/** The value of `| name = raw` in an infobox. */
function valueOf(raw: string, name = 'value', language = 'en') {
  const text = `{{Infobox x\n| ${name} = ${raw}\n}}`;
  const root = parseWikitext(text);
  const template = root.children.find((node) => node.type === 'template')!;
  return wikitextValue(text, templateParameters(template)[0]!.value, { language, name });
}

t.test('templates that say a value', async (t) => {
  t.same(valueOf('{{convert|630|km2|sqmi}}'), { type: 'quantity', number: 630, unit: 'km2' });
  t.same(valueOf('{{convert|630.21|km2|sqmi|abbr=on}}<ref>Census.</ref>'), { type: 'quantity', number: 630.21, unit: 'km2' }, 'a ref is looked past');
  t.same(valueOf('{{birth date and age|1870|4|22|df=y}}'), { type: 'date', date: '1870-04-22', precision: 'day' });
  t.same(valueOf('{{start date|1917|11|7}}'), { type: 'date', date: '1917-11-07', precision: 'day' });
  t.same(valueOf('{{formatnum:2731571}}'), { type: 'number', number: 2731571 });
  t.same(valueOf('{{increase}} 2,731,571'), { type: 'number', number: 2731571 }, 'an icon is looked past');
  t.same(valueOf('{{height|m=1.85}}'), { type: 'quantity', number: 1.85, unit: 'm' });
  t.same(valueOf('{{US$|1.2 billion}}'), { type: 'quantity', number: 1.2e9, unit: 'USD' });
  t.same(valueOf('{{URL|example.org}}'), { type: 'url', url: 'http://example.org' });
  t.same(valueOf('{{coord|55|45|N|37|37|E}}'), { type: 'coordinates', lat: 55.75, lon: 37.616667 });
  t.same(valueOf('{{nowrap|{{convert|5|km}}}}'), { type: 'quantity', number: 5, unit: 'km' }, 'through a template that shows its parameter');
});

t.test('lists whose every item is typed', async (t) => {
  const two = { type: 'list', items: [{ type: 'date', date: '1917', precision: 'year' }, { type: 'date', date: '1922', precision: 'year' }] };
  t.same(valueOf('1917<br>1922', 'founded'), two);
  t.same(valueOf('{{ubl|1917|1922}}', 'founded'), two);
  t.same(valueOf('{{plainlist|\n* 1917\n* 1922\n}}', 'founded'), two);
  t.equal(valueOf('1917<br>[[Moscow]]', 'founded'), null);
});

t.test('text alone is read as displayed; anything the reader cannot display is null', async (t) => {
  t.same(valueOf("'''2,731,571'''"), { type: 'number', number: 2731571 });
  t.same(valueOf('[[1917]]', 'founded'), { type: 'date', date: '1917', precision: 'year' });
  t.same(valueOf('1.234', 'einwohner', 'de'), { type: 'number', number: 1234 });
  t.equal(valueOf('{{convert|630|km2}} (2010)'), null, 'a template beside text');
  t.equal(valueOf('{{flagicon|NOR}} 120'), null, 'a template the reader does not know');
  t.equal(valueOf('[[Moscow]]'), null);
  t.equal(valueOf('<!-- to do -->'), null);
});
