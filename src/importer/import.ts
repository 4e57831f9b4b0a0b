/**
 * files → Documents → rows, atomically: the run builds into a temporary copy of the database and
 * renames it into place only when every document was written (atomic.ts). A failed or killed run
 * leaves an existing database byte-identical.
 */
import { deferIndexTriggers, deferSecondaryIndexes } from '../db/deferred-indexes.js';
import { countTemplates } from '../db/template-counts.js';
import { migrateDatabase } from '../db/open.js';
import { buildAtomically } from './atomic.js';
import { relinkHatnotes } from './relink-hatnotes.js';
import { createWriter } from '../db/write.js';
import { peekTitle } from '../formats/text/parse.js';
import { normalizeTitle } from '../document/titles.js';
import { startRun, type RunRecord } from './changes.js';
import { runPages } from './run-pages.js';
import { preparedHere, startParseWorker, unwrap, type ParseWorker } from './prepare.js';
import type { PreparedDocument, SkipReason } from './prepared.js';
import { listSources, readSource, SourceError } from './read.js';
import { isMediaWikiExport } from '../formats/wikitext/xml.js';

export interface ImportMessage {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column?: number;
  message: string;
}

export interface ImportOptions {
  dbPath: string;
  inputs: string[];
  /** Import the valid documents and list the others, instead of failing the run. */
  skipInvalid?: boolean;
  /** Every warning is an error (a document with one cannot be imported). */
  strict?: boolean;
  /**
   * Fill the full-text indexes once at the end of the run (the default) instead of by their
   * triggers row by row. The result is the same (test/importer/bulk-import.test.ts); `false` is for that comparison.
   */
  bulkIndexes?: boolean;
  /** Parse in a worker thread while writing (default: from PARSE_WORKER_FROM documents on). */
  parseWorker?: boolean;
  /** How many parse workers (default PARSE_SHARDS: one a core but one). Each costs ~70 MB of memory. */
  parseWorkers?: number;
  /** The inputs are the whole corpus: articles they do not contain are deleted. */
  sync?: boolean;
}

/** From how many documents a parse worker pays for its start (~0.25 s, partly behind pass 1). */
export const PARSE_WORKER_FROM = 200;

/** Documents written together (~2 MB of rows, ~8 MB of the import's heap with a wikitext page's). */
const WRITE_BATCH = 64;

/** Rows (sections, citations, ...) indexed for search at a time during a run: about 400 documents (smaller batches cost more FTS5 segment merging: +20 % at 2,500). */
const FILL_BATCH = 10_000;

export interface ImportResult {
  imported: { file: string; title: string }[];
  skipped: { file: string; reason: string }[];
  messages: ImportMessage[];
  /** Articles in the database after the run. */
  articles: number;
  /** The run as recorded in the database: its id, content hash and number of changes (src/importer/changes.ts). */
  run: RunRecord;
  /** Pages of MediaWiki exports not imported, by reason. */
  skippedPages: Record<SkipReason, number>;
}

export class ImportFailed extends Error {
  constructor(readonly messages: ImportMessage[]) {
    const errors = messages.filter((message) => message.severity === 'error');
    super(`${errors.length} document error${errors.length === 1 ? '' : 's'}; nothing was imported`);
    this.name = 'ImportFailed';
  }
}

export const formatMessage = (m: ImportMessage): string =>
  `${m.file}:${m.line}${m.column !== undefined ? `:${m.column}` : ''}: ${m.severity}: ${m.message}`;

export function importDocuments(options: ImportOptions): ImportResult {
  const messages: ImportMessage[] = [];
  const fail = (file: string, line: number, message: string) => messages.push({ severity: 'error', file, line, message });

  let files: string[] = [];
  try {
    files = listSources(options.inputs);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    fail(error.file, error.line, error.message);
  }
  if (files.length === 0 && messages.length === 0) fail(options.inputs.join(', '), 0, 'no source documents (*.txt, *.xml) found');

  // A worker for many documents, started now: it loads the parser while pass 1 runs. MediaWiki
  // exports are streamed, which only the worker does (the import itself is synchronous).
  const exports = new Set(files.filter(isMediaWikiExport));
  const parseWorker = exports.size > 0 || (options.parseWorker ?? files.length >= PARSE_WORKER_FROM) ? startParseWorker({ shards: options.parseWorkers }) : null;
  try {
    return importFiles(files, options, messages, parseWorker, exports);
  } finally {
    parseWorker?.stop();
  }
}

/**
 * Pass 1: every title of the text documents, so that duplicates are reported before anything is
 * written and hatnote targets that contain a comma can be kept whole. Pass 2 parses and writes
 * one document at a time (memory stays flat over any number of documents).
 */
function scanTitles(files: string[], exports: Set<string>, fail: (file: string, line: number, message: string) => void) {
  const invalid = new Set<string>();
  const firstOf = new Map<string, { file: string; line: number }>();
  for (const file of files) {
    if (exports.has(file)) continue;
    let source: string;
    try {
      source = readSource(file);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      fail(file, error.line, error.message);
      invalid.add(file);
      continue;
    }
    const { title, line } = peekTitle(source);
    const key = normalizeTitle(title);
    if (key === '') continue; // the parser reports the empty document
    const first = firstOf.get(key);
    if (first) {
      fail(file, line, `duplicate title "${title}" (also in ${first.file}:${first.line})`);
      invalid.add(file);
    } else {
      firstOf.set(key, { file, line });
    }
  }
  return { invalid, firstOf };
}

function importFiles(
  files: string[],
  options: ImportOptions,
  messages: ImportMessage[],
  parseWorker: ParseWorker | null,
  exports: Set<string>,
): ImportResult {
  const fail = (file: string, line: number, message: string) => messages.push({ severity: 'error', file, line, message });
  /** With --strict every warning is an error. */
  const warningSeverity = options.strict ? 'error' : 'warning';
  const { invalid, firstOf } = scanTitles(files, exports, fail);
  if (messages.length > 0 && !options.skipInvalid) throw new ImportFailed(messages);

  return buildAtomically(options.dbPath, (db) => {
    migrateDatabase(db);
    const run = startRun(db.$client);
    // The full-text indexes are filled in bulk at the end of the run (see deferred-indexes.ts).
    const indexes = options.bulkIndexes === false ? null : deferIndexTriggers(db.$client);
    const writer = createWriter(db, { inserted: indexes?.inserted });
    // Hatnote targets are resolved against every title: the database's (redirects too) and the run's.
    const titleKeys = db.$client.prepare('SELECT title_key FROM articles UNION ALL SELECT from_key FROM redirects').pluck().all() as string[];
    const earlierTitles = titleKeys.length > 0;
    const restoreIndexes = options.bulkIndexes !== false && !earlierTitles ? deferSecondaryIndexes(db.$client) : null;
    titleKeys.push(...firstOf.keys());
    const toPrepare = files.filter((file) => !invalid.has(file));
    // While the worker parses, the rows written so far are indexed for search, a large batch at a time.
    const documents = parseWorker
      ? parseWorker.documents(toPrepare, titleKeys, () => indexes?.fill(FILL_BATCH) ?? false)
      : preparedHere(toPrepare, titleKeys);

    const result: ImportResult = {
      imported: [],
      skipped: [],
      messages,
      articles: 0,
      run: { id: 0, contentHash: '', changes: 0 },
      skippedPages: { namespace: 0, model: 0, empty: 0, size: 0, unparsable: 0 },
    };
    const redirectsToWrite: { from: string; id: number; file: string; line: number }[] = [];
    /** The wikitext pages written in this run (the same title again replaces one if its revision is not older), and its redirect pages. */
    const pages = runPages(db.$client);
    let failed = false;
    // Documents are written WRITE_BATCH at a time (the articles they replace are deleted together).
    const batch: PreparedDocument[] = [];
    const writeBatch = () => {
      const written = failed ? [] : writer.writeArticles(batch.map((document) => document.rows!));
      written.forEach(({ id }, i) => {
        const { file, title, redirectedFrom, redirectLine } = batch[i]!;
        result.imported.push({ file, title });
        if (redirectedFrom) redirectsToWrite.push({ from: redirectedFrom, id, file, line: redirectLine });
      });
      batch.length = 0;
    };
    db.$client.transaction(() => {
      for (const prepared of documents) {
        if ('skippedPage' in prepared) {
          result.skippedPages[prepared.skippedPage]++;
          if (prepared.warning) messages.push({ severity: warningSeverity, file: prepared.file, ...prepared.warning });
          continue;
        }
        const document = unwrap(prepared);
        const file = document.file;
        let ok = true;
        for (const problem of document.problems) {
          const severity = options.strict ? 'error' : problem.severity;
          messages.push({ severity, file, line: problem.line, column: problem.column, message: problem.message });
          if (severity === 'error') ok = false;
        }
        if (ok && document.redirectTo) {
          pages.addRedirect({ from: document.title, to: document.redirectTo.target, fragment: document.redirectTo.fragment, file, line: document.line ?? 1 });
          continue;
        }
        // A text document of the run with the page's title: as for two text documents, neither is taken for the other.
        const textDocument = document.revision !== undefined && document.rows ? firstOf.get(document.rows.titleKey) : undefined;
        if (ok && textDocument) {
          fail(file, document.line ?? 1, `duplicate title "${document.title}" (also in ${textDocument.file}:${textDocument.line})`);
          ok = false;
        }
        if (ok && document.revision !== undefined && document.rows) {
          const key = document.rows.titleKey;
          const earlier = pages.earlier(key);
          const timestamp = document.revision?.timestamp ?? '';
          if (earlier) {
            const older = timestamp < earlier.timestamp;
            messages.push({
              severity: warningSeverity,
              file,
              line: document.line ?? 1,
              message: `"${document.title}" is also at ${earlier.file}:${earlier.line}; the ${older ? 'earlier' : 'later'} revision wins`,
            });
            if (older) continue;
            const inBatch = batch.findIndex((waiting) => waiting.rows?.titleKey === key);
            if (inBatch !== -1) batch.splice(inBatch, 1);
            else {
              // Replaced in the database: its rows are indexed first, so that their delete triggers find them.
              writeBatch();
              indexes?.fill();
            }
          }
          pages.written(key, { file, line: document.line ?? 1, timestamp });
        }
        if (!ok) {
          invalid.add(file);
          failed = failed || !options.skipInvalid;
        }
        // After a failure the run goes on parsing, to report every problem, but writes nothing more.
        if (!ok || failed) continue;
        batch.push(document);
        if (batch.length === WRITE_BATCH) writeBatch();
      }
      writeBatch();
      if (failed) throw new ImportFailed(messages);
      if (result.imported.length === 0) {
        throw new ImportFailed(
          messages.length ? messages : [{ severity: 'error', file: options.inputs.join(', '), line: 0, message: 'no document could be imported' }],
        );
      }
      const warn = (file: string, line: number, message: string) =>
        messages.push({ severity: warningSeverity, file, line, message });
      // The run's titles: its text documents (a document that failed keeps its article) and every page written.
      if (options.sync) run.deleteOthers(writer, new Set([...firstOf.keys(), ...result.imported.map(({ title }) => normalizeTitle(title))]));
      for (const { from, to, fragment, file, line } of pages.redirects()) {
        const id = writer.articleIdOf(to);
        if (id === null) warn(file, line, `redirect "${from}" leads to "${to}", which is not an article; skipped`);
        else if (writer.articleIdOf(from) !== null) warn(file, line, `redirect "${from}" is the title of an article; the article wins`);
        else writer.writeRedirect(from, id, fragment);
      }
      for (const { from, id, file, line } of redirectsToWrite) {
        if (writer.articleIdOf(from) !== null) {
          warn(file, line, `redirect "${from}" is the title of an article; the article wins`);
          continue;
        }
        if (writer.writeRedirect(from, id) !== null) warn(file, line, `redirect "${from}" pointed to another article; it now leads here`);
      }
      if (options.strict && messages.some((message) => message.severity === 'error')) throw new ImportFailed(messages);
      // Hatnotes stored by earlier runs that split a title this run brings are linked again
      // (against every title now there, and the run's text documents).
      if (earlierTitles) {
        const added = function* () {
          for (const { title } of result.imported) yield title;
          for (const { from } of redirectsToWrite) yield from;
          for (const { from } of pages.redirects()) yield from;
        };
        relinkHatnotes(db.$client, added(), (title) => firstOf.has(normalizeTitle(title)) || writer.isTitle(title));
      }
      pages.drop();
      // Before the secondary indexes are built again: grouping sets every citation's source.
      writer.groupSources();
      restoreIndexes?.();
      indexes?.finish();
      countTemplates(db.$client);
      result.articles = db.$client.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      result.run = run.finish();
    })();
    const errors = messages.filter((message) => message.severity === 'error');
    result.skipped = [...invalid].map((file) => ({
      file,
      reason: errors
        .filter((error) => error.file === file)
        .map((error) => `line ${error.line}: ${error.message}`)
        .join('; '),
    }));
    return result;
  });
}
