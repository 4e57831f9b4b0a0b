/**
 * Sections of a document body: heading pools for each kind of article, hatnotes to other generated
 * titles, bullet lists, and a section's blocks of paragraphs.
 */
import { org, slot, year, type Block, type Ctx, type Line } from './context.js';
import { makePlace } from './names.js';
import { paragraph } from './paragraphs.js';
import type { Kind, Plan } from './plans.js';
import type { Random } from './random.js';
import { cap } from './text.js';
import { CONCEPTS, ORDINALS, TOPICS } from './words.js';
import { bookTitle } from './works.js';

export const HEADINGS: Record<Kind, readonly string[]> = {
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
export const SUBHEADINGS: Record<Kind, readonly string[]> = {
  person: ['Early years in the party', 'In government', 'Years of emigration', 'Return home', 'Arrest and trial', 'Underground press'],
  country: ['Colonial period', 'Wars of independence', 'Neocolonial republic', 'Revolution', 'Socialist construction', 'Pre-colonial period', 'Occupation', 'Liberation struggle', 'Recent history'],
  conflict: ['Initial clashes', 'The decisive battle', 'Retreat', 'Counter-offensive', 'Negotiations', 'Ceasefire', 'Final assault'],
  topic: ['Urban areas', 'Rural areas', 'First stage', 'Second stage', 'Planning', 'Execution', 'Training', 'Materials'],
};

export function shuffled<T>(rng: Random, items: readonly T[]): T[] {
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

export function hatnote(rng: Random, plans: readonly Plan[], self: number): Line {
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
export function sectionBlocks(c: Ctx, paraTarget: number, n: number, hatnoteLine: Line | null, withList: boolean, forceCite: boolean): Block[] {
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
