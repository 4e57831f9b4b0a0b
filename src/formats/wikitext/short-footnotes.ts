/**
 * {{sfn}} short footnotes linked to the full work they abbreviate, as Cite's CITEREF anchors link
 * them: the citation on the page (a `<ref>`'s template, or a bibliography's `* {{cite book|…}}`)
 * whose authors' family names, in order, and year are the footnote's. The footnote then carries the
 * work's fields (so it is grouped with the work's source) with its own pages and text, and, when the
 * work is a numbered reference, that number as `fullCitation`.
 */
import { familyOf, displayName } from '../../document/names/parse.js';
import type { PersonName } from '../../document/names/schema.js';
import type { ReferenceFields } from '../../document/references/schema.js';
import { fold } from '../../document/text.js';
import type { Reference } from '../../document/types.js';
import { SHORT_FOOTNOTE_TEMPLATES } from './vocabulary.js';

/** The ways a name may stand in a footnote: its family name, with its particle (`van Gogh`), or the literal. */
function spellings(name: PersonName): string[] {
  const particle = name['non-dropping-particle'];
  const withParticle = particle === undefined ? [] : [particle.endsWith('-') || particle.endsWith("'") ? `${particle}${name.family ?? ''}` : `${particle} ${name.family ?? ''}`];
  return [familyOf(name), ...withParticle, displayName(name)].map((s) => fold(s).trim());
}

/** The footnote's surnames (Cite reads up to four) match the work's first authors in order, and the years are the same. */
function abbreviates(footnote: ReferenceFields, work: ReferenceFields): boolean {
  const names = work.names ?? [];
  if (footnote.year === null || footnote.year !== work.year || footnote.authors.length === 0 || names.length < Math.min(footnote.authors.length, 4)) return false;
  return footnote.authors.slice(0, 4).every((surname, i) => spellings(names[i]!).includes(fold(surname).trim()));
}

/** What a footnote keeps of its own: where it is, what it prints, and the pages it points to. */
const OWN = ['seq', 'n', 'text', 'name', 'template', 'group', 'label', 'pages', 'backlinks'] as const;

/** Links each short footnote to the first work of the page it abbreviates (references first, then bibliography entries). */
export function linkShortFootnotes(references: Reference[], bibliography: readonly ReferenceFields[]): void {
  const works = references.filter((r) => r.template === undefined || SHORT_FOOTNOTE_TEMPLATES[r.template] === undefined);
  for (const footnote of references) {
    if (footnote.template === undefined || SHORT_FOOTNOTE_TEMPLATES[footnote.template] === undefined) continue;
    const reference = works.find((work) => abbreviates(footnote, work));
    const work = reference ?? bibliography.find((entry) => abbreviates(footnote, entry));
    if (work === undefined) continue;
    const own = Object.fromEntries(OWN.filter((key) => footnote[key] !== undefined).map((key) => [key, footnote[key]]));
    Object.assign(footnote, work, own, { pages: footnote.pages ?? work.pages });
    delete footnote.fullCitation;
    if (reference !== undefined) footnote.fullCitation = reference.n;
  }
}
