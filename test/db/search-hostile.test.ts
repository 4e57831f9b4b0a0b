/**
 * /v1/search and /v1/titles under hostile input: no query string makes a 5xx (a property), and
 * stored text cannot inject markup into snippets.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import { MAX_URL_LENGTH } from '../../src/plugins/limits.js';
import { fixtureInputs, textFixturesDir } from '../helpers/expected.js';
import { buildTestApp } from '../helpers/app.js';
import type { SearchPage } from '../helpers/search.js';

const appOver = (inputs: string[]) => buildTestApp(t, { inputs });

const app = await appOver(fixtureInputs);

t.test('no query string makes a 5xx (property)', async (t) => {
  const fts = fc
    .array(
      fc.constantFrom(
        '"', '*', '-', '(', ')', 'NEAR(', 'NEAR/2', 'AND', 'OR', 'NOT', '{title text}:', 'title:', '^', ':', '+', ',',
        'literacy', 'valdora', 'revolution', 'alfabeti', 'a', 'é', '😀', '\u0000', '\u0007', '\uE000', '\u0301', ' ', '  ',
        '\\', "'", '*"', '"*', '-"', '--', '​', '\uFEFF', 'ǅ', '中文', '١٢٣',
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));
  const query = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fts,
    fc.string({ minLength: 1990, maxLength: 2010 }),
  );
  const scope = fc.constantFrom('articles', 'sections', 'citations');
  let ok = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(query, scope, fc.integer({ min: 1, max: 3 }), async (q, where, limit) => {
      const url = `/v1/search?${new URLSearchParams({ q, in: where, limit: String(limit) })}`;
      const response = await app.inject({ url });
      const allowed = response.statusCode === 200 || response.statusCode === 400 || (response.statusCode === 414 && url.length > MAX_URL_LENGTH);
      if (!allowed) throw new Error(`${response.statusCode} for ${JSON.stringify(q)}: ${response.body}`);
      if (response.statusCode === 200) {
        ok++;
        const body = response.json() as SearchPage;
        for (const hit of body.items) if (/<(?!\/?mark>)/.test(hit.snippet)) throw new Error(`markup in ${hit.snippet}`);
        if (body.nextCursor) {
          const next = await app.inject({ url: body.next! });
          if (next.statusCode !== 200) throw new Error(`next page ${next.statusCode} for ${JSON.stringify(q)}`);
        }
      } else {
        refused++;
        if (!String(response.headers['content-type']).startsWith('application/problem+json')) throw new Error('not a problem');
      }
      const titles = await app.inject({ url: `/v1/titles?${new URLSearchParams({ prefix: q.slice(0, 256) })}` });
      if (![200, 400].includes(titles.statusCode) && !(titles.statusCode === 414)) {
        throw new Error(`titles ${titles.statusCode} for ${JSON.stringify(q)}: ${titles.body}`);
      }
    }),
    { seed: 20261126, numRuns: 500 },
  );
  t.ok(ok > 50, `${ok} answered 200`);
  t.ok(refused > 10, `${refused} refused with a problem`);
});

// Last: importing another database blocks the event loop, which under-pressure would count against the first app.
t.test('stored text cannot inject markup into snippets', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'search-markup-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const source = readFileSync(join(textFixturesDir, 'valdoran-literacy-campaign.txt'), 'utf8').replace(
    'About ninety thousand volunteers',
    'About ninety <script>alert(1)</script> & \uE000thousand\uE001 volunteers',
  );
  t.not(source, readFileSync(join(textFixturesDir, 'valdoran-literacy-campaign.txt'), 'utf8'));
  writeFileSync(join(dir, 'doc.txt'), source);
  const markup = await appOver([dir]);
  const response = await markup.inject({ url: '/v1/search?q=alert' });
  t.equal(response.statusCode, 200);
  const snippet = (response.json() as SearchPage).items[0]!.snippet;
  t.match(snippet, '&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; \uE000thousand\uE001 volunteers');
  t.notMatch(snippet.replace(/<\/?mark>/g, ''), /[<>]/, 'no tag but <mark>');
  t.equal(snippet.match(/<mark>/g)?.length, 1, 'private-use characters in the text do not make marks');
});
