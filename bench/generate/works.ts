/**
 * The shared pool of cited works (books, chapters, journal and web articles, corporate works, bare
 * URLs, with a few real classics), from which every document draws its references, so the same
 * source is cited from many articles.
 */
import { mix, Random } from './random.js';
import { date, makePerson, makePlace } from './names.js';
import { cap, pad2, slugify, titleCase } from './text.js';
import { FAMILY, GIVEN, GROUPS, TOPICS, UNITS } from './words.js';

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

export interface Work {
  /** Reference text; `{p}` is replaced by a page number chosen per citing article. */
  text: string;
  /** Whether an `Ibid.` may follow it. */
  ibidOk: boolean;
}

export function bookTitle(rng: Random): string {
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

export function makePool(seed: number): Work[] {
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
