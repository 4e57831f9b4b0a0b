import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { openDatabase } from '../../src/db/open.js';
import type { Identifiers } from '../../src/document/identifiers.js';
import { importDocuments } from '../../src/importer/import.js';
import { buildTestApp } from '../helpers/app.js';
import { fixturesDir } from '../helpers/expected.js';
import { conflicting, firstAuthor, normalizeText, sameWork, type Work } from '../../src/document/grouping.js';

const work = (over: Partial<Work>): Work => ({
  key: 'state and revolution', authors: ['V. I. Lenin'], year: 1917, publisher: null, isbn: [], doi: [], ...over,
});

t.test('normalised titles: accents removed, punctuation as spaces, lower case', (t) => {
  t.equal(normalizeText('Cuba: Between Reform & Revolution!'), 'cuba between reform revolution');
  t.equal(normalizeText('Pérez—Économie'), 'perez economie');
  t.end();
});

t.test('first author: surname and initial, whichever way the name is written', (t) => {
  t.same(firstAuthor(['V. I. Lenin']), { surname: 'lenin', initial: 'v' });
  t.same(firstAuthor(['Vladimir Lenin']), { surname: 'lenin', initial: 'v' });
  t.same(firstAuthor(['Louis A. Pérez Jr.']), { surname: 'perez', initial: 'l' });
  t.same(firstAuthor(['Lenin']), { surname: 'lenin', initial: null });
  t.equal(firstAuthor([]), null);
  t.end();
});

t.test('sameWork: identifiers first', (t) => {
  t.ok(sameWork(work({ isbn: ['9780674511736'] }), work({ key: 'other title', authors: [], isbn: ['9780674511736'] })), 'same ISBN, however cited');
  t.ok(sameWork(work({ doi: ['10.1086/226147'] }), work({ key: 'x', year: 1990, doi: ['10.1086/226147'] })), 'same DOI');
  t.notOk(sameWork(work({ isbn: ['9780674511736'] }), work({ isbn: ['9781859840009'] })), 'conflicting ISBNs never merge, even with title and author equal');
  t.notOk(sameWork(work({ doi: ['10.1/a'] }), work({ doi: ['10.1/b'] })), 'conflicting DOIs');
  t.notOk(sameWork(work({ isbn: ['9780674511736'], doi: ['10.1/a'] }), work({ isbn: ['9780674511736'], doi: ['10.1/b'] })), 'a shared ISBN with conflicting DOIs');
  t.ok(sameWork(work({ isbn: ['9780674511736'] }), work({})), 'an identifier on one side only does not conflict');
  t.ok(conflicting(work({ isbn: ['1'] }), work({ isbn: ['2'] })));
  t.end();
});

t.test('sameWork: title, first author and year', (t) => {
  t.ok(sameWork(work({}), work({ authors: ['Vladimir Lenin'], year: 1918 })), 'initial agrees, one year apart');
  t.notOk(sameWork(work({}), work({ year: 1919 })), 'two years apart');
  t.ok(sameWork(work({}), work({ year: null })), 'a missing year does not refute');
  t.notOk(sameWork(work({}), work({ authors: ['Ivan Ivanov'] })), 'another author');
  t.notOk(sameWork(work({}), work({ authors: ['Nadezhda Lenin'] })), 'same surname, another initial');
  t.ok(sameWork(work({}), work({ authors: ['Lenin'] })), 'a surname without given names');
  t.notOk(sameWork(work({}), work({ key: 'what is to be done' })), 'another title');
  t.notOk(sameWork(work({}), work({ authors: [] })), 'authors on one side only');
  t.ok(sameWork(work({ authors: [], publisher: 'ONEI' }), work({ authors: [], publisher: 'onei' })), 'no authors: the same publisher');
  t.notOk(sameWork(work({ authors: [], publisher: 'ONEI' }), work({ authors: [], publisher: 'BBC' })), 'no authors: another publisher');
  t.notOk(sameWork(work({ key: '' }), work({ key: '' })), 'an empty key names no work');
  t.end();
});

// ---------------------------------------------------------------------------------------------
// The grouping fixture: the same works cited in different ways across documents of both formats.

const GROUPING = join(fixturesDir, 'grouping');
const truth = JSON.parse(readFileSync(join(GROUPING, 'truth.json'), 'utf8')) as { works: { work: string; refs: string[] }[] };
const pages = ['a', 'b', 'c', 'd'].map((x) => join(GROUPING, `grouping-${x}.page`));
const dir = t.testdir({});
const exportFile = join(dir, 'grouping-wiki.xml');
writeFileSync(exportFile, exportXml('Testwiki', [
  { title: 'Grouping Wiki', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: readFileSync(join(GROUPING, 'grouping-wiki.wiki'), 'utf8') }] },
]));
const app = await buildTestApp(t, { inputs: [...pages, exportFile] });

interface Hit { n: number; sourceId: number | null; article: { title: string }; identifiers: Identifiers }

async function allCitations(query = ''): Promise<Hit[]> {
  const hits: Hit[] = [];
  let url: string | null = `/v1/citations?limit=100${query}`;
  while (url !== null) {
    const response = await app.inject({ method: 'GET', url });
    const body = response.json() as { items: Hit[]; next: string | null };
    hits.push(...body.items);
    url = body.next;
  }
  return hits;
}

/** Pairwise precision and recall of the sources against the truth's works. */
function pairwise(predicted: Map<string, number | null>, works: { refs: string[] }[]) {
  const refs = works.flatMap((w) => w.refs);
  const workOf = new Map(works.flatMap((w, i) => w.refs.map((ref) => [ref, i] as const)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (let i = 0; i < refs.length; i++) {
    for (let j = i + 1; j < refs.length; j++) {
      const [a, b] = [refs[i]!, refs[j]!];
      const same = workOf.get(a) === workOf.get(b);
      const grouped = predicted.get(a) !== null && predicted.get(a) === predicted.get(b);
      if (same && grouped) tp++;
      else if (grouped) (fp++, wrong.push(`merged: ${a} + ${b}`));
      else if (same) (fn++, wrong.push(`missed: ${a} + ${b}`));
    }
  }
  return { tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

t.test('grouping fixture: pairwise precision and recall of /v1/sources against the labelled truth', async (t) => {
  const hits = await allCitations();
  const predicted = new Map(hits.map((hit) => [`${hit.article.title}#${hit.n}`, hit.sourceId]));
  const labelled = truth.works.flatMap((w) => w.refs);
  t.same([...predicted.keys()].sort(), [...labelled].sort(), 'the truth labels every reference once');
  const { tp, fp, fn, precision, recall, wrong } = pairwise(predicted, truth.works);
  t.comment(`grouping fixture: ${labelled.length} references, ${truth.works.length} works; pairs TP ${tp} FP ${fp} FN ${fn}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  for (const line of wrong) t.comment(line);
  t.ok(precision >= 0.9, `precision ${precision.toFixed(3)}`);
  t.ok(recall >= 0.75, `recall ${recall.toFixed(3)}`);
  // The known misses, so a change to the rule shows here: the 1964 reprint (years far apart)
  // and the two "Introduction"s by A. Silva (a generic title, the same surname and initial).
  t.same(wrong.filter((w) => w.startsWith('merged')), ['merged: Grouping A#8 + Grouping C#6']);
  t.equal(wrong.filter((w) => w.startsWith('missed')).length, 3);

  const sources = (await app.inject({ method: 'GET', url: '/v1/sources?limit=100' })).json() as { items: { id: number; title: string; identifiers: { isbn: string[]; doi: string | null; oclc: string | null } }[] };
  const rodney = sources.items.find((s) => s.identifiers.isbn.includes('978-1-85984-000-9'))!;
  t.same(rodney.identifiers, { isbn: ['978-1-85984-000-9'], doi: null, oclc: null }, 'a source carries the union of its references’ identifiers');
  const marquez = sources.items.find((s) => s.title === 'Cien años de soledad')!;
  t.equal(marquez.identifiers.oclc, '12345', 'the OCLC number of the template reference, leading zeros dropped');
});

t.test('?isbn= and ?doi= on citations and sources', async (t) => {
  const isbnHits = await allCitations('&isbn=1859840000');
  t.same(isbnHits.map((h) => `${h.article.title}#${h.n}`).sort(), ['Grouping A#2', 'Grouping C#1', 'Grouping Wiki#4'], 'ISBN-10 finds the ISBN-13 references too');
  t.same((await allCitations('&isbn=978-1-85984-000-9')).length, 3, 'ISBN-13 with hyphens');
  const doiHits = await allCitations(`&doi=${encodeURIComponent('https://doi.org/10.1234/JAS.2009.0045')}`);
  t.same(doiHits.map((h) => `${h.article.title}#${h.n}`).sort(), ['Grouping A#4', 'Grouping C#4', 'Grouping Wiki#2'], 'a DOI as a doi.org URL, any case');
  t.same(doiHits[0]!.identifiers.doi, '10.1234/jas.2009.0045');
  t.same((await allCitations('&doi=10.1234/jas.2009.0045&author=Hendricks&year=2010')).map((h) => h.article.title), ['Grouping C'], 'with other filters');
  t.same(await allCitations('&isbn=9780195030006'), [], 'a valid ISBN no reference carries');

  const sources = async (query: string) => ((await app.inject({ method: 'GET', url: `/v1/sources?${query}` })).json() as { items: { id: number; title: string }[] }).items;
  t.same((await sources('isbn=0-14-044568-4')).map((s) => s.title), ['The State and Revolution']);
  t.same((await sources('doi=doi:10.5555/SR.2011.7')).length, 1);
  t.same((await sources('isbn=1859844677&title=Africa')).length, 1, 'with words');

  const archived = (await allCitations('&article=Grouping_Wiki')).find((h) => h.n === 4)!;
  t.same(archived.identifiers.archive, { url: 'https://web.archive.org/web/20200105000000/http://example.org/rodney', original: 'http://example.org/rodney', date: '2020-01-05' });

  for (const [url, name] of [
    ['/v1/citations?isbn=0-14-044568-5', 'isbn'],
    ['/v1/citations?isbn=12345', 'isbn'],
    ['/v1/citations?doi=11.1234/x', 'doi'],
    ['/v1/sources?isbn=978-0-14-044568-9', 'isbn'],
    ['/v1/sources?doi=10.12/x', 'doi'],
  ] as const) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 400, url);
    t.match(response.headers['content-type'], /^application\/problem\+json/);
    t.match(response.json(), { status: 400, errors: [{ in: 'query', name }] }, `${url}: names the parameter`);
  }
});

t.test('grouping across import runs and when an article is replaced', async (t) => {
  const dbDir = t.testdir({});
  const dbPath = join(dbDir, 'runs.db');
  importDocuments({ dbPath, inputs: [pages[0]!] });
  importDocuments({ dbPath, inputs: [pages[2]!] });
  const db = openDatabase(dbPath, { readonly: true });
  t.teardown(() => db.$client.close());
  const sourceOf = (title: string, n: number) =>
    db.$client.prepare<[string, number], { source_id: number }>('SELECT c.source_id FROM citations c JOIN articles a ON a.id = c.article_id WHERE a.title = ? AND c.n = ?').get(title, n)!.source_id;
  t.equal(sourceOf('Grouping C', 1), sourceOf('Grouping A', 2), 'an ISBN matches a source of an earlier run');
  t.equal(sourceOf('Grouping C', 4), sourceOf('Grouping A', 4), 'a DOI matches a source of an earlier run');

  // Grouping A again, without its Rodney reference: the source stays (C cites it) and keeps C's ISBN.
  const replaced = join(dbDir, 'grouping-a.txt');
  writeFileSync(replaced, readFileSync(pages[0]!, 'utf8').replace(/ISBN 978-1-85984-000-9\./, ''));
  importDocuments({ dbPath, inputs: [replaced] });
  const rw = openDatabase(dbPath, { readonly: true });
  t.teardown(() => rw.$client.close());
  const identifiersOf = (id: number) => rw.$client.prepare<[number], { kind: string; value: string }>('SELECT kind, value FROM source_identifiers WHERE source_id = ?').all(id);
  const rodney = rw.$client.prepare<[], { source_id: number }>("SELECT c.source_id FROM citations c JOIN articles a ON a.id = c.article_id WHERE a.title = 'Grouping C' AND c.n = 1").get()!.source_id;
  t.same(identifiersOf(rodney), [{ kind: 'isbn', value: '9781859840009' }]);
  const orphans = rw.$client.prepare('SELECT count(*) AS n FROM sources WHERE id NOT IN (SELECT source_id FROM citations WHERE source_id IS NOT NULL)').get() as { n: number };
  t.equal(orphans.n, 0, 'no source without citations');
});
