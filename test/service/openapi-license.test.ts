/**
 * The site's content licence in the OpenAPI document's description, which Swagger UI shows at the
 * top of /docs (test/e2e/browser.test.ts sees it there): spelt as configured, linked when it has a
 * URL, absent when none is configured; the document's own licence stays the code's.
 */
import t from 'tap';
import { licenseLine } from '../../src/plugins/swagger.js';
import { buildTestApp } from '../helpers/app.js';

const infoOf = async (config: Record<string, string>) => {
  const app = await buildTestApp(t, { config });
  return (await app.inject('/openapi.json')).json().info as { description: string; license: unknown };
};

t.test('configured: a linked sentence, the spelling kept', async (t) => {
  const info = await infoOf({ SITE_LICENSE_ID: 'CC BY-SA 4.0', SITE_LICENSE_URL: 'https://creativecommons.org/licenses/by-sa/4.0/' });
  t.match(info.description, /\n\n\*\*Content licence:\*\* \[CC BY\\-SA 4\\\.0\]\(https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/\)\. /);
  t.same(info.license, { name: 'MIT', identifier: 'MIT' }, "the document's licence is the code's");
});

t.test('no URL, no link; Markdown in an id is text; none configured, no sentence', async (t) => {
  t.equal(licenseLine({ id: 'GFDL_1.3 *or later*', url: null }), '**Content licence:** GFDL\\_1\\.3 \\*or later\\*. Every article and `/cite` name it in `license`.');
  t.match(licenseLine({ id: 'X', url: 'https://example.org/a (b)' }), '[X](https://example.org/a%20%28b%29)');
  t.notMatch((await infoOf({})).description, /Content licence/);
});
