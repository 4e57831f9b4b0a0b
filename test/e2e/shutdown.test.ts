/**
 * The compiled server as a process: start-up (fast with an existing database, building a missing
 * one from seed/), a clear exit on bad configuration, and graceful shutdown — every request the
 * server has received gets its whole answer, then the process exits 0.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { importDocuments } from '../../src/importer/import.js';
import { fixtureInputs } from '../helpers/expected.js';
import { freePort } from '../helpers/net.js';
import { readLogLines, type LogLine } from '../helpers/server-log.js';


const root = join(import.meta.dirname, '..', '..');
const serverJs = join(root, 'dist', 'src', 'server.js');
// CI builds before testing (`npm ci` runs `prepare`); a fresh checkout builds here once.
if (!existsSync(serverJs)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const ARTICLE = '/v1/articles/Russian_revolution_of_1917';

interface Server {
  child: ChildProcess;
  port: number;
  logs: LogLine[];
  stderr: () => string;
  /** Resolves with the first log line (past or future) that matches. */
  waitFor: (match: (line: LogLine) => boolean, what: string, timeoutMs?: number) => Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

async function startServer(t: Test, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env };
  delete childEnv.NODE_OPTIONS; // no test loaders in the server process
  const child = spawn(process.execPath, [serverJs], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, at: Date.now() }));
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  const waiters = new Set<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  const logs = readLogLines(child.stdout!, (line) => {
    for (const waiter of waiters) {
      if (waiter.match(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  const waitFor = (match: (line: LogLine) => boolean, what: string, timeoutMs = 15_000) => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      const waiter = { match, resolve: (line: LogLine) => (clearTimeout(timer), resolve(line)) };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`no log line "${what}" within ${timeoutMs} ms; stderr: ${stderr}; logs: ${JSON.stringify(logs.slice(-5))}`));
      }, timeoutMs);
      waiters.add(waiter);
      void exited.then(({ code }) => {
        if (waiters.delete(waiter)) {
          clearTimeout(timer);
          reject(new Error(`server exited with ${code} before "${what}"; stderr: ${stderr}`));
        }
      });
    });
  };
  return { child, port, logs, stderr: () => stderr, waitFor, exited };
}

/** Whether new connections are refused, allowing the listener a moment to close. */
async function refused(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const outcome = await get(port, '/healthz').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    if (outcome === 'ECONNREFUSED') return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const listening = (line: LogLine) => line.msg.startsWith('serving ');

interface Answer {
  status: number;
  complete: boolean;
  length: number;
  declaredLength: number;
  body: string;
}

/** One request on its own connection, so shutdown cannot be helped by keep-alive reuse. */
function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: response.statusCode ?? 0,
          complete: response.complete,
          length: body.length,
          declaredLength: Number(response.headers['content-length'] ?? -1),
          body: body.toString('utf8'),
        });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/**
 * A client that reads nothing until told, with several large responses (Swagger UI's 1.7 MB
 * script) pipelined on one connection: more than the socket buffers hold, so the last ones stay in
 * flight for as long as the test wants.
 */
async function slowDownloads(port: number, path: string, ids: string[]) {
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.pause();
  socket.write(
    ids
      .map((id, i) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ${id}\r\n${i === ids.length - 1 ? 'Connection: close\r\n' : ''}\r\n`)
      .join(''),
  );
  /** Reads everything, then splits the pipelined responses by their Content-Length. */
  const finish = async (): Promise<Answer[]> => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.resume();
    await once(socket, 'end');
    let rest = Buffer.concat(chunks);
    const answers: Answer[] = [];
    while (rest.length > 0) {
      const headEnd = rest.indexOf('\r\n\r\n');
      if (headEnd < 0) break;
      const head = rest.subarray(0, headEnd).toString('latin1');
      const declaredLength = Number(/^content-length:\s*(\d+)/im.exec(head)?.[1] ?? -1);
      const body = rest.subarray(headEnd + 4, headEnd + 4 + Math.max(declaredLength, 0));
      answers.push({
        status: Number(head.split(' ')[1]),
        complete: body.length === declaredLength,
        length: body.length,
        declaredLength,
        body: '',
      });
      rest = rest.subarray(headEnd + 4 + body.length);
    }
    return answers;
  };
  return { finish };
}

t.test('graceful shutdown: in-flight requests finish, then exit 0', async (t) => {
  const dbPath = join(t.testdir(), 'encyclopedia.db');
  importDocuments({ dbPath, inputs: fixtureInputs });
  const started = Date.now();
  const server = await startServer(t, { DATABASE_PATH: dbPath });
  await server.waitFor(listening, 'listening');
  const startup = Date.now() - started;
  // ~0.7 s on an idle machine; the bound is generous for loaded CI runners.
  t.ok(startup < 8000, `start-up with an existing database is fast (${startup} ms)`);
  t.notOk(server.logs.some((line) => /built|migrations/.test(line.msg)), 'no import or migration at start-up');

  const slowIds = ['slow-1', 'slow-2', 'slow-3', 'slow-4'];
  const slow = await slowDownloads(server.port, '/docs/static/swagger-ui-bundle.js', slowIds);

  const paths = [ARTICLE, `${ARTICLE}/source`, `${ARTICLE}/sections`, '/v1/articles?limit=100', '/v1/articles/Republic_of_Valdora'];
  const requests = Array.from({ length: 20 }, (_, i) => paths[i % paths.length]!);
  const answers = requests.map((path) => get(server.port, path));
  const received = () => server.logs.filter((line) => line.msg === 'incoming request').length;
  await server.waitFor(() => received() >= requests.length + slowIds.length, 'every request received');
  const signalledAt = Date.now();
  server.child.kill('SIGTERM');

  await server.waitFor((line) => line.msg.startsWith('closing'), 'closing');
  const completed = (id: string) => server.logs.some((line) => line.msg === 'request completed' && line.reqId === id);
  t.notOk(completed(slowIds.at(-1)!), 'the last slow download is still in flight after SIGTERM');
  t.ok(await refused(server.port), 'no longer accepting connections');
  t.equal(server.child.exitCode, null, 'the server waits for the slow downloads');
  const downloads = await slow.finish();
  t.equal(downloads.length, slowIds.length, 'every slow download answered');
  for (const [i, download] of downloads.entries()) {
    t.equal(download.status, 200, `slow download ${i}: 200`);
    t.ok(download.complete && download.length > 1_000_000, `slow download ${i}: all ${download.declaredLength} bytes`);
  }

  const results = await Promise.all(answers);
  for (const [i, answer] of results.entries()) {
    t.equal(answer.status, 200, `request ${i} (${requests[i]}): 200`);
    t.ok(answer.complete, `request ${i}: complete`);
    t.equal(answer.length, answer.declaredLength, `request ${i}: the whole body`);
  }
  const exit = await server.exited;
  t.equal(exit.code, 0, 'exit code 0');
  t.ok(exit.at - signalledAt < 10_000, `exited within 10 s (${exit.at - signalledAt} ms)`);
  const closing = server.logs.findIndex((line) => line.msg.startsWith('closing'));
  t.ok(closing >= 0, 'logged the shutdown');
  t.ok(server.logs.some((line) => line.msg === 'closed'), 'closed the server and the database');
  t.ok(slowIds.every(completed), 'the slow downloads completed on the server before it closed');
  t.equal(server.stderr(), '', 'nothing on stderr');
});

t.test('a missing database is built from seed/ at start-up; SIGINT also closes gracefully', async (t) => {
  const dbPath = join(t.testdir(), 'nested', 'encyclopedia.db');
  const server = await startServer(t, { DATABASE_PATH: dbPath });
  await server.waitFor(listening, 'listening', 60_000);
  t.ok(server.logs.some((line) => line.msg.startsWith('built ') && Number(line.articles) >= 1), 'logged the build');
  t.ok(existsSync(dbPath), 'the database file exists');
  const ready = await get(server.port, '/readyz');
  t.equal(ready.status, 200);
  const body = JSON.parse(ready.body) as { status: string; articles: number };
  t.equal(body.status, 'ready');
  t.ok(body.articles >= 1, `${body.articles} articles`);
  const article = await get(server.port, ARTICLE);
  t.equal(article.status, 200, 'serves the seed article');

  server.child.kill('SIGINT');
  const exit = await server.exited;
  t.equal(exit.code, 0, 'exit code 0 after SIGINT');
});

t.test('bad configuration: a clear message, exit code 1, no stack trace', async (t) => {
  const dbPath = join(t.testdir(), 'never.db');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_PATH: dbPath };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [serverJs], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = await once(child, 'exit');
  t.equal(code, 1, 'exit code 1');
  t.match(stderr, 'PORT must be an integer 1–65535, got "abc"');
  t.match(stderr, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
  t.notMatch(stderr, /^\s+at /m, 'no stack trace');
  t.notOk(existsSync(dbPath), 'nothing was built');
});
