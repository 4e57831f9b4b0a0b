// Regenerates the tree of src/ in docs/design.md (between `<!-- tree:start -->` and `<!-- tree:end -->`):
// every folder with its line from FOLDERS below, every source file with the first sentence of its
// opening comment, sorted. `node scripts/design-tree.mjs` rewrites the file; `--check` only says
// whether it is up to date (exit 1 when not), as test/project/design-tree.test.ts asks.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const SRC = join(root, 'src');
const DESIGN = join(root, 'docs', 'design.md');
const START = '<!-- tree:start -->';
const END = '<!-- tree:end -->';

/** What each folder of src/ is for: the one thing this script cannot read off the files. */
const FOLDERS = {
  'src': 'the service: the process, the app factory, the configuration and the layers below',
  'src/api': 'what REST and MCP share: the functions both call, over the queries',
  'src/api/change-stream': 'the change feed as server-sent events: the streams of the process, across database generations',
  'src/api/wire': 'the wire schemas (TypeBox): every resource, the problem type, CSL items, links',
  'src/cache': 'the HTTP cache tier, seen from the origin',
  'src/citations': 'citation formats: negotiation, rendering with citation-js in a worker thread, sending',
  'src/citations/csl': 'data: the CSL styles and locales (CC BY-SA 3.0) the bibliographies render with, and their README',
  'src/citations/csl/locales': 'data: one CSL locale a file; each is a `locale` value',
  'src/citations/csl/styles': 'data: one independent CSL style a file; each is a `style` value',
  'src/db': 'the database: schema (drizzle), opening, the rows an import writes',
  'src/db/queries': 'the queries, one file a resource',
  'src/db/queries/search': 'full-text search: query syntax, ranking, hits and snippets, title completion',
  'src/db/schema': 'the drizzle tables, one file a concern; ../schema.ts exports them all',
  'src/document': 'the document model every format produces, and what formats share',
  'src/document/names': 'personal and corporate names as BibTeX and CSL read them: one name, lists, Vancouver; particles and suffixes as data',
  'src/document/references': 'free-text references: the parser every format falls back on',
  'src/document/values': 'typed values of infobox fields: numbers, quantities, dates and ranges, read from data tables',
  'src/formats': 'the source formats, each parsed into the document model',
  'src/formats/text': 'plain-text renderings of wiki pages: staged parse',
  'src/formats/wikitext': 'MediaWiki XML exports: stream pages, parse their wikitext, map the tree onto the document',
  'src/formats/wikitext/languages': "data: each language's wikitext vocabulary, laid over English",
  'src/formats/wikitext/parser': 'our wikitext parser: tokenizer, builder, nodes with source ranges',
  'src/importer': 'files → documents → rows, atomically; the CLI',
  'src/mcp': 'the Model Context Protocol interface: tools and resources over src/api',
  'src/plugins': 'infrastructure plugins: errors, security, caching, limits, health, OpenAPI',
  'src/routes': 'the REST routes, one folder a resource: plugins over src/api',
  'src/routes/articles': '/v1/articles and its parts',
  'src/routes/articles/fast-path': 'the articles fast path: title cache, body cache and prebuilt answers',
  'src/routes/categories': '/v1/categories',
  'src/routes/templates': '/v1/templates',
  'src/routes/changes': '/v1/changes and /v1/changes/stream',
  'src/routes/citations': '/v1/citations',
  'src/routes/geosearch': '/v1/geosearch',
  'src/routes/redirects': '/v1/redirects',
  'src/routes/search': '/v1/search and /v1/titles',
  'src/routes/snapshot': '/v1/snapshot',
  'src/routes/sources': '/v1/sources',
  'src/swap': 'the hot swap: a new database file checked and served without a restart',
};

const CODE = /\.(ts|mts|js|mjs)$/;

/** The opening comment's first paragraph, as one line. */
function openingParagraph(text) {
  const body = text.replace(/^#!.*\n/, '');
  let lines;
  if (body.startsWith('/*')) {
    const end = body.indexOf('*/');
    lines = body.slice(2, end < 0 ? undefined : end).split('\n').map((line) => line.replace(/^\s*\*+ ?/, '').replace(/^\*/, ''));
  } else if (body.startsWith('//')) {
    lines = [];
    for (const line of body.split('\n')) {
      if (!line.startsWith('//')) break;
      lines.push(line.replace(/^\/\/\s?/, ''));
    }
  } else return '';
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  const blank = lines.findIndex((line) => line.trim() === '');
  return (blank < 0 ? lines : lines.slice(0, blank)).join(' ').replace(/\s+/g, ' ').trim();
}

/** Its first sentence: up to a `.`, `!` or `?` followed by a space or the end, outside backticks and abbreviations. */
export function firstSentence(paragraph) {
  let code = false;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i];
    if (char === '`') code = !code;
    else if (!code && '.!?'.includes(char) && (i + 1 === paragraph.length || paragraph[i + 1] === ' ')) {
      if (char === '.' && /\b(e\.g|i\.e|etc|vs|cf|p|pp|no|vol|ed)$/.test(paragraph.slice(0, i))) continue;
      return paragraph.slice(0, i + 1);
    }
  }
  return paragraph;
}

/** The tree of one folder as Markdown list lines, folders after files, each sorted by name. */
function tree(dir, depth) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const names = (filter) => entries.filter(filter).map((entry) => entry.name).sort();
  const files = names((entry) => entry.isFile() && CODE.test(entry.name));
  const folders = names((entry) => entry.isDirectory());
  const indent = '  '.repeat(depth);
  const lines = [];
  for (const file of files) {
    const sentence = firstSentence(openingParagraph(readFileSync(join(dir, file), 'utf8')));
    lines.push(`${indent}- \`${file}\` — ${sentence || '(no opening comment)'}`);
  }
  for (const folder of folders) {
    const path = join(dir, folder);
    const key = relative(root, path).split('\\').join('/');
    const others = readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isFile() && !CODE.test(entry.name)).length;
    const data = others > 0 && !readdirSync(path).some((name) => CODE.test(name)) ? ` (${others} files)` : '';
    if (!FOLDERS[key]) process.stderr.write(`design-tree: no line for ${key}/: add one to FOLDERS in scripts/design-tree.mjs\n`);
    lines.push(`${indent}- **${folder}/** — ${FOLDERS[key] ?? '(no folder line)'}${data}`);
    lines.push(...tree(path, depth + 1));
  }
  return lines;
}

/** The tree as it goes between the markers. */
export function generatedTree() {
  return [`- **src/** — ${FOLDERS.src}`, ...tree(SRC, 1)].join('\n');
}

/** docs/design.md with its tree replaced by the generated one. */
export function regenerated(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/design.md must hold ${START} and then ${END}`);
  return `${text.slice(0, start + START.length)}\n${generatedTree()}\n${text.slice(end)}`;
}

if (process.argv[1] === import.meta.filename) {
  const text = readFileSync(DESIGN, 'utf8');
  const wanted = regenerated(text);
  if (process.argv.includes('--check')) {
    if (wanted !== text) {
      process.stderr.write('docs/design.md: the tree of src/ is out of date: run `node scripts/design-tree.mjs`\n');
      process.exit(1);
    }
  } else if (wanted !== text) {
    writeFileSync(DESIGN, wanted);
    process.stdout.write('docs/design.md: tree regenerated\n');
  }
}
