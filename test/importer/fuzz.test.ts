/**
 * Fuzzing the importer: mutated and random documents never throw out of the parser, always
 * render back to themselves, and always end in an import or a clear message. A 1 MB document
 * parses without catastrophic regex backtracking.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { parseDocument } from '../../src/formats/text/parse.js';
import { render } from '../../src/document/render.js';
import { ImportFailed, importDocuments } from '../../src/importer/import.js';
import { loadAllFixtures, loadSeed } from '../helpers/expected.js';

const fixtures = loadAllFixtures();
const SEED = 20261126;

/** A line-level mutation of a fixture: deletions, duplications, swaps, insertions, truncation. */
const mutatedDocument = fc
  .record({
    fixture: fc.constantFrom(...fixtures.map((f) => f.source)),
    edits: fc.array(
      fc.record({
        op: fc.constantFrom('delete', 'duplicate', 'swap', 'insert', 'truncate', 'blank'),
        at: fc.nat(),
        text: fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.constantFrom('  1. ', '[1]', '[99]', '  • ', 'See also: ', 'Main articles: A, B and C', '(Redirected from X)', 'From ProleWiki, the proletarian encyclopedia', '[edit | edit source]', '\r', '\t', '', '  12. Ibid.'),
        ),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ fixture, edits }) => {
    const lines = fixture.split('\n');
    for (const { op, at, text } of edits) {
      const i = lines.length ? at % lines.length : 0;
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
      else if (op === 'swap') [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length] ?? '', lines[i] ?? ''];
      else if (op === 'insert') lines.splice(i, 0, text);
      else if (op === 'truncate') lines[i] = (lines[i] ?? '').slice(0, text.length);
      else lines.splice(i, 0, '', '');
    }
    return lines.join('\n');
  });

t.test('mutated documents: the parser never throws and always renders back byte for byte', async (t) => {
  let runs = 0;
  fc.assert(
    fc.property(mutatedDocument, (text) => {
      runs++;
      const document = parseDocument(text);
      return render(document) === text && document.problems.every((p) => p.line >= 1 && p.message.length > 0);
    }),
    { seed: SEED, numRuns: 1500 },
  );
  t.pass(`${runs} mutated documents`);
});

t.test('random text: the parser never throws and always renders back byte for byte', async (t) => {
  let runs = 0;
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), fc.array(fc.constantFrom('\n', ' ', '  1. a', '[1]', 'x', '•', ':', '(', '"'), { maxLength: 400 }).map((a) => a.join(''))), (text) => {
      runs++;
      return render(parseDocument(text)) === text;
    }),
    { seed: SEED, numRuns: 1500 },
  );
  t.pass(`${runs} random documents`);
});

t.test('the importer ends every mutated document with an import or a clear message', async (t) => {
  const dir = t.testdir();
  const samples = fc.sample(mutatedDocument, { seed: SEED, numRuns: 40 });
  let imported = 0;
  let refused = 0;
  samples.forEach((text, i) => {
    const file = join(dir, `doc-${i}.txt`);
    writeFileSync(file, text);
    try {
      importDocuments({ dbPath: join(dir, `db-${i}.sqlite`), inputs: [file] });
      imported++;
    } catch (error) {
      t.ok(error instanceof ImportFailed, `doc-${i}: only ImportFailed escapes (${(error as Error).message})`);
      const messages = (error as ImportFailed).messages;
      t.ok(messages.length > 0 && messages.every((m) => m.file.endsWith(`doc-${i}.txt`) && m.message), `doc-${i}: messages name the file`);
      refused++;
    }
  });
  t.equal(imported + refused, samples.length, `${imported} imported, ${refused} refused with a message`);
});

t.test('a 1 MB document parses in linear time (no catastrophic backtracking)', async (t) => {
  const seed = loadSeed().source;
  const body = seed.split('\n\n\n  1. ')[0]!;
  const references = `\n\n\n  1. ${seed.split('\n\n\n  1. ')[1]}`;
  let big = body;
  while (big.length < 1_000_000) big += `\n\n${body.split('\n\n').slice(2).join('\n\n')}`;
  const documents = {
    'repeated article': big + references,
    'one huge paragraph': `Title\n\nFrom ProleWiki, the proletarian encyclopedia\n\n${'word [1] '.repeat(110_000)}\n\n\n  1. A (2000). B.`,
    'many blank lines': `Title\n${'\n'.repeat(1_000_000)}x`,
    'spaces and brackets': `Title\n\n${' ['.repeat(99_000)}\n${'  1.'.repeat(20_000)}`,
    'many headings': `Title\n\n${'Heading\n\n'.repeat(100_000)}`,
  };
  for (const [name, text] of Object.entries(documents)) {
    const started = performance.now();
    const document = parseDocument(text);
    const ms = performance.now() - started;
    t.equal(render(document), text, `${name}: lossless`);
    // Catastrophic backtracking takes minutes; a generous bound keeps the test deterministic on a
    // loaded machine. The benchmark reports the real figure.
    t.ok(ms < 3000, `${name}: ${(text.length / 1e6).toFixed(1)} MB parsed in ${ms.toFixed(0)} ms`);
  }
});
