/**
 * The test documents and their expected decompositions; the projection of a parsed Document onto
 * the shape of the `*.expected.json` files, and a field-by-field comparison that skips only the
 * paths the fixture marks as ambiguous.
 *
 * test/fixtures/text/ holds the project's own plain-text documents (written for the tests, each
 * with a hand-checked `.expected.json`); the seed page is read from seed/, where it ships.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/formats/text/parse.js';
import type { Document } from '../../src/document/types.js';

/** test/fixtures/: the text documents in text/, and the wikitext/ and citation-formats/ fixtures. */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
/** The plain-text documents and their `.expected.json` decompositions. */
export const textFixturesDir = join(fixturesDir, 'text');
/** The project's seed folder (one real page, the database built at start-up). */
export const seedDir = join(import.meta.dirname, '..', '..', 'seed');
export const seedFile = join(seedDir, '000_21346faa0adc92a0.txt');
/** What the tests import: the text documents and the seed page. */
export const fixtureInputs: string[] = [textFixturesDir, seedFile];

export interface Fixture {
  name: string;
  file: string;
  source: string;
  expected: Expected;
}

export interface Expected {
  title: string;
  site: string;
  redirectedFrom: string | null;
  infobox: { title: string; fields: { label: string | null; text: string; values?: string[] }[] } | null;
  sections: { title: string | null; level: number; paragraphs: number; hatnotes: { kind: string; targets: string[] }[]; citationNumbers: number[] }[];
  citations: Record<string, unknown>[];
  links: { kind: string; target: string }[];
  ambiguous: string[];
}

/** The text documents with their hand-checked expected decompositions. */
export function loadFixtures(): Fixture[] {
  return readdirSync(textFixturesDir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const base = name.replace(/\.expected\.json$/, '');
      const file = join(textFixturesDir, `${base}.txt`);
      return {
        name: base,
        file,
        source: readFileSync(file, 'utf8'),
        expected: JSON.parse(readFileSync(join(textFixturesDir, name), 'utf8')) as Expected,
      };
    });
}

/**
 * The seed page from seed/. Its `expected` is the parser's own decomposition, projected (the
 * project keeps no hand-made decomposition of it): use it where a test checks that the database
 * and the API give back what the parser made, never to grade the parser.
 */
export function loadSeed(): Fixture {
  const source = readFileSync(seedFile, 'utf8');
  const projected = project(parseDocument(source));
  return {
    name: '000_21346faa0adc92a0',
    file: seedFile,
    source,
    // `seq` is the reference's position among the parts, not one of its fields.
    expected: { ...projected, citations: projected.citations.map(({ seq: _, ...fields }) => fields), ambiguous: [] } as unknown as Expected,
  };
}

/** Every document in `fixtureInputs`: the text fixtures, then the seed page. */
export function loadAllFixtures(): Fixture[] {
  return [...loadFixtures(), loadSeed()];
}

/** The document in the expected files' shape. */
export function project(document: Document) {
  return {
    title: document.title,
    site: document.site?.name ?? null,
    redirectedFrom: document.redirectedFrom,
    infobox: document.infobox && {
      title: document.infobox.title,
      fields: document.infobox.fields.map((field) => ({
        label: field.label,
        text: field.text,
        ...(field.values ? { values: field.values } : {}),
      })),
    },
    sections: document.sections.map((section) => ({
      title: section.title,
      level: section.level,
      paragraphs: section.blocks.filter((block) => block.kind !== 'hatnote').length,
      hatnotes: section.blocks
        .filter((block) => block.hatnote && (block.hatnote.kind === 'see-also' || block.hatnote.kind === 'main'))
        .map((block) => block.hatnote!),
      citationNumbers: [...new Set(section.blocks.filter((block) => block.kind !== 'hatnote').flatMap((block) => block.citations))],
    })),
    citations: document.references.map((reference) => ({ ...reference })),
    links: document.sections.flatMap((section) =>
      section.blocks.flatMap((block) =>
        block.hatnote && (block.hatnote.kind === 'see-also' || block.hatnote.kind === 'main')
          ? block.hatnote.targets.map((target) => ({ kind: block.hatnote!.kind, target }))
          : [],
      ),
    ),
  };
}

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

/**
 * Compares every leaf of `expected` with `actual` at the same path, skipping paths (and their
 * children) listed in `ambiguous`. Returns the differences and the number of graded leaves.
 */
export function compareGraded(expected: unknown, actual: unknown, ambiguous: string[]): { differences: Difference[]; graded: number } {
  const differences: Difference[] = [];
  let graded = 0;
  const skip = (path: string) => ambiguous.some((a) => path === a || path.startsWith(`${a}.`) || path.startsWith(`${a}[`));
  const walk = (e: unknown, a: unknown, path: string) => {
    if (skip(path)) return;
    if (Array.isArray(e)) {
      if (!Array.isArray(a) || a.length !== e.length) {
        graded++;
        differences.push({ path: `${path}.length`, expected: e.length, actual: Array.isArray(a) ? a.length : a });
        if (!Array.isArray(a)) return;
      }
      e.forEach((item, i) => walk(item, (a as unknown[])[i], `${path}[${i}]`));
      return;
    }
    if (e !== null && typeof e === 'object') {
      if (a === null || typeof a !== 'object') {
        graded++;
        differences.push({ path, expected: e, actual: a });
        return;
      }
      for (const [key, value] of Object.entries(e)) walk(value, (a as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      return;
    }
    graded++;
    if (e !== a) differences.push({ path, expected: e, actual: a });
  };
  walk(expected, actual, '');
  return { differences, graded };
}
