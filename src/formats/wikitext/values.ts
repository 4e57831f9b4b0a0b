/**
 * A parameter's wikitext → its typed value (src/document/values): a template that says a value
 * ({{convert}}, {{birth date and age}}, {{coord}}, {{formatnum:}}), a list ({{plainlist}}, `<br>`)
 * whose every item is typed, or text alone read as displayed. Anything else — text beside a
 * template the reader does not know — is null: what it displays is not known here.
 */
import { listOf, readValue, type ReadContext } from '../../document/values/read.js';
import type { ScalarValue, TypedValue } from '../../document/values/schema.js';
import { readTemplate, isValueTemplate } from '../../document/values/templates.js';
import { coordTemplate } from './coordinates.js';
import { displayText, isNoteTemplate, oneLine } from './display.js';
import type { WikiNode } from './parser/nodes.js';
import { sourceText, templateKey, templateParameters } from './templates.js';
import { INLINE_TEMPLATES, LIST_TEMPLATES, VALUE_IGNORED_TEMPLATES } from './vocabulary.js';

/** Nodes that are not part of a value: comments, refs and other tags' content, notes, icons, blank text. */
function isNoise(text: string, node: WikiNode): boolean {
  switch (node.type) {
    case 'comment':
    case 'ignored':
    case 'extension':
    case 'behavior-switch':
      return true;
    case 'text':
      return sourceText(text, node).trim() === '';
    case 'template':
      return isNoteTemplate(node) || VALUE_IGNORED_TEMPLATES.has(templateKey(node));
    case 'html':
      return node.name !== 'br';
    default:
      return false;
  }
}

const isBreak = (node: WikiNode) => (node.type === 'html' && node.name === 'br') || node.type === 'list';

/** A template's parameters as displayed, one line each. */
function callOf(text: string, template: WikiNode) {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const { name, positional: isPositional, value } of templateParameters(template)) {
    const shown = oneLine(displayText(text, value.children)).trim();
    if (isPositional) positional.push(shown);
    else named[name.trim()] = shown;
  }
  return { key: templateKey(template), positional, named };
}

/** A value's nodes → its value. */
function valueOfNodes(text: string, nodes: readonly WikiNode[], context: ReadContext, depth: number): TypedValue | null {
  if (depth > 4) return null;
  const content = nodes.filter((node) => !isNoise(text, node));
  if (content.length === 0) return null;
  if (content.some(isBreak)) {
    const groups: WikiNode[][] = [[]];
    for (const node of nodes) {
      if (isBreak(node)) groups.push([]);
      else groups[groups.length - 1]!.push(node);
    }
    const items = groups.filter((group) => group.some((node) => !isNoise(text, node))).map((group) => valueOfNodes(text, group, context, depth + 1));
    return listOf(items.map((item) => (item && item.type !== 'list' ? item : null)));
  }
  if (content.length === 1) {
    const only = content[0]!;
    if (only.type === 'template') return templateValue(text, only, context, depth);
    if (only.type === 'magic-word') {
      const argument = /^\{\{\s*formatnum\s*:([^|{}]*)\}\}$/i.exec(sourceText(text, only));
      return argument ? readTemplate({ key: 'formatnum', positional: [argument[1]!.trim()], named: {} }) : null;
    }
  }
  // Text (and links, formatting) alone: read as displayed.
  if (content.some((node) => node.type === 'template' || node.type === 'magic-word' || node.type === 'argument' || node.type === 'table')) return null;
  return readValue(oneLine(displayText(text, nodes)), context);
}

function templateValue(text: string, template: WikiNode, context: ReadContext, depth: number): TypedValue | null {
  const key = templateKey(template);
  if (isValueTemplate(key)) return readTemplate(callOf(text, template));
  if (key === 'coord') {
    const reading = coordTemplate(text, template);
    return reading && 'coordinate' in reading ? { type: 'coordinates', lat: reading.coordinate.lat, lon: reading.coordinate.lon } : null;
  }
  const positional = templateParameters(template).filter((p) => p.positional);
  if (LIST_TEMPLATES.has(key)) {
    const items = positional.map((p) => valueOfNodes(text, p.value.children, context, depth + 1));
    // {{plainlist}} holds its list as one parameter of `*` lines.
    if (items.length === 1) return items[0]!?.type === 'list' ? items[0]! : null;
    return listOf(items.map((item): ScalarValue | null => (item && item.type !== 'list' ? item : null)));
  }
  // {{nowrap|…}}, {{small|…}}: what they show is one of their parameters.
  const shown = INLINE_TEMPLATES[key];
  if (typeof shown === 'number' && positional.length >= shown) return valueOfNodes(text, positional[shown - 1]!.value.children, context, depth + 1);
  return null;
}

/** The typed value of a parameter's value node (`parameter-value`). */
export function wikitextValue(text: string, value: WikiNode, context: ReadContext): TypedValue | null {
  return valueOfNodes(text, value.children, context, 0);
}
