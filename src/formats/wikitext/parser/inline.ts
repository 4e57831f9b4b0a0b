/**
 * What a line holds between the builder's nodes: bold and italic runs (MediaWiki's doQuotes rules),
 * HTML tags, external links `[url label]`, free URLs and behaviour switches. One scan of the
 * line's text finds the candidates; overlapping ones yield to the first, as MediaWiki's passes do.
 */
import { BEHAVIOR_SWITCHES, HTML_TAGS, URL_PROTOCOLS } from './config.js';
import { addText, node, type WikiNode } from './nodes.js';
import type { ParseStats } from './tokenizer.js';

const PROTOCOLS = URL_PROTOCOLS.filter((p) => p !== '//').map((p) => p.replace(/[/.]/g, '\\$&')).join('|');
/** The candidates: apostrophe runs, `<tag`, `__SWITCH__`, `[`, `]`, and `:` (where a free URL's protocol may end). */
const CANDIDATE = /''+|<\/?[a-zA-Z]|__[A-Z]+__|[[\]:]/g;
const HTML_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*?)?)(\/?)>/y;
/** A URL's characters (MediaWiki's EXT_LINK_URL_CLASS); `''` ends it too. */
const URL_CHARS = /(?:[^\][<>"\x00-\x20\x7f\p{Zs}\ufffd']|'(?!'))+/uy;
const URL_START = new RegExp(`(?:${PROTOCOLS}|//)`, 'iy');
/** A protocol ending at a `:`, after no letter or digit: where a free URL starts. */
const SCHEME_BEFORE = new RegExp(`(?<![\\w/])(?:${PROTOCOLS.replace(/:(?:\\\/\\\/)?/g, '')})$`, 'i');

interface Token {
  start: number;
  end: number;
  node: WikiNode;
  /** An external link's label (from its space to its `]`). */
  label?: { start: number; end: number };
}

/** Nodes of one line (text split at no newline) with their inline markup made nodes. */
export function inline(text: string, items: WikiNode[], stats: ParseStats): WikiNode[] {
  if (!items.some((n) => n.type === 'text')) return items;
  const tokens: Token[] = [];
  const quotes: { start: number; length: number }[] = [];
  const closers: number[] = [];
  const opens: { start: number; urlEnd: number }[] = [];
  for (const item of items) {
    if (item.type !== 'text') continue;
    // Searched in the item's own text: a scan never passes its end.
    const own = text.slice(item.start, item.end);
    stats.steps += own.length + 1;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(own); m !== null; m = CANDIDATE.exec(own)) {
      stats.steps++;
      const at = item.start + m.index;
      const found = m[0];
      if (found[0] === "'") {
        const length = Math.min(found.length, item.end - at);
        quotes.push({ start: at, length });
      } else if (found[0] === '<') {
        HTML_TAG.lastIndex = at;
        const tag = HTML_TAG.exec(text);
        if (tag && tag.index + tag[0].length <= item.end && HTML_TAGS.has(tag[2]!.toLowerCase())) {
          const html = node('html', at, at + tag[0].length);
          Object.assign(html, { name: tag[2]!.toLowerCase(), closing: tag[1] === '/', selfClosing: tag[4] === '/', attributes: tag[3] });
          tokens.push({ start: at, end: html.end, node: html });
          CANDIDATE.lastIndex = html.end - item.start;
        }
      } else if (found[0] === '_') {
        if (BEHAVIOR_SWITCHES.has(found.slice(2, -2))) tokens.push({ start: at, end: at + found.length, node: named(node('behavior-switch', at, at + found.length), found.slice(2, -2)) });
      } else if (found === ']') {
        closers.push(at);
      } else if (found === '[') {
        const urlEnd = urlFrom(text, at + 1, item.end);
        if (urlEnd > at + 1) opens.push({ start: at, urlEnd });
      } else {
        const scheme = SCHEME_BEFORE.exec(text.slice(Math.max(item.start, at - 12), at));
        if (scheme === null) continue;
        const start = at - scheme[0].length;
        const end = trimUrl(text, start, urlFrom(text, start, item.end));
        if (end > at + 3) {
          const link = node('free-link', start, end);
          link.url = text.slice(start, end);
          tokens.push({ start, end, node: link });
          CANDIDATE.lastIndex = end - item.start;
        }
      }
    }
  }
  externalLinks(text, items, opens, closers, tokens);
  quoteTokens(text, quotes, tokens);
  if (tokens.length === 0) return items;
  tokens.sort((a, b) => a.start - b.start);
  return assemble(text, items, tokens, stats);
}

const named = (n: WikiNode, name: string): WikiNode => Object.assign(n, { name });

function urlFrom(text: string, at: number, limit: number): number {
  URL_START.lastIndex = at;
  if (!URL_START.test(text)) return at;
  URL_CHARS.lastIndex = at;
  const m = URL_CHARS.exec(text);
  return m ? Math.min(at + m[0].length, limit) : at;
}

/** A free URL loses trailing punctuation, and a `)` when it has no `(` (MediaWiki's rule). */
function trimUrl(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const c = text[e - 1];
    if (c !== undefined && ',;.:!?'.includes(c)) e--;
    else if (c === ')' && !text.slice(start, e).includes('(')) e--;
    else return e;
  }
}

/** `[url]`, `[url label]`: the label runs to the first `]` of the line's text. */
function externalLinks(text: string, items: WikiNode[], opens: { start: number; urlEnd: number }[], closers: number[], tokens: Token[]): void {
  let c = 0;
  let after = -1;
  for (const open of opens) {
    if (open.start < after) continue;
    while (c < closers.length && closers[c]! < open.urlEnd) c++;
    const close = closers[c];
    if (close === undefined) break;
    const link = node('external-link', open.start, close + 1, [node('link-target', open.start + 1, open.urlEnd)]);
    link.url = text.slice(open.start + 1, open.urlEnd);
    tokens.push({ start: open.start, end: close + 1, node: link, label: { start: open.urlEnd, end: close } });
    after = close + 1;
    c++;
  }
  // Free URLs inside a link are part of it; a tag across its `]` is text.
  const links = tokens.filter((o) => o.node.type === 'external-link');
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.node.type === 'external-link') continue;
    if (links.some((o) => t.start < o.end && o.start < t.end && (t.node.type === 'free-link' || t.start < o.label!.start || t.end > o.label!.end))) tokens.splice(k, 1);
  }
}

/** MediaWiki's doQuotes: `''` italic, `'''` bold, `'''''` both; extra apostrophes are text; an odd bold beside an odd italic is an apostrophe and an italic. */
function quoteTokens(text: string, runs: { start: number; length: number }[], tokens: Token[]): void {
  const kept = runs.filter((r) => !tokens.some((t) => t.start < r.start + r.length && r.start < t.end));
  let italics = 0;
  let bolds = 0;
  for (const run of kept) {
    if (run.length === 4) {
      run.start++;
      run.length = 3;
    } else if (run.length > 5) {
      run.start += run.length - 5;
      run.length = 5;
    }
    if (run.length === 2) italics++;
    else if (run.length === 3) bolds++;
    else if (run.length === 5) {
      italics++;
      bolds++;
    }
  }
  if (italics % 2 === 1 && bolds % 2 === 1) {
    let singleLetter: (typeof kept)[number] | undefined;
    let multiLetter: (typeof kept)[number] | undefined;
    let space: (typeof kept)[number] | undefined;
    for (const run of kept) {
      if (run.length !== 3) continue;
      const x1 = text[run.start - 1];
      const x2 = text[run.start - 2];
      if (x1 === ' ') space ??= run;
      else if (x2 === ' ' || x2 === undefined) singleLetter ??= run;
      else multiLetter ??= run;
    }
    const chosen = singleLetter ?? multiLetter ?? space;
    if (chosen) {
      chosen.start++;
      chosen.length = 2;
    }
  }
  for (const run of kept) tokens.push({ start: run.start, end: run.start + run.length, node: node('quotes', run.start, run.start + run.length) });
}

/** The line's items with the tokens cut in: text split around them, an external link taking its label's items. */
function assemble(text: string, items: WikiNode[], tokens: Token[], stats: ParseStats): WikiNode[] {
  const out: WikiNode[] = [];
  let target = out;
  let open: Token | null = null;
  let t = 0;
  const push = (n: WikiNode) => {
    target.push(n);
    stats.steps++;
  };
  const closeLink = (at: number) => {
    if (open === null) return;
    if (at > open.label!.start || target.length) {
      const label = node('link-text', open.label!.start, open.label!.end, target);
      // The label's own spaces before it are markup; keep the label where its text starts.
      open.node.children.push(label);
    }
    target = out;
    out.push(open.node);
    open = null;
  };
  for (const item of items) {
    if (item.type !== 'text') {
      if (open !== null && item.start >= open.end) closeLink(item.start);
      push(item);
      continue;
    }
    let at = item.start;
    while (at < item.end) {
      if (open !== null && at >= open.label!.end) {
        at = open.end;
        closeLink(at);
        continue;
      }
      const token = tokens[t];
      const stop = Math.min(item.end, open !== null ? open.label!.end : item.end, token && token.start >= at ? token.start : item.end);
      if (token && token.start < at) {
        t++;
        continue;
      }
      if (stop > at) {
        addText(target, at, stop);
        at = stop;
        continue;
      }
      if (token && token.start === at) {
        t++;
        if (token.label) {
          open = token;
          target = [];
          at = token.label.start;
        } else {
          push(token.node);
          at = token.end;
        }
      }
    }
  }
  if (open !== null) closeLink(text.length);
  return out;
}
