/** Sort keys sharing their macros' tokens (src/citations/sort-macros.ts): engines far smaller, every output unchanged. */
import t from 'tap';
import { buildEngine, type Citeproc, citeprocInstances } from '../../bench/citeproc.js';
import { STYLES } from '../../src/citations/catalog.js';
import { shareSortMacros, type CiteprocInternals } from '../../src/citations/sort-macros.js';

const { plain, shared } = citeprocInstances();
t.not(plain, shared, 'two instances');

const types = ['book', 'chapter', 'article-journal', 'webpage', 'entry-encyclopedia', 'entry-dictionary', 'broadcast', 'legal_case', 'legislation', 'report', 'thesis', 'motion_picture', 'software', 'standard', 'speech', 'article-newspaper', 'interview', 'post'];
const families = ['Smith', 'Müller', 'Dijk', 'Cruz', 'Zhang', 'Ivanov', 'Smith', 'Ng', 'Haddad', 'Østergaard'];
/** Items that take every path of the sort macros: each creator role and substitute (none, editor, organisation, director, composer), dates or none, equal authors and years (year suffixes). */
const items = Array.from({ length: 120 }, (_, i) => {
  const item: Record<string, unknown> = { id: `s${i}`, type: types[i % types.length], title: i % 11 === 0 ? `The study ${i % 3}` : `Study of ${['cats', 'Dogs', 'Études', '日本'][i % 4]} ${i % 23}` };
  const who = i % 9;
  if (who < 5) {
    item.author = [
      { family: families[i % families.length], given: ['John', 'Ana', 'Li', 'Jean-Paul'][i % 4], ...(i % 7 === 0 ? { 'non-dropping-particle': 'van' } : {}), ...(i % 13 === 0 ? { suffix: 'Jr.' } : {}) },
      ...(i % 3 === 0 ? [{ family: families[(i + 3) % families.length], given: 'B.' }] : []),
      ...(i % 10 === 0 ? Array.from({ length: 22 }, (_, k) => ({ family: `Many${k}`, given: 'X' })) : []),
    ];
  } else if (who === 5) item.editor = [{ family: families[(i + 1) % families.length], given: 'Ed' }];
  else if (who === 6) item.author = [{ literal: i % 2 ? 'BBC' : 'World Health Organization' }];
  else if (who === 7) {
    item.director = [{ family: 'Kubrick', given: 'Stanley' }];
    if (i % 2) item.composer = [{ family: 'Bach', given: 'J. S.' }];
  }
  if (i % 4 !== 3) item.issued = { 'date-parts': [i % 6 === 0 ? [2001] : i % 2 ? [1990 + (i % 30), 1 + (i % 12), 1 + (i % 28)] : [1990 + (i % 30)]] };
  if (i % 5 === 0) item['container-title'] = `Journal ${i % 4}`;
  if (i % 3 === 0) Object.assign(item, { publisher: `Press ${i % 5}`, 'publisher-place': 'London' });
  if (i % 8 === 0) item.URL = `https://example.org/${i}`;
  if (i % 7 === 0) Object.assign(item, { volume: String(i % 30), page: `${i}-${i + 9}` });
  if (i % 15 === 0) item.status = 'in press';
  return item;
});
const byId = Object.fromEntries(items.map((item) => [item.id, item]));

/** What an engine gives: its sort keys, bibliographies as text and HTML, and a citation of the first items. */
function outputs(CSL: Citeproc, style: string, locale: string) {
  const built = buildEngine(CSL, style, locale, (id) => byId[id]);
  const ids = items.map((item) => item.id as string);
  const bibliographies = (['text', 'html'] as const).map((format) => {
    built.setOutputFormat(format);
    built.updateItems(ids);
    return built.makeBibliography();
  });
  const keys = (area: string) => ids.map((id) => [...CSL.getSortKeys.call(built, built.retrieveItem(id), area)]);
  return {
    tokens: built.bibliography_sort.tokens.length + built.citation_sort.tokens.length,
    same: { bibliographies, bibliographyKeys: keys('bibliography_sort'), citationKeys: keys('citation_sort'), citation: built.makeCitationCluster(ids.slice(0, 12).map((id) => ({ id }))) },
  };
}

// Every style in English; APA, whose sort macros are the largest (an engine as it comes takes seconds), in German too.
const cases = [...STYLES.map((style) => [style, 'en-US']), ['apa', 'de-DE']] as [string, string][];
for (const [style, locale] of cases) {
  t.test(`${style} ${locale}: the same sort keys, bibliographies and citations`, async (t) => {
    const before = outputs(plain, style, locale);
    const after = outputs(shared, style, locale);
    t.same(after.same, before.same);
    t.ok(after.same.bibliographies[0]![1].length > items.length / 2, `a bibliography of ${after.same.bibliographies[0]![1].length} entries`);
    t.ok(after.tokens <= before.tokens, `no more sort tokens (${after.tokens} ≤ ${before.tokens})`);
    if (style === 'apa') t.ok(after.tokens * 100 < before.tokens, `APA: a hundredth of the sort tokens at most (${after.tokens} against ${before.tokens})`);
  });
}

t.test('shared once per citeproc instance', async (t) => {
  const wrapped = shared.expandMacro;
  shareSortMacros(shared as unknown as CiteprocInternals);
  t.equal(shared.expandMacro, wrapped);
});
