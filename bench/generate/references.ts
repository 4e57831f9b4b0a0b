/**
 * The reference list of a document: citation slots filled with reference numbers in order of first
 * appearance, works drawn from the shared pool, `Ibid.` entries and backlink labels.
 */
import type { Slot } from './context.js';
import type { Random } from './random.js';
import type { Work } from './works.js';

/**
 * Fills every slot with reference numbers. New references are introduced in document order, so
 * they are numbered by first appearance; later slots also cite earlier references again. Infobox
 * slots cite reference 1, which the body cites too. Returns the reference texts, 1-based order.
 */
export function assignCitations(rng: Random, slots: Slot[], infoboxSlots: Slot[], pool: readonly Work[]): string[] {
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
