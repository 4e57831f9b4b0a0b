/**
 * Deterministic generator of MediaWiki XML dumps (schema 0.11) of synthetic wikitext pages, for
 * the wikitext import benchmark. Each page has what real articles have: a hatnote, an infobox
 * with list and date values, sections and subsections with links, named and reused refs with
 * citation templates and free-text refs, a list, categories; about one page in ten is a redirect
 * and one in twenty a Talk page (skipped). Written as a stream: any size in flat memory.
 *
 * For the metadata benchmark, short place pages instead (writePlacesDump): a `{{coord|…|display=title}}`
 * in an infobox whose parameters (country, capital, region, type…) repeat across pages, the places
 * clustered around the centres of invented countries of uneven size, as real articles are.
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

export function random(seed: number) {
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

/** Syllables of the invented names: a number written in them is a name, different for each number. */
const SYLLABLES = ['ka', 'vo', 're', 'mi', 'dal', 'su', 'ne', 'tor', 'li', 'ba', 'gen', 'ho', 'ru', 'sa', 'fe', 'lan', 'zu', 'pi', 'mor', 'te'];
const nameOf = (n: number) => {
  let name = '';
  for (let left = n, i = 0; i < 2 || left > 0; i++, left = Math.floor(left / SYLLABLES.length)) name += SYLLABLES[left % SYLLABLES.length];
  return name[0]!.toUpperCase() + name.slice(1);
};
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

export interface Country {
  name: string;
  capital: string;
  lat: number;
  lon: number;
  /** How far its places spread from the centre (a normal distribution's deviation), in km. */
  spreadKm: number;
  /** Its share of the pages. */
  weight: number;
}

/**
 * Fifty invented countries: centres anywhere but the polar seas, one in the high Arctic and one
 * across the antimeridian; shares falling off as a power law (a few countries have most pages), the
 * largest spread wide.
 */
export function inventCountries(seed = 42): Country[] {
  const rand = random(seed);
  return Array.from({ length: 50 }, (_, k) => {
    const lat = k === 1 ? 78.2 : k === 2 ? -17.8 : ((Math.asin(2 * rand() - 1) * 180) / Math.PI) * 0.8;
    const lon = k === 1 ? 15.6 : k === 2 ? 179.6 : rand() * 360 - 180;
    return { name: nameOf(k + 400), capital: `${nameOf(k + 900)} City`, lat, lon, spreadKm: k === 0 ? 250 : 40 + ((k * 97) % 340), weight: 1 / (k + 1) ** 0.8 };
  });
}

const KM_PER_DEGREE = 111.195;
const TYPES = [['town', 'Towns'], ['village', 'Villages'], ['city', 'Cities'], ['hamlet', 'Hamlets'], ['district', 'Districts']] as const;
const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
const LEADERS = ['Mayor', 'Chair', 'Elder'];

/** Short place pages: each a settlement of a country, its location at the title, one in five with a second place it mentions. */
export function placePageGenerator(seed = 42) {
  const rand = random(seed);
  const countries = inventCountries(seed);
  const total = countries.reduce((sum, country) => sum + country.weight, 0);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const near = (lat: number, lon: number, km: number): [string, string] => {
    const placeLat = Math.max(-89.9, Math.min(89.9, lat + (gaussian() * km) / KM_PER_DEGREE));
    const dLon = (gaussian() * km) / (KM_PER_DEGREE * Math.max(0.05, Math.cos((placeLat * Math.PI) / 180)));
    return [placeLat.toFixed(5), (((((lon + dLon + 180) % 360) + 360) % 360) - 180).toFixed(5)];
  };
  const countryOf = () => {
    let pick = rand() * total;
    return countries.find((country) => (pick -= country.weight) < 0) ?? countries[0]!;
  };
  return {
    countries,
    title: nameOf,
    text(i: number): string {
      const country = countryOf();
      const [type, plural] = TYPES[i % TYPES.length]!;
      const region = `${REGIONS[Math.floor(rand() * REGIONS.length)]} ${country.name}`;
      const [lat, lon] = near(country.lat, country.lon, country.spreadKm);
      const zone = Math.round(Number(lon) / 15);
      const mentioned = rand() < 0.2 ? ` Its market lies at {{coord|${near(Number(lat), Number(lon), 5).join('|')}}}.` : '';
      return [
        `{{Short description|${capitalised(type)} in ${country.name}}}`,
        '{{Infobox settlement',
        `| name = ${nameOf(i)}`,
        `| settlement_type = ${type}`,
        `| country = ${country.name}`,
        `| capital = ${country.capital}`,
        `| subdivision_name = ${region}`,
        `| leader_title = ${LEADERS[i % LEADERS.length]}`,
        `| timezone = UTC${zone >= 0 ? '+' : ''}${zone}`,
        `| population_total = ${Math.floor(100 * 10 ** (rand() * 4))}`,
        // Typed values of three shapes each, from the page's number (the random stream stays as it was).
        `| area_total = ${AREAS[i % AREAS.length]!(1 + ((i * 7919) % 50000) / 100)}`,
        `| founded = ${FOUNDINGS[i % FOUNDINGS.length]!(1000 + ((i * 104729) % 1020), 1 + (i % 12), 1 + (i % 28))}`,
        `| coordinates = {{coord|${lat}|${lon}|display=inline,title}}`,
        '}}',
        `'''${nameOf(i)}''' is a ${type} in ${region}, [[${country.name}]]. ${capitalised(words(12))}.${mentioned}`,
        '',
        `[[Category:${plural} in ${country.name}]]`,
      ].join('\n');
    },
  };
}

/** Writes a dump of `articles` place pages; returns the countries they are spread over. */
/** An area as pages write it: {{convert}} in km2 or sq mi, or text. */
const AREAS: readonly ((n: number) => string)[] = [(n) => `{{convert|${n}|km2|sqmi}}`, (n) => `{{convert|${n}|sqmi|km2}}`, (n) => `${n} km2`];
/** A founding date: a date template, a year, a circa year. */
const FOUNDINGS: readonly ((year: number, month: number, day: number) => string)[] = [
  (y, m, d) => `{{start date|${y}|${m}|${d}}}`,
  (y) => `${y}`,
  (y) => `c. ${y}`,
];

export function writePlacesDump(file: string, articles: number, { seed = 42 } = {}): Country[] {
  const generator = placePageGenerator(seed);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, exportHeader('Benchmark Wiki'));
    for (let i = 0; i < articles; i++) {
      const timestamp = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace('.000', '');
      writeSync(fd, exportPage({ title: generator.title(i), id: i + 1, revisions: [{ id: i + 1, timestamp, text: generator.text(i) }] }));
    }
    writeSync(fd, exportFooter);
  } finally {
    closeSync(fd);
  }
  return generator.countries;
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
