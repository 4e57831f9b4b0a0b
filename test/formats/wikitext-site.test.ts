/**
 * A wiki's configuration from its `<siteinfo>` (src/formats/wikitext/site.ts): its language, its
 * namespace names with MediaWiki's canonical ones, its title case, and the vocabulary of its
 * language over English; and the language tables themselves, checked for values the code knows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { HatnoteKind } from '../../src/document/types.js';
import { LANGUAGES } from '../../src/formats/wikitext/languages/index.js';
import { infoboxKind, languageOf, siteConfig, vocabularyFor } from '../../src/formats/wikitext/site.js';
import { readExport, type SiteInfo } from '../../src/formats/wikitext/xml.js';

const CITATION_FIELDS = new Set([
  'author', 'first', 'last', 'year', 'date', 'title', 'chapter', 'pages', 'publisher', 'place', 'url', 'archiveUrl',
  'retrieved', 'archived', 'edition', 'volume', 'issue', 'isbn', 'doi', 'oclc', 'journal', 'pdf', 'quote', 'link',
]);
const HATNOTE_KINDS = new Set(HatnoteKind.anyOf.map((literal) => literal.const as string));
const CITATION_KINDS = new Set(['book', 'journal', 'web']);

t.test('languageOf: <dbname> first, then a Wikimedia host in <base>, else English', async (t) => {
  t.equal(languageOf({ dbname: 'dewiki' }), 'de');
  t.equal(languageOf({ dbname: 'nowiki' }), 'no');
  t.equal(languageOf({ dbname: 'zh_yuewiki' }), 'zh-yue', 'an underscore is a hyphen');
  t.equal(languageOf({ dbname: 'enwiktionary' }), 'en', 'another project of the same language');
  t.equal(languageOf({ dbname: 'frwiki', base: 'https://de.wikipedia.org/wiki/Hauptseite' }), 'fr', '<dbname> wins');
  t.equal(languageOf({ base: 'https://de.wikipedia.org/wiki/Wikipedia:Hauptseite' }), 'de');
  t.equal(languageOf({ base: 'https://pt.m.wikipedia.org/wiki/Main' }), 'pt', 'the mobile host');
  t.equal(languageOf({ dbname: 'examplewiki', base: 'https://sv.wikipedia.org/wiki/Huvudsida' }), 'sv', 'a dbname that is no language');
  t.equal(languageOf({ dbname: 'commonswiki' }), 'en', 'Commons is no language');
  t.equal(languageOf({ dbname: 'simplewiki' }), 'en', 'Simple English is English');
  t.equal(languageOf({ base: 'https://www.example.org/wiki/Main_Page' }), 'en', 'a host other than Wikimedia\'s says nothing');
  t.equal(languageOf({ base: 'not a url' }), 'en');
  t.equal(languageOf({}), 'en');
  t.equal(languageOf({ dbname: null, base: null }), 'en');
});

t.test('siteConfig: the site\'s namespace names and the canonical ones, the site\'s winning', async (t) => {
  const dsb: SiteInfo = { name: 'Wikipedija', dbname: 'dsbwiki', namespaces: new Map([['kategorija', 14], ['dataja', 6]]) };
  const config = siteConfig(dsb);
  t.equal(config.namespaces.get('kategorija'), 14, 'the localised name');
  t.equal(config.namespaces.get('category'), 14, 'the canonical name, on every wiki');
  t.equal(config.namespaces.get('image'), 6, 'the canonical alias');
  t.equal(config.namespaces.get('user talk'), 3);
  t.equal(config.language, 'dsb', 'a language without tables');
  t.equal(config.vocabulary, vocabularyFor('en'), 'is read as English');

  const de = siteConfig({ name: 'Wikipedia', dbname: 'dewiki', case: 'first-letter', namespaces: new Map([['datei', 6], ['kategorie', 14]]) });
  t.equal(de.namespaces.get('datei'), 6);
  t.equal(de.namespaces.get('file'), 6);
  t.equal(de.language, 'de');
  t.equal(de.firstLetterCase, true);

  const odd = siteConfig({ name: 'Odd', namespaces: new Map([['template', 3000]]) });
  t.equal(odd.namespaces.get('template'), 3000, 'a site that names another namespace "Template" wins');
  t.equal(siteConfig({ name: 'W', case: 'case-sensitive', namespaces: new Map() }).firstLetterCase, false, 'Wiktionary-style titles');
  t.equal(siteConfig({ name: 'W', case: null, namespaces: new Map() }).firstLetterCase, true, 'MediaWiki\'s default');
});

t.test('vocabularyFor: the language\'s tables over English', async (t) => {
  const de = vocabularyFor('de');
  t.equal(de.citationTemplates.internetquelle, 'web');
  t.equal(de.citationParameters.titel, 'title');
  t.equal(de.citationTemplates['cite web'], 'web', 'English templates are still known');
  t.equal(de.citationParameters['access-date'], 'retrieved');
  t.equal(de.hatnotes.hauptartikel, 'main');
  t.same(de.redirect, ['WEITERLEITUNG', 'REDIRECT']);
  t.ok(de.linkTrail.test('ßen'), 'German letters join a link');
  t.equal(vocabularyFor('de'), de, 'built once a language');

  const en = vocabularyFor('xx');
  t.same(en.redirect, ['REDIRECT'], 'an unknown language is English');
  t.equal(en.citationTemplates.internetquelle, undefined);
  t.equal(en.linkTrail.exec('s, more')?.[0], 's');
  t.notOk(vocabularyFor('ja').linkTrail.test('です'), 'no link trail in Japanese');
  t.equal(vocabularyFor('nb').citationTemplates['kilde www'], 'web', 'bokmål by either code');
  t.equal(vocabularyFor('nn').citationParameters.utgiver, 'publisher', 'nynorsk keeps bokmål\'s names');
  t.same(vocabularyFor('nn').redirect, ['OMDIRIGER', 'REDIRECT']);
});

t.test('infoboxKind: the name without its marker', async (t) => {
  t.same(infoboxKind('infobox person', vocabularyFor('de')), { kind: 'person' }, 'English on every wiki');
  t.same(infoboxKind('infobox', vocabularyFor('en')), { kind: null });
  t.same(infoboxKind('infoboks by', vocabularyFor('no')), { kind: 'by' });
  t.same(infoboxKind('państwo infobox', vocabularyFor('pl')), { kind: 'państwo' }, 'a marker last');
  t.same(infoboxKind('ficha de persona', vocabularyFor('es')), { kind: 'persona' });
  t.same(infoboxKind('info/biografia', vocabularyFor('pt')), { kind: 'biografia' });
  t.same(infoboxKind('персона', vocabularyFor('ru')), { kind: 'персона' }, 'a box named by its subject alone');
  t.equal(infoboxKind('персонаж', vocabularyFor('ru')), null, 'only that name');
  t.equal(infoboxKind('infoboks by', vocabularyFor('en')), null, 'another language\'s marker');
  t.equal(infoboxKind('cite web', vocabularyFor('de')), null);
});

t.test('every language\'s tables hold values the code knows', async (t) => {
  t.ok(Object.keys(LANGUAGES).length >= 14, 'the languages are there');
  for (const [code, language] of Object.entries(LANGUAGES)) {
    for (const [name, field] of Object.entries(language.citationParameters)) {
      t.ok(CITATION_FIELDS.has(field), `${code}: ${name} → ${field} is a CitationField`);
      t.equal(name, name.toLowerCase(), `${code}: ${name} is lower case`);
    }
    for (const [name, kind] of Object.entries(language.citationTemplates)) {
      t.ok(CITATION_KINDS.has(kind), `${code}: ${name} → ${kind}`);
      t.equal(name, name.toLowerCase().replace(/_/g, ' '), `${code}: ${name} is normalised`);
    }
    for (const [name, kind] of Object.entries(language.hatnotes)) {
      t.ok(HATNOTE_KINDS.has(kind), `${code}: ${name} → ${kind} is a HatnoteKind`);
      t.equal(name, name.toLowerCase().replace(/_/g, ' '), `${code}: ${name} is normalised`);
    }
    for (const word of language.redirect) t.match(word, /^[^#\s]+$/u, `${code}: ${word} has no '#'`);
    for (const word of language.redirect) t.equal(word, word.toUpperCase(), `${code}: ${word} is upper case`);
    t.ok(language.linkTrail.source.startsWith('^'), `${code}: the link trail is anchored`);
    t.notOk(language.linkTrail.test(' '), `${code}: a space ends the link trail`);
    for (const marker of language.infobox) t.notOk(marker.global || marker.sticky, `${code}: ${marker} keeps no state between matches`);
  }
});

t.test('readExport reads <dbname> and <case>', async (t) => {
  const dir = t.testdir();
  const page = { title: 'Berlin', id: 1, revisions: [{ id: 1, timestamp: '2024-01-01T00:00:00Z', text: 'Berlin.' }] };
  const read = async (name: string, xml: string): Promise<SiteInfo> => {
    const file = join(dir, name);
    writeFileSync(file, xml);
    const site: SiteInfo = { name: null, namespaces: new Map() };
    for await (const _ of readExport(file, site));
    return site;
  };
  const de = await read('de.xml', exportXml('Wikipedia', [page], '0.11', { dbname: 'dewiki', case: 'case-sensitive', namespaces: [[6, 'Datei'], [14, 'Kategorie']] }));
  t.equal(de.dbname, 'dewiki');
  t.equal(de.case, 'case-sensitive');
  t.equal(de.namespaces.get('datei'), 6);
  t.equal(siteConfig(de).language, 'de');
  t.equal(siteConfig(de).namespaces.get('category'), 14);

  const bare = await read('bare.xml', exportXml('W', [page]).replace(/ *<dbname>.*\n/, '').replace(/ *<case>.*\n/, ''));
  t.equal(bare.dbname ?? null, null, 'no <dbname>');
  t.equal(bare.case ?? null, null, 'no <case>');
  const odd = await read('odd.xml', exportXml('W', [page]).replace('<case>first-letter</case>', '<case>sideways</case>'));
  t.equal(odd.case, null, 'a case MediaWiki does not have');
  t.equal((await read('default.xml', exportXml('W', [page]))).case, 'first-letter');
});
