/**
 * The tools researchers give exports to — `bibtex` (texlive-binaries), `biber` and bibutils'
 * `ris2xml`/`bib2xml` — run on a file, their messages sorted into errors, name warnings,
 * invalid fields and missing fields (each with the entry key and the fields it lacks). Where a
 * tool is missing the test skips with one line; under CI=true (`.ci/run` installs them) it fails.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';

export const TOOLS = ['bibtex', 'biber', 'ris2xml', 'bib2xml'] as const;

const onPath = (name: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));

export type ToolPlan = { run: true } | { run: false; skip: string } | { run: false; fail: string };

/** Run when every tool is there; else skip, but under CI, where a missing tool fails. */
export function toolPlan(env: NodeJS.ProcessEnv = process.env, found: (name: string) => boolean = onPath): ToolPlan {
  const missing = TOOLS.filter((tool) => !found(tool));
  if (missing.length === 0) return { run: true };
  const what = `${missing.join(', ')} not found`;
  if (env.CI === 'true') return { run: false, fail: `${what}: CI must run the export tools test (.ci/run installs them)` };
  return { run: false, skip: `export tools test skipped: ${what}; apt-get install -y texlive-binaries biber bibutils to run it, as CI does` };
}

/** A message of a tool about one entry: what kind, the key, the fields it names, the line. */
export interface ToolMessage {
  kind: 'error' | 'name' | 'invalid-field' | 'missing-field' | 'other';
  key: string | null;
  fields: string[];
  text: string;
}

const run = (dir: string, command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
};

/** plain.bst's warnings that an entry lacks fields: `empty X in key`, `empty X and Y in key`, `to sort, need author or key in key`. */
const BIBTEX_MISSING: [RegExp, (m: RegExpExecArray) => string[]][] = [
  [/^Warning--empty (.+) in (\S+)$/, (m) => m[1]!.split(/ and | or /)],
  [/^Warning--to sort, need (.+) in (\S+)$/, (m) => m[1]!.replace(/,? or key$/, '').split(/, | or /)],
  [/^Warning--(?:need|can't use both) (.+) in (\S+)$/, (m) => m[1]!.split(/ and | or /)],
];

/** `bibtex` with plain.bst over `bib`, every entry cited (`\citation{*}`). */
export function runBibtex(dir: string, bib: string) {
  writeFileSync(join(dir, 'refs.bib'), bib);
  writeFileSync(join(dir, 'refs.aux'), '\\relax\n\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n');
  const result = run(dir, 'bibtex', ['refs']);
  const messages: ToolMessage[] = [];
  const lines = result.stdout.split('\n');
  for (const [i, line] of lines.entries()) {
    if (/^Warning--/.test(line)) {
      const missing = BIBTEX_MISSING.map(([pattern, fields]) => [pattern.exec(line), fields] as const).find(([m]) => m);
      if (missing?.[0]) messages.push({ kind: 'missing-field', key: missing[0][2]!, fields: missing[1](missing[0]), text: line });
      else if (/name|comma/i.test(line)) messages.push({ kind: 'name', key: /in (\S+)$/.exec(line)?.[1] ?? null, fields: ['author'], text: line });
      else messages.push({ kind: 'other', key: /in (\S+)$/.exec(line)?.[1] ?? null, fields: [], text: line });
    } else if (/---line \d+ of file|^I couldn't|^Too many commas|has a comma at the end/.test(line)) {
      const kind = /comma/i.test(line) ? 'name' : 'error';
      messages.push({ kind, key: null, fields: [], text: [line, lines[i + 1] ?? ''].join(' ') });
    }
  }
  const summary = /\(There (?:were|was) (\d+) error messages?\)/.exec(result.stdout);
  return { status: result.status, messages, errorCount: summary ? Number(summary[1]) : 0, output: result.stdout };
}

/** `biber --tool --validate-datamodel` over `bib` (BibLaTeX). */
export function runBiber(dir: string, bib: string) {
  writeFileSync(join(dir, 'refs.bib'), bib);
  const result = run(dir, 'biber', ['--tool', '--validate-datamodel', '--nolog', 'refs.bib']);
  const messages: ToolMessage[] = [];
  for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
    const entry = /Entry '([^']+)'/.exec(line)?.[1] ?? null;
    if (/^ERROR - /.test(line)) messages.push({ kind: /^ERROR - Name /.test(line) ? 'name' : 'error', key: entry, fields: [], text: line });
    else if (!/^WARN - /.test(line)) continue;
    else if (/Missing mandatory field/.test(line)) {
      const fields = /one of '([^']+)'/.exec(line)?.[1]?.split(', ') ?? [/field '([^']+)'/.exec(line)?.[1] ?? ''];
      messages.push({ kind: 'missing-field', key: entry, fields, text: line });
    } else if (/Invalid field|Field .* invalid|invalid in data model/i.test(line)) messages.push({ kind: 'invalid-field', key: entry, fields: [], text: line });
    else if (/name/i.test(line)) messages.push({ kind: 'name', key: entry, fields: ['author'], text: line });
    else messages.push({ kind: 'other', key: entry, fields: [], text: line });
  }
  return { status: result.status, messages, output: result.stdout + result.stderr };
}

/** A bibutils converter (`ris2xml`, `bib2xml`) over `text`, with every warning (`--verbose`): unused tags, unidentified tags. */
export function runBibutils(dir: string, tool: 'ris2xml' | 'bib2xml', file: string, text: string) {
  writeFileSync(join(dir, file), text);
  const result = run(dir, tool, ['--verbose', file]);
  // --verbose also lists each record's parsed fields ("# NUM …", "1\tlevel = 0\t…"): those are not messages.
  const lines = result.stderr.split('\n').filter((line) => line !== '' && !/^# NUM|^\d+\tlevel = /.test(line));
  const processed = Number(/Processed (\d+) references/.exec(result.stderr)?.[1] ?? -1);
  const messages: ToolMessage[] = lines
    .filter((line) => !/Processed \d+ references/.test(line))
    .map((text) => ({ kind: /unused|Did not identify|not identify|Unused/i.test(text) ? ('invalid-field' as const) : ('other' as const), key: null, fields: [], text }));
  return { status: result.status, processed, messages, xml: result.stdout };
}
