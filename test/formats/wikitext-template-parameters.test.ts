/**
 * The parameters each template use passes, as a wikitext page gives them to the document: named
 * and positional, displayed on one line, empty ones left out, long ones null, nested templates'
 * own; citation templates marked and their parameters left to the citations; the total bounded.
 */
import t from 'tap';
import { MAX_PARAMETER_VALUE, MAX_TEMPLATE_PARAMETERS } from '../../src/formats/wikitext/metadata.js';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';

const site = { name: 'Example Wiki', base: 'https://wiki.example.org/wiki/Main_Page', namespaces: new Map([['template', 10], ['file', 6], ['category', 14]]) };
const parse = (text: string) => parseWikitextPage({ title: 'Page', text, site, revision: null });

t.test('named and positional parameters, displayed, per use; nested templates have their own', async (t) => {
  const document = parse(
    `{{Infobox river\n| name = The '''Ulva'''\n| mouth = [[Fjord sea|the Fjord Sea]]<ref>Seen.</ref>\n| length = {{convert|120|km}}\n| image =\n| notes = <!-- none -->\n}}\n` +
      `{{flagicon|NOR}} {{flagicon| SWE |size = 20px}}\nText.<ref>{{cite book |title=Rivers |last=Berg}}</ref>\n`,
  );
  t.same(document.templates, [
    { name: 'Infobox river', count: 1, citation: false },
    { name: 'Convert', count: 1, citation: false },
    { name: 'Flagicon', count: 2, citation: false },
    { name: 'Cite book', count: 1, citation: true },
  ]);
  t.same(document.templateParameters, [
    { template: 0, use: 0, name: 'name', value: 'The Ulva' },
    { template: 0, use: 0, name: 'mouth', value: 'the Fjord Sea' },
    { template: 0, use: 0, name: 'length', value: null, typed: { type: 'quantity', number: 120, unit: 'km' } },
    { template: 0, use: 0, name: 'notes', value: '' },
    { template: 1, use: 0, name: '1', value: '120' },
    { template: 1, use: 0, name: '2', value: 'km' },
    { template: 2, use: 0, name: '1', value: 'NOR' },
    { template: 2, use: 1, name: '1', value: 'SWE' },
    { template: 2, use: 1, name: 'size', value: '20px' },
  ], 'an empty value is left out; a comment alone displays as nothing; a template shown as nothing is not known (null) but an infobox parameter is typed; the citation template keeps none');
});

t.test('a long value is null; the parameters a page keeps are bounded, with a warning', async (t) => {
  const long = parse(`{{Note|${'word '.repeat(MAX_PARAMETER_VALUE)}}} {{Note|${'x'.repeat(MAX_PARAMETER_VALUE)}}}`);
  t.same(long.templateParameters.map((p) => p.value?.length ?? null), [null, MAX_PARAMETER_VALUE]);
  const many = parse(Array.from({ length: MAX_TEMPLATE_PARAMETERS + 10 }, (_, i) => `{{tick|${i}}}`).join(' '));
  t.equal(many.templateParameters.length, MAX_TEMPLATE_PARAMETERS);
  t.same(many.templates, [{ name: 'Tick', count: MAX_TEMPLATE_PARAMETERS + 10, citation: false }], 'every use still counted');
  t.same(many.problems.map((p) => p.message), [`2,010 template parameters, of which the first 2,000 are kept, in "Page"`]);
});
