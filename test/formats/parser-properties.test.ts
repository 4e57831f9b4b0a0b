/**
 * Properties of our wikitext parser over any string: it never throws, its tree is well-formed
 * (every node's children in order, non-overlapping, inside it), the tree renders back to the exact
 * input (renderTree), and the text nodes with the markup between children cover the input.
 */
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { parseWikitext } from '../../src/formats/wikitext/parser/index.js';
import { renderTree } from '../../src/formats/wikitext/parser/nodes.js';
import { treeFault } from '../helpers/tree-checks.js';
import { markupString, wikitextPage } from '../helpers/wikitext-arbitrary.js';

/** The first fault of the parse of `text`, or null. */
function fault(text: string): string | null {
  let root;
  try {
    root = parseWikitext(text);
  } catch (error) {
    return `throws ${(error as Error).stack ?? String(error)}`;
  }
  if (renderTree(text, root) !== text) return 'renderTree does not give the input back';
  return treeFault(text, root);
}

function holds(t: Test, name: string, arbitrary: fc.Arbitrary<string>, seed: number, numRuns: number): void {
  const result = fc.check(fc.property(arbitrary, (text) => fault(text) === null), { seed, numRuns });
  const text = result.counterexample?.[0];
  t.equal(text === undefined ? null : fault(text), null, text === undefined ? `${name}: ${numRuns} strings (seed ${seed})` : `${name}: ${JSON.stringify(text)}`);
}

t.test('any string parses, its tree is well-formed and renders back to it', async (t) => {
  holds(t, 'fc.string', fc.string({ maxLength: 300 }), 1, 500);
  holds(t, 'full Unicode', fc.string({ unit: 'grapheme', maxLength: 200 }), 2, 300);
  holds(t, 'markup alphabet', markupString(300), 3, 500);
  holds(t, 'markup alphabet, long', markupString(3000), 4, 100);
  holds(t, 'short strings of markup', markupString(6), 5, 300);
  holds(t, 'constructs, broken ones among them', fc.array(wikitextPage(), { maxLength: 3 }).map((pages) => pages.join('\n')), 6, 300);
});

t.test('edge cases', async (t) => {
  for (const text of ['', '\n', ' ', '{{', '}}', '[[', ']]', '<!--', '-->', '<ref>', '</ref>', '{|', '|}', "'''''", '=', '==', '===', '= =', '\r\n', '\u0000', '\ud800', '😀{{😀|😀=😀}}']) {
    t.equal(fault(text), null, JSON.stringify(text));
  }
});
