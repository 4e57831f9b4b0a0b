/**
 * Templates as this format reads them: the key the vocabulary tables use, the parameters with
 * their names and values, and what date templates say and print.
 */
import type { WikiNode } from './parser/nodes.js';
import { MONTH_NAMES } from '../../document/dates.js';

export interface TemplateParameter {
  /** Its name; a positional one's number (`1`, `2`…). */
  name: string;
  positional: boolean;
  /** The `parameter-value` node. */
  value: WikiNode;
}

/** A template's name as the vocabulary tables have it: lower case, spaces, no `Template:` prefix. */
export function templateKey(template: WikiNode): string {
  const name = template.name ?? '';
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name.replace(/^template\s*:/i, '').replace(/_/g, ' ').replace(/\s+/g, ' ').toLowerCase().trim();
    // A page asks for the same few names many times over (each display, each vocabulary lookup); a dump's names are bounded.
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

const KEYS = new Map<string, string>();
const MAX_KEYS = 10_000;

export function templateParameters(template: WikiNode): TemplateParameter[] {
  const parameters: TemplateParameter[] = [];
  for (const child of template.children) {
    if (child.type !== 'parameter') continue;
    parameters.push({ name: child.name ?? '', positional: child.positional === true, value: child.children[child.children.length - 1]! });
  }
  return parameters;
}

/** The wikitext of a node. */
export const sourceText = (text: string, n: WikiNode): string => text.slice(n.start, n.end);

/** The year, month and day a date template gives (positional, or `year`/`month`/`day`), 0 for what it lacks. */
export function dateTemplateParts(text: string, template: WikiNode): { year: number; month: number; day: number; numbers: number[]; dayFirst: boolean } {
  const parameters = templateParameters(template);
  const named = (name: string) => {
    const found = parameters.find((p) => p.name === name);
    return found ? sourceText(text, found.value) : undefined;
  };
  const numbers = parameters
    .filter((p) => p.positional && /^\s*\d{1,4}\s*$/.test(sourceText(text, p.value)))
    .map((p) => Number(sourceText(text, p.value).trim()));
  const [year = 0, month = 0, day = 0] = [named('year') ?? numbers[0], named('month') ?? numbers[1], named('day') ?? numbers[2]].map((v) => Number(String(v ?? '').trim()) || 0);
  return { year, month, day, numbers, dayFirst: /^(?:y|yes|true|1)$/i.test((named('df') ?? '').trim()) };
}

/**
 * What a date template prints: "15 March 1921" with `df=y`, "March 15, 1921" otherwise,
 * "March 1921", "1921". `{{death date and age|…}}` adds the age at death from the birth date after it.
 */
export function dateTemplateText(text: string, template: WikiNode): string | null {
  const { year, month, day, numbers, dayFirst } = dateTemplateParts(text, template);
  if (!year) return null;
  const monthName = month >= 1 && month <= 12 ? MONTH_NAMES[month - 1]! : null;
  let shown = !monthName ? String(year) : !day ? `${monthName} ${year}` : dayFirst ? `${day} ${monthName} ${year}` : `${monthName} ${day}, ${year}`;
  if (templateKey(template) === 'death date and age' && numbers.length >= 4) {
    const [bornYear, bornMonth = 1, bornDay = 1] = numbers.slice(3);
    const age = year - bornYear! - ((month || 1) * 100 + (day || 1) < bornMonth * 100 + bornDay ? 1 : 0);
    if (age >= 0 && age < 150) shown += ` (aged ${age})`;
  }
  return shown;
}

/** An attribute's pattern, made once a key (it is read for every ref of every page). */
const ATTRIBUTES = new Map<string, RegExp>();

/** An HTML or extension tag's attribute (`name="x"`, `name='x'`, `name=x`), null when absent or empty. */
export function attribute(tag: WikiNode, key: string): string | null {
  let pattern = ATTRIBUTES.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i');
    ATTRIBUTES.set(key, pattern);
  }
  const match = pattern.exec(tag.attributes ?? '');
  const value = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  return value === '' ? null : value;
}
