/**
 * The compiled server as a replica process for the cache-tier test: started on a port over a
 * database file, its log lines collected, killed at the end of the test.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from './app.js';
import { readLogLines, type LogLine } from './server-log.js';

const root = join(import.meta.dirname, '..', '..');
const serverJs = join(root, 'dist', 'src', 'server.js');

export interface Replica {
  child: ChildProcess;
  url: string;
  logs: LogLine[];
}

/** Starts the server on `port` over `databasePath`, with `env` over the defaults (warnings and errors logged). */
export async function startReplica(t: TestContext, port: number, databasePath: string, env: Record<string, string> = {}): Promise<Replica> {
  if (!existsSync(serverJs)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: databasePath, LOG_LEVEL: 'warn', ...env };
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [serverJs], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'inherit'] });
  t.teardown(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const logs = readLogLines(child.stdout!);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (let i = 0; i < 400 && Date.now() < deadline; i++) {
    if (child.exitCode !== null) throw new Error(`replica on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url, logs };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`replica on ${port} not ready within 20 s`);
}
