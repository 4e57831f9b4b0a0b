/**
 * One generated document: its structure laid out for a target size (lead, sections, subsections,
 * untitled sections, hatnotes, a list), its citations assigned, and its text rendered.
 */
import { renderLine, type Block, type Ctx, type Line } from './context.js';
import { infobox } from './infobox.js';
import { makePerson } from './names.js';
import { leadOpening, MAX_PARAGRAPH, paragraph } from './paragraphs.js';
import type { Plan } from './plans.js';
import { mix, Random } from './random.js';
import { assignCitations } from './references.js';
import { hatnote, HEADINGS, sectionBlocks, shuffled, SUBHEADINGS } from './sections.js';
import { NATIONALITIES, ORDINALS, PARTIES } from './words.js';
import type { Work } from './works.js';

/** Lays out one document, assigns its citations and renders the text. */
export function buildDocument(plan: Plan, index: number, plans: readonly Plan[], pool: readonly Work[], seed: number): string {
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
