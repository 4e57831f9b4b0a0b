/**
 * Deterministic generator of MediaWiki XML dumps (schema 0.11) of synthetic wikitext pages, for
 * the wikitext import benchmark. Each page has what real articles have: a hatnote, an infobox
 * with list and date values, sections and subsections with links, named and reused refs with
 * citation templates and free-text refs, a list, categories; about one page in ten is a redirect
 * and one in twenty a Talk page (skipped). Written as a stream: any size in flat memory.
 *
 *   node dist/bench/generate-wikitext.js OUT.xml MEGABYTES [--seed S]
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMain } from '../src/paths.js';
import { exportFooter, exportHeader, exportPage } from './export-xml.js';

const WORDS = (
  'the of and to in a is that for on as with by was at from his an were are which this be or has had not but they its ' +
  'party workers revolution soviet congress committee government peasants land peace union socialist republic people ' +
  'economy plan industry history struggle movement national power state war army council factory class theory'
).split(' ');

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export interface WikitextPageGenerator {
  /** The wikitext of page `i`, linking to the titles of other pages. */
  text(i: number): string;
  title(i: number): string;
}

export function wikitextGenerator(seed = 42): WikitextPageGenerator {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const title = (i: number) => `Article ${i.toString(36)} ${WORDS[i % WORDS.length]}`;
  const link = (i: number) => (rand() < 0.3 ? `[[${title(Math.floor(rand() * (i + 50)))}|${words(2)}]]` : `[[${title(Math.floor(rand() * (i + 50)))}]]`);
  const cite = (n: number) =>
    pick([
      `{{cite book |last=Author${n} |first=Given |title=${words(4)} |year=${1900 + (n % 120)} |publisher=Press ${n % 17} |location=Moscow |page=${n}}}`,
      `{{Web citation|author=Writer ${n}|newspaper=Paper ${n % 9}|title=${words(5)}|date=2020-0${1 + (n % 9)}-1${n % 10}|url=https://example.org/${n}}}`,
      `{{Citation|author=Scholar ${n % 50}|year=${1950 + (n % 70)}|title=${words(3)}|chapter=${words(2)}|page=${n}|publisher=Verso|isbn=9780000000000}}`,
      `Author ${n} (${1960 + (n % 60)}). ''${words(4)}''. London: Publisher ${n % 11}. p. ${n}.`,
    ]);
  const paragraph = (i: number, refs: { n: number }) => {
    const sentences: string[] = [];
    for (let s = 0; s < 4 + Math.floor(rand() * 4); s++) {
      let sentence = `${words(6)} ${link(i)} ${words(8)}`;
      const r = rand();
      if (r < 0.25) sentence += `.<ref name="r${refs.n % 7}">${cite(refs.n++)}</ref>`;
      else if (r < 0.4) sentence += `.<ref name="r${Math.floor(rand() * 3)}"/>`;
      else if (r < 0.55) sentence += `.<ref>${cite(refs.n++)}</ref>`;
      else sentence += `, ''${words(2)}'' and '''${words(1)}'''.`;
      sentences.push(sentence);
    }
    return sentences.join(' ');
  };
  return {
    title,
    text(i) {
      const refs = { n: 1 };
      const out = [
        `{{About|${words(2)}|other uses|${title(i)} (disambiguation)}}`,
        `{{Infobox revolutionary`,
        `| name = ${title(i)}`,
        `| birth_date = {{birth date|${1850 + (i % 60)}|${1 + (i % 12)}|${1 + (i % 28)}}}`,
        `| birth_place = ${link(i)}, ${link(i)}`,
        `| party = ${link(i)}<br>${link(i)}`,
        `| spouse = {{ubl|${link(i)}|${link(i)}}}<ref name="r0">${cite(refs.n++)}</ref>`,
        `}}`,
        paragraph(i, refs),
        '',
      ];
      for (let s = 0; s < 3 + Math.floor(rand() * 4); s++) {
        out.push(`== ${words(2)} ==`);
        if (rand() < 0.3) out.push(`{{Main|${title(Math.floor(rand() * (i + 50)))}}}`);
        out.push(paragraph(i, refs), '', paragraph(i, refs), '');
        if (rand() < 0.5) out.push(`=== ${words(3)} ===`, `* ${words(4)} ${link(i)}`, `* ${words(5)}`, `* ${words(3)}`, '', paragraph(i, refs), '');
      }
      out.push('== References ==', '<references />', '', `[[Category:${pick(WORDS)} ${pick(WORDS)}|${words(1)}]]`, `[[Category:${pick(WORDS)}]]`, '');
      return out.join('\n');
    },
  };
}

/** Writes a dump of about `megabytes` MB of wikitext; returns its pages and wikitext bytes. */
export function writeWikitextDump(file: string, megabytes: number, { seed = 42 } = {}): { pages: number; wikitextBytes: number } {
  const generator = wikitextGenerator(seed);
  const fd = openSync(file, 'w');
  let wikitextBytes = 0;
  let pages = 0;
  try {
    writeSync(fd, exportHeader('Benchmark Wiki'));
    for (let i = 0; wikitextBytes < megabytes * 1e6; i++) {
      const timestamp = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace('.000', '');
      let page;
      if (i % 10 === 9) {
        page = { title: `Redirect ${i}`, id: i + 1, redirect: generator.title(i - 1), revisions: [{ id: i + 1, timestamp, text: `#REDIRECT [[${generator.title(i - 1)}]]` }] };
      } else if (i % 20 === 19) {
        page = { title: `Talk:${generator.title(i)}`, ns: 1, id: i + 1, revisions: [{ id: i + 1, timestamp, text: 'A talk page.' }] };
      } else {
        const text = generator.text(i);
        wikitextBytes += Buffer.byteLength(text);
        page = { title: generator.title(i), id: i + 1, revisions: [{ id: i + 1, timestamp, text }] };
      }
      writeSync(fd, exportPage(page));
      pages++;
    }
    writeSync(fd, exportFooter);
  } finally {
    closeSync(fd);
  }
  return { pages, wikitextBytes };
}

if (isMain(import.meta.url)) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string' } } });
  const [file, megabytes] = positionals;
  if (!file || !megabytes) {
    process.stderr.write('usage: node dist/bench/generate-wikitext.js OUT.xml MEGABYTES [--seed S]\n');
    process.exit(2);
  }
  const result = writeWikitextDump(file, Number(megabytes), { seed: Number(values.seed ?? 42) });
  process.stdout.write(`wrote ${file}: ${result.pages} pages, ${(result.wikitextBytes / 1e6).toFixed(1)} MB of wikitext\n`);
}
