/**
 * The typed values benchmark: precision and recall of the typed reading, per type, on the labelled
 * set test/fixtures/infobox-values/labelled.jsonl (input, expected value or null). Wikitext inputs
 * go the whole way a page does (an infobox parameter of a page of a wiki in that language), text
 * inputs through the reader the text format calls. `npm run bench:values` prints the table that
 * bench/results.md keeps; test/document/values-labelled.test.ts asserts its precision.
 *
 *   node dist/bench/values.js [--misses]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readValue } from '../src/document/values/read.js';
import type { TypedValue } from '../src/document/values/schema.js';
import { parseWikitextPage } from '../src/formats/wikitext/parse.js';
import { isMain, projectRoot } from '../src/paths.js';

export interface Labelled {
  id: number;
  /** What the value is, for the report: number, quantity, date, range, list, other (booleans, URLs, coordinates), text or ambiguous. */
  class: string;
  format: 'wikitext' | 'text';
  language: string;
  /** The parameter's name or the row's label. */
  name: string;
  input: string;
  expected: TypedValue | null;
}

export const labelledFile = join(projectRoot, 'test', 'fixtures', 'infobox-values', 'labelled.jsonl');

export function loadLabelled(file = labelledFile): Labelled[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Labelled);
}

/** What the project reads from one labelled input. */
export function readLabelled(item: Labelled): TypedValue | null {
  if (item.format === 'text') return readValue(item.input, { language: item.language, name: item.name });
  const site = { name: 'Labelled', dbname: `${item.language}wiki`, namespaces: new Map([['template', 10], ['file', 6], ['category', 14]]) };
  const document = parseWikitextPage({ title: 'Page', text: `{{Infobox x\n| ${item.name} = ${item.input}\n}}\n`, site, revision: null });
  return document.infobox?.fields.find((field) => field.key === item.name)?.value ?? null;
}

/** Values equal, numbers to 9 significant digits (a conversion's rounding is not an error). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface Score {
  type: string;
  expected: number;
  read: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Report {
  byType: Score[];
  overall: Score;
  /** Inputs labelled null (text, ambiguous) left null. */
  nullKept: { labelled: number; kept: number };
  misses: { item: Labelled; got: TypedValue | null }[];
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Precision (correct among those read as a type) and recall (correct among those labelled so) per value type. */
export function evaluate(items: readonly Labelled[]): Report {
  const tally = new Map<string, { expected: number; read: number; correct: number }>();
  const at = (type: string) => tally.get(type) ?? (tally.set(type, { expected: 0, read: 0, correct: 0 }), tally.get(type)!);
  const misses: Report['misses'] = [];
  let nullLabelled = 0;
  let nullKept = 0;
  for (const item of items) {
    const got = readLabelled(item);
    const correct = got !== null && sameValue(got, item.expected);
    if (item.expected) at(item.expected.type).expected++;
    else nullLabelled++;
    if (got) at(got.type).read++;
    if (correct) at(got.type).correct++;
    if (!item.expected && !got) nullKept++;
    if (!correct && !(item.expected === null && got === null)) misses.push({ item, got });
  }
  const score = (type: string, t: { expected: number; read: number; correct: number }): Score => ({ type, ...t, precision: ratio(t.correct, t.read), recall: ratio(t.correct, t.expected) });
  const byType = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([type, t]) => score(type, t));
  const sum = (k: 'expected' | 'read' | 'correct') => byType.reduce((n, s) => n + s[k], 0);
  return { byType, overall: score('all', { expected: sum('expected'), read: sum('read'), correct: sum('correct') }), nullKept: { labelled: nullLabelled, kept: nullKept }, misses };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The report as bench/results.md's table. */
export function markdown(report: Report, items: readonly Labelled[]): string {
  const classes = new Map<string, number>();
  for (const item of items) classes.set(item.class, (classes.get(item.class) ?? 0) + 1);
  const rows = [...report.byType, report.overall].map((s) => `| ${s.type} | ${s.expected} | ${s.read} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`);
  return [
    `${items.length} labelled values (${[...classes].map(([name, n]) => `${name} ${n}`).join(', ')}); ${report.nullKept.kept} of the ${report.nullKept.labelled} labelled null (text, ambiguous) left null.`,
    '',
    '| type | labelled | read as | correct | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
  const items = loadLabelled();
  const report = evaluate(items);
  console.log(markdown(report, items));
  if (values.misses) for (const { item, got } of report.misses) console.log(`#${item.id} ${item.class} ${JSON.stringify(item.input)} → ${JSON.stringify(got)}, labelled ${JSON.stringify(item.expected)}`);
}
