/**
 * What the tests of the citation, source and redirect routes share: requests that let the event loop
 * turn first, lists walked page by page, RFC 9457 problems checked, and citation hits keyed.
 */
import type { Test } from 'tap';
import type { CitationHit } from '../../src/api/wire/citations.js';
import { buildTestApp, type TestContext } from './app.js';
import { fixtureInputs } from './expected.js';

type App = Awaited<ReturnType<typeof buildTestApp>>;
type Response = Awaited<ReturnType<App['inject']>>;

/**
 * Lets the event loop turn before each request: back-to-back inject() calls never reach the timers
 * phase, which @fastify/under-pressure reads as a blocked loop and answers 503.
 */
export const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Requests to `app`, each after a turn of the event loop, and lists of it walked. */
export function requests(app: App) {
  async function get(url: string, headers: Record<string, string> = {}) {
    await turn();
    return app.inject({ method: 'GET', url, headers });
  }

  /** Follows `next` from `url` to the last page; checks the Link header on the way. */
  async function walk<T>(t: Test, url: string, via: (url: string) => Promise<Response> = get): Promise<{ items: T[]; pages: number }> {
    const items: T[] = [];
    let pages = 0;
    for (let next: string | null = url; next !== null; ) {
      const response = await via(next);
      t.equal(response.statusCode, 200, `${next}: 200`);
      const body = response.json() as { items: T[]; nextCursor: string | null; next: string | null };
      items.push(...body.items);
      pages += 1;
      if (body.next === null) {
        t.equal(body.nextCursor, null, 'no cursor on the last page');
        t.notOk(response.headers.link, 'no Link on the last page');
      } else {
        t.equal(response.headers.link, `<${body.next}>; rel="next"`, 'Link: rel="next"');
        t.ok(body.next.includes(`cursor=${body.nextCursor}`), 'next carries the cursor');
      }
      next = body.next;
      if (pages > 100) throw new Error('pagination does not end');
    }
    return { items, pages };
  }

  return { get, walk };
}

/** A fresh database from the fixtures, opened read-only, its app, and requests to it. */
export async function overFixtures(t: TestContext) {
  return requests(await buildTestApp(t, { inputs: fixtureInputs }));
}

export function assertProblem(t: Test, response: Response, status: number) {
  t.equal(response.statusCode, status, `status ${status}`);
  t.match(response.headers['content-type'], /^application\/problem\+json/, 'problem+json');
  const body = response.json();
  t.match(body, { type: String, title: String, status, detail: String, instance: String }, 'RFC 9457 members');
  return body as { errors?: { in: string; name: string }[]; detail: string };
}

export const key = (hit: { article: { title: string }; n: number }) => `${hit.article.title}#${hit.n}`;
export const keys = (hits: CitationHit[]) => hits.map(key).sort();
