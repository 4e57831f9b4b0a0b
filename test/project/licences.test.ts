/**
 * The project is MIT: every package it needs at run time must be under a permissive licence.
 * license-checker-rseidelsohn reads the installed tree (`--production`: devDependencies and what
 * only they need are left out) and each package's declared licence, an SPDX expression that is
 * checked against the allow-list below with spdx-satisfies: `A OR B` passes if either does, `A AND B`
 * only if both do. Our own package is the one left out, and the packages in KNOWN_EXCEPTIONS are allowed
 * by name, each with its reason. And no source file may import wikiparser-node
 * (GPL-3.0-or-later), which is a devDependency only (for comparisons and the benchmark's baseline).
 * The CSL styles and locales under src/citations/csl/ are CC BY-SA data files, not npm packages:
 * the tool does not see them (docs/development.md, "Licence").
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import satisfies from 'spdx-satisfies';
import t from 'tap';

const root = join(import.meta.dirname, '..', '..');
const ownName = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name;

/** Permissive licences (CC-BY-4.0 for data packages). */
const ALLOWED = new Set([
  'MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Unlicense', 'Python-2.0', 'CC-BY-4.0',
]);

/**
 * Non-permissive runtime packages that are allowed by name, each with the reason. Any other package
 * outside the allow-list fails, and so does an exception that no longer matches a package.
 *
 * citeproc (CPAL-1.0 OR AGPL-1.0), pulled in by @citation-js/plugin-csl to render bibliographies:
 * CPAL-1.0 is a weak, file-level copyleft (MPL-1.1 plus an attribution duty for network use). We ship
 * citeproc unmodified as a separate package, so our own code stays MIT; the attribution duty applies to
 * deployments (docs/licences.md carries the notice). Replacing it, e.g. by a permissive CSL processor,
 * is left as follow-up work.
 */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  citeproc: 'CPAL-1.0: unmodified separate package, our code stays MIT; attribution duty for deployments (docs/licences.md); replacement is follow-up work',
};

/**
 * Whether an SPDX licence expression is satisfied by the allow-list (spdx-satisfies). license-checker
 * marks a licence it guessed from a licence file with a trailing `*`; the guess is taken without the
 * star. `X WITH exception` counts as X (an exception only adds permissions), so the exception is
 * dropped before the check. Anything spdx-satisfies cannot parse (UNKNOWN, UNLICENSED, `Custom: …`)
 * fails.
 */
function allowedExpression(expression: string): boolean {
  try {
    return satisfies(expression.replace(/\*$/, '').replace(/\s+WITH\s+[\w.+-]+/gi, ''), [...ALLOWED]);
  } catch {
    return false;
  }
}

t.test('SPDX expressions against the allow-list', async (t) => {
  for (const ok of ['MIT', '(MIT OR Apache-2.0)', 'MIT AND ISC', '(MIT OR WTFPL)', 'GPL-3.0-only OR MIT', '(BSD-2-Clause OR MIT OR Apache-2.0)', 'MIT*', 'Apache-2.0 WITH LLVM-exception', '(MIT AND (ISC OR GPL-2.0))']) {
    t.ok(allowedExpression(ok), JSON.stringify(ok));
  }
  for (const bad of ['GPL-3.0-or-later', 'MIT AND GPL-3.0-only', 'CPAL-1.0 OR AGPL-1.0', 'UNKNOWN', 'UNLICENSED', 'Custom: LICENSE', '', '(MIT', 'MIT OR', 'MIT ISC']) {
    t.notOk(allowedExpression(bad), JSON.stringify(bad));
  }
});

interface CheckedPackage {
  licenses?: string | string[];
  path?: string;
}

t.test('every production dependency has a permissive licence', async (t) => {
  const bin = join(root, 'node_modules', 'license-checker-rseidelsohn', 'bin', 'license-checker-rseidelsohn.js');
  const run = spawnSync(process.execPath, [bin, '--production', '--json', '--start', root], { encoding: 'utf8', maxBuffer: 1 << 28 });
  t.equal(run.status, 0, `license-checker-rseidelsohn ran: ${run.stderr.slice(-500)}`);
  const packages = JSON.parse(run.stdout) as Record<string, CheckedPackage>;
  const offenders: string[] = [];
  const excepted = new Set<string>();
  let checked = 0;
  for (const [id, info] of Object.entries(packages)) {
    const name = id.slice(0, id.lastIndexOf('@'));
    if (name === ownName) continue;
    checked++;
    // A legacy `licenses` array offers each licence: any one of them will do.
    const expression = Array.isArray(info.licenses) ? info.licenses.map((l) => `(${l})`).join(' OR ') : (info.licenses ?? 'UNKNOWN');
    if (allowedExpression(expression)) continue;
    if (Object.hasOwn(KNOWN_EXCEPTIONS, name)) {
      excepted.add(name);
      t.comment(`${id}: ${expression} allowed by name: ${KNOWN_EXCEPTIONS[name]}`);
      continue;
    }
    offenders.push(`${id}: ${expression} (${relative(root, info.path ?? '') || '.'})`);
  }
  t.ok(checked > 50, `${checked} production packages checked`);
  t.same(offenders, [], `production packages under licences outside the allow-list:\n  ${offenders.join('\n  ')}`);
  const stale = Object.keys(KNOWN_EXCEPTIONS).filter((name) => !excepted.has(name));
  t.same(stale, [], `KNOWN_EXCEPTIONS that no longer match a non-permissive production package (remove them): ${stale.join(', ')}`);
  t.notOk(Object.keys(packages).some((id) => id.startsWith('wikiparser-node@')), 'wikiparser-node is not in the production tree');
});

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) yield path;
  }
}

t.test('no source file imports wikiparser-node', async (t) => {
  // Any module specifier: import … from, import(), require(), require.resolve(), export … from.
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire(?:\.resolve)?\s*\(\s*|\.resolve\s*\(\s*)['"]wikiparser-node(?:\/[^'"]*)?['"]/;
  const offenders: string[] = [];
  let files = 0;
  for (const file of sourceFiles(join(root, 'src'))) {
    files++;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!/^\s*(\/\/|\*)/.test(line) && specifier.test(line)) offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  t.ok(files > 50, `${files} source files read`);
  t.same(offenders, [], `source files importing wikiparser-node (GPL-3.0-or-later):\n  ${offenders.join('\n  ')}`);
});
