// {{sfn}} short footnotes linked to the full work the page cites: a <ref>'s template or a bibliography entry, by family names and year.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { buildTestApp } from '../helpers/app.js';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';

const site = { name: 'Example Wiki', namespaces: new Map([['category', 14]]) };

t.test('a short footnote carries the work it abbreviates', async (t) => {
  const text = [
    'Alpha.{{sfn|Gilbert|2006|p=12}} Beta.<ref>{{cite book |last1=van Gogh |first1=Vincent |last2=Bernard |first2=Émile |title=Letters |year=1888 |publisher=Verso |isbn=978-0-674-51173-6}}</ref>',
    'Gamma.{{sfnp|van Gogh|Bernard|1888|pp=3–4}} Delta.{{sfn|Nobody|1999|p=1}} Epsilon.{{sfn|Gilbert|2007|p=2}}',
    '',
    '== Bibliography ==',
    '* {{cite book |author=Gilbert, Elizabeth |title=Eat, Pray, Love |year=2006 |publisher=Viking}}',
  ].join('\n');
  const document = parseWikitextPage({ title: 'Short', text, site, revision: null });
  const byText = (start: string) => document.references.find((r) => r.text.startsWith(start))!;
  const gilbert = byText('Gilbert 2006');
  t.same([gilbert.title, gilbert.names, gilbert.publisher, gilbert.pages, gilbert.template], ['Eat, Pray, Love', [{ family: 'Gilbert', given: 'Elizabeth' }], 'Viking', '12', 'sfn'], 'a bibliography entry: its fields, the footnote\'s page');
  t.equal(gilbert.fullCitation, undefined, 'no numbered reference to point at');
  const letters = byText('van Gogh & Bernard');
  const full = document.references.find((r) => r.template === 'cite book')!;
  t.same([letters.title, letters.fullCitation, letters.pages, letters.identifiers.isbn], ['Letters', full.n, '3–4', full.identifiers.isbn], 'a <ref>: linked by its number, family names with their particle');
  const nobody = byText('Nobody 1999');
  t.same([nobody.title, nobody.fullCitation, nobody.names], [null, undefined, [{ family: 'Nobody' }]], 'no work on the page: the footnote alone');
  t.equal(byText('Gilbert 2007').title, null, 'another year is another work');
});

t.test('on the wire: the footnote points at its full citation and cites the same source', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sfn-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'sfn.xml');
  const text = 'Alpha.<ref>{{cite book |last=Gilbert |first=Elizabeth |title=Eat, Pray, Love |year=2006 |publisher=Viking}}</ref> Beta.{{sfn|Gilbert|2006|p=12}}\n';
  writeFileSync(file, exportXml('Testwiki', [{ title: 'Footnotes', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text }] }]));
  const app = await buildTestApp(t, { inputs: [file] });
  const response = await app.inject({ method: 'GET', url: '/v1/articles/Footnotes/citations' });
  t.equal(response.statusCode, 200, response.body.slice(0, 300));
  const citations = response.json() as { citations: { n: number; text: string; fullCitation?: number; sourceId: number | null }[] };
  const [full, short] = citations.citations;
  t.equal(short!.text, 'Gilbert 2006, p. 12.');
  t.equal(short!.fullCitation, full!.n, 'fullCitation is the full reference\'s number');
  t.ok(full!.sourceId !== null && short!.sourceId === full!.sourceId, 'one source, the work');
});
