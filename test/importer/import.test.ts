import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { articleSource } from '../../src/db/source.js';
import { runCli } from '../../src/importer/cli.js';
import { exportXml } from '../../bench/export-xml.js';
import { ImportFailed, importDocuments } from '../../src/importer/import.js';
import { fixtureInputs, loadAllFixtures, loadSeed } from '../helpers/expected.js';

const fixtures = loadAllFixtures();
const seed = loadSeed();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function dump(dbPath: string): string {
  const db = openDatabase(dbPath, { readonly: true });
  const tables = ['articles', 'redirects', 'parts', 'infobox_fields', 'sections', 'blocks', 'citations', 'citation_uses', 'sources', 'links'];
  const out = tables.map((table) => JSON.stringify(db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
  db.$client.close();
  return out.join('\n');
}

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return { stream, text: () => text };
}

t.test('imports every fixture, and each article renders back from the database byte for byte', async (t) => {
  const dbPath = join(t.testdir(), 'db.sqlite');
  const result = importDocuments({ dbPath, inputs: fixtureInputs });
  t.equal(result.imported.length, fixtures.length);
  t.equal(result.articles, fixtures.length);
  t.same(result.messages.filter((m) => m.severity === 'error'), []);
  const db = openDatabase(dbPath, { readonly: true });
  for (const fixture of fixtures) {
    const id = db.$client.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(fixture.expected.title) as number;
    t.ok(id, `${fixture.name} stored`);
    t.equal(articleSource(db, id), fixture.source, `${fixture.name} round-trips through the database`);
  }
  const redirects = db.$client.prepare('SELECT from_title FROM redirects ORDER BY from_title').pluck().all();
  t.same(redirects, fixtures.map((f) => f.expected.redirectedFrom).filter(Boolean).sort(), 'one redirect per "(Redirected from X)"');
  // A hatnote target that is another imported article resolves to it.
  const resolved = db.$client
    .prepare('SELECT a.title FROM links l JOIN link_targets t ON t.id = l.target_id JOIN articles a ON a.title_key = t.key ORDER BY 1')
    .pluck()
    .all();
  t.same(resolved, ['Valdoran literacy campaign'], 'cross-document hatnote link resolves');
  db.$client.close();
});

t.test('re-running gives the same content; importing into an existing database replaces by title and keeps the rest', async (t) => {
  const dir = t.testdir({ 'changed.txt': seed.source.replace('Result Bolshevik victory', 'Result Decisive Bolshevik victory') });
  const a = join(dir, 'a.sqlite');
  const b = join(dir, 'b.sqlite');
  importDocuments({ dbPath: a, inputs: fixtureInputs });
  importDocuments({ dbPath: b, inputs: fixtureInputs });
  t.equal(dump(a), dump(b), 'two runs from scratch give identical tables');
  importDocuments({ dbPath: a, inputs: fixtureInputs });
  t.equal(dump(a), dump(b), 'a re-run over the same database changes nothing');

  const result = importDocuments({ dbPath: a, inputs: [join(dir, 'changed.txt')] });
  t.equal(result.articles, fixtures.length, 'same article count: replaced, not added');
  const db = openDatabase(a, { readonly: true });
  const text = db.$client.prepare("SELECT text FROM infobox_fields WHERE key = 'result'").pluck().get();
  t.equal(text, 'Decisive Bolshevik victory', 'the article of the same title was replaced');
  t.equal(db.$client.prepare('SELECT count(*) FROM redirects').pluck().get(), fixtures.length, 'redirects kept');
  db.$client.close();
});

const bad: Record<string, { content: string | Buffer; line: number; message: RegExp }> = {
  'empty.txt': { content: '', line: 1, message: /empty/ },
  'blank.txt': { content: '  \n\n \t\n', line: 1, message: /empty/ },
  'nul.txt': { content: 'Title\n\nFrom ProleWiki, the proletarian encyclopedia\nA\u0000B', line: 4, message: /NUL/ },
  'utf8.txt': { content: Buffer.from([0x54, 0x0a, 0x0a, 0x41, 0xff, 0x42]), line: 3, message: /invalid UTF-8/ },
  'long.txt': { content: `Title\n\n${'x'.repeat(2_000_000)}`, line: 3, message: /characters long/ },
};

t.test('bad input: a clear message naming file and line, non-zero exit, database untouched', async (t) => {
  const dir = t.testdir(Object.fromEntries(Object.entries(bad).map(([name, { content }]) => [name, content])));
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [seed.file] });
  const before = sha(dbPath);
  for (const [name, { line, message }] of Object.entries(bad)) {
    const out = capture();
    const err = capture();
    const code = runCli(['--db', dbPath, seed.file, join(dir, name)], out.stream, err.stream);
    t.equal(code, 1, `${name}: exit 1`);
    const expectedLine = new RegExp(`${name.replace('.', '\\.')}:${line}: error: .*${message.source}`);
    t.match(err.text(), expectedLine, `${name}: names file and line`);
    t.notMatch(err.text(), /\n\s+at /, `${name}: no stack trace`);
    t.match(err.text(), /is unchanged/);
    t.equal(sha(dbPath), before, `${name}: database byte-identical`);
  }
});

t.test('a marker with no reference is a warning: kept as written, linked to nothing; --strict makes it an error', async (t) => {
  const lonely =
    'Lonely\n\nFrom ProleWiki, the proletarian encyclopedia\n\nA sentence that cites a lost source.[2] And a kept one.[1]\n\n\n  1. A. Author (2000). A Book.';
  const dir = t.testdir({ 'lonely.txt': lonely });
  const dbPath = join(dir, 'db.sqlite');
  const out = capture();
  const err = capture();
  t.equal(runCli(['--db', dbPath, seed.file, join(dir, 'lonely.txt')], out.stream, err.stream), 0, 'the run succeeds');
  t.match(err.text(), /lonely\.txt:5: warning: citation marker \[2\] has no reference/, 'a warning naming file and line');
  t.match(out.text(), /imported 2 documents/);

  const db = openDatabase(dbPath, { readonly: true });
  const app = await buildApp({ db, logger: false });
  t.teardown(() => app.close());
  const article = (await app.inject('/v1/articles/Lonely')).json();
  t.same(article.sections[0].paragraphs, [
    { kind: 'paragraph', text: 'A sentence that cites a lost source.[2] And a kept one.', citations: [1] },
  ], 'the lost marker stays in the text and cites nothing; the other is a citation');
  t.same(article.citations.map((citation: { n: number }) => citation.n), [1]);
  const source = await app.inject('/v1/articles/Lonely/source');
  t.equal(source.body, lonely, 'the source is kept byte for byte');
  const uses = db.$client
    .prepare("SELECT n FROM citation_uses JOIN articles ON articles.id = article_id WHERE title = 'Lonely'")
    .pluck()
    .all();
  t.same(uses, [1], 'no use row for the marker without a reference');

  const before = sha(dbPath);
  const strictErr = capture();
  t.equal(runCli(['--db', dbPath, '--strict', join(dir, 'lonely.txt')], capture().stream, strictErr.stream), 1, '--strict: exit 1');
  t.match(strictErr.text(), /lonely\.txt:5: error: citation marker \[2\] has no reference/, '--strict: the warning is an error');
  t.equal(sha(dbPath), before, '--strict: database byte-identical');
});

t.test('--strict turns every warning into an error, a reference never cited too', async (t) => {
  const dir = t.testdir({
    'uncited.txt': 'Uncited\n\nFrom ProleWiki, the proletarian encyclopedia\n\nA sentence.[1]\n\n\n  1. A. Author (2000). A Book.\n  2. B. Author (2001). Another Book.',
  });
  t.throws(() => importDocuments({ dbPath: join(dir, 'db.sqlite'), inputs: [join(dir, 'uncited.txt')], strict: true }), {
    name: 'ImportFailed',
    messages: [{ severity: 'error', line: 9, message: /reference 2 is never cited/ }],
  });
  t.notOk(existsSync(join(dir, 'db.sqlite')), 'nothing written');
});

t.test('a reference never cited is a warning, and the document is imported', async (t) => {
  const dir = t.testdir({
    'uncited.txt': 'Uncited\n\nFrom ProleWiki, the proletarian encyclopedia\n\nA sentence.[1]\n\n\n  1. A. Author (2000). A Book.\n  2. B. Author (2001). Another Book.',
  });
  const out = capture();
  const err = capture();
  const code = runCli(['--db', join(dir, 'db.sqlite'), join(dir, 'uncited.txt')], out.stream, err.stream);
  t.equal(code, 0);
  t.match(err.text(), /uncited\.txt:9: warning: reference 2 is never cited/);
  t.match(out.text(), /imported 1 document/);
});

t.test('two documents with the same title fail the run; --skip-invalid imports the rest', async (t) => {
  const dir = t.testdir({ 'copy.txt': seed.source.replace('Result Bolshevik', 'Result A') , 'empty.txt': '' });
  const dbPath = join(dir, 'db.sqlite');
  t.throws(() => importDocuments({ dbPath, inputs: [seed.file, join(dir, 'copy.txt')] }), { name: 'ImportFailed' });
  try {
    importDocuments({ dbPath, inputs: [seed.file, join(dir, 'copy.txt')] });
  } catch (error) {
    const messages = (error as ImportFailed).messages.map((m) => `${m.file}:${m.line}: ${m.message}`);
    t.match(messages.join('\n'), /copy\.txt:1: duplicate title "Russian revolution of 1917" \(also in .*000_21346faa0adc92a0\.txt:1\)/);
  }
  t.throws(() => readFileSync(dbPath), 'no database was created by the failed run');

  const err = capture();
  const code = runCli(['--db', dbPath, '--skip-invalid', seed.file, join(dir, 'empty.txt')], capture().stream, err.stream);
  t.equal(code, 0);
  t.match(err.text(), /skipped .*empty\.txt: line 1: the document is empty/);
  const db = openDatabase(dbPath, { readonly: true });
  t.equal(db.$client.prepare('SELECT count(*) FROM articles').pluck().get(), 1);
  db.$client.close();
});

t.test('a text document and an export page with the same title fail the run, in either order; --skip-invalid keeps the text document', async (t) => {
  const page = { id: 7, title: 'Russian revolution of 1917', revisions: [{ id: 70, timestamp: '2024-01-01T00:00:00Z', text: "'''The revolution''' in wikitext.\n" }] };
  const dir = t.testdir({ 'export.xml': exportXml('Example Wiki', [page]) });
  const exportFile = join(dir, 'export.xml');
  const dbPath = join(dir, 'db.sqlite');
  for (const inputs of [[seed.file, exportFile], [exportFile, seed.file]]) {
    const failed = t.throws(() => importDocuments({ dbPath, inputs })) as unknown as ImportFailed;
    const messages = failed.messages.map((m) => `${m.file}:${m.line}: ${m.message}`).join('\n');
    t.match(messages, /export\.xml:\d+: duplicate title "Russian revolution of 1917" \(also in .*000_21346faa0adc92a0\.txt:1\)/);
    t.notOk(existsSync(dbPath), 'nothing written');
  }
  const kept = importDocuments({ dbPath, inputs: [seed.file, exportFile], skipInvalid: true });
  t.same(kept.imported.map((i) => i.file), [seed.file]);
  const db = openDatabase(dbPath, { readonly: true });
  t.equal(db.$client.prepare("SELECT format FROM articles WHERE title = 'Russian revolution of 1917'").pluck().get(), 'text');
  db.$client.close();
});

t.test('usage errors exit 2; a missing input is a clear error', async (t) => {
  const dir = t.testdir();
  t.equal(runCli(['--bogus'], capture().stream, capture().stream), 2);
  const err = capture();
  t.equal(runCli(['--db', join(dir, 'x.sqlite'), join(dir, 'missing.txt')], capture().stream, err.stream), 1);
  t.match(err.text(), /missing\.txt:0: error: no such file or directory/);
  const help = capture();
  t.equal(runCli(['--help'], help.stream, capture().stream), 0);
  t.match(help.text(), /usage: npm run seed/);
  for (const workers of ['0', '9', '1.5', 'two']) {
    const bad = capture();
    t.equal(runCli(['--db', join(dir, 'x.sqlite'), '--parse-workers', workers, seed.file], capture().stream, bad.stream), 2, `--parse-workers ${workers}`);
    t.match(bad.text(), new RegExp(`^error: --parse-workers must be a whole number from 1 to 8, got "${workers.replace('.', '\\.')}"`));
  }
});

t.test('a failed run leaves no temporary file behind', async (t) => {
  const dir = t.testdir({ 'empty.txt': '' });
  const dbPath = join(dir, 'db.sqlite');
  importDocuments({ dbPath, inputs: [seed.file] });
  t.throws(() => importDocuments({ dbPath, inputs: [join(dir, 'empty.txt')] }));
  const { readdirSync } = await import('node:fs');
  t.same(readdirSync(dir).sort(), ['db.sqlite', 'empty.txt']);
  writeFileSync(join(dir, 'unused'), '');
});

t.test('hatnote targets holding ", " or " and " are kept whole against titles of earlier runs, and relinked when they arrive later', async (t) => {
  const page = (title: string, body: string) => `${title}\n\nFrom ProleWiki, the proletarian encyclopedia\n\n${body}\n`;
  const hatnote = "See also: Black Skin, White Masks and Workers' and Peasants' Red Army";
  const dir = t.testdir({
    'reader.txt': page('Reader', `${hatnote}\n\nThe reader is an article that points to two works whose titles hold separators.`),
    'book.txt': page('Black Skin, White Masks', 'A book by Frantz Fanon, published in 1952 by Éditions du Seuil in Paris.'),
    'army.txt': page("Workers' and Peasants' Red Army", 'The army of the Soviet Republic, founded in 1918 and later the Soviet Army.'),
    'later.txt': page('Later reader', `${hatnote}\n\nAnother article that points to the same two works, imported after them.`),
  });
  const dbPath = join(dir, 'db.sqlite');
  const targets = async (title: string) => {
    const db = openDatabase(dbPath, { readonly: true });
    const app = await buildApp({ db, logger: false });
    try {
      return (await app.inject(`/v1/articles/${encodeURIComponent(title)}/links`)).json().links;
    } finally {
      await app.close();
    }
  };
  const linkTargets = async (title: string) =>
    ((await targets(title)) as { target: string; exists: boolean }[]).map(({ target, exists }) => [target, exists]);

  importDocuments({ dbPath, inputs: [join(dir, 'reader.txt')] });
  t.same(
    await linkTargets('Reader'),
    [['Black Skin', false], ['White Masks', false], ["Workers'", false], ["Peasants' Red Army", false]],
    'unknown titles are split where the list separates them',
  );
  importDocuments({ dbPath, inputs: [join(dir, 'book.txt'), join(dir, 'army.txt')] });
  t.same(
    await linkTargets('Reader'),
    [['Black Skin, White Masks', true], ["Workers' and Peasants' Red Army", true]],
    'a later run bringing the titles relinks the earlier hatnote',
  );
  importDocuments({ dbPath, inputs: [join(dir, 'later.txt')] });
  t.same(
    await linkTargets('Later reader'),
    [['Black Skin, White Masks', true], ["Workers' and Peasants' Red Army", true]],
    'a run after them resolves against the titles already in the database',
  );
});
