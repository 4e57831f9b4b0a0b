/**
 * For the snapshot tests: an answer split into its article lines and its closing line, every
 * article line held against GET /v1/articles/{title} byte for byte, and small text documents
 * written to temporary folders, one folder a version of a corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnapshotEnd } from '../../src/api/wire/snapshot.js';
import type { TestContext } from './app.js';

export interface Lines {
  /** The article lines, without their newline. */
  articles: string[];
  titles: string[];
  end: SnapshotEnd;
}

/** An NDJSON snapshot body: every line but the last an article, the last the closing line, each ended by a newline. */
export function linesOf(body: string): Lines {
  if (!body.endsWith('\n')) throw new Error(`the body does not end with a newline: …${body.slice(-80)}`);
  const articles = body.slice(0, -1).split('\n');
  const end = JSON.parse(articles.pop()!) as SnapshotEnd;
  if (end.type !== 'end') throw new Error(`the last line is not the closing line: ${JSON.stringify(end).slice(0, 200)}`);
  return { articles, titles: articles.map((line) => (JSON.parse(line) as { title: string }).title), end };
}

interface Injector {
  inject(options: { url: string }): PromiseLike<{ statusCode: number; body: string }>;
}

/** Each article line against the body GET /v1/articles/{slug} answers, byte for byte; returns how many matched. */
export async function sameAsArticleRoute(app: Injector, articles: string[]): Promise<{ same: number; first: string | null }> {
  let same = 0;
  for (const line of articles) {
    const { slug } = JSON.parse(line) as { slug: string };
    const response = await app.inject({ url: `/v1/articles/${encodeURIComponent(slug)}` });
    if (response.statusCode === 200 && response.body === line) same++;
    else return { same, first: `${slug}: ${response.statusCode} ${response.body.slice(0, 200)} ≠ ${line.slice(0, 200)}` };
  }
  return { same, first: null };
}

/** A plain-text rendering of a page (the format of test/fixtures/text/). */
export const textDocument = (title: string, ...body: string[]) => `${title}\n\nFrom ProleWiki, the proletarian encyclopedia\n\n${body.join('\n\n')}\n`;

/** A temporary folder holding these files (name → text). */
export function folderOf(t: TestContext, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-snapshot-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
