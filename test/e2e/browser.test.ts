/**
 * Swagger UI as its users see it: the compiled server started as a process, Debian's Chromium
 * driven by playwright-core. /docs loads without console errors, lists every operation of
 * openapi/openapi.json, shows the site's content licence in its header, and "Try it out" on GET /v1/articles/{title} answers 200 with the article.
 * A screenshot goes to test-artifacts/swagger-ui.png.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import t, { type Test } from 'tap';
import { importDocuments } from '../../src/importer/import.js';
import { browserPlan, findChromium } from '../helpers/browser.js';
import { fixtureInputs } from '../helpers/expected.js';
import { freePort } from '../helpers/net.js';
import { readLogLines, type LogLine } from '../helpers/server-log.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const root = join(import.meta.dirname, '..', '..');
const serverJs = join(root, 'dist', 'src', 'server.js');
const artifacts = join(root, 'test-artifacts');
const screenshot = join(artifacts, 'swagger-ui.png');

interface Operation {
  method: string;
  path: string;
}

/** Every operation of the committed spec (hidden routes are not in it). */
function specOperations(): Operation[] {
  const spec = JSON.parse(readFileSync(join(root, 'openapi', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => methods.has(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** `node dist/src/server.js` on a free port over a database built from the fixtures. */
async function startServer(t: Test) {
  // CI builds before testing (`npm ci` runs `prepare`); a fresh checkout builds here once.
  if (!existsSync(serverJs)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const dbPath = join(t.testdir(), 'encyclopedia.db');
  importDocuments({ dbPath, inputs: fixtureInputs });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', DATABASE_PATH: dbPath,
    SITE_LICENSE_ID: 'CC BY-SA 4.0', SITE_LICENSE_URL: 'https://creativecommons.org/licenses/by-sa/4.0/' };
  delete env.NODE_OPTIONS; // no test loaders in the server process
  const child = spawn(process.execPath, [serverJs], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  t.teardown(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let logs: LogLine[] = [];
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 30 s; stderr: ${stderr}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening; stderr: ${stderr}`));
    });
    logs = readLogLines(child.stdout, (line) => {
      if (line.msg.startsWith('serving ')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await listening;
  return { origin: `http://127.0.0.1:${port}`, logs, stderr: () => stderr };
}

const plan = browserPlan();

t.test('where the browser comes from: CHROMIUM_PATH, Debian paths, PATH; skipped without one, never under CI', async (t) => {
  const only = (...paths: string[]) => (path: string) => paths.includes(path);
  t.equal(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium')), '/opt/c/chrome');
  t.equal(findChromium({ CHROMIUM_PATH: '/opt/c/missing' }, only('/usr/bin/chromium')), null, 'a CHROMIUM_PATH that is not there is not replaced');
  t.equal(findChromium({}, only('/usr/bin/chromium')), '/usr/bin/chromium');
  t.equal(findChromium({ PATH: '/a:/snap/bin' }, only('/snap/bin/chromium-browser')), '/snap/bin/chromium-browser');
  t.equal(findChromium({ PATH: '/a' }, only()), null);
  const none = only();
  const local = browserPlan({ PATH: '/a' }, none);
  t.ok(!local.run && 'skip' in local && /CHROMIUM_PATH/.test(local.skip), 'without a browser: a skip saying how to enable it');
  const ci = browserPlan({ PATH: '/a', CI: 'true' }, none);
  t.ok(!ci.run && 'fail' in ci, 'under CI=true: a failure, never a skip');
  t.same(browserPlan({ CI: 'true' }, only('/usr/bin/chromium')), { run: true, path: '/usr/bin/chromium' });
});

const skip = !plan.run && 'skip' in plan ? plan.skip : false;
t.test('Swagger UI in Chromium: loads cleanly, lists every operation, and Try it out works', { skip }, async (t) => {
  if (!plan.run) {
    t.fail('fail' in plan ? plan.fail : 'no browser');
    return;
  }
  const server = await startServer(t);

  const userDataDir = mkdtempSync(join(tmpdir(), 'encyclopedia-chromium-'));
  t.teardown(() => rmSync(userDataDir, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: plan.path,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1400 },
  });
  t.teardown(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());

  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  const failedRequests: string[] = [];
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });

  const response = await page.goto(`${server.origin}/docs`, { waitUntil: 'load' });
  t.equal(response?.status(), 200, '/docs answers 200');
  await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
  t.equal(await page.locator('.info .title').first().textContent().then((text) => text?.trim().startsWith('Encyclopedia API')), true, 'the API title');
  const licence = page.locator('.info .description a', { hasText: 'CC BY-SA 4.0' });
  t.equal(await licence.getAttribute('href'), 'https://creativecommons.org/licenses/by-sa/4.0/', "the site's content licence in the header, linked, spelt as configured");

  // Every operation of the spec, by method and path.
  const listed = await page.locator('.opblock').evaluateAll((blocks) =>
    blocks.map((block) => ({
      method: block.querySelector('.opblock-summary-method')?.textContent?.trim() ?? '',
      path: block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '',
    })),
  );
  const key = (operation: Operation) => `${operation.method} ${operation.path}`;
  const expected = specOperations();
  t.ok(expected.length >= 10, `${expected.length} operations in openapi/openapi.json`);
  const shown = new Set(listed.map(key));
  t.same(
    expected.map(key).filter((operation) => !shown.has(operation)),
    [],
    `every operation of the spec is listed (${listed.length} listed)`,
  );
  t.equal(listed.length, expected.length, 'and nothing else');

  // Try it out: GET /v1/articles/{title} with `October Revolution`.
  const operation = page.locator('.opblock', {
    has: page.locator('.opblock-summary-path[data-path="/v1/articles/{title}"]'),
  });
  await operation.locator('.opblock-summary').first().click();
  const tryItOut = operation.locator('button.try-out__btn');
  await tryItOut.waitFor();
  if ((await tryItOut.textContent())?.trim() === 'Try it out') await tryItOut.click();
  t.equal((await tryItOut.textContent())?.trim(), 'Cancel', 'in Try it out mode');
  const title = operation.locator('tr[data-param-name="title"] input');
  await title.fill('October Revolution');
  await operation.locator('button.execute').click();

  const live = operation.locator('.live-responses-table tbody tr.response');
  await live.first().waitFor({ timeout: 30_000 });
  const status = (await live.locator('.response-col_status').first().textContent())?.trim();
  t.equal(status, '200', 'Execute: 200');
  const body = (await live.locator('.response-col_description pre').first().textContent()) ?? '';
  t.match(body, 'Russian revolution of 1917', 'the response body is the article');
  t.match(body, '"redirectedFrom"', 'reached through its redirect');
  const requestUrl = (await operation.locator('.request-url pre').first().textContent())?.trim();
  t.equal(requestUrl, `${server.origin}/v1/articles/October%20Revolution`, 'the request URL');

  // The operation at the top of the window: parameters, the request and the live response.
  await operation.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: screenshot });
  t.ok(existsSync(screenshot), `screenshot saved to ${screenshot.replace(`${root}/`, '')}`);

  t.same(consoleErrors, [], 'no console errors or uncaught exceptions');
  t.same(failedRequests, [], 'no failed requests');
  t.same(foreignRequests, [], 'no requests to other origins');
  t.same(
    server.logs.filter((line) => line.level >= 50).map((line) => line.msg),
    [],
    'no errors logged by the server',
  );
  t.equal(server.stderr(), '', 'nothing on the server stderr');
});
