/**
 * A citation's fields stored sparse (src/db/citation-fields.ts): read back key for key, in order,
 * from the columns and the stored JSON; a row stored whole, as databases before it hold them, read
 * as it is — a database of whole rows gives the golden answers byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parseDocument } from '../../src/formats/text/parse.js';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';
import { citationFields, storedFields, type CitationColumns } from '../../src/db/citation-fields.js';
import { openDatabase } from '../../src/db/open.js';
import { appOverFile, buildTestDatabase } from '../helpers/app.js';
import { fixturesDir, loadFixtures } from '../helpers/expected.js';
import { differingFromGolden, goldenInputs } from '../helpers/golden.js';

/** The columns src/db/rows.ts writes from a reference, with its stored fields. */
function rowOf(fields: Record<string, unknown>): CitationColumns {
  const value = (key: string) => (fields[key] ?? null) as never;
  return {
    kind: value('kind'), authors: JSON.stringify(fields.authors), year: value('year'), date: value('date'), title: value('title'),
    chapter: value('chapter'), pages: value('pages'), place: value('place'), publisher: value('publisher'), url: value('url'),
    format: value('format'), fields: storedFields(fields),
  };
}

const empty = () => ({
  authors: [] as string[], names: [] as unknown[], year: null as number | null, date: null, title: null as string | null, chapter: null,
  edition: null as string | null, volume: null, issue: null, pages: null as string | null, place: null, publisher: null as string | null,
  url: null, format: null, retrieved: null, archived: null, kind: 'other', backlinks: [] as string[],
  identifiers: { isbn: [] as string[], doi: null as string | null, oclc: null, archive: null },
});

t.test('a wikitext reference: only what no column holds and is not empty is stored; read back in its order', (t) => {
  const reference: Record<string, unknown> = Object.assign(empty(), { name: null, group: 'note' });
  Object.assign(reference, {
    authors: ['Jane Roe'], names: [{ family: 'Roe', given: 'Jane' }], year: 1999, title: 'A Work', pages: '12', edition: '2nd',
    publisher: 'Press', kind: 'book', identifiers: { isbn: ['9780000000002'], doi: null, oclc: null, archive: null },
    editors: [{ family: 'Doe', given: 'John' }], template: 'cite book', label: 'a', fullCitation: 3,
  });
  const row = rowOf(reference);
  t.same(Object.keys(JSON.parse(row.fields as string) as object), ['names', 'edition', 'identifiers', 'name', 'group', 'editors', 'template', 'label', 'fullCitation']);
  t.equal(JSON.stringify(citationFields(row)), JSON.stringify(reference), 'the same keys, values and order');
  t.end();
});

t.test('a text reference with nothing but its columns stores an empty object', (t) => {
  const reference = Object.assign(empty(), { authors: ['A. Author'], year: 2001, title: 'T', url: 'https://example.org/', format: 'PDF', kind: 'url' });
  const row = rowOf(reference);
  t.equal(row.fields, '{}');
  t.equal(JSON.stringify(citationFields(row)), JSON.stringify(reference));
  t.end();
});

t.test('fields not in the order every parser starts from are stored whole and read as they are', (t) => {
  const { names: _names, ...withoutNames } = empty(); // as references were stored before names were parsed
  for (const reference of [withoutNames, { ...empty(), date: undefined }, Object.assign({ kind: 'other' }, empty())]) {
    const row = rowOf(reference);
    t.equal(row.fields, JSON.stringify(reference));
    t.equal(JSON.stringify(citationFields(row)), JSON.stringify(reference));
  }
  t.end();
});

t.test('the references of the parsers read back as they were, none stored whole', (t) => {
  const site = { name: 'Example Wiki', namespaces: new Map([['category', 14]]) };
  const wikitext = [
    readFileSync(join(fixturesDir, 'wikitext', 'grammar', 'refs.wiki'), 'utf8'),
    readFileSync(join(fixturesDir, 'wikitext', 'metadata', 'nested.wiki'), 'utf8'),
    'A.<ref>{{cite book |last1=van Gogh |first1=Vincent |editor-last=Roe |editor-first=Jane |title=Letters |year=1888}}</ref> B.{{sfn|van Gogh|1888|p=3}} C.{{efn|A note.}}\n',
  ].map((text, i) => parseWikitextPage({ title: `Page ${i}`, text, site, revision: null }));
  const references = [...wikitext, ...loadFixtures().map((fixture) => parseDocument(fixture.source))].flatMap((document) => document.references);
  const added = new Set(references.flatMap((reference) => Object.keys(reference)));
  t.ok(['editors', 'name', 'template', 'group', 'label', 'fullCitation'].every((key) => added.has(key)), 'every key the wikitext parser adds is among them');
  for (const { seq: _seq, n: _n, text: _text, ...fields } of references) {
    const row = rowOf(fields);
    if ((row.fields as string).includes('"authors"')) t.fail(`stored whole: ${row.fields as string}`);
    if (JSON.stringify(citationFields(row)) !== JSON.stringify(fields)) t.equal(JSON.stringify(citationFields(row)), JSON.stringify(fields));
  }
  t.pass(`${references.length} references`);
  t.end();
});

t.test('a database of whole rows (as written before) gives the golden answers; a fresh one stores none whole', async (t) => {
  const dbPath = buildTestDatabase(t, goldenInputs);
  const db = openDatabase(dbPath);
  const sqlite = db.$client;
  const count = (where: string) => sqlite.prepare<[], number>(`SELECT count(*) FROM citations WHERE ${where}`).pluck().get()!;
  const total = count('1');
  t.ok(total >= 40, `${total} citations`);
  t.equal(count(`json_type(fields, '$.authors') IS NOT NULL`), 0, 'every reference of every format stored sparse');
  const rows = sqlite.prepare<[], CitationColumns & { id: number }>('SELECT * FROM citations').all();
  const rewrite = sqlite.prepare('UPDATE citations SET fields = ? WHERE id = ?');
  sqlite.transaction(() => {
    for (const row of rows) rewrite.run(JSON.stringify(citationFields(row)), row.id);
  })();
  t.equal(count(`json_type(fields, '$.authors') IS NOT NULL`), total, 'every row whole, as before');
  sqlite.close();

  const app = await appOverFile(t, dbPath);
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `the ${compared} golden answers, byte for byte`);
});
