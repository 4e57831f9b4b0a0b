/**
 * The layers of src/ and what each may import, checked on every import of every .ts file, so that
 * no dependency runs back up (data flows formats → document → importer → db → api → routes/mcp → app).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import t from 'tap';

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * Each layer, the files it holds (a folder ends in '/'; the first match wins, so the narrow ones
 * come first) and the layers it may import besides its own. Anything not listed is `app`.
 */
const LAYERS: { layer: string; holds: string[]; mayImport: string[] }[] = [
  { layer: 'base', holds: ['paths.ts', 'config.ts', 'logging.ts', 'command-line.ts'], mayImport: [] },
  { layer: 'document', holds: ['document/'], mayImport: ['base'] },
  { layer: 'catalog', holds: ['citations/catalog.ts'], mayImport: ['base'] },
  { layer: 'wire', holds: ['api/wire/'], mayImport: ['catalog', 'document', 'base'] },
  { layer: 'formats', holds: ['formats/'], mayImport: ['document', 'base'] },
  { layer: 'db', holds: ['db/'], mayImport: ['document', 'base'] },
  { layer: 'importer', holds: ['importer/'], mayImport: ['db', 'formats', 'wire', 'document', 'base'] },
  { layer: 'citations', holds: ['citations/'], mayImport: ['wire', 'catalog', 'document', 'base'] },
  { layer: 'plugins', holds: ['plugins/', 'front.ts'], mayImport: ['db', 'wire', 'document', 'base'] },
  { layer: 'api', holds: ['api/'], mayImport: ['plugins', 'citations', 'db', 'wire', 'catalog', 'document', 'base'] },
  { layer: 'routes', holds: ['routes/'], mayImport: ['api', 'plugins', 'citations', 'db', 'wire', 'catalog', 'document', 'base'] },
  { layer: 'mcp', holds: ['mcp/'], mayImport: ['api', 'plugins', 'citations', 'db', 'wire', 'catalog', 'document', 'base'] },
  { layer: 'app', holds: [''], mayImport: ['mcp', 'routes', 'api', 'plugins', 'citations', 'importer', 'db', 'formats', 'wire', 'catalog', 'document', 'base'] },
];

/** Back-edges still tolerated, each of which must still occur, so that the list only shrinks (none is left). */
const KNOWN = new Set<string>([]);

export const layerOf = (file: string): string => LAYERS.find(({ holds }) => holds.some((held) => (held.endsWith('/') || held === '' ? file.startsWith(held) : file === held)))!.layer;

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Relative imports and re-exports, static or dynamic, type-only included: a type is a dependency too. */
function importsOf(text: string): string[] {
  const found = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.[^'"]+)['"]/g)) found.push(match[1]!);
  return found;
}

/** Every `file -> imported` edge (paths relative to src/, .js read as .ts) that runs against the table. */
export function backEdges(): string[] {
  const edges = [];
  for (const path of sources(SRC)) {
    const file = relative(SRC, path);
    const from = layerOf(file);
    const allowed = [from, ...LAYERS.find(({ layer }) => layer === from)!.mayImport];
    for (const spec of importsOf(readFileSync(path, 'utf8'))) {
      const target = relative(SRC, resolve(dirname(path), spec)).replace(/\.js$/, '.ts');
      if (target.startsWith('..')) continue;
      if (!allowed.includes(layerOf(target))) edges.push(`${file} -> ${target}`);
    }
  }
  return edges;
}

t.test('the table places files where the architecture says', async (t) => {
  t.equal(layerOf('db/queries/articles.ts'), 'db');
  t.equal(layerOf('api/wire/problem.ts'), 'wire');
  t.equal(layerOf('api/lookup.ts'), 'api');
  t.equal(layerOf('citations/catalog.ts'), 'catalog');
  t.equal(layerOf('citations/negotiate.ts'), 'citations');
  t.equal(layerOf('server.ts'), 'app');
});

t.test('no import runs back up a layer', async (t) => {
  const edges = backEdges();
  t.same(edges.filter((edge) => !KNOWN.has(edge)), [], 'imports against the layer table');
  t.same([...KNOWN].filter((edge) => !edges.includes(edge)), [], 'known back-edges that are gone: remove them from KNOWN');
});
