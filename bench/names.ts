/**
 * The names benchmark (issue 29): the labelled set of test/fixtures/names/labelled.jsonl read as the
 * importer reads it — a citation template through the wikitext mapping, free text through the
 * reference parser — and scored: precision (names read that are right), recall (names stated that
 * were read) and invented names (read from a reference that states none). test/document/names-set.test.ts
 * holds the goals; this prints the figures and the misses.
 *
 *   npm run bench:names [-- --misses]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PersonName } from '../src/document/names/schema.js';
import { parseReference } from '../src/document/references/parse.js';
import { mapReference } from '../src/formats/wikitext/citations.js';
import { parseWikitext } from '../src/formats/wikitext/parser/index.js';
import { isMain, projectRoot } from '../src/paths.js';

export interface LabelledLine {
  format: 'wikitext' | 'text';
  input: string;
  expected: PersonName[];
}

export interface NamesScore {
  lines: number;
  stated: number;
  read: number;
  right: number;
  precision: number;
  recall: number;
  /** Names read from references that state none. */
  invented: number;
  /** References that state none, of which some name was read. */
  inventedLines: number;
  misses: { input: string; expected: PersonName[]; read: PersonName[] }[];
}

export function labelledSet(): LabelledLine[] {
  return readFileSync(join(projectRoot, 'test/fixtures/names/labelled.jsonl'), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as LabelledLine);
}

/** The names the importer reads from one labelled reference. */
export function namesRead(line: LabelledLine): PersonName[] {
  const fields = line.format === 'wikitext' ? mapReference(line.input, parseWikitext(line.input).children).fields : parseReference(line.input);
  return fields.names ?? [];
}

/** A name as a comparable key, its fields in one order. */
const key = (name: PersonName) => JSON.stringify(Object.entries(name).sort(([a], [b]) => a.localeCompare(b)));

export function scoreNames(lines: readonly LabelledLine[]): NamesScore {
  const score: NamesScore = { lines: lines.length, stated: 0, read: 0, right: 0, precision: 0, recall: 0, invented: 0, inventedLines: 0, misses: [] };
  for (const line of lines) {
    const read = namesRead(line);
    const left = line.expected.map(key);
    let right = 0;
    for (const name of read) {
      const at = left.indexOf(key(name));
      if (at >= 0) {
        left.splice(at, 1);
        right += 1;
      }
    }
    score.stated += line.expected.length;
    score.read += read.length;
    score.right += right;
    if (line.expected.length === 0 && read.length > 0) {
      score.invented += read.length;
      score.inventedLines += 1;
    }
    if (right !== read.length || right !== line.expected.length) score.misses.push({ input: line.input, expected: line.expected, read });
  }
  score.precision = score.read === 0 ? 1 : score.right / score.read;
  score.recall = score.stated === 0 ? 1 : score.right / score.stated;
  return score;
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
  const score = scoreNames(labelledSet());
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`labelled references: ${score.lines} (${labelledSet().filter((l) => l.format === 'wikitext').length} wikitext, ${labelledSet().filter((l) => l.format === 'text').length} free text)`);
  console.log(`names stated: ${score.stated}, read: ${score.read}, right: ${score.right}`);
  console.log(`precision: ${pct(score.precision)}  recall: ${pct(score.recall)}  invented: ${score.invented} names in ${score.inventedLines} references that state none`);
  console.log(`misses: ${score.misses.length}`);
  if (values.misses) for (const miss of score.misses) console.log(JSON.stringify(miss));
}
