/**
 * The import's fast paths give the database the plain paths give: full-text indexes filled at
 * the end of the run equal the ones the triggers fill row by row, into an empty database and
 * into one whose articles are replaced, renamed, kept or joined by new ones; documents parsed in
 * a worker thread are written as those parsed in the import's thread.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { generateDocuments } from '../../bench/generate.js';
import { bulkStatementOf, deferIndexTriggers } from '../../src/db/deferred-indexes.js';
import { migrateDatabase, openDatabase } from '../../src/db/open.js';
import { withText } from '../../src/db/section-text.js';
import { articleSource } from '../../src/db/source.js';
import { createWriter } from '../../src/db/write.js';
import { normalizeTitle } from '../../src/document/titles.js';
import { importDocuments } from '../../src/importer/import.js';
import { preparedHere, prepareDocument, unwrap } from '../../src/importer/prepare.js';
import { listSources, SourceError } from '../../src/importer/read.js';
import { fixtureInputs } from '../helpers/expected.js';

const FTS = ['titles_fts', 'sections_fts', 'infobox_fts', 'citations_fts'];
const TABLES = ['articles', 'redirects', 'parts', 'infobox_fields', 'sections', 'blocks', 'citations', 'citation_uses', 'sources', 'links', 'link_targets', 'templates', 'coordinates', 'coordinates_rtree'];
/** A table's rows in a stable order: by rowid, or by its primary key for a WITHOUT ROWID table. */
const ORDER: Record<string, string> = {
  links: 'SELECT * FROM links ORDER BY article_id, part_seq, position',
  citation_uses: 'SELECT * FROM citation_uses ORDER BY article_id, part_seq, position',
  blocks: 'SELECT * FROM blocks ORDER BY article_id, seq',
  templates: 'SELECT * FROM templates ORDER BY article_id, position',
};

/** Every row of every table and index, the schema, and what a set of full-text queries return. */
function contents(dbPath: string, words: string[]) {
  const db = openDatabase(dbPath); // writable for FTS5's integrity-check, which writes nothing
  const sqlite = db.$client;
  const all = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).raw().all(...params);
  const out = {
    schema: all(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`),
    tables: Object.fromEntries(TABLES.map((table) => [table, all(ORDER[table] ?? `SELECT rowid, * FROM ${table} ORDER BY rowid`)])),
    indexes: Object.fromEntries(FTS.map((table) => [table, all(`SELECT rowid, * FROM ${table} ORDER BY rowid`)])),
    // The settings of each index: a bulk run sets `hashsize`, `automerge` and `crisismerge` back to
    // FTS5's defaults, which FTS5 then keeps as rows where an index never set has none.
    settings: Object.fromEntries(
      FTS.map((table) => [
        table,
        all(
          `SELECT k, v FROM ${table}_config
           WHERE NOT ((k = 'hashsize' AND v = 1048576) OR (k = 'automerge' AND v = 4) OR (k = 'crisismerge' AND v = 16)) ORDER BY k`,
        ),
      ]),
    ),
    queries: Object.fromEntries(
      FTS.flatMap((table) =>
        words.flatMap((word) => [
          [`${table} ${word}`, all(`SELECT rowid, bm25(${table}) FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`, `"${word}"`)],
          [`${table} ${word.slice(0, 3)}*`, all(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`, `${word.slice(0, 3)}*`)],
        ]),
      ),
    ),
  };
  // Every index agrees with its table; FTS5's own check that each full-text index agrees with its stored rows.
  if (sqlite.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`${dbPath}: integrity_check failed`);
  for (const table of FTS) sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
  db.$client.close();
  return out;
}

/** The rows of the articles of these documents, by title, without ids (which differ between databases). */
function articlesAsStored(dbPath: string, documents: { title: string }[]) {
  const db = openDatabase(dbPath, { readonly: true });
  const sqlite = db.$client;
  const idOf = sqlite.prepare('SELECT id FROM articles WHERE title_key = ?').pluck();
  const children = [
    ...['parts', 'infobox_fields', 'sections'].map((table) => `SELECT * FROM ${table} WHERE article_id = ? ORDER BY rowid`),
    'SELECT * FROM blocks WHERE article_id = ? ORDER BY seq',
    'SELECT * FROM citation_uses WHERE article_id = ? ORDER BY part_seq, position',
    // A target by its key: its id depends on what the database held before.
    `SELECT l.part_seq, l.position, l.kind, t.key, l.target, l.section_idx FROM links l JOIN link_targets t ON t.id = l.target_id
     WHERE l.article_id = ? ORDER BY l.part_seq, l.position`,
  ].map((sql) => sqlite.prepare(sql));
  const citations = sqlite.prepare(
    `SELECT c.*, w.title AS source_title, w.authors AS source_authors, w.year AS source_year
     FROM citations c LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN citations w ON w.id = s.citation_id WHERE c.article_id = ? ORDER BY c.n`,
  );
  const out = documents.map(({ title }) => {
    const id = idOf.get(normalizeTitle(title));
    const strip = (row: unknown) => {
      const { article_id, id: _id, source_id, ...rest } = row as Record<string, unknown>;
      return rest;
    };
    return {
      title,
      article: strip(sqlite.prepare('SELECT * FROM articles WHERE id = ?').get(id)),
      source: articleSource(db, id as number),
      children: children.map((statement) => statement.all(id).map(strip)),
      citations: citations.all(id).map(strip),
    };
  });
  db.$client.close();
  return out;
}

function writeFolder(dir: string, docs: { fileName: string; text: string }[]): string {
  mkdirSync(dir, { recursive: true });
  for (const doc of docs) writeFileSync(join(dir, doc.fileName), doc.text);
  return dir;
}

t.test('full-text indexes filled in bulk equal the ones the triggers fill row by row', async (t) => {
  const dir = t.testdir();
  const docs = generateDocuments(240, { seed: 11 });
  const first = writeFolder(join(dir, 'first'), docs.slice(0, 160));

  // The second run: 40 articles replaced (changed text; 10 of them with their title spelt
  // differently but the same key), 40 unchanged, 80 new; one new article takes over the redirect of an old one.
  const redirectOf = (text: string) => /^\(Redirected from (.+)\)$/m.exec(text)?.[1];
  const taken = docs.slice(0, 120).find((doc) => redirectOf(doc.text))!;
  const taker = docs.slice(160).find((doc) => redirectOf(doc.text))!;
  const second = writeFolder(
    join(dir, 'second'),
    docs.slice(80).map((doc, i) => {
      if (doc === taker) return { ...doc, text: doc.text.replace(/^\(Redirected from .+\)$/m, `(Redirected from ${redirectOf(taken.text)})`) };
      if (i >= 40) return doc;
      let text = doc.text.replace(' was ', ' was once ');
      if (i < 10) text = text[0]!.toLowerCase() + text.slice(1);
      return { ...doc, text };
    }),
  );
  t.not(taken.fileName, taker.fileName);

  const words = ['literacy', 'workers', 'party', 'strike', 'congress', 'press', 'university', 'main', 'once', 'revolution'];
  const bulk = join(dir, 'bulk.sqlite');
  const rows = join(dir, 'rows.sqlite');
  for (const inputs of [[first, ...fixtureInputs], [second], [first]]) {
    const a = importDocuments({ dbPath: bulk, inputs });
    const b = importDocuments({ dbPath: rows, inputs, bulkIndexes: false });
    t.same(a, b, `${inputs.join(' ')}: same result`);
    const expected = contents(rows, words);
    t.ok(expected.indexes.sections_fts!.length > 1000, 'the indexes are not empty');
    t.ok(
      Object.values(expected.queries).filter((found) => found.length > 0).length > 40,
      'most queries find something',
    );
    t.same(contents(bulk, words), expected, `${inputs.join(' ')}: same tables, indexes, triggers and query results`);
    if (inputs[0] === second) {
      // Independently of the triggers: the replaced and new articles are stored as a fresh import stores them.
      const fresh = join(dir, 'fresh.sqlite');
      importDocuments({ dbPath: fresh, inputs: [second] });
      t.same(articlesAsStored(bulk, docs.slice(80)), articlesAsStored(fresh, docs.slice(80)), 'replaced articles as a fresh import stores them');
      const db = openDatabase(bulk, { readonly: true });
      const holder = db.$client
        .prepare('SELECT a.title FROM redirects r JOIN articles a ON a.id = r.article_id WHERE r.from_title = ?')
        .pluck()
        .get(redirectOf(taken.text));
      t.equal(holder, taker.title, 'the redirect moved to the new article');
      db.$client.close();
    }
  }
});

t.test('every insert trigger of the migrations runs in bulk', async (t) => {
  const dbPath = join(t.testdir(), 'db.sqlite');
  importDocuments({ dbPath, inputs: fixtureInputs });
  const db = openDatabase(dbPath, { readonly: true });
  const triggers = db.$client
    .prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%'`)
    .all();
  t.same(triggers.map((trigger) => trigger.name).sort(), [
    'citations_fts_insert',
    'coordinates_rtree_insert',
    'infobox_fts_insert',
    'sections_fts_insert',
    'titles_fts_article_insert',
    'titles_fts_redirect_insert',
  ]);
  for (const { name, sql } of triggers) {
    const bulk = bulkStatementOf(sql);
    t.ok(bulk, `${name} has a bulk form`);
    // The rows are read range by range of rowids, never by a scan of the whole table.
    const plan = db.$client
      .prepare(`EXPLAIN QUERY PLAN ${bulk!.fill}`)
      .all('[[1,2]]')
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    t.match(plan, new RegExp(`SEARCH new USING INTEGER PRIMARY KEY \\(rowid>\\? AND rowid<\\?\\)`), `${name}: rowid ranges`);
  }
  t.equal(bulkStatementOf('CREATE TRIGGER x AFTER DELETE ON t BEGIN DELETE FROM f WHERE rowid = old.id; END'), null, 'a delete trigger is left alone');
  db.$client.close();
});

t.test('documents parsed in a worker thread are written as those parsed in the import thread', async (t) => {
  const dir = t.testdir({
    'bad.txt': `Long\n\nFrom ProleWiki, the proletarian encyclopedia\n\n${'x'.repeat(100_001)}\n`,
    'uncited.txt': 'Uncited\n\nFrom ProleWiki, the proletarian encyclopedia\n\nA sentence.[1]\n\n\n  1. A. Author (2000). A Book.\n  2. B. Author (2001). Another Book.',
  });
  const docs = writeFolder(join(dir, 'docs'), generateDocuments(150, { seed: 5 }));
  const inputs = [docs, ...fixtureInputs, join(dir, 'uncited.txt')];
  const here = importDocuments({ dbPath: join(dir, 'here.sqlite'), inputs, parseWorker: false });
  const worker = importDocuments({ dbPath: join(dir, 'worker.sqlite'), inputs, parseWorker: true });
  t.same(worker, here, 'same result and messages');
  t.match(worker.messages, [{ severity: 'warning', file: join(dir, 'uncited.txt'), line: 9, message: /never cited/ }]);
  t.same(contents(join(dir, 'worker.sqlite'), ['party']), contents(join(dir, 'here.sqlite'), ['party']), 'same database');

  // Errors found in the worker name file and line; the run fails, or skips the document.
  const failing = [...inputs, join(dir, 'bad.txt')];
  t.throws(() => importDocuments({ dbPath: join(dir, 'failed.sqlite'), inputs: failing, parseWorker: true }), {
    name: 'ImportFailed',
    messages: [{ severity: 'warning' }, { severity: 'error', file: join(dir, 'bad.txt'), line: 5, message: /characters long/ }],
  });
  // A run that fails in pass 1 (a duplicate title), before its worker was given anything, stops it.
  t.throws(() => importDocuments({ dbPath: join(dir, 'failed.sqlite'), inputs: [...inputs, join(docs, readdirSync(docs)[0]!)], parseWorker: true }), {
    name: 'ImportFailed',
    messages: [{ severity: 'error', message: /duplicate title/ }],
  });
  const skipped = importDocuments({ dbPath: join(dir, 'skipped.sqlite'), inputs: failing, parseWorker: true, skipInvalid: true });
  t.equal(skipped.imported.length, here.imported.length);
  t.match(skipped.skipped, [{ file: join(dir, 'bad.txt'), reason: /line 5: line is 100,001 characters long/ }]);
});

t.test('an exception while preparing a document crosses from the worker as it was', async (t) => {
  const missing = join(t.testdir(), 'gone.txt');
  const prepared = prepareDocument(missing, () => false);
  t.throws(() => unwrap(prepared), { message: /ENOENT/ });
  const error = t.throws(() => unwrap({ file: missing, failure: { name: 'SourceError', line: 3, message: 'invalid UTF-8 at byte 7' } }), {
    file: missing,
    line: 3,
    message: 'invalid UTF-8 at byte 7',
  });
  t.type(error, SourceError);
});


t.test('full-text indexes filled in batches during the run equal the ones the triggers fill', async (t) => {
  const dir = t.testdir();
  const docs = writeFolder(join(dir, 'docs'), generateDocuments(60, { seed: 8 }));
  const prepared = [...preparedHere([...listSources([docs, ...fixtureInputs])], [])].map(unwrap);
  const build = (dbPath: string, batches: boolean) => {
    const db = openDatabase(dbPath, { bulk: true });
    migrateDatabase(db);
    const indexes = batches ? deferIndexTriggers(db.$client) : null;
    const writer = createWriter(db, { inserted: indexes?.inserted });
    let filled = 0;
    db.$client.transaction(() => {
      prepared.forEach((document, i) => {
        const { id } = writer.writeArticles([document.rows!])[0]!;
        if (document.redirectedFrom) writer.writeRedirect(document.redirectedFrom, id);
        if (i % 7 === 6 && indexes?.fill(100)) filled++;
      });
      indexes?.finish();
    })();
    db.$client.close();
    return filled;
  };
  build(join(dir, 'rows.sqlite'), false);
  t.ok(build(join(dir, 'batches.sqlite'), true) >= 5, 'filled in several batches');
  const words = ['party', 'workers', 'literacy'];
  t.same(contents(join(dir, 'batches.sqlite'), words), contents(join(dir, 'rows.sqlite'), words));
});

t.test('an article of more rows than one multi-row INSERT takes is written whole and in order', async (t) => {
  const paragraphs = Array.from({ length: 150 }, (_, i) => `Paragraph number ${i} of a long article.[1]`);
  const dir = t.testdir({
    'long.txt': `Long\n\nFrom ProleWiki, the proletarian encyclopedia\n\n${paragraphs.join('\n\n')}\n\n\n  1. A. Author (2000). A Book.\n`,
  });
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [join(dir, 'long.txt')] });
  const db = openDatabase(dbPath, { readonly: true });
  const sqlite = db.$client;
  const rows = sqlite
    .prepare<[], { seq: number; sectionIndex: number; text: string; textLength: number | null }>(
      'SELECT seq, section_idx AS sectionIndex, text, text_length AS textLength FROM blocks ORDER BY article_id, seq',
    )
    .all();
  const blocks = withText(rows, new Map(sqlite.prepare<[], [number, Buffer | null]>('SELECT idx, body FROM sections').raw().all()));
  t.same(blocks.map((block) => block.text), paragraphs.map((text) => text.replace('[1]', '')), '150 blocks, in seq order');
  const uses = sqlite.prepare('SELECT part_seq, n FROM citation_uses ORDER BY article_id, part_seq, position').all() as { part_seq: number; n: number }[];
  t.same(uses.map((use) => use.part_seq), blocks.map((block) => block.seq), 'one use a paragraph');
  const text = sqlite.prepare('SELECT text FROM sections_fts').pluck().get() as string;
  t.equal(text.split('\n').length, 150, 'the whole lead indexed for search');
  t.equal(articleSource(db, 1), readFileSync(join(dir, 'long.txt'), 'utf8'));
  db.$client.close();
});
