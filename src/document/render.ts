/** Document → the exact original text: the lossless round trip every format's parts allow. */
import type { Part } from './types.js';

/** Turns a parsed document (or its parts loaded from the database) back into the exact source text. */
export function render(document: { parts: readonly Pick<Part, 'lead' | 'raw'>[]; trailing: string }): string {
  let text = '';
  for (const part of document.parts) text += part.lead + part.raw;
  return text + document.trailing;
}
