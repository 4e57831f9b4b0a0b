/**
 * Where a long page can be cut into pieces that parse apart exactly as they parse together, so
 * that memory holds one piece's syntax tree at a time: wikiparser-node's tree takes ~180 bytes of
 * heap a byte of wikitext, and a page can have 2 MiB (a 1 MB page peaked at 480 MB of heap).
 *
 * A cut is made only at the start of a heading line at the top level: outside every template,
 * link, table and language-converter bracket (each kind counted apart), outside comments and
 * outside extension tags (`<ref>`, `<nowiki>`, `<pre>`, `<gallery>`, … as the parser's
 * configuration lists them, and `<includeonly>`/`<noinclude>`/`<onlyinclude>`). A heading there is
 * a top-level node of the whole page's tree, and no construct of the parser spans one: what comes
 * before it parses the same without what follows, and the reverse. Anything left open (an
 * unclosed `{{`, `<ref>` or comment) allows no cut after it: the rest of the page is one piece.
 */

/** Pieces of at least this many characters (a page shorter is one piece). */
export const PIECE_CHARS = 64 * 1024;

const TRANSCLUSION_TAGS = ['includeonly', 'noinclude', 'onlyinclude'];

const TOKEN = /<!--|<(\/?)([a-z][\w-]*)|\{\{|\}\}|\[\[|\]\]|-\{|\}-|^[ \t]*\{\||^[ \t]*\|\}|^=/gim;

/** The offsets to cut `text` at (ascending, none at 0), each piece at least `pieceChars` long but the last. */
export function cutPoints(text: string, extensionTags: readonly string[], pieceChars = PIECE_CHARS): number[] {
  const cuts: number[] = [];
  if (text.length <= pieceChars) return cuts;
  const tags = new Set([...extensionTags, ...TRANSCLUSION_TAGS].map((tag) => tag.toLowerCase()));
  let braces = 0;
  let links = 0;
  let tables = 0;
  let converters = 0;
  let pieceStart = 0;
  const token = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    const [found, closing, tag] = match;
    if (found === '<!--') {
      const end = text.indexOf('-->', token.lastIndex);
      if (end === -1) break;
      token.lastIndex = end + 3;
    } else if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (closing || !tags.has(name)) continue;
      const close = text.indexOf('>', token.lastIndex);
      if (close === -1) break;
      if (text[close - 1] === '/') {
        token.lastIndex = close + 1;
        continue;
      }
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = close + 1;
      if (end.exec(text) === null) break;
      token.lastIndex = end.lastIndex;
    } else if (found === '{{') braces++;
    else if (found === '}}') braces = Math.max(0, braces - 1);
    else if (found === '[[') links++;
    else if (found === ']]') links = Math.max(0, links - 1);
    else if (found === '-{') converters++;
    else if (found === '}-') converters = Math.max(0, converters - 1);
    else if (found.endsWith('{|')) tables++;
    else if (found.endsWith('|}')) tables = Math.max(0, tables - 1);
    else if (found === '=') {
      const at = match.index;
      if (braces + links + tables + converters === 0 && at - pieceStart >= pieceChars) {
        cuts.push(at);
        pieceStart = at;
      }
    }
  }
  return cuts;
}
