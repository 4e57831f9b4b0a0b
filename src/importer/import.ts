/**
 * files → Documents → rows, atomically: the run builds into a temporary copy of the database and
 * renames it into place only when every document was written. A failed or killed run leaves an
 * existing database byte-identical.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { migrateDatabase, openDatabase } from '../db/open.js';
import { createWriter } from '../db/write.js';
import { parseDocument, peekTitle } from '../document/parse.js';
import { normalizeTitle } from '../document/titles.js';
import type { Document } from '../document/types.js';
import { listSources, readSource, SourceError } from './read.js';

export interface ImportMessage {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

export interface ImportOptions {
  dbPath: string;
  inputs: string[];
  /** Import the valid documents and list the others, instead of failing the run. */
  skipInvalid?: boolean;
}

export interface ImportResult {
  imported: { file: string; title: string }[];
  skipped: { file: string; reason: string }[];
  messages: ImportMessage[];
  /** Articles in the database after the run. */
  articles: number;
}

export class ImportFailed extends Error {
  constructor(readonly messages: ImportMessage[]) {
    const errors = messages.filter((message) => message.severity === 'error');
    super(`${errors.length} document error${errors.length === 1 ? '' : 's'}; nothing was imported`);
    this.name = 'ImportFailed';
  }
}

export const formatMessage = (m: ImportMessage): string => `${m.file}:${m.line}: ${m.severity}: ${m.message}`;

interface Loaded {
  file: string;
  source: string;
  document: Document;
}

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
  if (files.length === 0 && messages.length === 0) fail(options.inputs.join(', '), 0, 'no source documents (*.txt) found');

  // Read and decode everything first: titles are needed to keep hatnote targets with commas whole.
  const sources: { file: string; source: string }[] = [];
  const invalid = new Set<string>();
  for (const file of files) {
    try {
      sources.push({ file, source: readSource(file) });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      fail(file, error.line, error.message);
      invalid.add(file);
    }
  }

  const temp = `${options.dbPath}.importing-${process.pid}`;
  mkdirSync(dirname(options.dbPath), { recursive: true });
  rmSync(temp, { force: true });
  if (existsSync(options.dbPath)) copyFileSync(options.dbPath, temp);
  const db = openDatabase(temp, { bulk: true });
  try {
    migrateDatabase(db);
    const writer = createWriter(db);
    const titles = new Set<string>(
      (db.$client.prepare('SELECT title_key FROM articles').pluck().all() as string[]),
    );
    for (const { source } of sources) titles.add(normalizeTitle(peekTitle(source)));
    const isTitle = (title: string) => titles.has(normalizeTitle(title));

    const loaded: Loaded[] = [];
    const seen = new Map<string, { file: string; line: number }>();
    for (const { file, source } of sources) {
      const document = parseDocument(source, { isTitle });
      let ok = true;
      for (const problem of document.problems) {
        messages.push({ severity: problem.severity, file, line: problem.line, message: problem.message });
        if (problem.severity === 'error') ok = false;
      }
      if (ok) {
        const key = normalizeTitle(document.title);
        const titleLine = document.parts.find((part) => part.kind === 'title')?.line ?? 1;
        const first = seen.get(key);
        if (first) {
          fail(file, titleLine, `duplicate title "${document.title}" (also in ${first.file}:${first.line})`);
          ok = false;
        } else {
          seen.set(key, { file, line: titleLine });
        }
      }
      if (ok) loaded.push({ file, source, document });
      else invalid.add(file);
    }

    const errors = messages.filter((message) => message.severity === 'error');
    if (errors.length > 0 && !options.skipInvalid) throw new ImportFailed(messages);
    if (loaded.length === 0) throw new ImportFailed(messages.length ? messages : [{ severity: 'error', file: options.inputs.join(', '), line: 0, message: 'no document could be imported' }]);

    const result: ImportResult = {
      imported: [],
      skipped: [...invalid].map((file) => ({
        file,
        reason: errors.filter((error) => error.file === file).map((error) => `line ${error.line}: ${error.message}`).join('; '),
      })),
      messages,
      articles: 0,
    };
    db.$client.transaction(() => {
      const ids = new Map<Loaded, number>();
      for (const item of loaded) {
        ids.set(item, writer.writeArticle(item.document, { sourceName: basename(item.file), source: item.source }).id);
        result.imported.push({ file: item.file, title: item.document.title });
      }
      for (const item of loaded) {
        const from = item.document.redirectedFrom;
        if (!from) continue;
        const line = item.document.parts.find((part) => part.kind === 'redirect')?.line ?? 1;
        if (writer.articleIdOf(from) !== null) {
          messages.push({ severity: 'warning', file: item.file, line, message: `redirect "${from}" is the title of an article; the article wins` });
          continue;
        }
        const previous = writer.writeRedirect(from, ids.get(item)!);
        if (previous !== null) {
          messages.push({ severity: 'warning', file: item.file, line, message: `redirect "${from}" pointed to another article; it now leads here` });
        }
      }
      writer.pruneSources();
      result.articles = db.$client.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    })();
    db.$client.close();
    renameSync(temp, options.dbPath);
    return result;
  } catch (error) {
    if (db.$client.open) db.$client.close();
    rmSync(temp, { force: true });
    throw error;
  }
}
