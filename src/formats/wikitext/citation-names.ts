/**
 * The authors and editors of a citation template, from its name parameters: `lastN`/`firstN` paired
 * by their number, `authorN` (one name, or a list), `authors` (a list), `vauthors` (Vancouver), and
 * the same for editors. A template's author parameter states an author, so what is not a person's
 * name is an organisation's (`|author=BBC`); `publisher`, `work` and `website` never are.
 */
import { readNameList, readVancouver } from '../../document/names/list.js';
import { readParts } from '../../document/names/parse.js';
import type { PersonName } from '../../document/names/schema.js';
import type { CitationField } from './vocabulary.js';

/** One name parameter: its field, its number (1 when unnumbered) and its displayed value. */
export interface NameParameter {
  field: CitationField;
  index: number;
  value: string;
}

/** The parameters of one role: the list, the Vancouver list, the single names and the parts. */
const ROLES = {
  authors: { single: 'author', list: 'authors', vancouver: 'vauthors', last: 'last', first: 'first' },
  editors: { single: 'editor', list: 'editors', vancouver: 'veditors', last: 'editorLast', first: 'editorFirst' },
} as const satisfies Record<string, Record<string, CitationField>>;

/** The names of one role, in number order; a numbered name wins over a list (as Module:Citation/CS1 reads them). */
function namesOf(parameters: readonly NameParameter[], role: (typeof ROLES)[keyof typeof ROLES]): PersonName[] {
  const byIndex = new Map<number, PersonName[]>();
  const valueOf = (field: CitationField, index: number) => parameters.find((p) => p.field === field && p.index === index)?.value ?? null;
  for (const p of parameters) {
    if (p.field === role.last) byIndex.set(p.index, [readParts(p.value, valueOf(role.first, p.index))]);
    else if (p.field === role.single && !byIndex.has(p.index)) byIndex.set(p.index, readNameList(p.value, 'stated'));
  }
  if (byIndex.size > 0) return [...byIndex.entries()].sort(([a], [b]) => a - b).flatMap(([, names]) => names);
  const vancouver = valueOf(role.vancouver, 1);
  if (vancouver !== null) return readVancouver(vancouver) ?? readNameList(vancouver, 'stated');
  const list = valueOf(role.list, 1);
  return list === null ? [] : readNameList(list, 'stated');
}

export function templateNames(parameters: readonly NameParameter[]): { authors: PersonName[]; editors: PersonName[] } {
  return { authors: namesOf(parameters, ROLES.authors), editors: namesOf(parameters, ROLES.editors) };
}

/** `last2` → [`last`, 2]; `editor3-last` and `editor-last3` → [`editor-last`, 3]; `isbn13` has no number (looked up whole first). */
export function numbered(name: string): { base: string; index: number } {
  const lower = name.toLowerCase().replace(/\s+/g, '-');
  const m = /(?<=\p{L})(\d+)(?=-|$)/u.exec(lower);
  return m ? { base: lower.slice(0, m.index) + lower.slice(m.index + m[0].length), index: Number(m[1]) } : { base: lower, index: 1 };
}
