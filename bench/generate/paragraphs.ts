/**
 * Paragraphs of a document body: the sentence templates, the lead's opening sentence for each kind
 * of article, and a paragraph line with its citation groups.
 */
import { org, person, place, slot, two, year, type Ctx, type Line } from './context.js';
import { makePlace } from './names.js';
import type { Plan } from './plans.js';
import type { Random } from './random.js';
import { cap, fmtNum } from './text.js';
import { ENEMIES, FACILITIES, GOODS, GROUPS, LANGUAGES, MONTHS, NEWSPAPERS, RESOURCES, ROLES, TOPICS, UNITS } from './words.js';

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

export const MAX_PARAGRAPH = 560;

function groupSize(rng: Random): number {
  const r = rng.next();
  return r < 0.74 ? 1 : r < 0.94 ? 2 : 3;
}

/** A paragraph line: sentences with citation groups after some sentences (rarely after a comma). */
export function paragraph(c: Ctx, target: number, opening?: string, cited = c.rng.chance(0.8)): Line {
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

const LOWER_FIRST = new Set(['Battle', 'Siege', 'Five-year']);
/** The title as the subject of the first sentence ("The battle of X", "The X uprising of 1917"). */
function subjectName(plan: Plan): string {
  const first = plan.title.split(' ')[0] ?? '';
  if (LOWER_FIRST.has(first)) return 'The ' + plan.title.charAt(0).toLowerCase() + plan.title.slice(1);
  if (plan.title.startsWith(plan.place)) return 'The ' + plan.title;
  return plan.title;
}

export function leadOpening(c: Ctx, born: number, died: number | null): string {
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
