/**
 * A citation's text kept once (migration 0026): a text its fields display is stored as an empty
 * BLOB and derived when read; the migration empties exactly the texts a fresh import leaves out,
 * the citation index stays whole (its delete trigger included), and every answer is the golden one.
 */
import { join } from 'node:path';
import t from 'tap';
import Database from 'better-sqlite3';
import { citationFields } from '../../src/db/citation-fields.js';
import { citationText, DERIVED_TEXT, storedCitationText } from '../../src/db/citation-text.js';
import { migrateDatabase } from '../../src/db/open.js';
import { appOverFile, buildTestDatabase } from '../helpers/app.js';
import { wikitextExport } from '../helpers/citation-corpus.js';
import { differingFromGolden } from '../helpers/golden.js';
import { goldenCorpusBefore } from '../helpers/migrations.js';

const row = {
  kind: 'book', authors: '["Ann Lee"]', year: 1999, date: null, title: 'Fields', chapter: null, pages: '12', place: 'Oslo',
  publisher: 'Press', url: null, format: null, fields: '{"retrieved":"2020-01-02","template":"cite book"}',
};

t.test('the text a citation template displays is derived; any other is stored', async (t) => {
  const displayed = 'Ann Lee (1999). Fields. Oslo: Press. p. 12. Retrieved 2020-01-02.';
  t.equal(storedCitationText(displayed, row), DERIVED_TEXT, 'what the fields display: an empty BLOB');
  t.equal(citationText({ ...row, text: DERIVED_TEXT }), displayed, 'read back from the fields, retrieval date included');
  t.equal(storedCitationText('Lee, Ann. Fields (Oslo, 1999).', row), 'Lee, Ann. Fields (Oslo, 1999).', 'a text written otherwise is kept');
  t.equal(storedCitationText('', { ...row, authors: '[]', year: null, title: null, pages: null, place: null, publisher: null, fields: '{}' }), '', 'an empty text stays text');
  t.same(citationFields(row).retrieved, '2020-01-02');
});

t.test('an import: a template\'s text derived whole, its retrieval date too', async (t) => {
  const path = buildTestDatabase(t, [wikitextExport(t.testdir())]);
  const sqlite = new Database(path, { readonly: true });
  const stored = sqlite.prepare<[string], string>("SELECT typeof(text) FROM citations WHERE title = ?").pluck();
  t.equal(stored.get('Syria crisis: Homs under fire'), 'blob', 'a cite web: derived');
  sqlite.close();
  const app = await appOverFile(t, path);
  const article = (await app.inject('/v1/articles/Hard_cases')).json() as { citations: { text: string; title: string | null }[] };
  t.equal(
    article.citations.find((citation) => citation.title === 'Syria crisis: Homs under fire')?.text,
    'BBC (2012). "Syria crisis: Homs under fire". BBC News. https://www.bbc.co.uk/news/world-middle-east-17054397 Retrieved 2012-02-17.',
  );
});

/** How the rows of `citations` store their text: `blob` (derived) or `text`, by id. */
const storage = (sqlite: Database.Database) =>
  sqlite.prepare<[], { id: number; stored: string }>('SELECT id, typeof(text) AS stored FROM citations ORDER BY id').all();

t.test('migration 0026: the texts their fields give back emptied, as a fresh import leaves them; index whole, answers golden', async (t) => {
  const { dir, db, sqlite, freshPath } = goldenCorpusBefore(t, '0026_citation_text_derived');
  t.equal(sqlite.prepare("SELECT count(*) FROM citations WHERE typeof(text) = 'blob'").pluck().get(), 0, 'before: every text stored');
  const indexed = () => sqlite.prepare('SELECT count(*) FROM citations_fts_docsize').pluck().get() as number;
  const before = indexed();

  migrateDatabase(db);
  const fresh = new Database(freshPath, { readonly: true });
  const freshStorage = storage(fresh);
  fresh.close();
  const derived = freshStorage.filter(({ stored }) => stored === 'blob').length;
  t.ok(derived > 0 && derived < freshStorage.length, `a fresh import derives ${derived} of ${freshStorage.length} texts`);
  t.same(storage(sqlite), freshStorage, 'the migrated rows store the same texts');

  sqlite.prepare("INSERT INTO citations_fts (citations_fts) VALUES ('integrity-check')").run();
  t.equal(indexed(), before, `every citation still indexed (${before})`);

  const app = await appOverFile(t, join(dir, 'old.sqlite'));
  const { differing, compared } = await differingFromGolden(app);
  t.same(differing, [], `${compared} answers over the migrated database, byte for byte the golden ones`);

  // The delete trigger removes a derived text's terms: integrity-check fails if it removes others.
  const article = sqlite.prepare("SELECT article_id FROM citations WHERE typeof(text) = 'blob' LIMIT 1").pluck().get() as number;
  const gone = sqlite.prepare('SELECT count(*) FROM citations WHERE article_id = ?').pluck().get(article) as number;
  sqlite.prepare('DELETE FROM citations WHERE article_id = ?').run(article);
  sqlite.prepare("INSERT INTO citations_fts (citations_fts) VALUES ('integrity-check')").run();
  t.equal(indexed(), before - gone, `an article's ${gone} citations deleted from the index`);
  sqlite.close();
});
