/**
 * An article as readable text for an assistant: Markdown headings, paragraphs and lists with the
 * numbers of the references they cite (`[1]`), hatnotes, and the numbered references at the end.
 * The text is a list of blocks, so a long article is cut into pages between blocks.
 */
import type { Article, MetadataKey, Section } from '../api/wire/articles.js';
import type { Citation } from '../api/wire/citations.js';

type Loaded = Omit<Article, 'redirectedFrom' | 'normalizedFrom' | MetadataKey>;

export interface Block {
  text: string;
  /** The reference numbers the block cites. */
  cites: number[];
}

const HATNOTE_LABELS: Record<string, string> = {
  'see-also': 'See also',
  main: 'Main article',
  further: 'Further information',
  about: 'About',
  redirect: 'Redirect',
};

const markers = (numbers: number[]) => numbers.map((n) => `[${n}]`).join('');

/** A table's rows as a Markdown table, its first row the header. */
function markdownTable(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

function sectionBlocks(section: Section): Block[] {
  const blocks: Block[] = [];
  if (section.index > 0 && section.title !== null) blocks.push({ text: `${section.level >= 3 ? '###' : '##'} ${section.title}`, cites: [] });
  for (const hatnote of section.hatnotes) {
    blocks.push({ text: `*${HATNOTE_LABELS[hatnote.kind] ?? hatnote.kind}: ${hatnote.targets.join(', ')}*`, cites: [] });
  }
  for (const paragraph of section.paragraphs) {
    const body =
      paragraph.kind === 'list'
        ? (paragraph.items ?? paragraph.text.split('\n')).map((item) => `- ${item}`).join('\n')
        : paragraph.kind === 'table' && paragraph.rows
          ? markdownTable(paragraph.rows)
          : paragraph.text;
    const cited = markers(paragraph.citations);
    blocks.push({ text: cited ? `${body} ${cited}` : body, cites: paragraph.citations });
  }
  return blocks;
}

const referenceBlock = (citation: Citation): Block => ({ text: `${citation.n}. ${citation.text}`, cites: [citation.n] });

/** The whole article: title, its sections in order, then the references. */
export function articleBlocks(article: Loaded): Block[] {
  const blocks: Block[] = [{ text: `# ${article.title}`, cites: [] }];
  for (const section of article.sections) blocks.push(...sectionBlocks(section));
  if (article.citations.length > 0) {
    blocks.push({ text: '## References', cites: [] });
    for (const citation of article.citations) blocks.push(referenceBlock(citation));
  }
  return blocks;
}

/** One section: its heading (the article's title for the lead), its text, then the references it cites. */
export function oneSectionBlocks(article: Loaded, section: Section): Block[] {
  const blocks = sectionBlocks(section);
  if (section.index === 0 || section.title === null) blocks.unshift({ text: `# ${article.title}`, cites: [] });
  const cited = article.citations.filter((c) => section.citations.includes(c.n));
  if (cited.length > 0) {
    blocks.push({ text: '## References', cites: [] });
    for (const citation of cited) blocks.push(referenceBlock(citation));
  }
  return blocks;
}

/** Blocks grouped into pages of at most `maxChars` characters (a longer block is a page of its own). */
export function paginate(blocks: Block[], maxChars: number): Block[][] {
  const pages: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    const added = block.text.length + (current.length > 0 ? 2 : 0);
    if (current.length > 0 && size + added > maxChars) {
      pages.push(current);
      current = [];
      size = 0;
    }
    size += current.length > 0 ? block.text.length + 2 : block.text.length;
    current.push(block);
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

export const joinBlocks = (blocks: Block[]): string => blocks.map((block) => block.text).join('\n\n');
