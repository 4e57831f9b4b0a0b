/**
 * Every export of the citation corpus (test/helpers/citation-corpus.ts: the fixtures, the seed,
 * the hard cases of names and dates) given to the tools researchers use: `bibtex` with plain.bst,
 * `biber --tool --validate-datamodel`, bibutils' `ris2xml` and `bib2xml`. No errors, no name
 * warnings, no invalid fields or unused tags; a warning only where the source lacks the field.
 *
 * Needs texlive-binaries, biber and bibutils (.ci/run installs them). Outside CI without them the
 * test is skipped with one line saying so; under CI=true it always runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import type { CslItem } from '../../src/api/wire/csl.js';
import { bibtexKey } from '../../src/citations/render.js';
import { corpusApp, exportAll } from '../helpers/citation-corpus.js';
import { runBiber, runBibtex, runBibutils, toolPlan, type ToolMessage } from '../helpers/citation-tools.js';

/** The CSL variables a field of BibTeX or BibLaTeX comes from (none: a field no reference has). */
const FIELD_VARIABLES: Record<string, string[]> = {
  author: ['author'],
  editor: ['editor'],
  title: ['title'],
  year: ['issued'],
  date: ['issued'],
  publisher: ['publisher'],
  journal: ['container-title'],
  journaltitle: ['container-title'],
  booktitle: ['container-title'],
  pages: ['page'],
  chapter: [],
  url: ['URL'],
  doi: ['DOI'],
  eprint: [],
};

/** A tool's message about missing fields is fair when the item has none of the fields it names. */
function lacks(item: CslItem | undefined, fields: string[]): boolean {
  if (!item) return false;
  return fields.every((field) => {
    const variables = FIELD_VARIABLES[field];
    return variables !== undefined && variables.every((variable) => (item as Record<string, unknown>)[variable] === undefined);
  });
}

function assertMessages(t: Test, tool: string, messages: ToolMessage[], items: Map<string, CslItem>) {
  const of = (kind: ToolMessage['kind']) => messages.filter((m) => m.kind === kind).map((m) => m.text);
  t.same(of('error'), [], `${tool}: no errors`);
  t.same(of('name'), [], `${tool}: no name warnings`);
  t.same(of('invalid-field'), [], `${tool}: no invalid fields`);
  t.same(of('other'), [], `${tool}: no other warnings`);
  const unfair = messages.filter((m) => m.kind === 'missing-field' && !lacks(items.get(m.key ?? ''), m.fields)).map((m) => m.text);
  t.same(unfair, [], `${tool}: a missing field only where the source has none`);
  t.comment(`${tool}: ${messages.length} warnings, all for fields the sources lack`);
}

const plan = toolPlan();
if (!plan.run) {
  if ('skip' in plan) t.comment(plan.skip);
  else t.fail(plan.fail);
} else {
  const dir = t.testdir({});
  const app = await corpusApp(t, dir);
  // Pages of 25, concatenated: what a client following `Link: rel="next"` saves.
  const csl = JSON.parse((await exportAll(app, 'csl-json', 'limit=100')).body) as CslItem[];
  const items = new Map(csl.map((item) => [bibtexKey(item.id), item]));
  const [bibtex, biblatex, ris] = await Promise.all(['bibtex', 'biblatex', 'ris'].map(async (format) => (await exportAll(app, format, 'limit=25')).body));
  t.comment(`${csl.length} references; ${spawnSync('bibtex', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}`);
  const work = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };

  t.test('bibtex with plain.bst reads every entry', async (t) => {
    const result = runBibtex(work('bibtex'), bibtex!);
    t.equal(result.errorCount, 0, 'bibtex: 0 error messages');
    t.not(result.status, 2, 'bibtex exits without errors');
    assertMessages(t, 'bibtex', result.messages, items);
  });

  t.test('biber validates every entry against its datamodel', async (t) => {
    const result = runBiber(work('biber'), biblatex!);
    t.equal(result.status, 0, 'biber exits 0');
    assertMessages(t, 'biber', result.messages, items);
  });

  t.test('bibutils reads every RIS record and BibTeX entry, every tag used', async (t) => {
    const fromRis = runBibutils(work('ris2xml'), 'ris2xml', 'refs.ris', ris!);
    t.equal(fromRis.processed, csl.length, 'ris2xml: every record');
    t.same(fromRis.messages.map((m) => m.text), [], 'ris2xml: no unused or unknown tags');
    const fromBib = runBibutils(work('bib2xml'), 'bib2xml', 'refs.bib', bibtex!);
    t.equal(fromBib.processed, csl.length, 'bib2xml: every entry');
    t.same(fromBib.messages.map((m) => m.text), [], 'bib2xml: no unused fields');
  });

  // The names parser's part (issue 29, the names branch): bibtex and biber read these without a
  // warning however they are split, so the right split is asserted here.
  t.test('names of the hard cases as BibTeX reads them; no author invented', async (t) => {
    const authors = new Map([...bibtex!.matchAll(/^@\w+\{([^,\n]+),\n((?:\t.*\n)*)\}/gm)].map((m) => [m[1]!, /^\tauthor = \{(.*)\},$/m.exec(m[2]!)?.[1] ?? null]));
    const expected: Record<string, string | null> = {
      'Hard_cases-1': 'Gilbert, Elizabeth',
      'Hard_cases-2': 'Roeder, Jr., George H.',
      'Hard_cases-3': 'van Beethoven, Ludwig',
      'Hard_cases-4': 'de la Cruz, Juana Inés',
      'Hard_cases-5': '{BBC}',
      'Hard_cases-6': null,
      'Hard_cases-7': 'al-Haddad, Ali',
      'Hard_cases-8': 'Gates, III, Henry Louis',
      'Hard_cases_in_free_text-1': 'Gilbert, Elizabeth',
      'Hard_cases_in_free_text-2': 'King, Jr., Martin Luther',
      'Hard_cases_in_free_text-3': 'van Beethoven, Ludwig',
      'Hard_cases_in_free_text-4': '{World Health Organization}',
      'Hard_cases_in_free_text-5': null,
    };
    for (const [key, author] of Object.entries(expected)) t.equal(authors.get(key), author, `${key}: ${author ?? 'no author'}`);
  });

  t.test("dates in each format's own form, nothing repeated", async (t) => {
    t.notMatch(bibtex!, /month = \{/, 'BibTeX: no braced month');
    t.match(bibtex!, /@article\{Hard_cases-2,[^@]*\n\tyear = \{2015\},\n\tmonth = jun,\n/, 'BibTeX: year and a month macro');
    t.match(biblatex!, /@article\{Hard_cases-2,[^@]*\n\tdate = \{2015-06-24\},\n/, 'BibLaTeX: an ISO date');
    t.match(biblatex!, /@online\{Hard_cases-5,[^@]*\n\tdate = \{2012-02-16\},[^@]*\n\turldate = \{2012-02-17\},\n/, 'BibLaTeX: urldate');
    t.notMatch(biblatex!, /\[Online; accessed/, 'BibLaTeX: the access date once, as urldate');
    t.match(ris!, /\nPY {2}- 2012\nDA {2}- 2012\/02\/16\/\n/, 'RIS: PY and a zero-padded DA');
    t.notMatch(ris!, /^DA {2}- \d+\/\//m, 'RIS: no DA without a month');
    t.notMatch(bibtex!, /howpublished = \{https?:/, 'howpublished is never the URL');
  });
}

t.test('the tools are required under CI, optional elsewhere', async (t) => {
  t.same(toolPlan({}, () => true), { run: true });
  t.match(toolPlan({}, (tool) => tool !== 'biber'), { run: false, skip: /biber not found/ });
  t.match(toolPlan({ CI: 'true' }, () => false), { run: false, fail: /bibtex, biber, ris2xml, bib2xml not found/ });
});
