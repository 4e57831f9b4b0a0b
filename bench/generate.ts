/**
 * Deterministic generator of synthetic source documents in the plain-text ProleWiki format of
 * `test/fixtures/*.txt` (see `/work/shared/FORMAT.md`), for benchmarks and load tests.
 *
 *   node dist/bench/generate.js OUT_DIR N [--seed S]
 *
 * Every document is internally consistent: the `[n]` markers cite references 1..k without gaps,
 * every reference is cited, backlink labels (`n.0 n.1`) match the number of markers. Titles are
 * unique (also case- and diacritic-insensitively), redirect titles are unique and never a title,
 * and hatnote targets are mostly titles of other generated documents. References are drawn from
 * one shared pool of works, so the same source is cited from many articles.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from '../src/paths.js';

export interface GeneratedDocument {
  fileName: string;
  title: string;
  text: string;
}

export interface GenerateOptions {
  seed?: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32 with small helpers. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Mixes two 32-bit values into a well-spread seed. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((b + 0x632be5ab) | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

const GIVEN = [
  'Vladimir', 'Nadezhda', 'Aleksandra', 'Józef', 'Ana', 'María', 'José', 'Raúl', 'Celia', 'Vilma',
  'Ernesto', 'Haydée', 'Kwame', 'Amílcar', 'Samora', 'Agostinho', 'Patrice', 'Walter', 'Claudia',
  'Rosa', 'Clara', 'Antonio', 'Palmiro', 'Georgi', 'Dolores', 'Sylvia', 'Ahmed', 'Fatima', 'Leila',
  'Nazım', 'Pablo', 'Salvador', 'Víctor', 'Hugo', 'Dilma', 'Luiz', 'Carlos', 'Francisco', 'Olga',
  'Irina', 'Dmitri', 'Sergei', 'Mikhail', 'Yuri', 'Valentina', 'Tatiana', 'Ignacy', 'Bolesław',
  'Zdeněk', 'Jiří', 'Ștefan', 'Gheorghe', 'Đorđe', 'Ljubica', 'Françoise', 'Jérôme', 'Søren', 'Åsa',
  'Sebastián', 'Inés', 'Ramón', 'Teresa', 'Lucía', 'Tomás', 'Héctor', 'Rubén', 'Marta', 'Elena',
  'Nikolai', 'Grigory', 'Anna', 'Wei', 'Jomo', 'Thomas', 'Winnie', 'Angela', 'Assata', 'Fred',
  'Amir', 'Yasmin', 'Omar', 'Samir', 'Nour', 'Jin', 'Hye-jin', 'Min-su', 'Arturo', 'Graciela',
  'Ernst', 'Käthe', 'Wilhelm', 'Ülo', 'Jānis', 'Aušra', 'Ágnes', 'Mátyás', 'Zoltán', 'Kofi',
  'Thandiwe', 'Sipho', 'Amina', 'Bongani', 'Rigoberta', 'Domitila', 'Evelio', 'Mercedes', 'Ilse',
];

const FAMILY = [
  'Pérez', 'Martínez', 'González', 'Ramírez', 'Núñez', 'Fernández', 'Kowalski', 'Nowak',
  'Wiśniewski', 'Dvořák', 'Novák', 'Horváth', 'Popescu', 'Ionescu', 'Petrov', 'Ivanova', 'Sokolov',
  'Volkov', 'Morozov', 'Kuznetsov', 'Lebedev', 'Okonkwo', 'Mensah', 'Diallo', 'Traoré', 'Cabral',
  'Machel', 'Neto', 'Mondlane', 'Nguyen', 'Tran', 'Pham', 'Kim', 'Park', 'Choi', 'Zhang', 'Wang',
  'Chen', 'Liu', 'Singh', 'Sharma', 'Das', 'Bose', 'Haddad', 'Khoury', 'Mansour', 'Yılmaz', 'Kaya',
  'Demir', 'Schmidt', 'Müller', 'Weber', 'Becker', 'Rossi', 'Bianchi', 'Esposito', 'Silva',
  'Santos', 'Oliveira', 'Sousa', 'Costa', 'Almeida', 'Lindqvist', 'Jørgensen', 'Østergaard',
  "O'Neill", 'McAllister', 'Kovačević', 'Jovanović', 'Marković', 'Đurić', 'Szabó', 'Tóth', 'Nagy',
  'Kalniņš', 'Ozols', 'Tamm', 'Mäkinen', 'Virtanen', 'Rodríguez', 'López', 'Sánchez', 'Gómez',
  'Díaz', 'Vargas', 'Castillo', 'Mendoza', 'Benítez', 'Ortega', 'Ruiz', 'Moreno', 'Acosta',
  'Morales', 'Herrera', 'Aguilar', 'Quispe', 'Mamani', 'Huanca', 'Mwangi', 'Odhiambo', 'Kamau',
  'Banda', 'Phiri', 'Moyo', 'Dlamini', 'Ndlovu', 'Osei', 'Boateng', 'Adeyemi', 'Chávez', 'Ibáñez',
];

const PLACE_START = [
  'Kar', 'Vel', 'Mir', 'San', 'Bor', 'Tal', 'Nov', 'Ost', 'Rad', 'Zel', 'Dor', 'Lun', 'Vas', 'Mar',
  'Kos', 'Bel', 'Tor', 'Pal', 'Ser', 'Gal', 'Ald', 'Esk', 'Ist', 'Orm', 'Yar', 'Cor', 'Fen', 'Hal',
  'Jur', 'Nar', 'Sol', 'Tem', 'Bar', 'Lok', 'Mag', 'Pet', 'Ros', 'Sar', 'Vol', 'Zam',
];
const PLACE_MID = ['a', 'o', 'e', 'i', 'u', 'ar', 'en', 'ol', 'ir', 'an', 'ov', 'ad'];
const PLACE_END = [
  'sk', 'ovo', 'ia', 'grad', 'burg', 'ena', 'ino', 'ar', 'ova', 'mar', 'dal', 'pur', 'abad', 'stan',
  'polis', 'ua', 'ez', 'ía', 'ów', 'ão', 'ić', 'lund', 'heim', 'kent', 'tepe', 'ville', 'gora', 'ica',
];

const COUNTRIES = [
  'Russian Empire', 'Soviet Union', 'Cuba', 'Vietnam', 'China', 'Korea', 'Ghana', 'Mozambique',
  'Angola', 'Guinea-Bissau', 'Mexico', 'Bolivia', 'Chile', 'Brazil', 'Albania', 'Bulgaria',
  'Hungary', 'Czechoslovakia', 'Romania', 'Yugoslavia', 'Turkey', 'Lebanon', 'Palestine', 'India',
  'Ireland', 'Germany', 'Italy', 'Spain', 'Portugal', 'Finland', 'Estonia', 'Latvia', 'Kenya',
  'Zimbabwe', 'South Africa', 'Philippines', 'Nepal', 'Peru', 'Nicaragua', 'Burkina Faso',
];
const NATIONALITIES = [
  'Russian', 'Soviet', 'Cuban', 'Vietnamese', 'Chinese', 'Korean', 'Ghanaian', 'Mozambican',
  'Angolan', 'Bissau-Guinean', 'Mexican', 'Bolivian', 'Chilean', 'Brazilian', 'Albanian',
  'Bulgarian', 'Hungarian', 'Czechoslovak', 'Romanian', 'Yugoslav', 'Turkish', 'Lebanese',
  'Palestinian', 'Indian', 'Irish', 'German', 'Italian', 'Spanish', 'Portuguese', 'Finnish',
  'Estonian', 'Latvian', 'Kenyan', 'Zimbabwean', 'South African', 'Filipino', 'Nepali', 'Peruvian',
  'Nicaraguan', 'Burkinabè',
];
const ROLES = [
  'Marxist revolutionary', 'trade unionist', 'educator', 'poet', 'economist', 'guerrilla commander',
  'historian', 'journalist', 'party organiser', 'physician', 'agronomist', 'philosopher',
  'feminist organiser', 'peasant leader', 'diplomat', 'novelist', 'engineer', 'statesman',
];
const PARTIES = [
  'Communist Party', 'Workers\u2019 Party', 'Socialist Unity Party', 'Labour Party',
  'People\u2019s Revolutionary Party', 'Social Democratic Party', 'Party of Labour',
  'Revolutionary Socialist League', 'National Liberation Front', 'United Socialist Party',
];
const GROUPS = [
  'peasants', 'factory workers', 'miners', 'students', 'teachers', 'railway workers',
  'landless labourers', 'women textile workers', 'dock workers', 'fishermen', 'sugar workers',
  'agricultural cooperatives', 'soldiers\u2019 committees', 'tenant farmers', 'urban artisans',
  'plantation workers', 'young communists', 'veterans', 'rural schoolteachers', 'nurses',
];
const TOPICS = [
  'land reform', 'adult literacy', 'the nationalisation of industry', 'collective farming',
  'trade union rights', 'public health', 'the eight-hour day', 'rural electrification',
  'the national question', 'women\u2019s equality', 'housing', 'the cooperative movement',
  'foreign debt', 'agrarian credit', 'popular education', 'workers\u2019 control',
  'the planning of production', 'water supply', 'the defence of the revolution', 'famine relief',
];
const ENEMIES = [
  'the landlords', 'the old officer corps', 'foreign mining companies', 'the colonial administration',
  'the big merchants', 'the clergy of the old regime', 'the plantation owners', 'the comprador bourgeoisie',
  'the royalist militias', 'the banks',
];
const RESOURCES = ['the land', 'the mines', 'the ports', 'the rural credit system', 'the sugar mills', 'the water supply', 'the railways', 'the press'];
const FACILITIES = ['schools', 'clinics', 'libraries', 'factories', 'power stations', 'reading rooms', 'hospitals', 'state farms', 'polytechnics', 'workers\u2019 clubs'];
const GOODS = ['steel', 'cement', 'grain', 'sugar', 'cotton', 'coal', 'electricity', 'fertiliser', 'textiles', 'tractors'];
const UNITS = ['cooperatives', 'trade union branches', 'literacy circles', 'party cells', 'rural schools', 'health posts', 'machine and tractor stations', 'people\u2019s councils'];
const LANGUAGES = ['Spanish', 'French', 'Portuguese', 'Russian', 'Arabic', 'Swahili', 'Vietnamese', 'English', 'German', 'Turkish', 'Korean', 'Chinese'];
const ORG_KINDS = [
  'Central Committee', 'Workers\u2019 Council', 'Peasant League', 'Teachers\u2019 Union',
  'Federation of Women', 'Youth League', 'Planning Commission', 'Ministry of Education',
  'Revolutionary Committee', 'Trade Union Federation', 'Statistical Office', 'Academy of Sciences',
];
const NEWSPAPERS = ['Pravda', 'Granma', 'Nhân Dân', 'Rabotnik', 'La Voz Obrera', 'The Worker', 'Il Lavoratore', 'Avante!', 'Rodong Sinmun', 'Dawn of Labour'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

const CONCEPTS = [
  'Dual power', 'Agrarian question', 'National question', 'Democratic centralism', 'Popular front',
  'Mass line', 'Labour aristocracy', 'Primitive accumulation', 'Permanent revolution',
  'Socialism in one country', 'Unequal exchange', 'Imperialism', 'Surplus value',
  'Historical materialism', 'Dialectical materialism', 'United front', 'New Democracy',
  'Vanguard party', 'Dictatorship of the proletariat', 'Neocolonialism', 'Class struggle',
];

const PUBLISHERS: readonly (readonly [string, string])[] = [
  ['Moscow', 'Progress Publishers'], ['Moscow', 'Foreign Languages Publishing House'],
  ['Beijing', 'Foreign Languages Press'], ['New York', 'Monthly Review Press'], ['London', 'Verso'],
  ['New Delhi', 'LeftWord Books'], ['Havana', 'Editorial de Ciencias Sociales'],
  ['London', 'Lawrence & Wishart'], ['New York', 'International Publishers'],
  ['Paris', 'Éditions Sociales'], ['Berlin', 'Dietz Verlag'], ['Chicago', 'Haymarket Books'],
  ['London', 'Zed Books'], ['Oxford', 'Oxford University Press'],
  ['Cambridge', 'Cambridge University Press'], ['Princeton', 'Princeton University Press'],
  ['Hanoi', 'Thế Giới Publishers'], ['Pyongyang', 'Foreign Languages Publishing House'],
  ['Dar es Salaam', 'Tanzania Publishing House'], ['Mexico City', 'Siglo XXI Editores'],
  ['Buenos Aires', 'Editorial Cartago'], ['Tirana', '8 Nëntori Publishing House'],
  ['Ann Arbor', 'University of Michigan Press'], ['Stanford', 'Stanford University Press'],
  ['Lisbon', 'Edições Avante'], ['Cambridge, Massachusetts', 'Harvard University Press'],
  ['Chichester', 'Wiley-Blackwell'], ['Santa Clara', 'Ediciones Capiro'],
];
const JOURNALS = [
  'Monthly Review', 'Science & Society', 'Slavonic Studies Quarterly', 'Journal of Agrarian Change',
  'Review of African Political Economy', 'Latin American Perspectives', 'Europe-Asia Historical Review',
  'Journal of Labour History', 'International Review of Social History', 'Race & Class',
  'Third World Quarterly', 'Journal of Contemporary Asia', 'Revista de Educación Popular',
  'Journal of Global Health Solidarity',
];
const OUTLETS = [
  'Granma', 'People\u2019s Daily', 'Morning Star', 'Peoples Dispatch', 'Tribuna del Sur',
  'Planning History Blog', 'Pedagogical Heritage Online', 'Workers World', 'The Tricontinental',
  'MR Online', 'Debate Cubano', 'Red Pepper', 'Castro Speech Database', 'Labour History Archive',
];
const CORPORATE = [
  'UNESCO', 'Gosplan', 'Central Statistical Office', 'International Labour Office',
  'World Health Organization', 'Comisión Nacional de Alfabetización', 'Institute of Marxism-Leninism',
  'Museo Nacional de la Revolución', 'Food and Agriculture Organization',
];
const TITLE_ADJ = ['Red', 'Long', 'Unfinished', 'Forgotten', 'Great', 'Silent', 'First', 'Hidden', 'Popular', 'Socialist', 'Rural', 'Revolutionary'];
const TITLE_NOUN = [
  'Revolution', 'Dawn', 'Struggle', 'Harvest', 'Road', 'Plan', 'Commune', 'Republic', 'Front',
  'Offensive', 'Transition', 'Decade', 'Reform', 'Literacy', 'Liberation', 'Industrialisation',
  'Peasantry', 'Working Class', 'Cooperative', 'Planning',
];

/** Real works, so some references look like the classics every article cites. */
const CLASSICS = [
  'Vladimir Lenin (1917). The State and Revolution. Moscow: Progress Publishers.',
  'Vladimir Lenin (1916). Imperialism, the Highest Stage of Capitalism. Moscow: Foreign Languages Publishing House. [MIA]',
  'Karl Marx (1867). Capital: \'The Working Day\' (p. 340). [PDF] Moscow: Progress Publishers.',
  'Mao Zedong (1937). On Contradiction. Beijing: Foreign Languages Press. [MIA]',
  'Walter Rodney (1972). How Europe Underdeveloped Africa. London: Bogle-L\'Ouverture Publications.',
  'Frantz Fanon (1961). The Wretched of the Earth. New York: Grove Press.',
  'Stalin, Joseph (1924). The foundations of Leninism: The historical roots of Leninism.',
  'Vijay Prashad (2007). The Darker Nations: A People\'s History of the Third World. New York: The New Press.',
  'Kwame Nkrumah (1965). Neo-Colonialism: \'The Mechanisms of Neo-Colonialism\'. London: Thomas Nelson & Sons. [MIA]',
  'Friedrich Engels (1884). The Origin of the Family, Private Property and the State. Zurich: Hottingen.',
  'Walter Rodney, The Russian Revolution: A View from the Third World',
];

// ---------------------------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------------------------

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function slugify(value: string): string {
  const slug = fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'document' : slug;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function fmtNum(n: number): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SMALL_WORDS = new Set(['of', 'in', 'the', 'for', 'on', 'to', 'a']);
function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : cap(w)))
    .join(' ');
}

const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс',
  y: 'ы', z: 'з',
};
function toCyrillic(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFKD').replace(/\p{M}+/gu, '')) {
    const lower = ch.toLowerCase();
    const mapped = CYRILLIC[lower];
    if (mapped === undefined) out += ch;
    else out += lower === ch ? mapped : mapped.toUpperCase();
  }
  return out;
}

function date(rng: Random, year: number): { iso: string; long: string; american: string } {
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const month = MONTHS[m - 1] as string;
  const suffix = d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th';
  return {
    iso: `${year}-${pad2(m)}-${pad2(d)}`,
    long: `${d} ${month} ${year}`,
    american: `${month} ${d}${suffix}, ${year}`,
  };
}

function makePlace(rng: Random): string {
  const start = rng.pick(PLACE_START);
  const mid = rng.chance(0.65) ? rng.pick(PLACE_MID) : '';
  return start + mid + rng.pick(PLACE_END);
}

function makePerson(rng: Random): string {
  const given = rng.pick(GIVEN);
  if (rng.chance(0.12)) return `${given} ${String.fromCharCode(65 + rng.int(0, 25))}. ${rng.pick(FAMILY)}`;
  return `${given} ${rng.pick(FAMILY)}`;
}

// ---------------------------------------------------------------------------------------------
// Shared pool of cited works
// ---------------------------------------------------------------------------------------------

interface Work {
  /** Reference text; `{p}` is replaced by a page number chosen per citing article. */
  text: string;
  /** Whether an `Ibid.` may follow it. */
  ibidOk: boolean;
}

function bookTitle(rng: Random): string {
  const place = makePlace(rng);
  switch (rng.int(0, 9)) {
    case 0: return `The ${rng.pick(TITLE_ADJ)} ${rng.pick(TITLE_NOUN)}`;
    case 1: return `${rng.pick(TITLE_NOUN)} and ${rng.pick(TITLE_NOUN)} in ${place}`;
    case 2: return `A History of ${place}`;
    case 3: return `${rng.pick(TITLE_NOUN)} of the ${rng.pick(TITLE_ADJ)} ${rng.pick(TITLE_NOUN)}`;
    case 4: return `On ${rng.pick(TOPICS).replace(/^the /, '')}`;
    case 5: return `${place}: ${rng.pick(TITLE_NOUN)} and ${rng.pick(TITLE_NOUN)}`;
    case 6: return `The Struggle for ${titleCase(rng.pick(TOPICS).replace(/^the /, ''))}`;
    case 7: {
      const y = rng.int(1900, 1980);
      return `${cap(rng.pick(TOPICS).replace(/^the /, ''))} in ${place}, ${y}\u2013${y + rng.int(2, 15)}`;
    }
    case 8: return `${rng.pick(TITLE_ADJ)} ${rng.pick(TITLE_NOUN)} over ${place}`;
    default: return `${cap(rng.pick(GROUPS))} and the ${rng.pick(TITLE_NOUN)}`;
  }
}

function articleTitle(rng: Random): string {
  const y = rng.int(1900, 1990);
  switch (rng.int(0, 4)) {
    case 0: return `${cap(rng.pick(TOPICS))} and the ${rng.pick(GROUPS)} of ${makePlace(rng)}`;
    case 1: return `${cap(rng.pick(UNITS))} in ${makePlace(rng)}, ${y}\u2013${y + rng.int(2, 12)}`;
    case 2: return `How ${rng.pick(GROUPS)} organised ${rng.pick(TOPICS)}`;
    case 3: return `${cap(rng.pick(TOPICS))} after ${y}: a reassessment`;
    default: return `The ${rng.pick(TITLE_ADJ).toLowerCase()} ${rng.pick(TITLE_NOUN).toLowerCase()} in ${makePlace(rng)}`;
  }
}

function author(rng: Random): string {
  return rng.chance(0.15) ? makePerson(rng) + ', ' + makePerson(rng) : makePerson(rng);
}

function makeWork(rng: Random): Work {
  const year = rng.int(1905, 2022);
  const [place, publisher] = rng.pick(PUBLISHERS);
  const r = rng.next();
  if (r < 0.26) {
    const ed = rng.chance(0.08) ? ` (${rng.pick(['2nd', '3rd', '4th', '5th'])} ed.)` : '';
    const tag = rng.chance(0.12) ? ' [MIA]' : rng.chance(0.05) ? ' [HTML]' : '';
    return { text: `${makePerson(rng)} (${year}). ${bookTitle(rng)}${ed}. ${place}: ${publisher}.${tag}`, ibidOk: true };
  }
  if (r < 0.36) {
    return { text: `${makePerson(rng)} (${year}). ${bookTitle(rng)}: '${cap(rng.pick(TITLE_ADJ).toLowerCase())} ${rng.pick(TITLE_NOUN)}' (p. {p}). [PDF] ${place}: ${publisher}.`, ibidOk: true };
  }
  if (r < 0.41) {
    return { text: `${makePerson(rng)} (${year}). ${bookTitle(rng)}: '${rng.pick(TITLE_NOUN)} and ${rng.pick(TOPICS)}'. ${place}: ${publisher}. [MIA]`, ibidOk: true };
  }
  if (r < 0.46) {
    const a = rng.int(10, 400);
    return { text: `${makePerson(rng)} (${year}). ${bookTitle(rng)} (pp. ${a}\u2013${a + rng.int(4, 30)}). ${place}: ${publisher}.`, ibidOk: true };
  }
  if (r < 0.61) {
    const p = rng.int(1, 500);
    return {
      text: `${author(rng)} (${year}). "${articleTitle(rng)}". ${rng.pick(JOURNALS)}. ${rng.int(1, 70)} (${rng.int(1, 6)}): ${p}\u2013${p + rng.int(6, 30)}.`,
      ibidOk: true,
    };
  }
  if (r < 0.76) {
    const y = rng.int(1995, 2021);
    const published = date(rng, y).iso;
    const retrieved = date(rng, y + rng.int(2, 4)).iso;
    const outlet = rng.pick(OUTLETS);
    const title = articleTitle(rng);
    const url = `https://${slugify(outlet)}.example.org/${y}/${slugify(title).slice(0, 40)}`;
    switch (rng.int(0, 3)) {
      case 0: return { text: `${author(rng)} (${published}). "${title}". ${outlet}. Archived from the original on ${date(rng, y + 1).iso}. Retrieved ${retrieved}.`, ibidOk: true };
      case 1: return { text: `${author(rng)} (${published}). "${title}". ${outlet}. ${url}. Retrieved ${retrieved}.`, ibidOk: true };
      case 2: return { text: `"${title}" (${published}). ${outlet}. Retrieved ${retrieved}.`, ibidOk: true };
      default: return { text: `"${title}". ${outlet}. Retrieved ${retrieved}.`, ibidOk: true };
    }
  }
  if (r < 0.82) {
    const given = rng.pick(GIVEN);
    const family = rng.pick(FAMILY);
    const chapter = rng.chance(0.5) ? `: ${cap(rng.pick(TOPICS))}` : '';
    return { text: `${family}, ${given} (${year}). ${bookTitle(rng)}${chapter}.`, ibidOk: true };
  }
  if (r < 0.87) return { text: `${makePerson(rng)}, ${bookTitle(rng)}`, ibidOk: false };
  if (r < 0.91) {
    switch (rng.int(0, 2)) {
      case 0: return { text: `See ${makePerson(rng)}'s letter to ${makePerson(rng)} available in Wikisource`, ibidOk: false };
      case 1: return { text: `See the decree on ${rng.pick(TOPICS)} of ${year} available in Wikisource`, ibidOk: false };
      default: return { text: `See ${makePerson(rng)}'s articles on ${rng.pick(TOPICS)} available in Wikisource`, ibidOk: false };
    }
  }
  if (r < 0.96) {
    const nd = rng.chance(0.2);
    const [p2, pub2] = rng.pick(PUBLISHERS);
    return nd
      ? { text: `${rng.pick(CORPORATE)} (n.d.). ${bookTitle(rng)}. ${p2}.`, ibidOk: false }
      : { text: `${rng.pick(CORPORATE)} (${year}). ${bookTitle(rng)}. ${p2}: ${pub2}.`, ibidOk: true };
  }
  return { text: `https://archive.example.org/${rng.pick(['photos', 'documents', 'posters', 'films'])}/${slugify(makePlace(rng))}-${year}-${pad2(rng.int(1, 12))}`, ibidOk: false };
}

function makePool(seed: number): Work[] {
  const rng = new Random(mix(seed, 0x5eed));
  const pool: Work[] = CLASSICS.map((text) => ({ text, ibidOk: !text.includes(', The') }));
  const seen = new Set(pool.map((w) => w.text));
  while (pool.length < 420) {
    const work = makeWork(rng);
    if (seen.has(work.text)) continue;
    seen.add(work.text);
    pool.push(work);
  }
  return pool;
}

// ---------------------------------------------------------------------------------------------
// Titles and redirects (one pass over all documents, so links and uniqueness are global)
// ---------------------------------------------------------------------------------------------

type Kind = 'person' | 'country' | 'conflict' | 'topic';

interface Plan {
  kind: Kind;
  title: string;
  place: string;
  year: number;
  /** Alternative names, tried in order for the redirect line. */
  alternatives: string[];
  redirect: string | null;
}

const CONFLICT_TITLES: readonly ((p: string, y: number) => [string, string[]])[] = [
  (p) => [`Battle of ${p}`, [`${p} offensive`, `Battle for ${p}`]],
  (p) => [`Siege of ${p}`, [`Defence of ${p}`, `${p} siege`]],
  (p, y) => [`${p} uprising of ${y}`, [`${y} ${p} rising`, `${p} insurrection of ${y}`]],
  (p, y) => [`${p} revolution of ${y}`, [`Revolution of ${y} in ${p}`, `${p} revolution`]],
  (p, y) => [`${p} general strike of ${y}`, [`General strike of ${y} in ${p}`, `${p} strike of ${y}`]],
  (p, y) => [`${p} peasant war of ${y}`, [`Peasant war in ${p}`, `${p} peasant revolt of ${y}`]],
];
const TOPIC_TITLES: readonly ((p: string, y: number) => [string, string[]])[] = [
  (p, y) => [`${p} literacy campaign`, [`Literacy campaign in ${p}`, `Year of Education in ${p} (${y})`]],
  (p) => [`Five-year plans of ${p}`, [`First five-year plan of ${p}`, `${p} five-year plans`]],
  (p) => [`Agrarian reform in ${p}`, [`${p} land reform`, `Land reform in ${p}`]],
  (p) => [`Trade unions in ${p}`, [`${p} trade union movement`, `Labour movement in ${p}`]],
  (p) => [`Public health in ${p}`, [`Health care in ${p}`, `${p} health system`]],
  (p) => [`Electrification of ${p}`, [`${p} electrification plan`, `Rural electrification in ${p}`]],
  (p) => [`Women's movement in ${p}`, [`${p} women's movement`, `Feminism in ${p}`]],
  (p) => [`Cooperative movement in ${p}`, [`Cooperatives in ${p}`, `${p} cooperatives`]],
  (p) => [`Education in ${p}`, [`Schools in ${p}`, `${p} school system`]],
  (p, y) => [`Nationalisation of industry in ${p}`, [`Nationalization of industry in ${p}`, `${p} nationalisations of ${y}`]],
  (p) => [`Communist Party of ${p}`, [`${p} Communist Party`, `Communist Party (${p})`]],
  (p) => [`${p} Workers' Council`, [`Workers' Council of ${p}`, `${p} soviet`]],
];
const COUNTRY_FORMS = ['Republic of', 'People\u2019s Republic of', 'Socialist Republic of', 'Democratic Republic of', 'Federal Republic of', 'Kingdom of'];

function planTitle(rng: Random, kind: Kind): { title: string; place: string; year: number; alternatives: string[] } {
  const place = makePlace(rng);
  const year = rng.int(1848, 1995);
  switch (kind) {
    case 'person': {
      const given = rng.pick(GIVEN);
      const family = rng.pick(FAMILY);
      const r = rng.next();
      const title = r < 0.45 ? `${given} ${family}` : r < 0.75 ? `${given} ${family} ${rng.pick(FAMILY)}` : `${given} ${rng.pick(GIVEN)} ${family}`;
      return { title, place, year: rng.int(1840, 1960), alternatives: [family, `${given.charAt(0)}. ${family}`, `${family} (${rng.pick(ROLES)})`] };
    }
    case 'country': {
      const title = `${rng.pick(COUNTRY_FORMS)} ${place}`;
      return { title, place, year, alternatives: [place, `${place} (country)`] };
    }
    case 'conflict': {
      const [title, alternatives] = rng.pick(CONFLICT_TITLES)(place, year);
      return { title: rng.chance(0.1) ? titleCase(title) : title, place, year, alternatives };
    }
    default: {
      const [title, alternatives] = rng.pick(TOPIC_TITLES)(place, year);
      return { title: rng.chance(0.08) ? titleCase(title) : title, place, year, alternatives };
    }
  }
}

function planDocuments(count: number, seed: number): Plan[] {
  const rng = new Random(mix(seed, 0x7171e5));
  const plans: Plan[] = [];
  const titleKeys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const r = rng.next();
    const kind: Kind = r < 0.33 ? 'person' : r < 0.43 ? 'country' : r < 0.68 ? 'conflict' : 'topic';
    let planned = planTitle(rng, kind);
    let key = fold(planned.title);
    for (let attempt = 0; titleKeys.has(key) && attempt < 30; attempt++) {
      planned = planTitle(rng, kind);
      key = fold(planned.title);
    }
    if (titleKeys.has(key)) {
      const qualifier = kind === 'person' ? rng.pick(ROLES) : kind === 'country' ? 'state' : String(planned.year);
      planned.title = `${planned.title} (${qualifier} ${i + 1})`;
      key = fold(planned.title);
    }
    titleKeys.add(key);
    plans.push({ kind, ...planned, redirect: null });
  }
  // Redirects only once every title is known, so no redirect can shadow a later title.
  const redirectKeys = new Set<string>();
  for (const plan of plans) {
    if (!rng.chance(0.55)) continue;
    for (const alternative of plan.alternatives) {
      const key = fold(alternative);
      if (titleKeys.has(key) || redirectKeys.has(key)) continue;
      redirectKeys.add(key);
      plan.redirect = alternative;
      break;
    }
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------
// Document bodies
// ---------------------------------------------------------------------------------------------

/** A group of citation markers, e.g. `[4][5]`; filled in after the whole document is laid out. */
interface Slot {
  size: number;
  refs: number[];
}
type Segment = string | Slot;
/** One output line, as text and citation slots. */
type Line = Segment[];

interface Ctx {
  rng: Random;
  plan: Plan;
  persons: string[];
  slots: Slot[];
  /** Of the subject of a person article. */
  nationality: string;
  party: string;
  /** Around which the years in the text fall. */
  baseYear: number;
}

/** Two different items joined by `sep`. */
function two(rng: Random, items: readonly string[], sep: string): string {
  const i = Math.floor(rng.next() * items.length);
  const j = (i + 1 + Math.floor(rng.next() * (items.length - 1))) % items.length;
  return (items[i] as string) + sep + (items[j] as string);
}

function person(c: Ctx): string {
  return c.rng.chance(0.6) ? c.rng.pick(c.persons) : makePerson(c.rng);
}
function place(c: Ctx): string {
  return c.rng.chance(0.4) ? c.plan.place : makePlace(c.rng);
}
function year(c: Ctx, lo = -10, hi = 25): number {
  return c.baseYear + c.rng.int(lo, hi);
}
function org(c: Ctx): string {
  return `the ${c.rng.pick(ORG_KINDS)} of ${place(c)}`;
}

type Sentence = (c: Ctx) => string;
const SENTENCES: readonly Sentence[] = [
  (c) => `In ${year(c)} ${org(c)} adopted a programme on ${c.rng.pick(TOPICS)}, which was discussed at meetings of ${c.rng.pick(GROUPS)} throughout the region.`,
  (c) => `${person(c)} later recalled that the question of ${c.rng.pick(TOPICS)} dominated every congress held during those years.`,
  (c) => {
    const n = c.rng.int(40, 900);
    return `By ${year(c)} the number of ${c.rng.pick(UNITS)} had risen from ${fmtNum(n)} to ${fmtNum(n * c.rng.int(2, 30))}, according to figures published by ${org(c)}.`;
  },
  (c) => `The work drew heavily on the experience of ${c.rng.pick(GROUPS)} in ${place(c)}, where similar methods had been tested a few years earlier.`,
  (c) => {
    const y = year(c);
    return `Historians such as ${person(c)} have described the period from ${y} to ${y + c.rng.int(2, 12)} as a turning point in the history of ${place(c)}.`;
  },
  (c) => `Delegates from the ${two(c.rng, GROUPS, ' and the ')} met in ${place(c)} in ${c.rng.pick(MONTHS)} ${year(c)} to coordinate their demands on ${c.rng.pick(TOPICS)}.`,
  (c) => {
    const y = year(c);
    return `The years ${y}\u2013${y + c.rng.int(2, 9)} saw the opening of ${fmtNum(c.rng.int(12, 4000))} new ${c.rng.pick(FACILITIES)} across ${place(c)} and the surrounding districts.`;
  },
  (c) => `${person(c)}, who had been active in ${org(c)} since ${year(c, -20, 0)}, argued that ${c.rng.pick(TOPICS)} could not be separated from the struggle against ${c.rng.pick(ENEMIES)}.`,
  (c) => `Foreign observers, including a delegation from ${org(c)}, reported that ${c.rng.pick(GROUPS)} had taken an active part in ${c.rng.pick(TOPICS)}.`,
  (c) => `The government responded by declaring a state of emergency, but strikes spread to ${makePlace(c.rng)} and ${makePlace(c.rng)} within weeks.`,
  (c) => `Official figures recorded ${fmtNum(c.rng.int(2, 900) * 1000 + c.rng.int(0, 999))} participants, although later estimates by ${person(c)} put the number considerably higher.`,
  (c) => `${cap(org(c))} published a series of pamphlets on ${c.rng.pick(TOPICS)}, several of which were translated into ${two(c.rng, LANGUAGES, ' and ')}.`,
  (c) => `After the congress of ${year(c)}, responsibility for ${c.rng.pick(TOPICS)} passed to ${org(c)}, which set up local committees in every district.`,
  (c) => `Opposition came mainly from ${c.rng.pick(ENEMIES)}, who feared that ${c.rng.pick(TOPICS)} would undermine their control over ${c.rng.pick(RESOURCES)}.`,
  (c) => `The experience was later summarised by ${person(c)} in a report to ${org(c)} that stressed the role of the ${c.rng.pick(GROUPS)}.`,
  (c) => `In the countryside the work was carried out by brigades of ${c.rng.pick(GROUPS)}, who lived with local families for several months.`,
  (c) => `A second stage, launched in ${year(c)}, extended the programme to ${c.rng.pick(TOPICS)} and to the mountain districts around ${place(c)}.`,
  (c) => {
    const n = c.rng.int(100, 9000);
    return `Estimates of the losses vary widely: ${org(c)} reported ${fmtNum(n)} dead, while ${person(c)} gave a figure of ${fmtNum(n * c.rng.int(2, 5))}.`;
  },
  (c) => `The main demands were ${two(c.rng, TOPICS, ', ')} and the legal recognition of ${org(c)}.`,
  (c) => `Relations with ${makePlace(c.rng)} improved after ${year(c)}, when the two governments signed an agreement on ${c.rng.pick(TOPICS)}.`,
  (c) => `The newspaper ${c.rng.pick(NEWSPAPERS)} covered these events closely and reached a circulation of ${fmtNum(c.rng.int(5, 900) * 1000)} copies by ${year(c)}.`,
  (c) => `Western accounts written during the Cold War, such as those of ${person(c)}, tended to play down the role of the ${c.rng.pick(GROUPS)}.`,
  (c) => `Women made up roughly ${c.rng.int(15, 70)} per cent of the participants, a proportion that ${org(c)} regarded as a major achievement.`,
  (c) => {
    const y = year(c);
    return `Production of ${c.rng.pick(GOODS)} in ${place(c)} more than doubled between ${y} and ${y + c.rng.int(3, 12)}.`;
  },
  (c) => `The land of the former estates was distributed among ${fmtNum(c.rng.int(3, 400) * 100)} families of ${c.rng.pick(GROUPS)}, and credit cooperatives were set up to supply seed and tools.`,
  (c) => `${person(c)} was arrested in ${year(c)} and spent ${c.rng.int(2, 12)} years in prison in ${place(c)} before being released under an amnesty.`,
  (c) => `The events are commemorated every year on ${c.rng.int(1, 28)} ${c.rng.pick(MONTHS)} with demonstrations in ${place(c)}.`,
  (c) => `Much of the documentation from this period is kept in the archives of ${org(c)} in ${place(c)}.`,
  (c) => `According to ${person(c)}, the decisive factor was the alliance between the ${two(c.rng, GROUPS, ' and the ')}.`,
  (c) => `Bourgeois historiography has long denied the necessity of these changes, insisting that ${c.rng.pick(ENEMIES)} would have carried out the necessary reforms themselves.`,
];

const MAX_PARAGRAPH = 560;

function slot(c: Ctx, size: number): Slot {
  const s: Slot = { size, refs: [] };
  c.slots.push(s);
  return s;
}

function groupSize(rng: Random): number {
  const r = rng.next();
  return r < 0.74 ? 1 : r < 0.94 ? 2 : 3;
}

/** A paragraph line: sentences with citation groups after some sentences (rarely after a comma). */
function paragraph(c: Ctx, target: number, opening?: string, cited = c.rng.chance(0.8)): Line {
  const sentences: string[] = opening === undefined ? [] : [opening];
  let length = opening?.length ?? 0;
  while (length < target) {
    const s = c.rng.pick(SENTENCES)(c);
    if (sentences.length > 0 && (length + s.length + 1 > MAX_PARAGRAPH || length + s.length / 2 > target)) break;
    sentences.push(s);
    length += s.length + 1;
  }
  const line: Line = [];
  const inner = sentences.length > 1 && c.rng.chance(0.2) ? c.rng.int(0, sentences.length - 2) : -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as string;
    if (i > 0) line.push(' ');
    if (i === inner) {
      const comma = s.indexOf(', ');
      if (comma > 0 && c.rng.chance(0.3)) {
        line.push(s.slice(0, comma + 1), slot(c, 1), s.slice(comma + 1));
        continue;
      }
      line.push(s, slot(c, groupSize(c.rng)));
      continue;
    }
    if (i === sentences.length - 1 && cited) {
      line.push(s, slot(c, groupSize(c.rng)));
      continue;
    }
    line.push(s);
  }
  return line;
}

interface Block {
  lines: Line[];
}

const HEADINGS: Record<Kind, readonly string[]> = {
  person: [
    'Early life', 'Education', 'Revolutionary activity', 'Political career', 'Exile', 'Imprisonment',
    'Underground work', 'Trade union work', 'Theoretical work', 'Role in the revolution',
    'Government service', 'Later life', 'Death and legacy', 'Personal life', 'Reception',
    'Commemoration', 'Family background', 'Journalism', 'Military career', 'Writings',
  ],
  country: [
    'History', 'Politics', 'Government', 'Economy', 'Health care', 'Education', 'Culture',
    'Foreign relations', 'Demographics', 'Geography', 'Military', 'Agriculture', 'Industry',
    'Human rights', 'Sport', 'Science and technology', 'Media', 'Religion', 'Environment', 'Transport',
  ],
  conflict: [
    'Background', 'Prelude', 'Causes', 'Course of the fighting', 'Outbreak', 'Aftermath',
    'Casualties', 'Legacy', 'Historiography', 'Commemoration', 'International reaction',
    'Role of foreign powers', 'Repression', 'Consequences', 'Revolution in the provinces', 'Impact and aftermath',
  ],
  topic: [
    'Background', 'Origins', 'Organisation', 'Implementation', 'Results', 'Criticism', 'Legacy',
    'Theory', 'Practice', 'Reception', 'Role of women', 'Regional variation', 'Funding',
    'Opposition', 'International influence', 'Statistics', 'Evaluation', 'Later developments',
    'Methods', 'Participants',
  ],
};
const SUBHEADINGS: Record<Kind, readonly string[]> = {
  person: ['Early years in the party', 'In government', 'Years of emigration', 'Return home', 'Arrest and trial', 'Underground press'],
  country: ['Colonial period', 'Wars of independence', 'Neocolonial republic', 'Revolution', 'Socialist construction', 'Pre-colonial period', 'Occupation', 'Liberation struggle', 'Recent history'],
  conflict: ['Initial clashes', 'The decisive battle', 'Retreat', 'Counter-offensive', 'Negotiations', 'Ceasefire', 'Final assault'],
  topic: ['Urban areas', 'Rural areas', 'First stage', 'Second stage', 'Planning', 'Execution', 'Training', 'Materials'],
};

function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

function hatnoteTarget(rng: Random, plans: readonly Plan[], self: number): string {
  if (plans.length > 1 && rng.chance(0.75)) {
    let i = rng.int(0, plans.length - 1);
    if (i === self) i = (i + 1) % plans.length;
    return (plans[i] as Plan).title;
  }
  return rng.pick(CONCEPTS);
}

function hatnote(rng: Random, plans: readonly Plan[], self: number): Line {
  const a = hatnoteTarget(rng, plans, self);
  let b = hatnoteTarget(rng, plans, self);
  if (b === a) b = rng.pick(CONCEPTS) === a ? 'Class struggle' : rng.pick(CONCEPTS);
  const r = rng.next();
  if (r < 0.35) return [`See also: ${a}`];
  if (r < 0.5) return [`See also: ${a} and ${b}`];
  if (r < 0.58) {
    let third = hatnoteTarget(rng, plans, self);
    if (third === a || third === b) third = a === 'Mass line' || b === 'Mass line' ? 'United front' : 'Mass line';
    return [`See also: ${a}, ${b} and ${third}`];
  }
  if (r < 0.85) return [`Main article: ${a}`];
  if (r < 0.95) return [`Main articles: ${a} and ${b}`];
  return [`Main articles: ${a}, ${b}`];
}

/** A list: its introducing paragraph (ending in a colon) and the `  • item` lines. */
function bulletList(c: Ctx, target: number): Block[] {
  const rng = c.rng;
  let intro: string;
  let item: () => string;
  switch (c.plan.kind) {
    case 'person':
      intro = rng.pick(['Among the best known of these writings are:', 'Works written during this period include the following:']);
      item = () => `${bookTitle(rng)} (${year(c, 0, 40)})`;
      break;
    case 'conflict':
      intro = rng.pick(['The forces involved included several distinct formations:', 'The main formations taking part were the following:']);
      item = () => `the ${rng.pick(ORDINALS)} ${rng.pick(['Workers\u2019 Brigade', 'Peasant Column', 'Rifle Division', 'Partisan Detachment', 'Red Guard Regiment'])} of ${makePlace(rng)}`;
      break;
    default:
      intro = rng.pick(['The main stages were as follows:', 'The programme was carried out by several bodies:', 'Its principal measures included:']);
      item = () => {
        const y = year(c, -5, 40);
        return rng.chance(0.5) ? `${rng.pick(ORDINALS)} stage (${y}\u2013${y + rng.int(2, 5)})` : `${cap(rng.pick(TOPICS))}, carried out by ${org(c)}`;
      };
  }
  const introLine: Line = rng.chance(0.5) ? [...paragraph(c, Math.min(target, 260), undefined, false), ' ', intro] : [intro];
  if (rng.chance(0.5)) introLine.push(slot(c, 1));
  const items: Line[] = [];
  for (let i = rng.int(3, 8); i > 0; i--) items.push([`  \u2022 ${item()}`]);
  return [{ lines: [introLine] }, { lines: items }];
}

/** The body of a section: an optional hatnote, n paragraphs and maybe a bullet list. */
function sectionBlocks(c: Ctx, paraTarget: number, n: number, hatnoteLine: Line | null, withList: boolean, forceCite: boolean): Block[] {
  const blocks: Block[] = [];
  if (hatnoteLine) blocks.push({ lines: [hatnoteLine] });
  const listAt = withList ? c.rng.int(1, n) : -1;
  for (let i = 0; i < n; i++) {
    if (i === listAt) blocks.push(...bulletList(c, paraTarget));
    blocks.push({ lines: [paragraph(c, paraTarget, undefined, (forceCite && i === 0) || c.rng.chance(0.8))] });
  }
  if (listAt === n) blocks.push(...bulletList(c, paraTarget));
  return blocks;
}

const LOWER_FIRST = new Set(['Battle', 'Siege', 'Five-year']);
/** The title as the subject of the first sentence ("The battle of X", "The X uprising of 1917"). */
function subjectName(plan: Plan): string {
  const first = plan.title.split(' ')[0] ?? '';
  if (LOWER_FIRST.has(first)) return 'The ' + plan.title.charAt(0).toLowerCase() + plan.title.slice(1);
  if (plan.title.startsWith(plan.place)) return 'The ' + plan.title;
  return plan.title;
}

function leadOpening(c: Ctx, born: number, died: number | null): string {
  const { plan, rng } = c;
  switch (plan.kind) {
    case 'person': {
      const life = died === null ? `born ${born}` : `${born}\u2013${died}`;
      const article = /^[AEIOU]/.test(c.nationality) ? 'an' : 'a';
      return `${plan.title} (${life}) was ${article} ${c.nationality} ${rng.pick(ROLES)} and ${rng.pick(ROLES)}, and a member of the ${c.party}.`;
    }
    case 'country':
      return `${plan.place}, officially the ${plan.title}, is a ${rng.pick(['socialist state', 'country', 'people\u2019s democracy', 'republic'])} in ${rng.pick(['the Caribbean', 'West Africa', 'Southeast Asia', 'the Andes', 'the Balkans', 'Central Asia', 'East Africa', 'the Pacific'])} with its capital at ${makePlace(rng)}.`;
    case 'conflict':
      return `${subjectName(plan)} was ${rng.pick(['a popular revolt', 'a military confrontation', 'a revolutionary uprising', 'a mass strike movement'])} which took place in ${plan.place} in ${plan.year}, following ${rng.pick(['the collapse of the old government', 'a long economic crisis', 'a wave of strikes', 'the abdication of the monarch'])}.`;
    default:
      return `${subjectName(plan)} ${rng.pick(['developed out of', 'began as', 'grew out of'])} ${rng.pick(['a national mobilisation', 'a body of policy', 'a programme', 'an organised movement'])} concerned with ${rng.pick(TOPICS)} in ${plan.place}, beginning in ${plan.year}.`;
  }
}

function infobox(c: Ctx, born: number, died: number | null): Line[] | null {
  const { plan, rng } = c;
  switch (plan.kind) {
    case 'person': {
      if (!rng.chance(0.75)) return null;
      const lines: Line[] = [[plan.title], ['']];
      if (rng.chance(0.6)) lines.push([toCyrillic(plan.title)]);
      const b = date(rng, born);
      const country = rng.pick(COUNTRIES);
      if (died === null) {
        lines.push([`Born (${b.iso}) ${b.long} (age ${2024 - born})`], [`${makePlace(rng)}, ${country}`]);
      } else {
        lines.push([`Born (${b.iso}) ${b.long}`], [`${makePlace(rng)}, ${country}`]);
        lines.push([`Died ${date(rng, died).long} (aged ${died - born})`], [`${makePlace(rng)}, ${rng.pick(COUNTRIES)}`]);
      }
      lines.push([`Nationality${c.nationality}`]);
      lines.push([`Political party${c.party}`]);
      if (rng.chance(0.5)) lines.push([`${rng.pick(PARTIES)}`]);
      if (rng.chance(0.5)) lines.push([`Spouse${makePerson(rng)} (m. ${born + rng.int(18, 35)})`]);
      return lines;
    }
    case 'country': {
      if (!rng.chance(0.85)) return null;
      const lines: Line[] = [[plan.title]];
      const prefix = rng.pick(['República de', 'Республика', 'République de', 'Cộng hòa', 'Jamhuri ya']);
      lines.push([`${prefix} ${prefix === 'Республика' ? toCyrillic(plan.place) : plan.place}`]);
      lines.push([`Flag of ${plan.title}`], ['Flag'], [`Coat of arms of ${plan.title}`], ['Coat of arms']);
      if (rng.chance(0.6)) lines.push([`Motto: "${rng.pick(['¡Patria o Muerte, Venceremos!', 'Workers of the world, unite!', 'Land, bread and peace', 'Forward to socialism'])}"`]);
      if (rng.chance(0.7)) lines.push([`Anthem: ${rng.pick(['The Internationale', 'Song of the Republic', 'March of the Partisans', 'Hymn of Labour'])}`]);
      lines.push(['Capital'], ['and largest city'], [makePlace(rng)]);
      lines.push([`Official languages${rng.pick(LANGUAGES)}`]);
      lines.push([`Dominant mode of production${rng.pick(['Socialism', 'Capitalism', 'Semi-feudalism'])}`]);
      lines.push([`Government${rng.pick(['Unitary Marxist\u2013Leninist socialist republic', 'Unitary presidential republic', 'Federal parliamentary republic', 'People\u2019s democratic republic'])}`]);
      lines.push([`\u2022 ${rng.pick(['President', 'First Secretary and President', 'General Secretary', 'Chairman of the Council of Ministers'])}`], [makePerson(rng)]);
      if (rng.chance(0.6)) lines.push(['\u2022 Prime Minister'], [makePerson(rng)]);
      lines.push(['History'], [date(rng, plan.year - rng.int(10, 60)).long]);
      lines.push([`\u2022 ${rng.pick(['Triumph of the Revolution', 'Independence', 'Proclamation of the republic', 'Liberation'])}`], [date(rng, plan.year).long]);
      if (rng.chance(0.5)) lines.push(['\u2022 Current constitution'], [date(rng, plan.year + rng.int(5, 60)).long]);
      const area: Line = [`${fmtNum(rng.int(2_000, 900_000))} km\u00b2`];
      if (rng.chance(0.6)) area.push(slot(c, 1));
      lines.push(['Area'], ['\u2022 Total'], area);
      lines.push([`Currency${plan.place} ${rng.pick(['peso', 'dinar', 'dong', 'lev', 'ruble', 'shilling'])} (${fold(plan.place).slice(0, 2).toUpperCase()}${rng.pick(['P', 'D', 'R', 'S'])})${rng.chance(0.3) ? '[a]' : ''}`]);
      lines.push([`Calling code+${rng.int(20, 999)}`]);
      const code = fold(plan.place).replace(/[^a-z]/g, '').slice(0, 2);
      lines.push([`ISO 3166 code${code.toUpperCase()}`], [`Internet TLD.${code}`]);
      return lines;
    }
    case 'conflict': {
      if (!rng.chance(0.8)) return null;
      const d = date(rng, plan.year);
      const side = () => `${plan.place} ${rng.pick(['Red Guards', 'Workers\u2019 Militia', 'Partisans', 'Revolutionary Army', 'Peasant Leagues'])}`;
      const enemy = () => rng.pick(['Royal Army', 'Colonial Gendarmerie', 'Provisional Government', 'White Guards', 'Landlord Militias', 'Foreign Legion']);
      const a = side();
      const lines: Line[] = [[plan.title], [`Date${rng.chance(0.5) ? d.american : d.long}`], [`${plan.place}, ${rng.pick(COUNTRIES)}`]];
      lines.push([`Result ${rng.pick([`${a.split(' ').slice(1).join(' ')} victory`, 'Revolutionary victory', 'Government victory', 'Stalemate'])}`]);
      lines.push([`${a} ${enemy()}`]);
      if (rng.chance(0.6)) lines.push(['Casualties and losses'], [`${fmtNum(rng.int(20, 9000))} killed ${fmtNum(rng.int(20, 9000))} killed`]);
      return lines;
    }
    default:
      return null;
  }
}

/** Lays out one document, assigns its citations and renders the text. */
function buildDocument(plan: Plan, index: number, plans: readonly Plan[], pool: readonly Work[], seed: number): string {
  const rng = new Random(mix(seed, index));
  const persons: string[] = [];
  for (let i = 0; i < 4; i++) persons.push(makePerson(rng));
  const c: Ctx = { rng, plan, persons, slots: [], nationality: rng.pick(NATIONALITIES), party: `${rng.pick(PARTIES)} of ${plan.place}`, baseYear: plan.kind === 'person' ? plan.year + 25 : plan.year };
  if (plan.kind === 'person') persons.push(plan.title);

  const born = plan.year;
  const died = plan.kind === 'person' && (born < 1945 || rng.chance(0.5)) ? Math.min(2023, born + rng.int(35, 90)) : null;

  // Header and infobox.
  const lines: Line[] = [[plan.title], [''], ['From ProleWiki, the proletarian encyclopedia']];
  if (plan.redirect !== null) lines.push([`(Redirected from ${plan.redirect})`]);
  const box = infobox(c, born, died);
  const infoboxSlots = c.slots.splice(0);
  if (box) lines.push(...box);

  // Structure first, so the paragraph length can be set for the target document size.
  let boxBytes = 0;
  if (box) for (const line of box) boxBytes += renderLine(line).length + 1;
  const sizeTarget = rng.int(3100, 6100) - boxBytes;
  const nUnits = Math.round((rng.int(3, 10) + rng.int(3, 10)) / 2);
  const headingPool = shuffled(rng, HEADINGS[plan.kind]);
  const subPool = shuffled(rng, SUBHEADINGS[plan.kind]);
  interface UnitPlan {
    /** An untitled section: its heading was lost, leaving 2+ blank lines. */
    untitled: boolean;
    /** Paragraph count of the section, or of each subsection (then the parent has no body). */
    paras: number[];
    list: boolean;
    hatnote: boolean;
  }
  const unitPlans: UnitPlan[] = [];
  const leadCount = rng.int(1, 3);
  let paragraphs = leadCount;
  let listUsed = false;
  let subsUsed = 0;
  for (let u = 0; u < nUnits; u++) {
    const prevUntitled = unitPlans[u - 1]?.untitled ?? false;
    const untitled = !prevUntitled && rng.chance(0.14);
    const subs = !untitled && subsUsed + 2 <= subPool.length && rng.chance(0.18) ? rng.int(2, Math.min(3, subPool.length - subsUsed)) : 1;
    if (subs > 1) subsUsed += subs;
    const paras: number[] = [];
    for (let s = 0; s < subs; s++) paras.push(rng.int(1, 3));
    const list = !listUsed && rng.chance(0.12);
    if (list) listUsed = true;
    unitPlans.push({ untitled, paras, list, hatnote: false });
    for (const n of paras) paragraphs += n;
  }
  for (let h = rng.int(0, 2); h > 0; h--) (rng.pick(unitPlans) as UnitPlan).hatnote = true;
  // Fit the paragraph count to the size: about 110 bytes per reference line, 25 per heading.
  const bodyBudget = sizeTarget - 1300 - 25 * nUnits;
  while (paragraphs * 190 > bodyBudget) {
    const candidates = unitPlans.filter((up) => up.paras.some((n) => n > 1));
    if (candidates.length === 0) break;
    const up = rng.pick(candidates);
    const i = up.paras.findIndex((n) => n > 1);
    up.paras[i] = (up.paras[i] as number) - 1;
    paragraphs--;
  }
  const paraTarget = Math.max(150, Math.min(MAX_PARAGRAPH - 60, Math.floor(bodyBudget / paragraphs)));

  // Lead.
  const blocks: { block: Block; gap: number }[] = [];
  const opening = leadOpening(c, born, died);
  for (let i = 0; i < leadCount; i++) {
    blocks.push({ block: { lines: [paragraph(c, i === 0 ? paraTarget : paraTarget * 0.7, i === 0 ? opening : undefined, rng.chance(0.8))] }, gap: 1 });
  }
  // Sections.
  for (let u = 0; u < unitPlans.length; u++) {
    const up = unitPlans[u] as UnitPlan;
    const hat = up.hatnote ? hatnote(rng, plans, index) : null;
    const first = up.paras[0] ?? 1;
    if (up.untitled) {
      const body = sectionBlocks(c, paraTarget, first, hat, up.list, u < 2);
      body.forEach((block, i) => blocks.push({ block, gap: i === 0 ? rng.int(2, 3) : 1 }));
      continue;
    }
    const heading = headingPool.pop() ?? `${rng.pick(ORDINALS)} period`;
    blocks.push({ block: { lines: [[heading]] }, gap: 1 });
    if (up.paras.length > 1) {
      for (let s = 0; s < up.paras.length; s++) {
        const sub = subPool.pop() ?? `${rng.pick(ORDINALS)} phase`;
        blocks.push({ block: { lines: [[sub]] }, gap: 1 });
        const body = sectionBlocks(c, paraTarget, up.paras[s] ?? 1, s === 0 ? hat : null, up.list && s === up.paras.length - 1, u < 2 && s === 0);
        for (const block of body) blocks.push({ block, gap: 1 });
      }
      continue;
    }
    for (const block of sectionBlocks(c, paraTarget, first, hat, up.list, u < 2)) blocks.push({ block, gap: 1 });
  }

  const references = assignCitations(rng, c.slots, infoboxSlots, pool);

  // Render.
  let text = '';
  for (const line of lines) text += renderLine(line) + '\n';
  text += '\n';
  let first = true;
  for (const { block, gap } of blocks) {
    if (!first) text += '\n'.repeat(gap + 1);
    first = false;
    for (let i = 0; i < block.lines.length; i++) {
      if (i > 0) text += '\n';
      text += renderLine(block.lines[i] as Line);
    }
  }
  text += '\n\n';
  for (let n = 1; n <= references.length; n++) text += `\n  ${n}. ${references[n - 1] as string}`;
  return text;
}

function renderLine(line: Line): string {
  let out = '';
  for (const seg of line) {
    if (typeof seg === 'string') out += seg;
    else for (const ref of seg.refs) out += `[${ref}]`;
  }
  return out;
}

/**
 * Fills every slot with reference numbers. New references are introduced in document order, so
 * they are numbered by first appearance; later slots also cite earlier references again. Infobox
 * slots cite reference 1, which the body cites too. Returns the reference texts, 1-based order.
 */
function assignCitations(rng: Random, slots: Slot[], infoboxSlots: Slot[], pool: readonly Work[]): string[] {
  let positions = 0;
  for (const s of slots) positions += s.size;
  // Enough positions for at least 4 references.
  for (let i = 0; positions < 4 && slots.length > 0; i++) {
    const s = slots[i % slots.length] as Slot;
    if (s.size < 3) {
      s.size++;
      positions++;
    }
    if (i > 30) break;
  }
  const k = Math.min(rng.int(4, 20), positions);

  const texts: string[] = [];
  const works = new Set<number>();
  const reusable: number[] = [];
  const counts: number[] = [0];
  let remaining = k;
  let left = positions;
  for (const s of slots) {
    let previousNew: { n: number; ibidOk: boolean } | null = null;
    for (let j = 0; j < s.size; j++, left--) {
      const mustNew = remaining >= left;
      // A reference already cited by another position of the group cannot be cited again in it.
      let reuse = 0;
      if (reusable.length > s.refs.length) {
        do reuse = rng.pick(reusable);
        while (s.refs.includes(reuse));
      }
      const wantNew = remaining > 0 && (mustNew || reuse === 0 || rng.next() < remaining / left);
      if (wantNew) {
        const n = texts.length + 1;
        if (previousNew && previousNew.ibidOk && rng.chance(0.3)) {
          texts.push(rng.chance(0.5) ? 'Ibid.' : `Ibid., p. ${rng.int(2, 400)}.`);
          previousNew = null;
        } else {
          let w = Math.floor(rng.next() * rng.next() * pool.length);
          while (works.has(w)) w = (w + 1) % pool.length;
          works.add(w);
          const work = pool[w] as Work;
          texts.push(work.text.replace('{p}', String(rng.int(3, 480))));
          reusable.push(n);
          previousNew = { n, ibidOk: work.ibidOk };
        }
        counts.push(0);
        remaining--;
        s.refs.push(n);
      } else if (reuse !== 0) {
        s.refs.push(reuse);
        previousNew = null;
      }
    }
  }
  if (texts.length > 0) for (const s of infoboxSlots) s.refs.push(1);
  for (const s of [...infoboxSlots, ...slots]) for (const n of s.refs) counts[n] = (counts[n] ?? 0) + 1;
  return texts.map((text, i) => {
    const n = i + 1;
    const count = counts[n] ?? 0;
    if (count < 2) return text;
    let labels = '';
    for (let b = 0; b < count; b++) labels += `${n}.${b} `;
    return labels + text;
  });
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** Lazily generates the documents one at a time (titles and redirects are planned up front). */
export function* iterateDocuments(count: number, options: GenerateOptions = {}): Generator<GeneratedDocument> {
  const seed = (options.seed ?? 1) >>> 0;
  const plans = planDocuments(count, seed);
  const pool = makePool(seed);
  const width = Math.max(6, String(count).length);
  for (let i = 0; i < count; i++) {
    const plan = plans[i] as Plan;
    yield {
      fileName: `${String(i + 1).padStart(width, '0')}-${slugify(plan.title)}.txt`,
      title: plan.title,
      text: buildDocument(plan, i, plans, pool, seed),
    };
  }
}

export function generateDocuments(count: number, options: GenerateOptions = {}): GeneratedDocument[] {
  return [...iterateDocuments(count, options)];
}

/** Writes the documents to `dir` (created if missing) and returns their paths. */
export function writeDocuments(dir: string, count: number, options: GenerateOptions = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const doc of iterateDocuments(count, options)) {
    const path = join(dir, doc.fileName);
    writeFileSync(path, doc.text);
    paths.push(path);
  }
  return paths;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  let seed: number | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--seed') seed = Number(args[++i]);
    else if (arg.startsWith('--seed=')) seed = Number(arg.slice('--seed='.length));
    else positional.push(arg);
  }
  const [outDir, countArg] = positional;
  const count = Number(countArg);
  if (outDir === undefined || !Number.isInteger(count) || count < 0 || (seed !== undefined && !Number.isFinite(seed))) {
    process.stderr.write('usage: node dist/bench/generate.js OUT_DIR N [--seed S]\n');
    process.exit(2);
  }
  const started = performance.now();
  const paths = writeDocuments(outDir, count, seed === undefined ? {} : { seed });
  process.stdout.write(`wrote ${paths.length} documents to ${outDir} in ${Math.round(performance.now() - started)} ms\n`);
}
