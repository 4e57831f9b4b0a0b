/**
 * Our wikitext parser: text → a tree of nodes with exact source ranges. Stages: the tokenizer
 * answers lexical questions, the builder applies the preprocessor's stack rules (comments,
 * extension tags, templates, arguments, links, headings), then each content list gets its
 * line-level and inline grammar (blocks.ts, inline.ts). Lenient: any string gives a tree.
 */
import { Builder } from './builder.js';
import { blocks } from './blocks.js';
import { parserConfig, type ParserConfig } from './config.js';
import { last, node, textNode, type WikiNode } from './nodes.js';
import { Tokenizer, type ParseStats } from './tokenizer.js';

export type { ParserConfig } from './config.js';
export type { ParseStats } from './tokenizer.js';
export type { LinkTarget, NodeType, WikiNode } from './nodes.js';

/** Parses a page's wikitext. `stats.steps` counts the work done (the linear-time test reads it). */
export function parseWikitext(text: string, config: Partial<ParserConfig> = {}, stats: ParseStats = { steps: 0 }): WikiNode {
  const full = parserConfig(config);
  return node('root', 0, text.length, parseContent(text, full, stats, true));
}

/** A whole text's nodes (a page, or an extension tag's content parsed on its own). */
function parseContent(text: string, config: ParserConfig, stats: ParseStats, page: boolean): WikiNode[] {
  const tokens = new Tokenizer(text, stats);
  const builder = new Builder(tokens, config, stats, (start, end) => {
    // An extension tag's content is parsed apart, so that no scan inside it runs past its end.
    const inner = parseContent(text.slice(start, end), config, stats, false);
    for (const n of inner) shift(n, start);
    return inner;
  });
  const nodes = builder.build(0, text.length);
  const redirect = page ? redirectAt(text, nodes, config) : null;
  const rest = redirect ? nodes.slice(redirect.taken) : nodes;
  refine(text, rest, stats);
  const refined = blocks(text, rest, redirect ? redirect.node.end : 0, text.length, stats);
  return redirect ? [...redirect.before, redirect.node, ...refined] : refined;
}

/** `#REDIRECT [[Target]]` at the page's start (its localised words too): the redirect node, and how many nodes it takes. */
function redirectAt(text: string, nodes: WikiNode[], config: ParserConfig): { node: WikiNode; before: WikiNode[]; taken: number } | null {
  const [first, link] = nodes;
  if (first?.type !== 'text' || link === undefined || !('target' in link)) return null;
  const words = config.redirect.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const match = new RegExp(`^(\\s*)#(?:${words})\\s*:?\\s*$`, 'iu').exec(text.slice(first.start, first.end));
  if (!match || first.end !== link.start) return null;
  const start = first.start + match[1]!.length;
  const redirect = node('redirect', start, link.end, [link]);
  redirect.target = link.target;
  return { node: redirect, before: start > first.start ? [textNode(first.start, start)] : [], taken: 2 };
}

/** Each node's content lists get their lines' grammar, innermost first. */
function refine(text: string, nodes: readonly WikiNode[], stats: ParseStats): void {
  for (const n of nodes) {
    switch (n.type) {
      case 'template':
      case 'magic-word':
      case 'argument':
        for (const parameter of n.children) {
          const value = last(parameter.children);
          if (parameter.type === 'parameter' && value) contentOf(text, value, stats);
        }
        break;
      case 'link':
      case 'file':
      case 'category':
        for (const child of n.children) if (child.type === 'link-text') contentOf(text, child, stats);
        break;
      case 'heading':
        contentOf(text, n.children[0]!, stats);
        break;
      default:
    }
  }
}

function contentOf(text: string, container: WikiNode, stats: ParseStats): void {
  refine(text, container.children, stats);
  container.children = blocks(text, container.children, container.start, container.end, stats);
}

function shift(n: WikiNode, by: number): void {
  const stack = [n];
  while (stack.length > 0) {
    const current = stack.pop()!;
    current.start += by;
    current.end += by;
    for (const child of current.children) stack.push(child);
  }
}
