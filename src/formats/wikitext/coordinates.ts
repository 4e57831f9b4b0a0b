/**
 * Locations a page gives, in decimal degrees: `{{coord|…}}` in its decimal, degree–minute–second and
 * hemisphere forms, and an infobox's `latd`/`longd`-style parameters; an impossible value is a problem, not a location.
 */
import type { Coordinate } from '../../document/types.js';
import { displayText } from './display.js';
import type { WikiNode } from './parser/nodes.js';
import { sourceText, templateParameters } from './templates.js';
import { COORDINATE_DISPLAY_PARAMETERS, COORDINATE_PARAMETERS, HEMISPHERES, TITLE_DISPLAYS } from './metadata-vocabulary.js';

/** A location, or why the values given are not one; null when the template gives nothing to read. */
export type CoordinateReading = { coordinate: Coordinate } | { problem: string } | null;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Six decimals of a degree are about 0.1 m: the rest is the noise of dividing minutes and seconds. */
const round = (degrees: number): number => Math.round(degrees * 1e6) / 1e6;

/** Every parameter name `infoboxCoordinates` reads: most infoboxes have none of them, and are passed over at once. */
const PARAMETER_NAMES = new Set([...COORDINATE_PARAMETERS.flatMap(({ lat, lon }) => [...lat, ...lon]), ...COORDINATE_DISPLAY_PARAMETERS].filter((name) => name !== ''));

/** A parameter's value as plain text: its source when it is one text node (most are), else what it displays. */
function plain(text: string, value: WikiNode): string {
  const only = value.children.length === 1 ? value.children[0]! : null;
  const shown = only?.type === 'text' ? sourceText(text, only) : displayText(text, value.children);
  return shown.replace(/\u2212/g, '-').trim();
}

/** Degrees, minutes and seconds (each optional after the degrees) as decimal degrees; a string says what is wrong. */
function degreesOf(parts: readonly string[], hemisphere: { sign: 1 | -1 } | null, axis: string): number | string {
  const numbers = parts.map((part) => (NUMBER.test(part) ? Number(part) : NaN));
  if (numbers.length === 0 || numbers.some(Number.isNaN)) return `${axis} "${parts.join('|')}" is not a number`;
  const [degrees, minutes = 0, seconds = 0] = numbers as [number, number?, number?];
  if (minutes < 0 || minutes >= 60 || seconds < 0 || seconds >= 60) return `${axis} minutes and seconds must be from 0 to under 60 ("${parts.join('|')}")`;
  if (hemisphere && degrees < 0) return `${axis} "${parts.join('|')}" is negative beside a hemisphere`;
  const magnitude = Math.abs(degrees) + minutes / 60 + seconds / 3600;
  return (degrees < 0 || Object.is(degrees, -0) ? -1 : 1) * (hemisphere?.sign ?? 1) * magnitude;
}

/** A latitude and a longitude, checked: |lat| ≤ 90, |lon| ≤ 180. */
function located(lat: number | string, lon: number | string, primary: boolean): CoordinateReading {
  if (typeof lat === 'string') return { problem: lat };
  if (typeof lon === 'string') return { problem: lon };
  if (Math.abs(lat) > 90) return { problem: `latitude ${lat} is beyond ±90°` };
  if (Math.abs(lon) > 180) return { problem: `longitude ${lon} is beyond ±180°` };
  return { coordinate: { lat: round(lat) + 0, lon: round(lon) + 0, primary } };
}

/** Whether a `display=` value puts the coordinates at the title. */
const atTitle = (display: string): boolean => TITLE_DISPLAYS.has(display.toLowerCase()) || display.toLowerCase().split(',').some((word) => word.trim() === 'title');

/**
 * `{{coord|…}}`: `lat|lon` (signed decimals), or 1–3 numbers then `N`/`S`, then 1–3 numbers then
 * `E`/`W`; what follows (`type:city`, `region:GB`) is not read. `display=title` makes it primary.
 */
export function coordTemplate(text: string, template: WikiNode): CoordinateReading {
  const values: string[] = [];
  let display = '';
  for (const parameter of templateParameters(template)) {
    if (parameter.positional) values.push(plain(text, parameter.value));
    else if (parameter.name.toLowerCase() === 'display') display = plain(text, parameter.value);
  }
  if (values.length === 0) return null;
  const primary = atTitle(display);
  const hemisphereAt = (axis: 'lat' | 'lon', from: number) => values.findIndex((value, i) => i >= from && HEMISPHERES[value.toUpperCase()]?.axis === axis);
  const ns = hemisphereAt('lat', 0);
  if (ns === -1) {
    if (values.length < 2) return { problem: `{{coord}} needs a latitude and a longitude ("${values.join('|')}")` };
    return located(degreesOf([values[0]!], null, 'latitude'), degreesOf([values[1]!], null, 'longitude'), primary);
  }
  const ew = hemisphereAt('lon', ns + 1);
  if (ns < 1 || ns > 3 || ew - ns - 1 < 1 || ew - ns - 1 > 3) return { problem: `{{coord}} has no degrees before each hemisphere ("${values.slice(0, 8).join('|')}")` };
  const hemisphere = (at: number) => HEMISPHERES[values[at]!.toUpperCase()]!;
  return located(degreesOf(values.slice(0, ns), hemisphere(ns), 'latitude'), degreesOf(values.slice(ns + 1, ew), hemisphere(ew), 'longitude'), primary);
}

/**
 * An infobox's location in parameters (`latd`, `latm`, `lats`, `latNS`, `longd`…, or `latitude`
 * and `longitude`), the first set of them it fills; null when it has none. Its `{{coord}}` in
 * `coordinates` is read as any other {{coord}}.
 */
export function infoboxCoordinates(text: string, template: WikiNode): CoordinateReading {
  const parameters = new Map<string, WikiNode>();
  for (const child of template.children) {
    if (child.type !== 'parameter' || child.positional) continue;
    const name = (child.name ?? '').toLowerCase();
    if (PARAMETER_NAMES.has(name)) parameters.set(name, child.children[child.children.length - 1]!);
  }
  if (parameters.size === 0) return null;
  const value = (name: string) => {
    const found = name === '' ? undefined : parameters.get(name);
    return found ? plain(text, found) : '';
  };
  for (const { lat, lon } of COORDINATE_PARAMETERS) {
    if (value(lat[0]) === '' || value(lon[0]) === '') continue;
    const axis = (names: readonly string[], label: string) => {
      const parts = names.slice(0, 3).map(value);
      while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
      const letter = value(names[3]!).toUpperCase();
      const hemisphere = letter === '' ? null : HEMISPHERES[letter];
      if (hemisphere === undefined) return `${label} hemisphere "${value(names[3]!)}" is not N, S, E or W`;
      return degreesOf(parts, hemisphere, label);
    };
    const display = COORDINATE_DISPLAY_PARAMETERS.map(value).find((shown) => shown !== '') ?? '';
    return located(axis(lat, 'latitude'), axis(lon, 'longitude'), atTitle(display));
  }
  return null;
}
