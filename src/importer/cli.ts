/**
 * `npm run seed -- [--db PATH] [--skip-invalid] [--strict] [--sync] [--parse-workers N] [FILE_OR_DIR ...]`
 * Exit codes: 0 imported (warnings may be printed), 1 a document could not be imported,
 * 2 bad usage. Never a stack trace.
 */
import { readArguments, type Output } from '../command-line.js';
import { defaultDatabasePath, isMain, seedFolder } from '../paths.js';
import { formatMessage, ImportFailed, importDocuments } from './import.js';
import { PARSE_SHARDS } from './prepare.js';

const MAX_PARSE_WORKERS = 8;

const USAGE = `usage: npm run seed -- [--db PATH] [--skip-invalid] [--strict] [--sync] [--parse-workers N] [FILE_OR_DIR ...]

Imports source documents (default: seed/) — plain-text renderings (*.txt) and MediaWiki XML
exports (*.xml, *.xml.gz, *.xml.bz2, told apart by their <mediawiki> root) — into the SQLite database
(default: $DATABASE_PATH or data/encyclopedia.db). Articles of the same title are replaced,
the rest are kept. The run is atomic: on any error nothing is written.

  --db PATH        the database file
  --skip-invalid   import the valid documents and list the ones skipped
  --strict         treat every warning as an error
  --sync           the inputs are the whole corpus: delete the articles they do not contain
  --parse-workers N  threads parsing wikitext (1-${MAX_PARSE_WORKERS}; default ${PARSE_SHARDS}, one a core but one):
                   each makes a wikitext import faster on a free core and takes ~70 MB more
  -h, --help       this text`;

const SKIP_REASONS = {
  namespace: 'not in the main namespace',
  model: 'not wikitext',
  empty: 'empty or deleted',
  size: 'too large',
  unparsable: 'could not be parsed',
} as const;

/** "; 3 pages of exports not imported (2 not in the main namespace, 1 empty or deleted)" */
function skippedPages(counts: Record<keyof typeof SKIP_REASONS, number>): string {
  const reasons = (Object.keys(SKIP_REASONS) as (keyof typeof SKIP_REASONS)[]).filter((reason) => counts[reason] > 0);
  if (reasons.length === 0) return '';
  const total = reasons.reduce((sum, reason) => sum + counts[reason], 0);
  return `; ${total} page${total === 1 ? '' : 's'} of exports not imported (${reasons.map((reason) => `${counts[reason]} ${SKIP_REASONS[reason]}`).join(', ')})`;
}

export function runCli(argv: string[], out: Output = process.stdout, err: Output = process.stderr): number {
  const options = {
    db: { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    strict: { type: 'boolean' },
    sync: { type: 'boolean' },
    'parse-workers': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  const parsed = readArguments({ args: argv, allowPositionals: true, options }, USAGE, { out, err }, ({ values }) => {
    const workers = values['parse-workers'];
    if (workers !== undefined && !(Number.isInteger(Number(workers)) && Number(workers) >= 1 && Number(workers) <= MAX_PARSE_WORKERS)) {
      throw new Error(`--parse-workers must be a whole number from 1 to ${MAX_PARSE_WORKERS}, got "${workers}"`);
    }
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const parseWorkers = values['parse-workers'] === undefined ? undefined : Number(values['parse-workers']);
  const dbPath = values.db ?? defaultDatabasePath();
  const inputs = positionals.length > 0 ? positionals : [seedFolder];
  const started = performance.now();
  try {
    const result = importDocuments({
      dbPath,
      inputs,
      skipInvalid: values['skip-invalid'] ?? false,
      strict: values.strict ?? false,
      sync: values.sync ?? false,
      parseWorkers,
    });
    for (const message of result.messages) err.write(`${formatMessage(message)}\n`);
    for (const skipped of result.skipped) err.write(`skipped ${skipped.file}: ${skipped.reason}\n`);
    const seconds = (performance.now() - started) / 1000;
    out.write(
      `imported ${result.imported.length} document${result.imported.length === 1 ? '' : 's'} into ${dbPath} ` +
        `(${result.articles} article${result.articles === 1 ? '' : 's'} in all) in ${seconds.toFixed(2)} s` +
        (result.skipped.length ? `; skipped ${result.skipped.length}` : '') +
        `; run ${result.run.id}, ${result.run.changes} change${result.run.changes === 1 ? '' : 's'}` +
        skippedPages(result.skippedPages) +
        '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportFailed) {
      for (const message of error.messages) err.write(`${formatMessage(message)}\n`);
      err.write(`error: ${error.message}; ${dbPath} is unchanged\n`);
      return 1;
    }
    err.write(`error: ${(error as Error).message ?? String(error)}; ${dbPath} is unchanged\n`);
    return 1;
  }
}

if (isMain(import.meta.url)) process.exitCode = runCli(process.argv.slice(2));
