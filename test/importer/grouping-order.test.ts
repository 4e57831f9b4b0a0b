/**
 * Grouping gives the same sources whatever the import order: random sets of references (shared and
 * conflicting ISBNs and DOIs, near-duplicate titles, authors with and without initials, years one
 * apart) imported in random orders, split over runs, with articles replaced and deleted on the
 * way, partition their citations as one run in title order does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { openDatabase } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';

const TITLES = ['How Europe Underdeveloped Africa', 'HOW EUROPE UNDERDEVELOPED AFRICA', 'How Europe: Underdeveloped Africa', 'The State and Revolution', 'Introduction'];
const AUTHORS = ['Walter Rodney', 'W. Rodney', 'Rodney, Walter', 'Rodney, W.', 'K. Rodney', 'Karl Rodney', 'Vladimir Lenin', 'V. I. Lenin', ''];
const YEARS = [1971, 1972, 1973, 1974, null];
const ISBNS = ['978-1-85984-000-9', '978-1-85984-467-0', '0-14-044568-4', null, null];
const DOIS = ['10.1234/jas.2009.0045', '10.5555/ehr.2011.1', null, null, null];
const PUBLISHERS = ['London: Verso', 'Dar es Salaam: Tanzania Publishing House', null];

const reference = fc
  .record({
    title: fc.constantFrom(...TITLES),
    author: fc.constantFrom(...AUTHORS),
    year: fc.constantFrom(...YEARS),
    isbn: fc.constantFrom(...ISBNS),
    doi: fc.constantFrom(...DOIS),
    publisher: fc.constantFrom(...PUBLISHERS),
  })
  .map(({ title, author, year, isbn, doi, publisher }) => {
    const dated = year === null ? '' : ` (${year})`;
    const head = author === '' ? `${title}${dated}.` : `${author}${dated}. ${title}.`;
    return [head, publisher && `${publisher}.`, isbn && `ISBN ${isbn}.`, doi && `doi:${doi}.`].filter(Boolean).join(' ');
  });

const references = fc.array(reference, { minLength: 1, maxLength: 5 });

/** A plain-text rendering of an article citing these references. */
function page(title: string, refs: string[]): string {
  const markers = refs.map((_, i) => `[${i + 1}]`).join('');
  return [title, '', 'From Testwiki, the invented encyclopedia', '', `${title} is an invented article.${markers}`, '', '', ...refs.map((ref, i) => `  ${i + 1}. ${ref}`), ''].join('\n');
}

/** A scenario: the articles, in which order and runs they are imported, which are first imported with other references (then replaced), and extra articles a final `--sync` run deletes. */
const scenario = fc
  .array(references, { minLength: 2, maxLength: 6 })
  .chain((articles) =>
    fc.record({
      articles: fc.constant(articles),
      order: fc.shuffledSubarray(articles.map((_, i) => i), { minLength: articles.length, maxLength: articles.length }),
      cuts: fc.array(fc.integer({ min: 1, max: articles.length - 1 }), { maxLength: 3 }),
      decoys: fc.array(fc.record({ article: fc.nat({ max: articles.length - 1 }), refs: references }), { maxLength: 2 }),
      extras: fc.array(references, { maxLength: 2 }),
    }),
  );

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

/** The partition of the database's citations into sources, as a canonical set of sets of `title#n`. */
function partitionOf(dbPath: string): string {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const rows = db.$client
      .prepare<[], { title: string; n: number; source: number }>(
        'SELECT a.title AS title, c.n AS n, c.source_id AS source FROM citations c JOIN articles a ON a.id = c.article_id WHERE c.source_id IS NOT NULL',
      )
      .all();
    const groups = new Map<number, string[]>();
    for (const { title, n, source } of rows) groups.set(source, [...(groups.get(source) ?? []), `${title}#${n}`]);
    return JSON.stringify([...groups.values()].map((members) => members.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  } finally {
    db.$client.close();
  }
}

/** Sources that do not name a citation citing them (each is read from its representative citation). */
function straySources(dbPath: string): number {
  const db = openDatabase(dbPath, { readonly: true });
  try {
    return db.$client
      .prepare('SELECT count(*) FROM sources s LEFT JOIN citations c ON c.id = s.citation_id WHERE c.id IS NULL OR c.source_id IS NOT s.id')
      .pluck()
      .get() as number;
  } finally {
    db.$client.close();
  }
}

const articleTitle = (i: number) => `Article ${String.fromCharCode(65 + i)}`;

t.test('the partition into sources is the same whatever the order and runs of the import', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'grouping-order-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  const write = (title: string, refs: string[]) => {
    const file = join(dir, `${count++}.txt`);
    writeFileSync(file, page(title, refs));
    return file;
  };
  let scenarios = 0;
  let grouped = 0;
  fc.assert(
    fc.property(scenario, ({ articles, order, cuts, decoys, extras }: Scenario) => {
      const files = articles.map((refs, i) => write(articleTitle(i), refs));
      const once = join(dir, `${count++}.db`);
      importDocuments({ dbPath: once, inputs: files });
      const expected = partitionOf(once);

      const runs: string[][] = [];
      // First, other versions of some articles (replaced later) and extra articles (deleted by a final --sync run); a title once in a run.
      const decoyed = [...new Map(decoys.map(({ article, refs }) => [article, refs])).entries()];
      const first = [...decoyed.map(([article, refs]) => write(articleTitle(article), refs)), ...extras.map((refs, i) => write(`Extra ${i}`, refs))];
      if (first.length > 0) runs.push(first);
      const boundaries = [...new Set(cuts)].sort((a, b) => a - b);
      let from = 0;
      for (const cut of [...boundaries, order.length]) {
        runs.push(order.slice(from, cut).map((i) => files[i]!));
        from = cut;
      }
      const split = join(dir, `${count++}.db`);
      for (const inputs of runs) importDocuments({ dbPath: split, inputs });
      if (extras.length > 0) importDocuments({ dbPath: split, inputs: files, sync: true });
      scenarios++;
      grouped += JSON.parse(expected).filter((group: string[]) => group.length > 1).length;
      return partitionOf(split) === expected && straySources(split) === 0;
    }),
    { numRuns: 40, seed: 29 },
  );
  t.equal(scenarios, 40);
  t.ok(grouped > 40, `works cited more than once in the scenarios (${grouped})`);
  t.end();
});

t.test('a database from before the citations kept their keys (migration 0014 marks them "?") is keyed and grouped again by the next run', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'grouping-keys-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const refs = ['Walter Rodney (1972). How Europe Underdeveloped Africa. London: Verso.', 'W. Rodney (1973). How Europe Underdeveloped Africa. ISBN 978-1-85984-000-9.'];
  const files = ['A', 'B', 'C'].map((name, i) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, page(`Article ${name}`, i === 2 ? [refs[1]!] : refs));
    return file;
  });
  const once = join(dir, 'once.db');
  importDocuments({ dbPath: once, inputs: files });
  const earlier = join(dir, 'earlier.db');
  importDocuments({ dbPath: earlier, inputs: files.slice(0, 2) });
  const db = openDatabase(earlier);
  // As migration 0014 leaves an earlier database, its sources lost here to see them found again.
  db.$client.exec(`UPDATE citations SET source_key = '?' WHERE kind NOT IN ('ibid', 'note'); UPDATE citations SET source_id = NULL`);
  db.$client.close();
  importDocuments({ dbPath: earlier, inputs: [files[2]!] });
  const check = openDatabase(earlier, { readonly: true });
  t.teardown(() => check.$client.close());
  t.same(check.$client.prepare('SELECT DISTINCT source_key FROM citations ORDER BY 1').pluck().all(), ['how europe underdeveloped africa']);
  t.equal(partitionOf(earlier), partitionOf(once));
  t.end();
});
