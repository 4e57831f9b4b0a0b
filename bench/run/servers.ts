/**
 * The processes the benchmark measures: the compiled server and the baselines started pinned and
 * waited for, their peak RSS and CPU time, a load run against one, and the host's speed now.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { runLoad, type LoadResult } from '../load.js';
import { connections, LOAD_CORE, pinned, seconds, SERVER_CORE } from './settings.js';

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface Server {
  port: number;
  process: ChildProcess;
  startupMs: number;
  peakRssMb(): number;
  /** CPU time the process has used (user + system), in ms: /proc/PID/stat, in clock ticks of 10 ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

async function start(args: string[], env: Record<string, string>, port: number, readyPath: string): Promise<Server> {
  const [command, commandArgs] = pinned(args, SERVER_CORE);
  const started = performance.now();
  const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(`http://127.0.0.1:${port}${readyPath}`);
  const startupMs = performance.now() - started;
  // With taskset the child is taskset's exec'd node: same pid.
  const pid = child.pid!;
  return {
    port,
    process: child,
    startupMs,
    peakRssMb() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    cpuMs() {
      // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

let nextPort = 3900;
export const startServer = (dbPath: string) => {
  const port = nextPort++;
  return start(['dist/src/server.js'], { PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: dbPath, NODE_ENV: 'production' }, port, '/readyz');
};
export const startBaseline = (payloadFile: string, kind: 'bare' | 'same') => {
  const port = nextPort++;
  return start(['dist/bench/baseline.js', String(port), payloadFile, kind], { NODE_ENV: 'production' }, port, '/healthz');
};

export const load = (server: Server, paths: string[], headers?: Record<string, string>): Promise<LoadResult> =>
  runLoad({ port: server.port, paths, headers, seconds, connections, core: LOAD_CORE });

/** Waits until the server answers its health probe in under 2 ms twice in a row (its queue is empty). */
export async function settle(server: Server): Promise<void> {
  let quick = 0;
  for (let tries = 0; tries < 500 && quick < 2; tries++) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${server.port}/healthz`);
    quick = performance.now() - started < 2 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The host's speed now: the median time of a fixed workload like the server's own (JSON of
 * 100,000 small objects written and read back, five times), on the server's core. On a shared
 * machine the same code can run at half speed for minutes; these readings, before each phase and
 * at the end, show in the results when that happened.
 */
export function hostCheck(): number {
  const script =
    `const o=Array.from({length:100000},(_,i)=>({id:i,title:'Title '+i,year:1900+i%100,tags:['a','b']}));const t=[];` +
    `for(let i=0;i<5;i++){const s=performance.now();JSON.parse(JSON.stringify(o));t.push(performance.now()-s)}` +
    `t.sort((x,y)=>x-y);console.log(t[2])`;
  const [command, args] = pinned(['-e', script], SERVER_CORE);
  return Number(execFileSync(command, args, { encoding: 'utf8' }).trim());
}
