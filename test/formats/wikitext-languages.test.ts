/**
 * Wikis of other languages through the document model: the site's localised namespaces beside the
 * canonical ones, and its language's infoboxes, citation templates and parameters, hatnotes and
 * link trail (fixtures written for these tests: an invented German company, a Norwegian town).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parseWikitextPage } from '../../src/formats/wikitext/parse.js';
import { render } from '../../src/document/render.js';
import { fixturesDir } from '../helpers/expected.js';

const page = (name: string) => readFileSync(join(fixturesDir, 'wikitext', 'languages', name), 'utf8');
const dewiki = { name: 'Beispielwiki', dbname: 'dewiki', namespaces: new Map([['datei', 6], ['kategorie', 14], ['vorlage', 10]]) };
const nowiki = { name: 'Eksempelwiki', dbname: 'nowiki', namespaces: new Map([['fil', 6], ['kategori', 14], ['mal', 10]]) };

t.test('a German page: Infobox Unternehmen, Internetquelle and Literatur, Hauptartikel, Datei: and Kategorie:', async (t) => {
  const text = page('phoenix-de.wiki');
  const document = parseWikitextPage({ title: 'Phönix Werke', text, site: dewiki, revision: null });
  t.equal(render(document), text, 'the parts render back byte for byte');
  t.equal(document.infobox?.template, 'unternehmen', 'the box is found on a line after another template');
  t.same(document.infobox?.fields.map((f) => [f.key, f.text]), [['Name', 'Phönix Werke'], ['Gründungsdatum', '1921'], ['Sitz', 'Neustadt']], 'a commented-out template is a comment');
  t.same(document.sections[0]!.blocks[0]!.hatnote, { kind: 'about', targets: [] }, 'a German hatnote, on the same line as the box');
  const [web, book] = document.references;
  t.same([web!.title, web!.authors, web!.url, web!.publisher, web!.date, web!.retrieved], ['Geschichte der Phönix Werke', ['Erika Muster'], 'https://example.org/phoenix', 'Beispielzeitung', '2019-05-04', '2024-01-02']);
  t.same([book!.title, book!.authors, book!.publisher, book!.place, book!.year, book!.identifiers.isbn], ['Öfen im Wandel', ['Max Mustermann'], 'Beispielverlag', 'Berlin', 2001, ['978-3-16-148410-0']]);
  const history = document.sections[1]!;
  t.same(history.blocks[0]!.hatnote, { kind: 'main', targets: ['Geschichte der Phönix Werke'] });
  t.equal(history.blocks[1]!.text, 'Das Werk wurde 1921 gegründet und nach Mannheims Vorbild gebaut.', 'a Datei: is a file, not text; the link trail takes German letters');
  t.same(document.categories!.map((c) => [c.name, c.sortKey]), [['Unternehmen (Pfalz)', 'Phonix'], ['Gegründet 1921', null]], 'the localised and the canonical name alike');
  t.same(document.links!.map((l) => l.target), ['Neustadt an der Weinstraße', 'Mannheim']);
  t.same(document.problems, []);
});

t.test('a Norwegian page: Infoboks, Kilde www, Fil: and Kategori:', async (t) => {
  const document = parseWikitextPage({ title: 'Fjordby', text: page('fjordby-no.wiki'), site: nowiki, revision: null });
  t.equal(document.infobox?.template, 'by');
  t.same([document.references[0]!.title, document.references[0]!.authors, document.references[0]!.publisher], ['Om Fjordby', ['Kari Nordmann'], 'Fjordposten']);
  t.equal(document.sections[0]!.blocks[0]!.text, 'Fjordby er en oppdiktet by ved Nordfjordens munning.');
  t.equal(document.sections[0]!.blocks[1]!.text, 'Byen har en havn.', 'Fil: is a file');
  t.same(document.categories!.map((c) => c.name), ['Byer i Norge']);
});

t.test('the same pages on an English wiki: the names of another language mean nothing there', async (t) => {
  const english = { name: 'Example', namespaces: new Map<string, number>() };
  const norwegian = parseWikitextPage({ title: 'Fjordby', text: page('fjordby-no.wiki'), site: english, revision: null });
  t.equal(norwegian.infobox, null, 'Infoboks is a Norwegian box');
  t.same(norwegian.categories, [], 'Kategori: is no namespace there');
  t.equal(norwegian.references[0]!.template, undefined, 'Kilde www is no citation template there');
  const german = parseWikitextPage({ title: 'Phönix Werke', text: page('phoenix-de.wiki'), site: english, revision: null });
  t.same(german.categories!.map((c) => c.name), ['Gegründet 1921'], 'only the canonical Category: is a category');
  t.equal(german.infobox?.template, 'unternehmen', '"Infobox …" is English too');
});
