/**
 * The revision details an export gives, read into the document model (test/fixtures/wikitext/metadata/).
 */
import { join } from 'node:path';
import t from 'tap';
import { parseWikitextPage } from '../src/formats/wikitext/parse.js';
import { readExport } from '../src/formats/wikitext/xml.js';
import { fixturesDir } from './helpers/expected.js';

const dir = join(fixturesDir, 'wikitext', 'metadata');
const site = { name: 'Example Wiki', base: 'https://wiki.example.org/wiki/Main_Page', namespaces: new Map([['template', 10], ['file', 6]]) };

t.test('revision details from an export: parent, contributor (name or IP), comment, minor, size in bytes', async (t) => {
  const pages = [];
  for await (const page of readExport(join(dir, 'revisions.xml'))) pages.push(page);
  t.same(pages.map((page) => page.revision), [
    { id: 11, timestamp: '2024-02-01T00:00:00Z', sha1: 'bbb', parentId: 10, contributor: { ip: '192.0.2.7' }, comment: 'typo: "Ana" → "Anna"', minor: true, size: 20 },
    { id: 20, timestamp: '2024-03-01T00:00:00Z', sha1: 'ccc', parentId: 19, contributor: null, comment: null, minor: false, size: 7 },
    { id: 30, timestamp: '2024-04-01T00:00:00Z', sha1: 'ddd', parentId: null, contributor: { name: 'Jon Berg' }, comment: null, minor: false, size: 0 },
  ], 'the latest revision; a hidden contributor and comment are null; a first revision has no parent');
  const first = pages[0]!;
  const document = parseWikitextPage({ title: first.title, text: first.text!, site, revision: first.revision });
  t.equal(document.revision?.contributor && 'ip' in document.revision.contributor ? document.revision.contributor.ip : null, '192.0.2.7', 'carried into the document');
});
