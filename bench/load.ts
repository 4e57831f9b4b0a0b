/**
 * One load run against a listening server: wrk (Debian) when installed, autocannon otherwise.
 * Paths are requested in turn; the load generator is pinned to its own core where taskset allows.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

export interface LoadOptions {
  port: number;
  paths: string[];
  headers?: Record<string, string>;
  seconds: number;
  connections: number;
  /** CPU core for the load generator (taskset), or null. */
  core: number | null;
}

function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const loadGenerator = has('wrk') ? 'wrk' : 'autocannon';

const luaString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function wrkScript(paths: string[], headers: Record<string, string>): string {
  return `
local paths = { ${paths.map(luaString).join(', ')} }
local counter = 0
${Object.entries(headers).map(([k, v]) => `wrk.headers[${luaString(k)}] = ${luaString(v)}`).join('\n')}
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\nRESULT {"requests":%d,"duration":%d,"errors":%d,"non2xx":%d,"p50":%.3f,"p99":%.3f}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`;
}

async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'wrk-'));
  const script = join(dir, 'paths.lua');
  writeFileSync(script, wrkScript(options.paths, options.headers ?? {}));
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '-s', script, `http://127.0.0.1:${options.port}`];
  const [command, commandArgs] = options.core === null ? ['wrk', args] : ['taskset', ['-c', String(options.core), 'wrk', ...args]];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command as string, commandArgs as string[]);
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`wrk gave no result:\n${output}`);
  const raw = JSON.parse(line.slice(7)) as { requests: number; duration: number; errors: number; non2xx: number; p50: number; p99: number };
  return { rps: raw.requests / (raw.duration / 1e6), p50: raw.p50, p99: raw.p99, errors: raw.errors, non2xx: raw.non2xx, requests: raw.requests };
}

async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${options.port}`,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.paths.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return loadGenerator === 'wrk' ? runWrk(options) : runAutocannon(options);
}
