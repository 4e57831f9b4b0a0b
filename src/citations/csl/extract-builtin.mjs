// Writes the styles and locales @citation-js/plugin-csl bundles (lib/styles.json, lib/locales.json)
// to this folder as the CSL XML files they are, byte for byte: `node src/citations/csl/extract-builtin.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const lib = dirname(require.resolve('@citation-js/plugin-csl/lib/styles.json'));
const here = import.meta.dirname;
for (const [name, xml] of Object.entries(JSON.parse(readFileSync(join(lib, 'styles.json'), 'utf8')))) {
  // Each file named by its CSL id (the bundle calls Cite Them Right `harvard1`).
  const id = /<id>http:\/\/www\.zotero\.org\/styles\/([^<]+)<\/id>/.exec(xml)?.[1] ?? name;
  writeFileSync(join(here, 'styles', `${id}.csl`), xml);
}
for (const [name, xml] of Object.entries(JSON.parse(readFileSync(join(lib, 'locales.json'), 'utf8')))) {
  writeFileSync(join(here, 'locales', `locales-${name}.xml`), xml);
}
