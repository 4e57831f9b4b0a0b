/**
 * A long page is parsed piece by piece (src/formats/wikitext/pieces.ts): the cuts fall only at
 * top-level headings, and the document is the same, field for field, however the page is cut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { wikitextGenerator } from '../bench/generate-wikitext.js';
import { parseWikitextPage } from '../src/formats/wikitext/parse.js';
import { cutPoints } from '../src/formats/wikitext/pieces.js';
import { fixturesDir } from './helpers/expected.js';

const EXT = ['ref', 'references', 'nowiki', 'pre', 'gallery', 'poem'];
const site = { name: 'Example Wiki', namespaces: new Map([['category', 14]]) };
const wiki = (name: string) => readFileSync(join(fixturesDir, 'wikitext', name), 'utf8');

t.test('cuts fall at headings of the top level only', async (t) => {
  const at = (text: string, marker: string) => text.indexOf(marker);
  const plain = 'Lead.\n== One ==\nText.\n=== Two ===\nMore.\n';
  t.same(cutPoints(plain, EXT, 1), [at(plain, '== One'), at(plain, '=== Two')], 'every heading, pieces of at least one character');
  t.same(cutPoints(plain, EXT, 1_000), [], 'a page shorter than a piece is one piece');
  t.same(cutPoints(plain, EXT, 10), [at(plain, '=== Two')], 'a piece is at least pieceChars long: "Lead." alone is too short');

  const inside = [
    '{{Box|\n== In a template ==\n}}',
    '<ref>\n== In a ref ==\n</ref>',
    '<!--\n== In a comment ==\n-->',
    '{|\n|-\n|\n== In a table ==\n|}',
    '[[File:X.png|\n== In a link ==\n]]',
    '<NoWiki>\n== In nowiki, tag in capitals ==\n</nowiki >',
    '-{\n== In a conversion ==\n}-',
  ];
  for (const construct of inside) {
    const text = `Lead.\n${construct}\n== After ==\nEnd.\n`;
    t.same(cutPoints(text, EXT, 1), [at(text, '== After')], `not inside: ${construct.split('\n')[0]}`);
  }
  const selfClosing = 'Text.<ref name="a"/>\n== Next ==\nText.<ref name="a">x</ref>\n';
  t.same(cutPoints(selfClosing, EXT, 1), [at(selfClosing, '== Next')], 'a self-closing tag opens nothing');
  const stray = 'Text }} ]] |}\n== Next ==\nEnd.\n';
  t.same(cutPoints(stray, EXT, 1), [at(stray, '== Next')], 'stray closers count for nothing');
  for (const open of ['{{Unclosed', '<ref>unclosed', '<!-- unclosed', '[[Unclosed']) {
    const text = `Lead ${open}\n== One ==\nText.\n== Two ==\n`;
    t.same(cutPoints(text, EXT, 1), [], `nothing after an unclosed ${open.split(/\s/)[0]}`);
  }
  const mixed = '{{a|[[b}}\n== One ==\n]]\n== Two ==\n';
  t.same(cutPoints(mixed, EXT, 1), [at(mixed, '== Two')], 'each kind of bracket is counted apart: a `}}` does not close a `[[`');
});

t.test('a page parses to the same document whole and in pieces', async (t) => {
  const generator = wikitextGenerator(11);
  const generated = Array.from({ length: 40 }, (_, i) => generator.text(i + 1)).filter((text) => !text.startsWith('#'));
  const pages: [string, string][] = [
    ['the Lenin fixture', wiki('lenin.wiki')],
    ['the October fixture', wiki('october.wiki')],
    ...generated.slice(0, 5).map((text, i): [string, string] => [`generated page ${i + 1}`, text]),
    // A long page: refs named in one piece and reused in another, list-defined refs at the end, categories throughout.
    ['forty generated pages as one', generated.join('\n')],
    [
      'constructs that hold a heading, and leftovers',
      [
        "{{Infobox person|name=X<ref name=\"i\">Infobox ref.</ref>}}\nLead with a ref.<ref name=\"a\">First.</ref>",
        "{{Quote|\n== Quoted heading ==\n}}\n<!--\n== Commented ==\n-->\n",
        '== Three ==\nReuse.<ref name="a"/><ref name="i"/>\n{|\n|-\n| cell\n== In table ==\n|}\n',
        '== Notes ==\n<references>\n<ref name="b">Defined in the list.</ref>\n</references>\n[[Category:Tests|Sort]]\n',
        // Left open: no cut after them.
        '== One ==\nText {{unbalanced\n',
        '== Two ==\nAn <ref>unclosed ref\n',
      ].join('\n'),
    ],
  ];
  for (const [name, text] of pages) {
    const page = { title: 'Page', text, site, revision: null };
    const whole = parseWikitextPage(page, { pieceChars: Infinity });
    for (const pieceChars of [1, 200, 4_000]) {
      t.same(parseWikitextPage(page, { pieceChars }), whole, `${name}, pieces of ${pieceChars}+ characters`);
    }
  }
});

t.test('refs are numbered in document order, an infobox\'s where the infobox is', async (t) => {
  const text = 'Lead.<ref>Before the infobox.</ref>\n{{Infobox person|name=X|born=1900<ref>In the infobox.</ref>}}\nBody.<ref>After it.</ref>\n';
  const document = parseWikitextPage({ title: 'Page', text, site, revision: null });
  t.same(
    document.references.map((reference) => [reference.n, reference.text]),
    [
      [1, 'Before the infobox.'],
      [2, 'In the infobox.'],
      [3, 'After it.'],
    ],
  );
});
