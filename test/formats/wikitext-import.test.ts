/**
 * Importing MediaWiki exports whatever their form: compressed, schema 0.10, corrupt, cut, hostile,
 * duplicated, oversized or nested too deep, and parsed by one worker or two.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { nestingDepth } from '../../src/formats/wikitext/prechecks.js';
import { isMediaWikiExport } from '../../src/formats/wikitext/xml.js';
import { MAX_NESTING, MAX_PAGE_BYTES } from '../../src/importer/export.js';
import { ImportFailed, importDocuments, formatMessage } from '../../src/importer/import.js';
import { fixturesDir, textFixturesDir } from '../helpers/expected.js';
import { pages, writeExport } from '../helpers/wikitext-export.js';

/** The ImportFailed an import throws; null if it does not. */
function failedImport(options: Parameters<typeof importDocuments>[0]): ImportFailed | null {
  try {
    importDocuments(options);
  } catch (error) {
    if (error instanceof ImportFailed) return error;
    throw error;
  }
  return null;
}

t.test('compressed exports, schema 0.10, and an export told apart by content', async (t) => {
  const dir = t.testdir();
  const xml = exportXml('Example Wiki', pages.slice(0, 2), '0.10');
  const gz = writeExport(dir, 'dump.xml.gz', gzipSync(xml));
  const named = writeExport(dir, 'dump.txt', xml);
  t.ok(isMediaWikiExport(gz));
  t.ok(isMediaWikiExport(named), 'by its <mediawiki> root, whatever its name');
  t.notOk(isMediaWikiExport(join(textFixturesDir, 'agrafena-sokolova.txt')));
  const result = importDocuments({ dbPath: join(dir, 'a.db'), inputs: [gz] });
  t.same(result.imported.map((i) => i.title), ['Vladimir Lenin', 'October Revolution']);
  const again = importDocuments({ dbPath: join(dir, 'b.db'), inputs: [named] });
  t.same(again.imported.map((i) => i.title), ['Vladimir Lenin', 'October Revolution']);
});

t.test('a .xml.bz2 export (the form of Wikipedia\'s dumps) imports as its XML would', async (t) => {
  const dir = t.testdir();
  // test/fixtures/wikitext/alpha-beta.xml.bz2: two pages written with bench/export-xml.ts, compressed with bzip2 -9.
  const bz2 = join(fixturesDir, 'wikitext', 'alpha-beta.xml.bz2');
  t.ok(isMediaWikiExport(bz2));
  const dbPath = join(dir, 'db.sqlite');
  const result = importDocuments({ dbPath, inputs: [bz2] });
  t.same(result.imported.map((i) => i.title), ['Alpha', 'Beta']);
  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  const alpha = (await app.inject({ url: '/v1/articles/Alpha' })).json();
  t.same([alpha.format, alpha.revision.id, alpha.categories.map((c: { name: string }) => c.name)], ['wikitext', 11, ['Letters']]);
  t.same(alpha.citations.map((c: { authors: string[]; title: string; year: number }) => [c.authors, c.title, c.year]), [[['Smith'], 'Letters', 1999]]);
  t.equal(
    (await app.inject({ url: '/v1/articles/Beta/source' })).body,
    'Beta comes after [[Alpha]].\n',
    'the <text> byte for byte',
  );
});

t.test('a corrupt or truncated compressed export is malformed input at file:line:column; --skip-invalid keeps the pages before the cut', async (t) => {
  const dir = t.testdir();
  const xml = exportXml('Example Wiki', pages.slice(0, 2));
  const gzipped = gzipSync(xml);
  // Cut inside the second page: the first decompresses and parses whole.
  const cut = writeExport(dir, 'cut.xml.gz', gzipped.subarray(0, Math.floor(gzipped.length * 0.8)));
  const error = failedImport({ dbPath: join(dir, 'db.sqlite'), inputs: [cut] });
  t.type(error, ImportFailed);
  t.match(formatMessage(error!.messages[0]!), /cut\.xml\.gz:\d+:\d+: error: malformed XML: corrupt or truncated gzip data \(unexpected end of file\)$/);
  const kept = importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [cut], skipInvalid: true });
  t.same(kept.imported.map((i) => i.title), ['Vladimir Lenin']);

  const garbage = writeExport(dir, 'garbage.xml.bz2', 'not bzip2 at all');
  const bad = failedImport({ dbPath: join(dir, 'other.sqlite'), inputs: [garbage] });
  t.type(bad, ImportFailed);
  t.match(formatMessage(bad!.messages[0]!), /garbage\.xml\.bz2:1:1: error: malformed XML: corrupt or truncated bzip2 data/);
});

t.test('bad input: file:line:column, atomic runs', async (t) => {
  const dir = t.testdir();
  const xml = exportXml('Example Wiki', pages.slice(0, 2));
  const cut = xml.indexOf('<page>', xml.indexOf('October Revolution') - 200);
  const truncated = writeExport(dir, 'cut.xml', xml.slice(0, cut + 300));
  const dbPath = join(dir, 'db.sqlite');
  const error = failedImport({ dbPath, inputs: [truncated] });
  t.type(error, ImportFailed, 'a dump cut mid-page fails the run');
  t.match(formatMessage(error!.messages[0]!), /^.*cut\.xml:\d+:\d+: error: malformed XML: /);
  const kept = importDocuments({ dbPath, inputs: [truncated], skipInvalid: true });
  t.same(kept.imported.map((i) => i.title), ['Vladimir Lenin'], '--skip-invalid keeps the complete pages');

  const laughs = writeExport(
    dir,
    'laughs.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE mediawiki [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n` +
      exportXml('W', [{ title: 'Laughs', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'x' }] }]).replace('>x</text>', '>&lol2;</text>'),
  );
  const external = writeExport(
    dir,
    'external.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE mediawiki [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n` +
      exportXml('W', [{ title: 'Ext', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'x' }] }]).replace('>x</text>', '>&xxe;</text>'),
  );
  for (const file of [laughs, external]) {
    const failed = t.throws(() => importDocuments({ dbPath: join(dir, 'other.db'), inputs: [file] })) as unknown as ImportFailed;
    t.match(failed.messages[0]!.message, /undefined entity/, 'never expanded, never fetched');
    t.notMatch(JSON.stringify(failed.messages), /root:/);
  }

  const twice = writeExport(
    dir,
    'twice.xml',
    exportXml('W', [
      { title: 'Same', id: 1, revisions: [{ id: 2, timestamp: '2024-05-01T00:00:00Z', text: 'Newer text.' }] },
      { title: 'same', id: 2, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Older text.' }] },
      { title: 'Other', id: 3, revisions: [{ id: 3, timestamp: '2024-01-01T00:00:00Z', text: 'First.' }] },
      { title: 'Other', id: 4, revisions: [{ id: 4, timestamp: '2024-02-01T00:00:00Z', text: 'Second.' }] },
    ]),
  );
  const duplicates = importDocuments({ dbPath: join(dir, 'twice.db'), inputs: [twice] });
  t.match(duplicates.messages.map((m) => m.message), [/"same" is also at .*twice\.xml:\d+; the earlier revision wins/, /"Other" is also at .*; the later revision wins/]);
  const db = openDatabase(join(dir, 'twice.db'), { readonly: true });
  t.same(db.$client.prepare('SELECT title, summary FROM articles ORDER BY title').all(), [
    { title: 'Other', summary: 'Second.' },
    { title: 'Same', summary: 'Newer text.' },
  ]);
  db.$client.close();
});

t.test('a page of tens of MB is skipped with a warning; the pages around it import', async (t) => {
  const dir = t.testdir();
  const huge = `${'A line of text with a [[Link]] in it.\n\n'.repeat(Math.ceil((MAX_PAGE_BYTES * 6) / 39))}`;
  t.ok(Buffer.byteLength(huge) > 20 * 1024 * 1024, 'tens of MB');
  const file = writeExport(
    dir,
    'huge.xml',
    exportXml('W', [
      { title: 'Before', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Before.' }] },
      { title: 'Huge', id: 2, revisions: [{ id: 2, timestamp: '2024-01-01T00:00:00Z', text: huge }] },
      { title: 'After', id: 3, revisions: [{ id: 3, timestamp: '2024-01-01T00:00:00Z', text: 'After.' }] },
    ]),
  );
  const result = importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [file] });
  t.same(result.imported.map((i) => i.title), ['Before', 'After']);
  t.equal(result.skippedPages.size, 1);
  t.match(formatMessage(result.messages[0]!), /huge\.xml:\d+: warning: "Huge" has 2\d\.\d MiB of wikitext, over the 4 MiB a page can have; skipped/);
});

t.test('nestingDepth counts templates, links and tables on their brackets', async (t) => {
  t.equal(nestingDepth('plain text, [single] {brackets}'), 0);
  t.equal(nestingDepth('{{a}} and [[b]] and {{c|d}}'), 1);
  t.equal(nestingDepth('{{a|{{b|[[c|{{{d}}}]]}}}}'), 4);
  t.equal(nestingDepth('{|\n| {{a|[[b]]}}\n|}\n{{c}}'), 3, 'a table at the start of a line, and its cells');
  t.equal(nestingDepth('a {| is not a table mid-line'), 0);
  t.equal(nestingDepth('}} ]] {{a}}'), 1, 'stray closers do not go below zero');
  t.equal(nestingDepth('{{a {{b'), 2, 'unclosed brackets stay open');
});

t.test('a page nested deeper than MediaWiki expands is skipped with a warning naming it; the pages around it import', async (t) => {
  const dir = t.testdir();
  // Templates with a link in each, one inside the other: the parse of such a page grows with the square of its depth.
  const nested = (depth: number) => `${'{{a|[[b|'.repeat(depth)}x${']]}}'.repeat(depth)}`;
  const file = writeExport(
    dir,
    'deep.xml',
    exportXml('W', [
      { title: 'Before', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Before [[Deep]].' }] },
      { title: 'Deep', id: 2, revisions: [{ id: 2, timestamp: '2024-01-01T00:00:00Z', text: nested(MAX_NESTING / 2 + 1) }] },
      { title: 'Deep enough', id: 3, revisions: [{ id: 3, timestamp: '2024-01-01T00:00:00Z', text: nested(MAX_NESTING / 2) }] },
    ]),
  );
  // The warning is at the page's text, as a warning inside a page is.
  const lines = readFileSync(file, 'utf8').split('\n');
  const textLine = lines.findIndex((line, i) => line.includes('<text') && i > lines.findIndex((l) => l.includes('<title>Deep</title>'))) + 1;
  const result = importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [file] });
  t.same(result.imported.map((i) => i.title), ['Before', 'Deep enough'], 'nested as deep as MediaWiki expands: imported');
  t.equal(result.skippedPages.unparsable, 1);
  t.same(result.messages.map(formatMessage), [
    `${file}:${textLine}: warning: "Deep" nests templates, links or tables ${MAX_NESTING + 2} deep, over the ${MAX_NESTING} MediaWiki expands; skipped`,
  ]);
  // With --strict the warning is an error: nothing is imported.
  t.throws(() => importDocuments({ dbPath: join(dir, 'strict.sqlite'), inputs: [file], strict: true }), ImportFailed);
});

t.test('two parse workers import an export as one does', async (t) => {
  const dir = t.testdir();
  const file = writeExport(dir, 'export.xml', exportXml('Example Wiki', pages));
  const one = importDocuments({ dbPath: join(dir, 'one.sqlite'), inputs: [file], parseWorkers: 1 });
  const two = importDocuments({ dbPath: join(dir, 'two.sqlite'), inputs: [file], parseWorkers: 2 });
  t.same(two.imported, one.imported, 'the same documents, in input order');
  t.equal(two.run.contentHash, one.run.contentHash, 'the same content');
  t.same(two.skippedPages, one.skippedPages);
});
