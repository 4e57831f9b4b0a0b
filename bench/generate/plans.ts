/**
 * Titles and redirects, planned in one pass over all documents so that links and uniqueness are
 * global: titles unique also case- and diacritic-insensitively, redirects unique and never a title.
 */
import { mix, Random } from './random.js';
import { makePlace } from './names.js';
import { fold, titleCase } from './text.js';
import { FAMILY, GIVEN, ROLES } from './words.js';

export type Kind = 'person' | 'country' | 'conflict' | 'topic';

export interface Plan {
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

export function planDocuments(count: number, seed: number): Plan[] {
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
