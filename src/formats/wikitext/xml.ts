/**
 * MediaWiki XML exports (schema 0.10, 0.11) → pages, streamed: a page is yielded as soon as its
 * `</page>` is read, so memory holds one page whatever the size of the file. The XML goes
 * through saxes, which never expands DTD entities and never fetches external ones: a DOCTYPE
 * that declares them (billion laughs, `SYSTEM "file:///…"`) fails with "undefined entity".
 * `.gz` (zlib) and `.bz2` (unbzip2-stream) are decompressed on the way.
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip, gunzipSync, constants } from 'node:zlib';
import { SaxesParser } from 'saxes';
import unbzip2 from 'unbzip2-stream';
import type { Contributor, RevisionDetails } from '../../document/types.js';

export interface ExportPage {
  title: string;
  ns: number;
  id: number | null;
  /** `<redirect title="…"/>`. */
  redirect: string | null;
  revision: RevisionDetails | null;
  model: string | null;
  /** The latest revision's unescaped text; null when it is empty or deleted. */
  text: string | null;
  /** Where the text starts in the file (1-based line, 0-based column). */
  line: number;
  column: number;
  /** How many revisions the page had in the export. */
  revisions: number;
}

export interface SiteInfo {
  name: string | null;
  /** `<base>`: the wiki's main page URL, which its article URLs are made from; null when absent. */
  base?: string | null;
  /** `<dbname>`: the wiki's database name (`dewiki`), which says its language; null when absent. */
  dbname?: string | null;
  /** `<case>`: whether a title's first letter is case-insensitive (`first-letter`, MediaWiki's default); null when absent or unknown. */
  case?: 'first-letter' | 'case-sensitive' | null;
  /** Namespace prefix (lower case, spaces) → number. */
  namespaces: Map<string, number>;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

const SNIFF_BYTES = 4096;

/** `<case>`'s value when it is one of MediaWiki's two title cases. */
const titleCase = (value: string): SiteInfo['case'] => (value === 'first-letter' || value === 'case-sensitive' ? value : null);

/** The first bytes of a file, decompressed when its name says it is compressed. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    const bytes = buffer.subarray(0, read);
    if (file.endsWith('.gz')) return gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    return bytes.toString('utf8');
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}

/** Whether a file is a MediaWiki export: its root element is `<mediawiki` (a `.bz2` is taken by its name). */
export function isMediaWikiExport(file: string): boolean {
  if (/\.xml\.bz2$/i.test(file)) return true;
  const text = head(file).replace(/^\uFEFF/, '');
  // Past the XML declaration, comments and a DOCTYPE, the first element.
  const root = /^(?:\s|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>)*<([A-Za-z_][\w.:-]*)/.exec(text);
  return root?.[1] === 'mediawiki';
}

/** Compressed data that does not decompress: corrupt, or cut short. */
class DecompressionError extends Error {}

/** The file's bytes, decompressed. A decompression error ends the stream with a DecompressionError. */
function open(file: string): Readable {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  const format = /\.gz$/i.test(file) ? 'gzip' : /\.bz2$/i.test(file) ? 'bzip2' : null;
  if (format === null) return stream;
  // unbzip2-stream is a classic (through) stream, which is not async-iterable: both decompressors
  // pipe into a PassThrough, which is, and which an error of either side ends.
  const decompress = format === 'gzip' ? createGunzip() : unbzip2();
  const out = new PassThrough();
  stream.on('error', (error) => out.destroy(error));
  decompress.on('error', (error: Error) => out.destroy(new DecompressionError(`corrupt or truncated ${format} data (${error.message})`)));
  stream.pipe(decompress).pipe(out);
  return out;
}

/**
 * The pages of an export, in file order, and its site information (filled once `<siteinfo>` is
 * read, before the first page). Throws an XmlError (with line and column) on malformed or
 * truncated XML, after the pages completed before the error.
 */
export async function* readExport(file: string, site: SiteInfo = { name: null, namespaces: new Map() }): AsyncGenerator<ExportPage> {
  const parser = new SaxesParser({ position: true });
  const ready: ExportPage[] = [];
  const path: string[] = [];
  let text: string[] = [];
  let capture = false;
  let page: Partial<ExportPage> & { revisions: number } = { revisions: 0 };
  let revision: {
    id?: number;
    timestamp?: string;
    sha1?: string;
    model?: string;
    text?: string | null;
    line: number;
    column: number;
    parentId?: number;
    contributor?: Contributor;
    comment?: string;
    minor?: boolean;
  } | null = null;
  let namespaceKey: number | null = null;
  let error: XmlError | null = null;

  parser.on('error', (e) => {
    error ??= new XmlError(e.message.replace(/^\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    path.push(tag.name);
    const parent = path[path.length - 2];
    if (tag.name === 'page') page = { revisions: 0 };
    else if (tag.name === 'revision' && parent === 'page') revision = { line: 0, column: 0 };
    else if (tag.name === 'redirect' && parent === 'page') page.redirect = String(attributes.title ?? '');
    else if (tag.name === 'namespace') namespaceKey = Number(attributes.key);
    else if (tag.name === 'text' && revision) {
      revision.line = parser.line;
      revision.column = parser.column;
      revision.text = attributes.deleted !== undefined ? null : '';
    }
    capture = true;
    text = [];
  });
  const onText = (data: string) => {
    if (capture) text.push(data);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = tag.name;
    path.pop();
    const parent = path[path.length - 1];
    const value = capture ? text.join('') : '';
    capture = false;
    text = [];
    if (parent === 'siteinfo' && name === 'sitename') site.name = value;
    else if (parent === 'siteinfo' && name === 'base') site.base = /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
    else if (parent === 'siteinfo' && name === 'dbname') site.dbname = value.trim() || null;
    else if (parent === 'siteinfo' && name === 'case') site.case = titleCase(value.trim());
    else if (name === 'namespace' && namespaceKey !== null) {
      if (value !== '') site.namespaces.set(value.toLowerCase().replace(/_/g, ' '), namespaceKey);
      namespaceKey = null;
    } else if (parent === 'page') {
      if (name === 'title') page.title = value;
      else if (name === 'ns') page.ns = Number(value);
      else if (name === 'id') page.id = Number(value);
      else if (name === 'revision' && revision) {
        page.revisions++;
        const latest = page.revision;
        // The latest revision: the greatest timestamp (ISO 8601 sorts as text); a tie, the later one.
        if (!latest || (revision.timestamp ?? '') >= latest.timestamp) {
          page.revision = {
            id: revision.id ?? 0,
            timestamp: revision.timestamp ?? '',
            sha1: revision.sha1 || null,
            parentId: revision.parentId ?? null,
            contributor: revision.contributor ?? null,
            comment: revision.comment || null,
            minor: revision.minor === true,
            size: revision.text ? Buffer.byteLength(revision.text) : 0,
          };
          page.model = revision.model ?? null;
          page.text = revision.text === undefined ? null : revision.text;
          page.line = revision.line;
          page.column = revision.column;
        }
        revision = null;
      }
    } else if (parent === 'revision' && revision) {
      if (name === 'id') revision.id = Number(value);
      else if (name === 'timestamp') revision.timestamp = value;
      else if (name === 'sha1') revision.sha1 = value;
      else if (name === 'model') revision.model = value;
      else if (name === 'parentid' && /^\s*\d+\s*$/.test(value)) revision.parentId = Number(value);
      else if (name === 'comment') revision.comment = value;
      else if (name === 'minor') revision.minor = true;
      else if (name === 'text') revision.text = revision.text === null ? null : value;
    } else if (parent === 'contributor' && revision && path[path.length - 2] === 'revision') {
      // `<contributor deleted="deleted"/>` has neither: the contributor stays unknown.
      if (name === 'username') revision.contributor = { name: value };
      else if (name === 'ip') revision.contributor = { ip: value };
    } else if (name === 'page' && !error) {
      ready.push({
        title: page.title ?? '',
        ns: page.ns ?? 0,
        id: page.id ?? null,
        redirect: page.redirect ?? null,
        revision: page.revision ?? null,
        model: page.model ?? null,
        text: page.text === '' ? null : (page.text ?? null),
        line: page.line ?? parser.line,
        column: page.column ?? 0,
        revisions: page.revisions,
      });
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunks = open(file)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (cause) {
      if (cause instanceof DecompressionError) throw new XmlError(cause.message, parser.line, parser.column);
      throw cause;
    }
    if (next.done) break;
    let decoded: string;
    try {
      decoded = decoder.decode(next.value, { stream: true });
    } catch {
      throw new XmlError('invalid UTF-8', parser.line, parser.column);
    }
    parser.write(decoded);
    yield* ready.splice(0);
    if (error) throw error;
  }
  parser.close();
  yield* ready.splice(0);
  if (error) throw error;
}
