/**
 * The first stage: the source as lines with their offsets, and a builder that turns line ranges
 * into parts whose `lead` and `raw` are exact substrings of the source.
 */
import type { Part, PartKind } from '../../document/types.js';

export interface Line {
  /** 0-based index. */
  index: number;
  /** The line without its newline (a trailing `\r` is kept here, and dropped from `text`). */
  raw: string;
  /** Trimmed text used for classification. */
  text: string;
  start: number;
  end: number;
}

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const raw = source.slice(start, end);
    lines.push({ index, raw, text: raw.trim(), start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

export const isBlank = (line: Line | undefined): boolean => line !== undefined && line.text === '';

/** Collects parts in document order; each part covers whole lines. */
export class PartBuilder {
  readonly parts: Part[] = [];
  private offset = 0;

  constructor(
    private readonly source: string,
    private readonly lines: readonly Line[],
  ) {}

  add(kind: PartKind, first: number, last: number = first): Part {
    const from = this.lines[first]!;
    const to = this.lines[last]!;
    const part: Part = {
      seq: this.parts.length,
      kind,
      line: from.index + 1,
      lead: this.source.slice(this.offset, from.start),
      raw: this.source.slice(from.start, to.end),
    };
    this.offset = to.end;
    this.parts.push(part);
    return part;
  }

  /** Whatever follows the last part. */
  trailing(): string {
    return this.source.slice(this.offset);
  }
}
