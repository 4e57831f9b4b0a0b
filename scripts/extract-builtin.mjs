// Writes the styles and locales @citation-js/plugin-csl bundles (lib/styles.json, lib/locales.json)
// to src/citations/csl/ as the CSL XML files they are, byte for byte: `node scripts/extract-builtin.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const lib = dirname(require.resolve('@citation-js/plugin-csl/lib/styles.json'));
const csl = join(import.meta.dirname, '..', 'src', 'citations', 'csl');
for (const [name, xml] of Object.entries(JSON.parse(readFileSync(join(lib, 'styles.json'), 'utf8')))) {
  // Each file named as the bundle names it, but Cite Them Right by its CSL id (the bundle calls it
  // `harvard1`). Vancouver keeps its bundle name: its CSL id is `nlm-citation-sequence`.
  const id = name === 'harvard1' ? 'harvard-cite-them-right' : name;
  writeFileSync(join(csl, 'styles', `${id}.csl`), xml);
}
for (const [name, xml] of Object.entries(JSON.parse(readFileSync(join(lib, 'locales.json'), 'utf8')))) {
  writeFileSync(join(csl, 'locales', `locales-${name}.xml`), xml);
}
