import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { generateDocuments, writeDocuments, type GeneratedDocument } from '../../bench/generate.js';

const REFERENCE_LINE = /^ {2}(\d+)\. (.*)$/;
const SITE_LINE = 'From ProleWiki, the proletarian encyclopedia';
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

interface Checked {
  references: string[];
  hatnoteTargets: string[];
  redirect: string | null;
  hasInfobox: boolean;
  untitled: number;
  bullets: number;
}

/** Checks one document's format and citation consistency; returns what the corpus checks need. */
function check(doc: GeneratedDocument): { errors: string[]; info: Checked } {
  const errors: string[] = [];
  const { text } = doc;
  const lines = text.split('\n');
  if (text.endsWith('\n')) errors.push('ends with a newline');
  if (lines[0] !== doc.title) errors.push('first line is not the title');
  if (lines[1] !== '') errors.push('no blank line after the title');
  if (lines[2] !== SITE_LINE) errors.push('no site line');
  let next = 3;
  let redirect: string | null = null;
  const redirectMatch = /^\(Redirected from (.+)\)$/.exec(lines[3] ?? '');
  if (redirectMatch) {
    redirect = redirectMatch[1] ?? null;
    next = 4;
  }
  const hasInfobox = lines[next] === doc.title;

  // The reference list: the final run of `  N. ` lines, after exactly two blank lines.
  let start = lines.length;
  while (start > 0 && REFERENCE_LINE.test(lines[start - 1] ?? '')) start--;
  const references = lines.slice(start).map((line) => REFERENCE_LINE.exec(line)?.[2] ?? '');
  const numbers = lines.slice(start).map((line) => Number(REFERENCE_LINE.exec(line)?.[1]));
  numbers.forEach((n, i) => {
    if (n !== i + 1) errors.push(`reference ${i + 1} is numbered ${n}`);
  });
  if (references.length < 4 || references.length > 20) errors.push(`${references.length} references`);
  if (lines[start - 1] !== '' || lines[start - 2] !== '' || lines[start - 3] === '') {
    errors.push('reference list not preceded by exactly two blank lines');
  }

  // Markers in the body (infobox included) against the reference list.
  const body = lines.slice(0, start);
  const counts = new Map<number, number>();
  for (const line of body) {
    for (const m of line.matchAll(/\[(\d+)\]/g)) {
      const n = Number(m[1]);
      counts.set(n, (counts.get(n) ?? 0) + 1);
      if (n < 1 || n > references.length) errors.push(`marker [${n}] has no reference`);
    }
  }
  references.forEach((ref, i) => {
    const n = i + 1;
    const count = counts.get(n) ?? 0;
    if (count === 0) errors.push(`reference ${n} is never cited`);
    const labels = count > 1 ? Array.from({ length: count }, (_, b) => `${n}.${b} `).join('') : '';
    if (count > 1 && !ref.startsWith(labels)) errors.push(`reference ${n} lacks backlinks ${labels.trim()}`);
    if (count <= 1 && ref.startsWith(`${n}.0 `)) errors.push(`reference ${n} has backlinks but is cited once`);
    if (ref.startsWith('Ibid') && n === 1) errors.push('Ibid. as first reference');
  });
  // Markers are numbered by first appearance.
  let highest = 0;
  for (const m of body.join('\n').matchAll(/\[(\d+)\]/g)) {
    const n = Number(m[1]);
    if (n > highest + 1) errors.push(`marker [${n}] appears before [${highest + 1}]`);
    highest = Math.max(highest, n);
  }

  // Layout.
  let blankRun = 0;
  let untitled = 0;
  let bullets = 0;
  const hatnoteTargets: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.length > 700) errors.push(`line ${i + 1} has ${line.length} characters`);
    if (line !== line.trimEnd()) errors.push(`line ${i + 1} has trailing whitespace`);
    if (line === '') {
      blankRun++;
      if (blankRun > 3) errors.push(`more than three blank lines at line ${i + 1}`);
      continue;
    }
    if (blankRun >= 2 && i < start) untitled++;
    blankRun = 0;
    if (line.startsWith('  \u2022 ')) bullets++;
    const hatnote = /^(?:See also|Main articles?): (.+)$/.exec(line);
    if (hatnote) {
      if (lines[i - 1] !== '' || lines[i + 1] !== '') errors.push(`hatnote at line ${i + 1} is not a block of its own`);
      hatnoteTargets.push(...(hatnote[1] ?? '').split(/, | and /));
    }
  }
  return { errors, info: { references, hatnoteTargets, redirect, hasInfobox, untitled, bullets } };
}

t.test('same seed, same documents; another seed, other documents', async (t) => {
  const a = generateDocuments(60, { seed: 42 });
  const b = generateDocuments(60, { seed: 42 });
  t.same(a, b);
  const c = generateDocuments(60, { seed: 43 });
  t.not(c.map((d) => d.text).join('\u0000'), a.map((d) => d.text).join('\u0000'));
  t.same(generateDocuments(5), generateDocuments(5, { seed: 1 }), 'default seed is stable');
  t.equal(generateDocuments(0).length, 0);
});

t.test('200 documents are consistent and varied', async (t) => {
  const docs = generateDocuments(200, { seed: 7 });
  t.equal(docs.length, 200);

  const titleKeys = new Set(docs.map((d) => fold(d.title)));
  t.equal(titleKeys.size, docs.length, 'titles unique, also ignoring case and diacritics');
  t.equal(new Set(docs.map((d) => d.fileName)).size, docs.length, 'file names unique');
  t.ok(docs.some((d) => d.title !== fold(d.title).replace(/^./, (ch) => ch.toUpperCase()) && /[^\x00-\x7f]/.test(d.title)), 'some titles have accented letters');

  const redirects: string[] = [];
  const targets: string[] = [];
  const sizes: number[] = [];
  const works = new Map<string, number>();
  let withInfobox = 0;
  let withUntitled = 0;
  let withBullets = 0;
  let withIbid = 0;
  for (const doc of docs) {
    const { errors, info } = check(doc);
    t.same(errors, [], doc.fileName);
    if (info.redirect !== null) redirects.push(info.redirect);
    targets.push(...info.hatnoteTargets);
    sizes.push(Buffer.byteLength(doc.text));
    if (info.hasInfobox) withInfobox++;
    if (info.untitled > 0) withUntitled++;
    if (info.bullets > 0) withBullets++;
    if (info.references.some((r) => r.startsWith('Ibid.'))) withIbid++;
    for (const ref of info.references) {
      const work = ref.replace(/^(?:\d+\.\d+ )+/, '').replace(/\(p\. \d+\)/, '');
      works.set(work, (works.get(work) ?? 0) + 1);
    }
  }

  t.equal(new Set(redirects.map(fold)).size, redirects.length, 'redirects unique');
  t.notOk(redirects.some((r) => titleKeys.has(fold(r))), 'no redirect is a title');
  t.ok(redirects.length > 50, 'many documents are redirect targets');

  t.ok(targets.length > 50, 'hatnotes present');
  const resolved = targets.filter((target) => titleKeys.has(fold(target))).length;
  t.ok(resolved / targets.length > 0.5, `most hatnote targets are generated titles (${resolved}/${targets.length})`);

  t.ok(withInfobox > 40 && withInfobox < 180, `some documents have an infobox (${withInfobox})`);
  t.ok(withUntitled > 20, `untitled sections (${withUntitled})`);
  t.ok(withBullets > 5, `bullet lists (${withBullets})`);
  t.ok(withIbid > 0, `Ibid. references (${withIbid})`);
  t.ok([...works.values()].some((n) => n >= 10), 'the same work is cited from many documents');

  sizes.sort((x, y) => x - y);
  const median = sizes[sizes.length >> 1] ?? 0;
  t.ok(median >= 3000 && median <= 7000, `median size ${median} bytes`);
  t.ok((sizes[0] ?? 0) > 1500 && (sizes[sizes.length - 1] ?? 0) < 10000, `sizes ${sizes[0]}–${sizes[sizes.length - 1]}`);
});

t.test('writeDocuments writes the generated texts without trailing newlines', async (t) => {
  const dir = t.testdir();
  const out = join(dir, 'corpus');
  const paths = writeDocuments(out, 25, { seed: 5 });
  const docs = generateDocuments(25, { seed: 5 });
  t.equal(paths.length, 25);
  paths.forEach((path, i) => {
    const doc = docs[i];
    t.equal(path, join(out, doc?.fileName ?? ''));
    const text = readFileSync(path, 'utf8');
    t.equal(text, doc?.text);
    t.notOk(text.endsWith('\n'), `${doc?.fileName} ends without a newline`);
  });
});
