/**
 * What preparing a document yields, whatever its format: the rows to write, a skipped page, or the failure, as they cross from the parse worker.
 */
import type { ArticleRows } from '../db/rows.js';
import type { Problem, Revision } from '../document/types.js';

export interface PreparedDocument {
  file: string;
  problems: Problem[];
  /** The rows to write; null when a problem is an error. */
  rows: ArticleRows | null;
  title: string;
  redirectedFrom: string | null;
  /** The line of the "(Redirected from ...)" line. */
  redirectLine: number;
  /** A wikitext redirect page: where it leads (rows is null). */
  redirectTo?: { target: string; fragment: string | null };
  /** A wikitext page: its revision and the line its text starts on in the export. */
  revision?: Revision | null;
  line?: number;
}

/** An exception thrown while preparing a document, as it crosses from the worker. */
export interface Failure {
  file: string;
  failure: { name: string; message: string; line: number; stack?: string };
}

export type Prepared = PreparedDocument | Failure;

export type SkipReason = 'namespace' | 'model' | 'empty' | 'size' | 'unparsable';

/** A page that is not imported, counted in the run's summary. */
export interface SkippedPage {
  file: string;
  skippedPage: SkipReason;
  warning?: { line: number; message: string };
}

/** What the worker posts: a prepared document, a skipped page of an export, or the end of its files. */
export type Posted = Prepared | SkippedPage | { end: true };
